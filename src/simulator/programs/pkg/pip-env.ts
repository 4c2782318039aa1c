// Which Python environment a pip (or `python -m pip`) runs for: a virtual environment (its
// pyvenv.cfg next to bin/), the official images' /usr/local Python, or the distribution's
// /usr/bin/python3 (whose stdlib may carry PEP 668's EXTERNALLY-MANAGED marker).
import { dirname } from '../../fs/path.ts';
import type { Vfs } from '../../fs/types.ts';
import { readText } from './files.ts';

export interface PyEnv {
  /** 3.14 */
  version: string;
  /** Where packages go. */
  site: string;
  /** Where console scripts go. */
  bin: string;
  venv: boolean;
  /** The EXTERNALLY-MANAGED file that forbids installing here (a distribution's python). */
  managed?: string;
  musl: boolean;
}

/** The program's path: argv[0] with a slash, else the first PATH entry that has it. */
export function which(fs: Vfs, argv0: string, path: string | undefined, cwd: string): string {
  if (argv0.includes('/')) return argv0.startsWith('/') ? argv0 : `${cwd}/${argv0}`;
  for (const dir of (path ?? '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin').split(':')) {
    if (dir && fs.exists(`${dir}/${argv0}`)) return `${dir}/${argv0}`;
  }
  return `/usr/local/bin/${argv0}`;
}

function installedPython(fs: Vfs, dir: string): string | undefined {
  try {
    const names = fs.readdir(dir).filter((n) => /^python3\.\d+$/.test(n)).sort();
    return names.length ? names[names.length - 1].slice(6) : undefined;
  } catch {
    return undefined;
  }
}

export function pyEnv(fs: Vfs, exe: string, env: Record<string, string>): PyEnv {
  const bin = dirname(exe);
  const musl = fs.exists('/lib/ld-musl-x86_64.so.1');
  const cfg = readText(fs, `${dirname(bin)}/pyvenv.cfg`);
  if (cfg !== undefined) {
    const version = (/^version(?:_info)?\s*=\s*(\d+\.\d+)/m.exec(cfg)?.[1]) ?? '3.13';
    return { version, site: `${dirname(bin)}/lib/python${version}/site-packages`, bin, venv: true, musl };
  }
  if (bin.startsWith('/usr/local')) {
    const version = env.PYTHON_VERSION?.split('.').slice(0, 2).join('.') ?? installedPython(fs, '/usr/local/bin') ?? '3.13';
    return { version, site: `/usr/local/lib/python${version}/site-packages`, bin: '/usr/local/bin', venv: false, musl };
  }
  const version = installedPython(fs, '/usr/bin') ?? '3.13';
  const marker = `/usr/lib/python${version}/EXTERNALLY-MANAGED`;
  const site = musl ? `/usr/lib/python${version}/site-packages` : `/usr/local/lib/python${version}/dist-packages`;
  return { version, site, bin: musl ? '/usr/bin' : '/usr/local/bin', venv: false, musl, managed: fs.exists(marker) ? marker : undefined };
}
