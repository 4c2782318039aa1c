// apt's number and list formatting (apt-pkg/contrib/strutl.cc SizeToStr, apt-private ShowList
// and TimeToStr), and the names dpkg prints (name:amd64 for Multi-Arch: same packages).
import type { DebPackage } from './deb-table.ts';

/** SizeToStr + "B": 5412 B, 47.3 kB, 9670 kB, 17.2 MB (C locale: no thousands separators). */
export function aptSize(bytes: number): string {
  const units = ['', 'k', 'M', 'G', 'T'];
  let size = Math.abs(bytes);
  for (let i = 0; i < units.length; i++) {
    if (size < 100 && i !== 0) return `${size.toFixed(1)} ${units[i]}B`;
    if (size < 10000) return `${Math.round(size)} ${units[i]}B`;
    size /= 1000;
  }
  return `${Math.round(size)} PB`;
}

/** "Fetched 9956 kB in 1s (7364 kB/s)": whole seconds, the rate from the exact time. */
export function fetchedLine(bytes: number, ms: number): string {
  const secs = Math.floor(ms / 1000);
  const rate = bytes / Math.max(ms / 1000, 0.001);
  return `Fetched ${aptSize(bytes)} in ${secs}s (${aptSize(rate)}/s)\n`;
}

/**
 * ShowList without columns (apt-get): the title, then names two spaces in, wrapped before the
 * 76th column of an 80-column screen.
 */
export function showList(title: string, names: string[]): string {
  if (names.length === 0) return '';
  const width = 80 - 1 - 3;
  let out = title;
  let used = 0;
  for (const name of names) {
    if (used === 0 || used + name.length >= width) {
      out += '\n  ';
      used = 0;
    } else {
      out += ' ';
      used++;
    }
    out += name;
    used += name.length;
  }
  return `${out}\n`;
}

/** The name dpkg prints: libc6:amd64 for Multi-Arch: same packages. */
export function dpkgName(p: DebPackage): string {
  return p.multiArch ? `${p.name}:amd64` : p.name;
}

/** The archive file name: curl_8.14.1-2_amd64.deb (an epoch's colon is escaped as %3a). */
export function debFile(p: DebPackage): string {
  return `${p.name}_${p.version.replace(':', '%3a')}_${p.all ? 'all' : 'amd64'}.deb`;
}
