// docker compose run: a one-off container `<project>-<service>-run-<id>` for a service, after
// creating and starting its dependencies; attached (its exit status is compose's) or -d (its
// ID printed). Flags: --build, --cap-add, --cap-drop, -d, --entrypoint, -e, --env-from-file, -i,
// -l, --name, --no-deps, -T, -p, --pull, -q, --quiet-build, --quiet-pull, --remove-orphans,
// --rm, -P/--service-ports, --use-aliases, -u, -v, -w.
import type { CommandSpec } from '../../command.ts';
import type { FlagSpec } from '../../flags.ts';
import { withDryRun } from './compose-root.ts';

const RUN_FLAGS: FlagSpec[] = [
  { name: 'build', type: 'bool', usage: 'Build image before starting container' },
  { name: 'cap-add', type: 'list', usage: 'Add Linux capabilities' },
  { name: 'cap-drop', type: 'list', usage: 'Drop Linux capabilities' },
  { name: 'detach', short: 'd', type: 'bool', usage: 'Run container in background and print container ID' },
  { name: 'entrypoint', type: 'string', usage: 'Override the entrypoint of the image' },
  { name: 'env', short: 'e', type: 'list', typeLabel: 'stringArray', usage: 'Set environment variables' },
  { name: 'env-from-file', type: 'list', typeLabel: 'stringArray', usage: 'Set environment variables from file' },
  { name: 'interactive', short: 'i', type: 'bool', usage: 'Keep STDIN open even if not attached', defaultText: 'true' },
  { name: 'label', short: 'l', type: 'list', typeLabel: 'stringArray', usage: 'Add or override a label' },
  { name: 'labels', type: 'list', typeLabel: 'stringArray', usage: 'Add or override a label', hidden: true },
  { name: 'name', type: 'string', usage: 'Assign a name to the container' },
  { name: 'no-TTY', type: 'bool', usage: 'Disable pseudo-TTY allocation (default: auto-detected)', hidden: true },
  { name: 'no-deps', type: 'bool', usage: "Don't start linked services" },
  { name: 'no-tty', short: 'T', type: 'bool', usage: 'Disable pseudo-TTY allocation (default: auto-detected)' },
  { name: 'publish', short: 'p', type: 'list', typeLabel: 'stringArray', usage: "Publish a container's port(s) to the host" },
  { name: 'pull', type: 'string', usage: 'Pull image before running ("always"|"missing"|"never")', defaultText: '"policy"' },
  { name: 'quiet', short: 'q', type: 'bool', usage: "Don't print anything to STDOUT" },
  { name: 'quiet-build', type: 'bool', usage: 'Suppress progress output from the build process' },
  { name: 'quiet-pull', type: 'bool', usage: 'Pull without printing progress information' },
  { name: 'remove-orphans', type: 'bool', usage: 'Remove containers for services not defined in the Compose file' },
  { name: 'rm', type: 'bool', usage: 'Automatically remove the container when it exits' },
  { name: 'service-ports', short: 'P', type: 'bool', usage: "Run command with all service's ports enabled and mapped to the host" },
  { name: 'tty', short: 't', type: 'bool', usage: 'Allocate a pseudo-TTY', defaultText: 'true', hidden: true },
  { name: 'use-aliases', type: 'bool', usage: "Use the service's network useAliases in the network(s) the container connects to" },
  { name: 'user', short: 'u', type: 'string', usage: 'Run as specified username or uid' },
  { name: 'volume', short: 'v', type: 'list', typeLabel: 'stringArray', usage: 'Bind mount a volume' },
  { name: 'volumes', type: 'list', typeLabel: 'stringArray', usage: 'Bind mount a volume', hidden: true },
  { name: 'workdir', short: 'w', type: 'string', usage: 'Working directory inside the container' },
];

export const run: CommandSpec = {
  name: 'run',
  use: 'run [OPTIONS] SERVICE [COMMAND] [ARGS...]',
  short: 'Run a one-off command on a service',
  flags: withDryRun(RUN_FLAGS),
  interspersed: false,
  async run(ctx, args, flags) {
    const { runRun } = await import('./run-run.ts');
    return runRun(ctx, args, flags);
  },
};
