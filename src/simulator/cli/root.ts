// The root `docker` command: its global flags, `docker --version`, and the top-level help that
// `docker` alone (on stderr) and `docker --help` (on stdout) print, laid out as docker/cli does.
import type { FlagSpec } from './flags.ts';
import { flagUsages } from './usage.ts';
import { CLIENT_COMMIT, CLIENT_VERSION } from './versions.ts';

/** config.Dir(): ~/.docker for the learner. */
export const DEFAULT_CONFIG_DIR = '/home/learner/.docker';

/** `docker [OPTIONS] COMMAND [ARG...]`: the root's UseLine, in its flag errors. */
export const ROOT_USE = 'docker [OPTIONS] COMMAND [ARG...]';

/** The root command's local flags (cli/flags/options.go InstallFlags, plus --version); pflag wraps the usages. */
export const ROOT_FLAGS: FlagSpec[] = [
  { name: 'config', type: 'string', usage: 'Location of client config files', defaultText: `"${DEFAULT_CONFIG_DIR}"` },
  {
    name: 'context',
    short: 'c',
    type: 'string',
    usage: 'Name of the context to use to connect to the daemon (overrides DOCKER_HOST env var and default context set with "docker context use")',
  },
  { name: 'debug', short: 'D', type: 'bool', usage: 'Enable debug mode' },
  // hostVar: a "string" to pflag, but Set fails on a second value ("specify only one -H").
  { name: 'host', short: 'H', type: 'list', typeLabel: 'string', usage: 'Daemon socket to connect to' },
  { name: 'log-level', short: 'l', type: 'string', usage: 'Set the logging level ("debug", "info", "warn", "error", "fatal")', defaultText: '"info"' },
  { name: 'tls', type: 'bool', usage: 'Use TLS; implied by --tlsverify' },
  { name: 'tlscacert', type: 'string', usage: 'Trust certs signed only by this CA', defaultText: `"${DEFAULT_CONFIG_DIR}/ca.pem"` },
  { name: 'tlscert', type: 'string', usage: 'Path to TLS certificate file', defaultText: `"${DEFAULT_CONFIG_DIR}/cert.pem"` },
  { name: 'tlskey', type: 'string', usage: 'Path to TLS key file', defaultText: `"${DEFAULT_CONFIG_DIR}/key.pem"` },
  { name: 'tlsverify', type: 'bool', usage: 'Use TLS and verify the remote' },
  { name: 'version', short: 'v', type: 'bool', usage: 'Print version information and quit' },
];

export function versionLine(): string {
  return `Docker version ${CLIENT_VERSION}, build ${CLIENT_COMMIT}`;
}

// What `docker --help` lists on a Linux host with the docker-ce packages (buildx and compose
// plugins installed, swarm inactive, no experimental daemon): cli/cobra.go's usage template.
// Common Commands are those with a "category-top" annotation in its natural order (stable over
// the name-sorted list, so bake and pull share "5"); swarm-manager and experimental commands
// (config, node, secret, service, stack, checkpoint) are hidden; plugins are marked with `*`.
const COMMON: [string, string][] = [
  ['run', 'Create and run a new container from an image'],
  ['exec', 'Execute a command in a running container'],
  ['ps', 'List containers'],
  ['build', 'Build an image from a Dockerfile'],
  ['bake', 'Build from a file'],
  ['pull', 'Download an image from a registry'],
  ['push', 'Upload an image to a registry'],
  ['images', 'List images'],
  ['login', 'Authenticate to a registry'],
  ['logout', 'Log out from a registry'],
  ['search', 'Search Docker Hub for images'],
  ['version', 'Show the Docker version information'],
  ['info', 'Display system-wide information'],
];

const MANAGEMENT: [string, string][] = [
  ['builder', 'Manage builds'],
  ['buildx*', 'Docker Buildx'],
  ['compose*', 'Docker Compose'],
  ['container', 'Manage containers'],
  ['context', 'Manage contexts'],
  ['image', 'Manage images'],
  ['manifest', 'Manage Docker image manifests and manifest lists'],
  ['network', 'Manage networks'],
  ['plugin', 'Manage plugins'],
  ['system', 'Manage Docker'],
  ['volume', 'Manage volumes'],
];

const SWARM: [string, string][] = [
  ['swarm', 'Manage Swarm'],
];

const COMMANDS: [string, string][] = [
  ['attach', 'Attach local standard input, output, and error streams to a running container'],
  ['commit', "Create a new image from a container's changes"],
  ['cp', 'Copy files/folders between a container and the local filesystem'],
  ['create', 'Create a new container'],
  ['diff', "Inspect changes to files or directories on a container's filesystem"],
  ['events', 'Get real time events from the server'],
  ['export', "Export a container's filesystem as a tar archive"],
  ['history', 'Show the history of an image'],
  ['import', 'Import the contents from a tarball to create a filesystem image'],
  ['inspect', 'Return low-level information on Docker objects'],
  ['kill', 'Kill one or more running containers'],
  ['load', 'Load an image from a tar archive or STDIN'],
  ['logs', 'Fetch the logs of a container'],
  ['pause', 'Pause all processes within one or more containers'],
  ['port', 'List port mappings or a specific mapping for the container'],
  ['rename', 'Rename a container'],
  ['restart', 'Restart one or more containers'],
  ['rm', 'Remove one or more containers'],
  ['rmi', 'Remove one or more images'],
  ['save', 'Save one or more images to a tar archive (streamed to STDOUT by default)'],
  ['start', 'Start one or more stopped containers'],
  ['stats', 'Display a live stream of container(s) resource usage statistics'],
  ['stop', 'Stop one or more running containers'],
  ['tag', 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE'],
  ['top', 'Display the running processes of a container'],
  ['unpause', 'Unpause all processes within one or more containers'],
  ['update', 'Update configuration of one or more containers'],
  ['wait', 'Block until one or more containers stop, then print their exit codes'],
];

function section(title: string, rows: [string, string][], pad: number): string[] {
  return [title, ...rows.map(([n, s]) => `  ${n.padEnd(pad)}${s}`)];
}

/** `docker --help`; names padded to cobra's NamePadding (11, no root command is longer) + 1. */
export function rootHelp(): string {
  const pad = 12;
  const lines = [
    'Usage:  docker [OPTIONS] COMMAND',
    '',
    'A self-sufficient runtime for containers',
    '',
    ...section('Common Commands:', COMMON, pad),
    '',
    ...section('Management Commands:', MANAGEMENT, pad),
    '',
    ...section('Swarm Commands:', SWARM, pad),
    '',
    ...section('Commands:', COMMANDS, pad),
    '',
    'Global Options:',
    flagUsages(ROOT_FLAGS).trimEnd(),
    '',
    "Run 'docker COMMAND --help' for more information on a command.",
    '',
    'For more help on how to use Docker, head to https://docs.docker.com/go/guides/',
  ];
  return lines.join('\n') + '\n';
}
