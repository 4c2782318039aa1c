// docker image pull / docker pull: what the command does (its spec, flags and help are in pull.ts,
// which loads this module the first time the command runs).
import { pullAllTags, pullImage } from '../../../engine/pull.ts';
import { parseRef } from '../../../engine/refs.ts';
import { CliError } from '../../../errors/cli-error.ts';
import { parseReference, type ParsedReference } from '../../../util/reference.ts';
import type { CommandContext } from '../../command.ts';
import { flagBool, flagSet, flagString } from '../../command.ts';
import { ProgressRenderer } from '../../progress.ts';
import { platformError } from './platform.ts';
import type { ParsedFlags } from '../../flags.ts';

function parseRemote(text: string): ParsedReference {
  try {
    return parseReference(text);
  } catch (e) {
    throw new CliError((e as Error).message, 1);
  }
}

function fullString(p: ParsedReference): string {
  return `${p.full}${p.tag !== undefined ? `:${p.tag}` : ''}${p.digest ? `@${p.digest}` : ''}`;
}

function run(ctx: CommandContext, remote: string, all: boolean, quiet: boolean, platform: string): void {
  let ref = parseRemote(remote);
  const nameOnly = ref.tag === undefined && ref.digest === undefined;
  if (all && !nameOnly) throw new CliError("tag can't be used with --all-tags/-a", 1);
  if (!all && nameOnly) {
    ref = { ...ref, tag: 'latest' };
    if (!quiet) ctx.stdout.write('Using default tag: latest\n');
  }
  const bad = platform ? platformError(platform) : undefined;
  if (bad) throw new CliError(bad, 1);
  const renderer = new ProgressRenderer(ctx.stdout, ctx.tty);
  const emit = quiet ? () => {} : (e: Parameters<ProgressRenderer['write']>[0]) => renderer.write(e);
  const engineRef = parseRef(fullString(all ? { ...ref, tag: 'latest' } : ref));
  if (!engineRef) throw new CliError('invalid reference format', 1);
  if (all) pullAllTags(ctx.engine, engineRef, emit);
  else pullImage(ctx.engine, engineRef, emit);
  ctx.stdout.write(`${fullString(ref)}\n`);
}

export function runPull(ctx: CommandContext, args: string[], flags: ParsedFlags) {
  if (flagSet(flags, 'disable-content-trust')) {
    ctx.stderr.write('Flag --disable-content-trust has been deprecated, support for docker content trust was removed\n');
  }
  const platform = flagString(flags, 'platform', ctx.env.DOCKER_DEFAULT_PLATFORM ?? '');
  run(ctx, args[0], flagBool(flags, 'all-tags'), flagBool(flags, 'quiet'), platform);
}
