// `docker compose` itself (docker/compose v5 cmd/compose/compose.go RootCommand): the project
// flags it parses before its subcommand (-f, -p, --profile ...), its help as the docker CLI's
// plugin template lays it out, and its RunE: help without a subcommand, else "unknown docker
// command". Subcommands read the flags through projectInputs (project.ts).
import { CliError } from '../../../errors/cli-error.ts';
import type { CommandContext } from '../../command.ts';
import type { FlagSpec, ParsedFlags } from '../../flags.ts';
import { flagUsages } from '../../usage.ts';

/** The persistent --dry-run: every subcommand accepts it and lists it in its help. */
export const DRY_RUN_FLAG: FlagSpec = { name: 'dry-run', type: 'bool', usage: 'Execute command in dry run mode' };

const WORKDIR_USAGE = 'Specify an alternate working directory\n(default: the path of the, first specified, Compose file)';

/** compose's root flags, sorted as pflag prints them. */
export const COMPOSE_FLAGS: FlagSpec[] = [
  { name: 'all-resources', type: 'bool', usage: 'Include all resources, even those not used by services' },
  { name: 'ansi', type: 'string', usage: 'Control when to print ANSI control characters ("never"|"always"|"auto")', defaultText: '"auto"' },
  { name: 'compatibility', type: 'bool', usage: 'Run compose in backward compatibility mode' },
  DRY_RUN_FLAG,
  { name: 'env-file', type: 'list', typeLabel: 'stringArray', usage: 'Specify an alternate environment file' },
  { name: 'file', short: 'f', type: 'list', typeLabel: 'stringArray', usage: 'Compose configuration files' },
  { name: 'insecure-registry', type: 'list', typeLabel: 'stringArray', usage: "Use insecure registry to pull Compose OCI artifacts. Doesn't apply to images", hidden: true },
  { name: 'no-ansi', type: 'bool', usage: 'Do not print ANSI control characters (DEPRECATED)', hidden: true },
  { name: 'parallel', type: 'int', usage: 'Control max parallelism, -1 for unlimited', defaultText: '-1' },
  { name: 'profile', type: 'list', typeLabel: 'stringArray', usage: 'Specify a profile to enable' },
  { name: 'progress', type: 'string', usage: 'Set type of progress output (auto, tty, plain, json, quiet)' },
  { name: 'project-directory', type: 'string', usage: WORKDIR_USAGE },
  { name: 'project-name', short: 'p', type: 'string', usage: 'Project name' },
  { name: 'verbose', type: 'bool', usage: 'Show more output', hidden: true },
  { name: 'version', short: 'v', type: 'bool', usage: 'Show the Docker Compose version information', hidden: true },
  { name: 'workdir', type: 'string', usage: `DEPRECATED! USE --project-directory INSTEAD.\n${WORKDIR_USAGE}`, hidden: true },
];

/** Every compose subcommand as `docker compose --help` lists it (those with subcommands apart). */
const MANAGEMENT: [string, string][] = [['bridge', 'Convert compose files into another model']];
const COMMANDS: [string, string][] = [
  ['attach', "Attach local standard input, output, and error streams to a service's running container"],
  ['build', 'Build or rebuild services'],
  ['commit', "Create a new image from a service container's changes"],
  ['config', 'Parse, resolve and render compose file in canonical format'],
  ['cp', 'Copy files/folders between a service container and the local filesystem'],
  ['create', 'Creates containers for a service'],
  ['down', 'Stop and remove containers, networks'],
  ['events', 'Receive real time events from containers'],
  ['exec', 'Execute a command in a running container'],
  ['export', "Export a service container's filesystem as a tar archive"],
  ['images', 'List images used by the created containers'],
  ['kill', 'Force stop service containers'],
  ['logs', 'View output from containers'],
  ['ls', 'List running compose projects'],
  ['pause', 'Pause services'],
  ['port', 'Print the public port for a port binding'],
  ['ps', 'List containers'],
  ['publish', 'Publish compose application'],
  ['pull', 'Pull service images'],
  ['push', 'Push service images'],
  ['restart', 'Restart service containers'],
  ['rm', 'Removes stopped service containers'],
  ['run', 'Run a one-off command on a service'],
  ['scale', 'Scale services '],
  ['start', 'Start services'],
  ['stats', 'Display a live stream of container(s) resource usage statistics'],
  ['stop', 'Stop services'],
  ['top', 'Display the running processes'],
  ['unpause', 'Unpause services'],
  ['up', 'Create and start containers'],
  ['version', 'Show the Docker Compose version information'],
  ['volumes', 'List volumes'],
  ['wait', 'Block until containers of all (or specified) services stop.'],
  ['watch', 'Watch build context for service and rebuild/refresh containers when files are updated'],
];

/** docker/cli's usage template for a plugin root that has a parent: Options, then the commands. */
export function composeHelp(path = 'docker compose'): string {
  const row = ([name, short]: [string, string]) => `  ${name.padEnd(11)} ${short}`;
  return [
    `Usage:  ${path} [OPTIONS] COMMAND`,
    '',
    'Define and run multi-container applications with Docker',
    '',
    'Options:',
    flagUsages(COMPOSE_FLAGS).trimEnd(),
    '',
    'Management Commands:',
    ...MANAGEMENT.map(row),
    '',
    'Commands:',
    ...COMMANDS.map(row),
    '',
    `Run '${path} COMMAND --help' for more information on a command.`,
    '',
  ].join('\n');
}

/** RootCommand's RunE: no subcommand prints the help; an unknown one prints it too, then fails. */
export function runComposeRoot(ctx: CommandContext, args: string[], _flags: ParsedFlags): number {
  ctx.stdout.write(composeHelp(ctx.path));
  if (args.length === 0) return 0;
  throw new CliError(`unknown docker command: "compose ${args[0]}"`, 1);
}

/** Adds the persistent --dry-run to a subcommand's flags, keeping pflag's name order. */
export function withDryRun(flags: FlagSpec[]): FlagSpec[] {
  return [...flags, DRY_RUN_FLAG].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

