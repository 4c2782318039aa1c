// docker build / docker image build / docker builder build (buildx on the docker driver): builds
// the context directory on the host with BuildKit; -t (repeated), -f, --build-arg, --no-cache,
// --target, -q, --progress (plain rendering also on a TTY for now). The builder loads lazily.
import { CliError } from '../../../errors/cli-error.ts';
import { parseRefStrict } from '../../../engine/refs.ts';
import type { CommandContext, CommandSpec } from '../../command.ts';
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

async function run(ctx: CommandContext, args: string[], flags: ParsedFlags): Promise<number> {
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
  const req = {
    fs: host.fs, contextDir, dockerfile, dockerfileName: dockerfile.slice(dockerfile.lastIndexOf('/') + 1),
    names: names(flagList(flags, 'tag')), buildArgs: buildArgs(ctx, flagList(flags, 'build-arg')),
    noCache: flagBool(flags, 'no-cache'), target: flagString(flags, 'target'),
  };
  const { runBuild } = await import('../../../builder/build/build.ts');
  const r = await runBuild(ctx.engine, req, (text) => {
    if (!quiet) ctx.stderr.write(text);
  });
  if (!r.ok) {
    ctx.stderr.write(r.error);
    return 1;
  }
  if (flagBool(flags, 'quiet')) ctx.stdout.write(`${r.imageId}\n`);
  return 0;
}

export const build: CommandSpec = {
  name: 'build',
  use: 'build [OPTIONS] PATH | URL | -',
  short: 'Build an image from a Dockerfile',
  aliasesLine: 'docker buildx build, docker buildx b',
  args: { min: 1, max: 1 },
  flags: [
    { name: 'build-arg', type: 'list', typeLabel: 'stringArray', usage: 'Set build-time variables' },
    { name: 'file', short: 'f', type: 'string', usage: 'Name of the Dockerfile (default: "PATH/Dockerfile")' },
    { name: 'no-cache', type: 'bool', usage: 'Do not use cache when building the image' },
    {
      name: 'progress',
      type: 'string',
      usage: 'Set type of progress output ("auto", "none",  "plain", "quiet", "rawjson", "tty"). Use plain to show container output',
      defaultText: '"auto"',
    },
    { name: 'quiet', short: 'q', type: 'bool', usage: 'Suppress the build output and print image ID on success' },
    { name: 'tag', short: 't', type: 'list', typeLabel: 'stringArray', usage: 'Image identifier (format: "[registry/]repository[:tag]")' },
    { name: 'target', type: 'string', usage: 'Set the target build stage to build' },
  ],
  run,
};
