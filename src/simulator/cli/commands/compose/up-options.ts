// `docker compose up`'s options as cmd/compose/up.go and create.go read and check them
// (validateFlags, createOptions.Apply, recreateStrategy): the errors compose returns before it
// touches the engine, with their exact texts.
import type { Project, RecreatePolicy } from '../../../compose/index.ts';
import { CliError } from '../../../errors/cli-error.ts';
import type { CommandContext } from '../../command.ts';
import { flagBool, flagInt, flagList, flagSet, flagString } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';

export interface UpOptions {
  detach: boolean;
  wait: boolean;
  waitTimeout: number;
  noStart: boolean;
  noDeps: boolean;
  build: boolean;
  noBuild: boolean;
  /** --pull when given. */
  pull?: string;
  quietPull: boolean;
  removeOrphans: boolean;
  recreate: RecreatePolicy;
  recreateDeps: RecreatePolicy;
  renewAnonVolumes: boolean;
  timeout?: number;
  scale: string[];
  attach: string[];
  noAttach: string[];
  attachDependencies: boolean;
  abortOnExit: boolean;
  abortOnFailure: boolean;
  exitCodeFrom: string;
  noColor: boolean;
  noPrefix: boolean;
  timestamps: boolean;
  yes: boolean;
}

const fail = (message: string) => new CliError(message, 1);
const PULL_POLICIES = ['always', 'never', 'build', 'missing', 'if_not_present'];

/** The flags, then validateFlags' checks in compose's order. */
export function upOptions(ctx: CommandContext, flags: ParsedFlags): UpOptions {
  const o: UpOptions = {
    detach: flagBool(flags, 'detach'), wait: flagBool(flags, 'wait'), waitTimeout: flagInt(flags, 'wait-timeout', 0),
    noStart: flagBool(flags, 'no-start'), noDeps: flagBool(flags, 'no-deps'), build: flagBool(flags, 'build'), noBuild: flagBool(flags, 'no-build'),
    pull: flagSet(flags, 'pull') ? flagString(flags, 'pull') : undefined, quietPull: flagBool(flags, 'quiet-pull'),
    removeOrphans: flagSet(flags, 'remove-orphans') ? flagBool(flags, 'remove-orphans') : ['1', 't', 'true', 'TRUE', 'True'].includes(ctx.env.COMPOSE_REMOVE_ORPHANS ?? ''),
    recreate: 'diverged', recreateDeps: 'diverged', renewAnonVolumes: flagBool(flags, 'renew-anon-volumes'),
    timeout: flagSet(flags, 'timeout') ? flagInt(flags, 'timeout', 0) : undefined, scale: flagList(flags, 'scale'),
    attach: flagList(flags, 'attach'), noAttach: flagList(flags, 'no-attach'), attachDependencies: flagBool(flags, 'attach-dependencies'),
    abortOnExit: flagBool(flags, 'abort-on-container-exit'), abortOnFailure: flagBool(flags, 'abort-on-container-failure'),
    exitCodeFrom: flagString(flags, 'exit-code-from'), noColor: flagBool(flags, 'no-color'), noPrefix: flagBool(flags, 'no-log-prefix'),
    timestamps: flagBool(flags, 'timestamps'), yes: flagBool(flags, 'yes'),
  };
  validate(o, flagBool(flags, 'force-recreate'), flagBool(flags, 'no-recreate'), flagBool(flags, 'always-recreate-deps'), flagBool(flags, 'watch'));
  if (flagBool(flags, 'no-recreate')) o.recreate = o.recreateDeps = 'never';
  else {
    if (flagBool(flags, 'force-recreate') || o.renewAnonVolumes) o.recreate = 'force';
    if (flagBool(flags, 'always-recreate-deps')) o.recreateDeps = 'force';
  }
  return o;
}

function validate(o: UpOptions, force: boolean, noRecreate: boolean, recreateDeps: boolean, watch: boolean): void {
  if (o.waitTimeout < 0) throw fail('--wait-timeout must be a non-negative integer');
  if (o.exitCodeFrom && !o.abortOnFailure) o.abortOnExit = true;
  if (o.abortOnExit && o.abortOnFailure) throw fail('--abort-on-container-failure cannot be combined with --abort-on-container-exit');
  if (o.wait) {
    if (o.attachDependencies || o.abortOnExit || o.attach.length) throw fail('--wait cannot be combined with --abort-on-container-exit, --attach or --attach-dependencies');
    o.detach = true;
  }
  if (o.build && o.noBuild) throw fail('--build and --no-build are incompatible');
  if (o.detach && (o.attachDependencies || o.abortOnExit || o.abortOnFailure || o.attach.length || watch)) {
    throw fail(`--${o.wait ? 'wait' : 'detach'} cannot be combined with --abort-on-container-exit, --abort-on-container-failure, --attach, --attach-dependencies or --watch`);
  }
  if (watch) throw fail('--watch is not modelled by this simulator');
  if (o.renewAnonVolumes && noRecreate) throw fail('--no-recreate and --renew-anon-volumes are incompatible');
  if (force && noRecreate) throw fail('--force-recreate and --no-recreate are incompatible');
  if (recreateDeps && noRecreate) throw fail('--always-recreate-deps and --no-recreate are incompatible');
}

/** project.GetService's error. */
export function noSuchService(name: string): CliError {
  return fail(`no such service: ${name}: not found`);
}

/** createOptions.Apply: --pull, --build (pull_policy build), --scale. Returns the --scale map. */
export function applyCreateOptions(project: Project, o: UpOptions): Record<string, number> {
  if (o.pull !== undefined) {
    if (!PULL_POLICIES.includes(o.pull)) throw fail(`invalid --pull option ${JSON.stringify(o.pull)}`);
    for (const s of Object.values(project.services)) s.pullPolicy = o.pull;
  }
  if (o.build) for (const s of Object.values(project.services)) if (s.build) s.pullPolicy = 'build';
  const scale: Record<string, number> = {};
  for (const entry of o.scale) {
    const i = entry.indexOf('=');
    const value = i === -1 ? '' : entry.slice(i + 1);
    if (i === -1 || value === '') throw fail(`invalid --scale option ${JSON.stringify(entry)}. Should be SERVICE=NUM`);
    if (!/^[+-]?\d+$/.test(value)) throw fail(`strconv.Atoi: parsing ${JSON.stringify(value)}: invalid syntax`);
    const name = entry.slice(0, i);
    if (!Object.hasOwn(project.services, name)) throw noSuchService(name);
    scale[name] = Number(value);
    project.services[name].scale = Number(value);
    if (project.services[name].deploy) project.services[name].deploy!.replicas = Number(value);
  }
  if (o.exitCodeFrom && !Object.hasOwn(project.services, o.exitCodeFrom)) throw noSuchService(o.exitCodeFrom);
  return scale;
}
