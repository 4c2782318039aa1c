// The package table apt sees for one release: trixie's rows (data/deb-trixie.ts) with the
// release's overlay (data/deb-overlays.ts) applied. Parsed once per release and kept.
import { BOOKWORM, NOBLE, TRIXIE, UBUNTU_UNIVERSE, type DebOverlay } from '../data/deb-overlays.ts';
import { TRIXIE_ROWS, TRIXIE_SUGGESTS } from '../data/deb-trixie.ts';

export interface DebPackage {
  name: string;
  version: string;
  /** Architecture: all (no :amd64 suffix, `all` in the archive file name). */
  all: boolean;
  /** Multi-Arch: same: dpkg names it name:amd64. */
  multiArch: boolean;
  download: number;
  installed: number;
  depends: string[];
  recommends: string[];
  files: string[];
  /** main / universe ... */
  component: string;
}

export interface DebRelease {
  family: 'debian' | 'ubuntu';
  codename: string;
  overlay: DebOverlay;
  packages: Map<string, DebPackage>;
  suggests: Record<string, string>;
}

function parseRow(line: string): DebPackage {
  const [head, files = ''] = line.split(' | ');
  const [main, recs = ''] = head.split(' ; ');
  const [fields, deps = ''] = main.split(' : ');
  const t = fields.trim().split(/\s+/);
  const flags = t.slice(2, -2);
  const words = (s: string) => s.trim().split(/\s+/).filter((w) => w !== '');
  return {
    name: t[0], version: t[1], all: flags.includes('a'), multiArch: flags.includes('m'),
    download: Number(t[t.length - 2]) * 1000, installed: Number(t[t.length - 1]) * 1024,
    depends: words(deps), recommends: words(recs), files: words(files), component: 'main',
  };
}

function applyOverlay(p: DebPackage, o: DebOverlay): DebPackage | undefined {
  if (o.drop.includes(p.name)) return undefined;
  const name = (n: string) => o.rename[n] ?? n;
  const keep = (n: string) => !o.drop.includes(n);
  const path = (f: string) => o.paths.reduce((s, [from, to]) => s.split(from).join(to), f);
  const renamed = name(p.name);
  return {
    ...p,
    name: renamed,
    version: o.versions[renamed] ?? p.version,
    depends: p.depends.filter(keep).map(name),
    recommends: p.recommends.filter(keep).map(name),
    files: p.files.map(path),
    component: o.family === 'ubuntu' && UBUNTU_UNIVERSE.has(renamed) ? 'universe' : 'main',
  };
}

const cache = new Map<string, DebRelease>();

function overlayFor(id: string, codename: string): DebOverlay {
  if (id === 'ubuntu') return NOBLE;
  return codename === 'bookworm' ? BOOKWORM : TRIXIE;
}

/** The table for a distribution (`/etc/os-release` ID and VERSION_CODENAME). */
export function debRelease(id: string, codename: string): DebRelease {
  const key = `${id}:${codename}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const overlay = overlayFor(id, codename);
  const packages = new Map<string, DebPackage>();
  for (const line of TRIXIE_ROWS.split('\n')) {
    if (!line.trim()) continue;
    const p = applyOverlay(parseRow(line), overlay);
    if (p) packages.set(p.name, p);
  }
  const suggests: Record<string, string> = {};
  for (const [k, v] of Object.entries(TRIXIE_SUGGESTS)) suggests[overlay.rename[k] ?? k] = v;
  const release: DebRelease = { family: overlay.family, codename, overlay, packages, suggests };
  cache.set(key, release);
  return release;
}
