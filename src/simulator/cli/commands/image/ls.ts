// docker image ls (list) and docker images: the local images. Without -q, --format, --no-trunc or
// --digests the tree view (ls-tree.ts); otherwise docker's classic table or a template. Dangling
// images are hidden unless -a or a dangling filter asks for them. Flags: -a, --digests,
// -f/--filter, --format, --no-trunc, -q, --tree.
import { listImages, type ImageSummary } from '../../../engine/image-list.ts';
import { CliError } from '../../../errors/cli-error.ts';
import { renderFormatted } from '../../../util/format/table.ts';
import type { CommandContext, CommandSpec } from '../../command.ts';
import { flagBool, flagList, flagString } from '../../command.ts';
import type { FlagSpec, ParsedFlags } from '../../flags.ts';
import { IMAGE_HEADERS, imageContext, imageFormat, imageRows } from '../../format-context/image.ts';
import { TTY_COLUMNS } from '../../progress.ts';
import { FORMAT_HELP } from '../container/ls.ts';
import { parseFilterFlag } from './filters.ts';
import { renderTree } from './ls-tree.ts';

const FLAGS: FlagSpec[] = [
  { name: 'all', short: 'a', type: 'bool', usage: 'Show all images (default hides intermediate and dangling images)' },
  { name: 'digests', type: 'bool', usage: 'Show digests' },
  { name: 'filter', short: 'f', type: 'list', typeLabel: 'filter', usage: 'Filter output based on conditions provided' },
  { name: 'format', type: 'string', usage: FORMAT_HELP },
  { name: 'no-trunc', type: 'bool', usage: "Don't truncate output" },
  { name: 'quiet', short: 'q', type: 'bool', usage: 'Only show image IDs' },
  { name: 'tree', type: 'bool', usage: 'List multi-platform images as a tree (EXPERIMENTAL)' },
];

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

export const ls: CommandSpec = {
  name: 'ls',
  aliases: ['list'],
  use: 'ls [OPTIONS] [REPOSITORY[:TAG]]',
  short: 'List images',
  aliasesLine: 'docker image ls, docker image list, docker images',
  flags: FLAGS,
  args: { max: 1 },
  run(ctx, args, flags) {
    runImages(ctx, ctx.path === 'docker images' ? 'images [OPTIONS] [REPOSITORY[:TAG]]' : 'ls [OPTIONS] [REPOSITORY[:TAG]]', args, flags);
  },
};
