// docker search's client side (search.go, formatter_search.go): the deprecation warning for the
// is-automated filter, the daemon's results, and the searchContext each row is rendered with
// (.Name .Description .StarCount .IsOfficial; "[OK]" for official, "true"/"false" in JSON).
import { loadRegistries } from '../../../engine/registries.ts';
import type { SearchResult } from '../../../engine/registry/search.ts';
import { CliError } from '../../../errors/cli-error.ts';
import { goJsonMarshal } from '../../../util/format/go-json.ts';
import { goStruct } from '../../../util/format/go-value.ts';
import { renderFormatted } from '../../../util/format/table.ts';
import type { CommandContext } from '../../command.ts';
import { ellipsis } from '../../format-context/display.ts';
import { parseFilterFlag } from '../image/filters.ts';

const DEFAULT_TABLE = 'table {{.Name}}\t{{.Description}}\t{{.StarCount}}\t{{.IsOfficial}}';
const HEADERS = { Name: 'NAME', Description: 'DESCRIPTION', StarCount: 'STARS', IsOfficial: 'OFFICIAL' };

export interface SearchOptions {
  filters: string[];
  format: string;
  limit: number;
  noTrunc: boolean;
}

function searchContext(r: SearchResult, trunc: boolean): unknown {
  const description = () => {
    const d = r.description.replace(/[\n\r]/g, ' ');
    return trunc ? ellipsis(d, 45) : d;
  };
  const methods = {
    Name: () => r.name,
    Description: description,
    StarCount: () => String(r.star_count),
    IsOfficial: () => (r.is_official ? '[OK]' : ''),
  };
  const json = () => goJsonMarshal({ Description: description(), IsOfficial: String(r.is_official), Name: r.name, StarCount: String(r.star_count) });
  return goStruct('*registry.searchContext', {}, { methods, json });
}

export async function runSearch(ctx: CommandContext, term: string, o: SearchOptions): Promise<void> {
  const filters = Object.fromEntries(parseFilterFlag(ctx, 'search [OPTIONS] TERM', '-f, --filter', o.filters));
  if (filters['is-automated']) {
    ctx.stderr.write('WARNING: the "is-automated" filter is deprecated, and searching for "is-automated=true" will not yield any results in future.\n');
  }
  const reg = await loadRegistries();
  const results = reg.searchImages(ctx.engine, term, o.limit, filters);
  const format = o.format === '' || o.format === 'table' ? DEFAULT_TABLE : o.format;
  const out = renderFormatted(format, results.map((r) => searchContext(r, !o.noTrunc)), HEADERS);
  if (!out.ok) throw new CliError(out.error, 1);
  ctx.stdout.write(out.output);
}
