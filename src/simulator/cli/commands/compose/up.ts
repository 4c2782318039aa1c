// docker compose up: create (pulling or building images), reconcile with plan(), start in
// dependency order; -d leaves it running, attached mode streams prefixed logs until Ctrl+C
// stops the stack. Flags: -d, --build, --no-build, --pull, --force-recreate, --no-recreate,
// --always-recreate-deps, -V, --no-deps, --scale, --wait, --wait-timeout, --remove-orphans,
// --no-start, --quiet-pull, --no-color, --no-log-prefix, --timestamps, --attach, --no-attach, -t, -y.
import type { CommandSpec } from '../../command.ts';
import type { FlagSpec } from '../../flags.ts';
import { withDryRun } from './compose-root.ts';

const UP_FLAGS: FlagSpec[] = [
  { name: 'abort-on-container-exit', type: 'bool', usage: 'Stops all containers if any container was stopped. Incompatible with -d' },
  { name: 'abort-on-container-failure', type: 'bool', usage: 'Stops all containers if any container exited with failure. Incompatible with -d' },
  { name: 'always-recreate-deps', type: 'bool', usage: 'Recreate dependent containers. Incompatible with --no-recreate.' },
  { name: 'attach', type: 'list', typeLabel: 'stringArray', usage: 'Restrict attaching to the specified services. Incompatible with --attach-dependencies.' },
  { name: 'attach-dependencies', type: 'bool', usage: 'Automatically attach to log output of dependent services' },
  { name: 'build', type: 'bool', usage: 'Build images before starting containers' },
  { name: 'detach', short: 'd', type: 'bool', usage: 'Detached mode: Run containers in the background' },
  { name: 'exit-code-from', type: 'string', usage: 'Return the exit code of the selected service container. Implies --abort-on-container-exit' },
  { name: 'force-recreate', type: 'bool', usage: "Recreate containers even if their configuration and image haven't changed" },
  { name: 'menu', type: 'bool', usage: 'Enable interactive shortcuts when running attached. Incompatible with --detach. Can also be enable/disable by setting COMPOSE_MENU environment var.' },
  { name: 'no-attach', type: 'list', typeLabel: 'stringArray', usage: 'Do not attach (stream logs) to the specified services' },
  { name: 'no-build', type: 'bool', usage: "Don't build an image, even if it's policy" },
  { name: 'no-color', type: 'bool', usage: 'Produce monochrome output' },
  { name: 'no-deps', type: 'bool', usage: "Don't start linked services" },
  { name: 'no-log-prefix', type: 'bool', usage: "Don't print prefix in logs" },
  { name: 'no-recreate', type: 'bool', usage: "If containers already exist, don't recreate them. Incompatible with --force-recreate." },
  { name: 'no-start', type: 'bool', usage: "Don't start the services after creating them" },
  { name: 'pull', type: 'string', usage: 'Pull image before running ("always"|"missing"|"never")', defaultText: '"policy"' },
  { name: 'quiet-build', type: 'bool', usage: 'Suppress the build output' },
  { name: 'quiet-pull', type: 'bool', usage: 'Pull without printing progress information' },
  { name: 'remove-orphans', type: 'bool', usage: 'Remove containers for services not defined in the Compose file' },
  { name: 'renew-anon-volumes', short: 'V', type: 'bool', usage: 'Recreate anonymous volumes instead of retrieving data from the previous containers' },
  // pflag's UnquoteUsage: the back-quoted `scale` becomes the value name and loses its quotes.
  { name: 'scale', type: 'list', typeLabel: 'scale', usage: 'Scale SERVICE to NUM instances. Overrides the scale setting in the Compose file if present.' },
  { name: 'timeout', short: 't', type: 'int', usage: 'Use this timeout in seconds for container shutdown when attached or when containers are already running' },
  { name: 'timestamps', type: 'bool', usage: 'Show timestamps' },
  { name: 'wait', type: 'bool', usage: 'Wait for services to be running|healthy. Implies detached mode.' },
  { name: 'wait-timeout', type: 'int', usage: 'Maximum duration in seconds to wait for the project to be running|healthy' },
  { name: 'watch', short: 'w', type: 'bool', usage: 'Watch source code and rebuild/refresh containers when files are updated.' },
  { name: 'yes', short: 'y', type: 'bool', usage: 'Assume "yes" as answer to all prompts and run non-interactively' },
];

export const up: CommandSpec = {
  name: 'up',
  use: 'up [OPTIONS] [SERVICE...]',
  short: 'Create and start containers',
  flags: withDryRun(UP_FLAGS),
  async run(ctx, args, flags) {
    const { runUp } = await import('./up-run.ts');
    return runUp(ctx, args, flags);
  },
};
