// docker image ls (list) and docker images: the local images. Without -q, --format, --no-trunc or
// --digests the tree view (ls-tree.ts); otherwise docker's classic table or a template. Dangling
// images are hidden unless -a or a dangling filter asks for them. Flags: -a, --digests,
// -f/--filter, --format, --no-trunc, -q, --tree.
import type { CommandSpec } from '../../command.ts';
import type { FlagSpec } from '../../flags.ts';
import { FORMAT_HELP } from '../container/ls.ts';

const FLAGS: FlagSpec[] = [
  { name: 'all', short: 'a', type: 'bool', usage: 'Show all images (default hides intermediate and dangling images)' },
  { name: 'digests', type: 'bool', usage: 'Show digests' },
  { name: 'filter', short: 'f', type: 'list', typeLabel: 'filter', usage: 'Filter output based on conditions provided' },
  { name: 'format', type: 'string', usage: FORMAT_HELP },
  { name: 'no-trunc', type: 'bool', usage: "Don't truncate output" },
  { name: 'quiet', short: 'q', type: 'bool', usage: 'Only show image IDs' },
  { name: 'tree', type: 'bool', usage: 'List multi-platform images as a tree (EXPERIMENTAL)' },
];

export const ls: CommandSpec = {
  name: 'ls',
  aliases: ['list'],
  use: 'ls [OPTIONS] [REPOSITORY[:TAG]]',
  short: 'List images',
  aliasesLine: 'docker image ls, docker image list, docker images',
  flags: FLAGS,
  args: { max: 1 },
  async run(ctx, args, flags) {
    const { runLs } = await import('./ls-run.ts');
    return runLs(ctx, args, flags);
  },
};
