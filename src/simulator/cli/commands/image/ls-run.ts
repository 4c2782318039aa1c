// docker image ls (list) and docker images: what the command does (its spec, flags and help are in
// ls.ts, which loads this module the first time the command runs).
import { listImages, type ImageSummary } from '../../../engine/image-list.ts';
import { CliError } from '../../../errors/cli-error.ts';
import { renderFormatted } from '../../../util/format/table.ts';
import type { CommandContext } from '../../command.ts';
import { flagBool, flagList, flagString } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';
import { IMAGE_HEADERS, imageContext, imageFormat, imageRows } from '../../format-context/image.ts';
import { TTY_COLUMNS } from '../../progress.ts';
import { parseFilterFlag } from './filters.ts';
import { renderTree } from './ls-tree.ts';

/** shouldUseTree: the tree view unless a classic option is given (which --tree refuses). */
function useTree(flags: ParsedFlags): boolean {
  const tree = flagBool(flags, 'tree');
  const classic: [string, string][] = [
    ['quiet', '--quiet is not yet supported with --tree'],
    ['no-trunc', '--no-trunc is not yet supported with --tree'],
    ['digests', '--show-digest is not yet supported with --tree'],
  ];
  for (const [name, message] of classic) {
    if (flagBool(flags, name)) {
      if (tree) throw new CliError(message, 1);
      return false;
    }
  }
  if (flagString(flags, 'format') !== '') {
    if (tree) throw new CliError('--format is not yet supported with --tree', 1);
    return false;
  }
  return true;
}

function classic(ctx: CommandContext, images: ImageSummary[], flags: ParsedFlags): void {
  const digests = flagBool(flags, 'digests');
  const format = imageFormat(flagString(flags, 'format') || 'table', flagBool(flags, 'quiet'), digests);
  const trunc = !flagBool(flags, 'no-trunc');
  const now = ctx.engine.now();
  const rows = imageRows(images, digests, format).map((r) => imageContext(r, trunc, now));
  const out = renderFormatted(format, rows, IMAGE_HEADERS);
  if (!out.ok) throw new CliError(out.error, 1);
  ctx.stdout.write(out.output);
}

function runImages(ctx: CommandContext, use: string, args: string[], flags: ParsedFlags): void {
  const filters = parseFilterFlag(ctx, use, '-f, --filter', flagList(flags, 'filter'));
  if (args[0] !== undefined) filters.set('reference', [...(filters.get('reference') ?? []), args[0]]);
  const tree = useTree(flags);
  let images = listImages(ctx.engine, filters);
  const dangling = filters.get('dangling');
  if (!flagBool(flags, 'all') && (!dangling || dangling.includes('false'))) images = images.filter((s) => s.repoTags.length > 0);
  let count = images.length;
  if (tree) {
    const view = renderTree(images, flagBool(flags, 'tree'), ctx.tty, ctx.tty ? TTY_COLUMNS : 0);
    ctx.stdout.write(view.text);
    count = view.count;
  } else {
    classic(ctx, images, flags);
  }
  if (count === 0 && args[0] !== undefined && ctx.path === 'docker images') printAmbiguousHint(ctx, args[0]);
}

const SUBCOMMANDS = ['build', 'history', 'import', 'inspect', 'list', 'load', 'ls', 'prune', 'pull', 'push', 'rm', 'save', 'tag'];

/** `docker images ls` finds no image named "ls": hint at `docker image ls` on stderr. */
function printAmbiguousHint(ctx: CommandContext, name: string): void {
  if (SUBCOMMANDS.includes(name)) ctx.stderr.write(`No images found matching "${name}": did you mean "docker image ${name}"?\n`);
}

export function runLs(ctx: CommandContext, args: string[], flags: ParsedFlags) {
  runImages(ctx, ctx.path === 'docker images' ? 'images [OPTIONS] [REPOSITORY[:TAG]]' : 'ls [OPTIONS] [REPOSITORY[:TAG]]', args, flags);
}
