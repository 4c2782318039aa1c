// GET /images/search (daemon/pkg/registry/search.go): the filters are checked first (is-official,
// stars, the deprecated is-automated), then Docker Hub is asked for at most `limit` results
// (default 25, 1 to 100) and the daemon filters what came back. The simulated Hub's index is
// the catalog's Docker Hub repositories (official ones by their short name) and the repositories
// pushed here, matched by name or description: exact names first, then by stars.
import { DaemonError } from '../../errors/daemon-error.ts';
import { allRepos } from '../catalog/index.ts';
import type { Engine } from '../engine.ts';

export interface SearchResult {
  name: string;
  description: string;
  star_count: number;
  is_official: boolean;
}

const ACCEPTED = ['is-automated', 'is-official', 'stars'];

const invalid = (message: string) => new DaemonError('invalidParameter', message);

function boolFilter(filters: Record<string, string[]>, key: string): boolean | undefined {
  const values = filters[key];
  if (values === undefined) return undefined;
  const isFalse = values.includes('0') || values.includes('false');
  const isTrue = values.includes('1') || values.includes('true');
  if (isFalse === isTrue) throw invalid(`invalid filter '${key}=[${values.join(' ')}]'`);
  return isTrue;
}

function starsFilter(filters: Record<string, string[]>): number | undefined {
  if (!filters.stars) return undefined;
  let min = 0;
  for (const v of filters.stars) {
    if (!/^[+-]?\d+$/.test(v)) throw invalid(`invalid filter 'stars=${v}': strconv.Atoi: parsing ${JSON.stringify(v)}: invalid syntax`);
    min = Math.max(min, Number(v));
  }
  return min;
}

function index(engine: Engine): SearchResult[] {
  const catalog = allRepos()
    .filter((r) => !r.name.split('/')[0].includes('.'))
    .map((r) => ({ name: r.name, description: r.description, star_count: r.stars, is_official: r.official }));
  const pushed = Object.keys(engine.state.registries?.hub ?? {}).map((name) => ({ name, description: '', star_count: 0, is_official: false }));
  return [...catalog, ...pushed];
}

function rank(r: SearchResult, term: string): number {
  if (r.name === term) return 0;
  if (r.name.includes(term)) return 1;
  return r.description.toLowerCase().includes(term) ? 2 : 3;
}

/** What Docker Hub answers for `term` (at most `limit`). */
function hubSearch(engine: Engine, term: string, limit: number): SearchResult[] {
  const t = term.toLowerCase().replace(/^library\//, '');
  return index(engine)
    .map((r) => ({ r, k: rank(r, t) }))
    .filter((x) => x.k < 3)
    .sort((a, b) => a.k - b.k || b.r.star_count - a.r.star_count || (a.r.name < b.r.name ? -1 : 1))
    .slice(0, limit)
    .map((x) => x.r);
}

export function searchImages(engine: Engine, term: string, limit: number, filters: Record<string, string[]>): SearchResult[] {
  const bad = Object.keys(filters).find((k) => !ACCEPTED.includes(k));
  if (bad !== undefined) throw invalid(`invalid filter '${bad}'`);
  if (boolFilter(filters, 'is-automated')) return [];
  const official = boolFilter(filters, 'is-official');
  const stars = starsFilter(filters);
  if (term.includes('://')) throw invalid(`invalid repository name: repository name (${term}) should not have a scheme`);
  const n = limit === 0 ? 25 : limit;
  if (n < 1 || n > 100) throw invalid(`limit ${n} is outside the range of [1, 100]`);
  const parts = term.split('/');
  if (parts.length > 1 && (parts[0].includes('.') || parts[0].includes(':') || parts[0] === 'localhost') && parts[0] !== 'docker.io' && parts[0] !== 'index.docker.io') {
    throw new DaemonError('system', 'unexpected status code 404');
  }
  const remote = parts.length > 1 && (parts[0] === 'docker.io' || parts[0] === 'index.docker.io') ? parts.slice(1).join('/') : term;
  return hubSearch(engine, remote, n).filter((r) => (official === undefined || r.is_official === official) && (stars === undefined || r.star_count >= stars));
}
