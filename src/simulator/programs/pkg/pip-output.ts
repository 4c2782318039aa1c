// pip's texts: sizes (pip's format_size), wheel file names for the interpreter and C library,
// rich's finished download bar (shown for files over 512 KiB), the root-user warning and
// PEP 668's "externally-managed-environment" error.
import type { PyEnv } from './pip-env.ts';
import type { PyPackage } from './pip-resolve.ts';

export function formatSize(bytes: number): string {
  if (bytes > 1000 * 1000) return `${(bytes / 1000 / 1000).toFixed(1)} MB`;
  if (bytes > 10 * 1000) return `${Math.floor(bytes / 1000)} kB`;
  if (bytes > 1000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${Math.floor(bytes)} bytes`;
}

export function wheelName(p: PyPackage, env: PyEnv): string {
  const cp = `cp${env.version.replace('.', '')}`;
  const platform = env.musl ? 'musllinux_1_2_x86_64' : 'manylinux2014_x86_64.manylinux_2_17_x86_64.manylinux_2_28_x86_64';
  const tag = p.compiled ? `${cp}-${cp}-${platform}` : p.name === 'six' || p.name === 'python-dateutil' ? 'py2.py3-none-any' : 'py3-none-any';
  return `${p.name.replace(/-/g, '_')}-${p.version}-${tag}.whl`;
}

/** rich's download bar once finished: 40 cells, size, speed, elapsed (pip shows it past 512 KiB). */
export function downloadBar(bytes: number): string {
  const mb = (bytes / 1e6).toFixed(1);
  const speed = Math.max(20, Math.min(90, bytes / 250000)).toFixed(1);
  return `   ${'━'.repeat(40)} ${mb}/${mb} MB ${speed} MB/s  0:00:00\n`;
}

export const ROOT_WARNING =
  "WARNING: Running pip as the 'root' user can result in broken permissions and conflicting behaviour with the system package manager, possibly rendering your system unusable. It is recommended to use a virtual environment instead: https://pip.pypa.io/warnings/venv. Use the --root-user-action option if you know what you are doing and want to suppress this warning.\n";

/** The Error= text of an EXTERNALLY-MANAGED file (configparser: continuation lines dedented). */
function managedText(file: string): string {
  const m = /^Error=(.*(?:\n[ \t].*|\n)*)/m.exec(file);
  if (!m) return 'The Python environment under /usr is managed externally, and may not be\nmanipulated by the user. Please use specific tooling from the distributor of\nthe Python installation to interact with this environment instead.';
  return m[1].split('\n').map((l) => l.replace(/^[ \t]+/, '')).join('\n').trim();
}

export function externallyManaged(file: string): string {
  const lines = managedText(file).split('\n');
  const context = lines.map((l, i) => (i === 0 ? `╰─> ${l}` : `    ${l}`)).join('\n');
  return `error: externally-managed-environment\n\n× This environment is externally managed\n${context}\n\nnote: If you believe this is a mistake, please contact your Python installation or OS distribution provider. You can override this, at the risk of breaking your Python installation or OS, by passing --break-system-packages.\nhint: See PEP 668 for the detailed specification.\n`;
}
