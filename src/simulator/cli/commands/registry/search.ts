// docker search: search Docker Hub for images, printed as the NAME / DESCRIPTION / STARS /
// OFFICIAL table (descriptions cut to 45 columns unless --no-trunc) or a --format template.
// Flags: -f/--filter (is-official, stars, the deprecated is-automated), --format, --limit,
// --no-trunc. The daemon side is engine/registry/search.ts.
import type { CommandSpec } from '../../command.ts';
import { flagBool, flagInt, flagList, flagString } from '../../command.ts';

export const search: CommandSpec = {
  name: 'search',
  use: 'search [OPTIONS] TERM',
  short: 'Search Docker Hub for images',
  args: { min: 1, max: 1 },
  flags: [
    { name: 'filter', short: 'f', type: 'list', typeLabel: 'filter', usage: 'Filter output based on conditions provided' },
    { name: 'format', type: 'string', usage: 'Pretty-print search using a Go template' },
    { name: 'limit', type: 'int', usage: 'Max number of search results' },
    { name: 'no-trunc', type: 'bool', usage: "Don't truncate output" },
  ],
  async run(ctx, args, flags) {
    const { runSearch } = await import('./search-run.ts');
    await runSearch(ctx, args[0], {
      filters: flagList(flags, 'filter'),
      format: flagString(flags, 'format'),
      limit: flagInt(flags, 'limit', 0),
      noTrunc: flagBool(flags, 'no-trunc'),
    });
  },
};
