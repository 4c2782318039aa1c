// The root command's global options once parsed, as docker/cli's DockerCli.Initialize and its
// lazy API client treat them: an unknown --log-level ends the CLI at once, -H with --context
// conflicts, and only the default context on the default socket reaches the simulated daemon.
// Anything else fails when a command first needs the daemon, with the client's own message.
import { CliError } from '../errors/cli-error.ts';
import { sha256Hex } from '../util/sha256.ts';
import type { ParsedFlags } from './flags.ts';
import { DEFAULT_CONFIG_DIR } from './root.ts';

const DEFAULT_SOCKET = 'unix:///var/run/docker.sock';
/** /var/run is a symlink to /run on Debian: both name the daemon's socket. */
const REACHABLE = new Set([DEFAULT_SOCKET, 'unix:///run/docker.sock']);
const LOG_LEVELS = new Set(['panic', 'fatal', 'error', 'warn', 'warning', 'info', 'debug', 'trace']);

export interface GlobalOptions {
  debug: boolean;
  /** The context the CLI resolved (`docker version` prints it). */
  context: string;
  /** Why a command that talks to the daemon fails, if it does. */
  connectError?: string;
  /** DockerCli.Client() failed to initialize: it exits before a command prints anything. */
  initError?: boolean;
}

/** Initialize's checks, in its order; throws as the CLI exits. */
export function initGlobalOptions(flags: ParsedFlags, env: Record<string, string>): GlobalOptions {
  const level = typeof flags['log-level'] === 'string' ? flags['log-level'] : '';
  if (level !== '' && !LOG_LEVELS.has(level.toLowerCase())) {
    throw new CliError(`Unable to parse logging level: ${level}`, 1);
  }
  const hosts = Array.isArray(flags.host) ? flags.host : [];
  const contextFlag = typeof flags.context === 'string' ? flags.context : '';
  if (contextFlag !== '' && hosts.length > 0) {
    throw new CliError('conflicting options: cannot specify both --host and --context', 1);
  }
  const configDir = typeof flags.config === 'string' && flags.config !== '' ? flags.config : DEFAULT_CONFIG_DIR;
  const context = resolveContextName(contextFlag, hosts, env);
  const debug = flags.debug === true;
  const connectError = context !== 'default' ? missingContext(context, configDir) : hostError(hosts[0] ?? env.DOCKER_HOST ?? '');
  return { debug, context, connectError, initError: connectError?.startsWith('Failed to initialize:') };
}

/** cli/command.resolveContextName, without a config file naming a current context. */
function resolveContextName(flag: string, hosts: string[], env: Record<string, string>): string {
  if (flag !== '') return flag;
  if (hosts.length > 0 || (env.DOCKER_HOST ?? '') !== '') return 'default';
  return env.DOCKER_CONTEXT || 'default';
}

function missingContext(name: string, configDir: string): string {
  const meta = `${configDir}/contexts/meta/${sha256Hex(name)}/meta.json`;
  return `Failed to initialize: unable to resolve docker endpoint: context "${name}": context not found: open ${meta}: no such file or directory`;
}

/** opts.ParseHost, then what dialling that address gets when no daemon listens there. */
function hostError(raw: string): string | undefined {
  const host = parseHost(raw.trim());
  if (host === undefined) return `Failed to initialize: unable to resolve docker endpoint: invalid bind address format: ${raw}`;
  if (REACHABLE.has(host)) return undefined;
  if (host.startsWith('unix://')) {
    const path = host.slice('unix://'.length);
    return `failed to connect to the docker API at ${host}; check if the path is correct and if the daemon is running: dial unix ${path}: connect: no such file or directory`;
  }
  return `Cannot connect to the Docker daemon at ${host}. Is the docker daemon running?`;
}

function parseHost(addr: string): string | undefined {
  if (addr === '') return DEFAULT_SOCKET;
  const sep = addr.indexOf('://');
  const proto = sep === -1 ? 'tcp' : addr.slice(0, sep);
  const rest = sep === -1 ? addr : addr.slice(sep + 3);
  switch (proto) {
    case 'tcp':
      return parseTcp(rest);
    case 'unix':
      return rest.includes('://') ? undefined : `unix://${rest || '/var/run/docker.sock'}`;
    case 'fd':
    case 'ssh':
    case 'npipe':
      return addr;
    default:
      return undefined;
  }
}

/** opts.ParseTCPAddr: default host localhost, default port 2375. */
function parseTcp(addr: string): string | undefined {
  if (addr === '') return 'tcp://localhost:2375';
  if (addr.includes('://')) return undefined;
  const m = /^(\[[^\]]*\]|[^:/]*)(?::(\d*))?(\/.*)?$/.exec(addr);
  if (!m) return undefined;
  const host = m[1] || 'localhost';
  const port = m[2] || '2375';
  return `tcp://${host}:${port}${m[3] ?? ''}`;
}
