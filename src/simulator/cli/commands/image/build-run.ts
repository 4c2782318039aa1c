// docker build / docker image build / docker builder build (buildx on the docker driver): what the
// command does (its spec, flags and help are in build.ts, which loads this module the first time
// the command runs).
import { CliError } from '../../../errors/cli-error.ts';
import { parseRefStrict } from '../../../engine/refs.ts';
import { runBuild as buildImage } from '../../../builder/build/build.ts';
import type { CommandContext } from '../../command.ts';
import { TTY_COLUMNS } from '../../progress.ts';
import { flagBool, flagList, flagString } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';

const PROGRESS = ['auto', 'none', 'plain', 'quiet', 'rawjson', 'tty'];

function absolute(cwd: string, p: string): string {
  const joined = p.startsWith('/') ? p : `${cwd.replace(/\/$/, '')}/${p}`;
  const out: string[] = [];
  for (const s of joined.split('/')) {
    if (s === '' || s === '.') continue;
    if (s === '..') out.pop();
    else out.push(s);
  }
  return `/${out.join('/')}`;
}

function buildArgs(ctx: CommandContext, list: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const kv of list) {
    const i = kv.indexOf('=');
    if (i >= 0) out[kv.slice(0, i)] = kv.slice(i + 1);
    else if (Object.hasOwn(ctx.env, kv)) out[kv] = ctx.env[kv];
  }
  return out;
}

function names(tags: string[]): { full: string; familiar: string }[] {
  return tags.map((t) => {
    try {
      const ref = parseRefStrict(t);
      return { full: ref.full, familiar: ref.familiarTagged };
    } catch (e) {
      // distribution/reference.Parse's errors, as buildx wraps them before the build starts
      const why = /must be lowercase/.test((e as Error).message) ? 'repository name must be lowercase' : 'invalid reference format';
      throw new CliError(`ERROR: failed to build: invalid tag "${t}": ${why}`, 1);
    }
  });
}

export async function runBuild(ctx: CommandContext, args: string[], flags: ParsedFlags): Promise<number> {
  const progress = flagString(flags, 'progress', 'auto');
  if (!PROGRESS.includes(progress)) throw new CliError(`ERROR: failed to build: invalid progress mode "${progress}"`, 1);
  const host = ctx.host.hostFs?.();
  if (!host) throw new CliError('ERROR: failed to build: no build context available', 1);
  const [path] = args;
  if (path === '-' || /^(https?|git):\/\//.test(path)) throw new CliError(`ERROR: building from ${path === '-' ? 'stdin' : 'a URL'} is not modelled yet by this simulator`, 1);
  const contextDir = absolute(host.cwd, path);
  if (!host.fs.exists(contextDir)) throw new CliError(`ERROR: unable to prepare context: path "${path}" not found`, 1);
  const file = flagString(flags, 'file');
  const dockerfile = file ? absolute(host.cwd, file) : `${contextDir}/Dockerfile`;
  const quiet = flagBool(flags, 'quiet') || progress === 'quiet' || progress === 'none';
  const tty = progress === 'tty' || (progress === 'auto' && ctx.tty);
  if (tty && !ctx.tty) throw new CliError('ERROR: failed to get console: provided file is not a console', 1);
  const { resolveSecrets } = await import('../../../builder/build/secrets.ts');
  const secrets = resolveSecrets(flagList(flags, 'secret'), ctx.env, (p) => (host.fs.exists(absolute(host.cwd, p)) ? host.fs.readFile(absolute(host.cwd, p)) : undefined));
  if (!secrets.ok) throw new CliError(`ERROR: ${secrets.error}`, 1);
  const req = {
    fs: host.fs, contextDir, dockerfile, dockerfileName: dockerfile.slice(dockerfile.lastIndexOf('/') + 1),
    names: names(flagList(flags, 'tag')), buildArgs: buildArgs(ctx, flagList(flags, 'build-arg')),
    noCache: flagBool(flags, 'no-cache'), target: flagString(flags, 'target'), secrets: secrets.secrets,
  };
  const out = quiet ? {} : tty
    ? { plain: (t: string) => ctx.stderr.resultOnly(t), tty: { emit: (t: string) => ctx.stderr.streamOnly(t), color: !ctx.env.NO_COLOR, width: TTY_COLUMNS } }
    : { plain: (t: string) => ctx.stderr.write(t) };
  const r = await buildImage(ctx.engine, req, out);
  if (!quiet && r.warnings.length > 0) {
    const { formatWarnings } = await import('../../../builder/build/warnings.ts');
    const f = { debug: ctx.client?.debug ?? false, filename: req.dockerfileName, source: r.source };
    ctx.stderr.streamOnly(formatWarnings(r.warnings, { ...f, color: true }));
    ctx.stderr.resultOnly(formatWarnings(r.warnings, { ...f, color: false }));
  }
  if (!r.ok) {
    ctx.stderr.write(r.error);
    return 1;
  }
  if (flagBool(flags, 'quiet')) ctx.stdout.write(`${r.imageId}\n`);
  return 0;
}
