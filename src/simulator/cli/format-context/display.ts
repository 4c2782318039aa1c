// docker/cli's display helpers (formatter/displayutils.go, container.go): TruncateID, Ellipsis
// with East Asian wide characters counted twice (x/text/width), and DisplayablePorts,
// which groups consecutive ports and lists host mappings last.

/** stringid.TruncateID: drop an "algo:" prefix, keep 12 characters. */
export function truncateId(id: string): string {
  const i = id.indexOf(':');
  const hex = i === -1 ? id : id.slice(i + 1);
  return hex.length > 12 ? hex.slice(0, 12) : hex;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** formatter.Ellipsis: fit `s` into `max` display columns, ending in "…" when cut. */
export function ellipsis(s: string, max: number): string {
  if (max <= 0) return '';
  const runes = [...s];
  if (max === 1) return runes[0] ?? '';
  const ascii = runes.every((r) => r.codePointAt(0)! < 0x80);
  if (ascii || runes.length === new TextEncoder().encode(s).length) {
    return runes.length <= max ? s : `${runes.slice(0, max - 1).join('')}…`;
  }
  const widths: number[] = [];
  let total = 0;
  for (const r of runes) {
    total += isWide(r.codePointAt(0)!) ? 2 : 1;
    widths.push(total);
  }
  if (total <= max) return s;
  for (let i = 0; i < widths.length - 1; i++) {
    if (widths[i] <= max - 1 && widths[i + 1] > max - 1) return `${runes.slice(0, i + 1).join('')}…`;
  }
  return s;
}

export interface DisplayPort {
  IP?: string;
  PrivatePort: number;
  PublicPort?: number;
  Type: string;
}

function joinHostPort(ip: string, port: string): string {
  return ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`;
}

/** v29.7.2 compares the host IPs as strings ("0.0.0.0" before "::"). */
function compareIp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function comparePorts(a: DisplayPort, b: DisplayPort): number {
  if (a.PrivatePort !== b.PrivatePort) return a.PrivatePort - b.PrivatePort;
  if ((a.IP ?? '') !== (b.IP ?? '')) return compareIp(a.IP ?? '', b.IP ?? '');
  if ((a.PublicPort ?? 0) !== (b.PublicPort ?? 0)) return (a.PublicPort ?? 0) - (b.PublicPort ?? 0);
  return a.Type < b.Type ? -1 : a.Type > b.Type ? 1 : 0;
}

function formGroup(key: string, start: number, last: number): string {
  const parts = key.split('/');
  const ip = parts.length > 1 ? parts[0] : '';
  const type = parts.length > 1 ? parts[1] : parts[0];
  let group = start === last ? `${start}` : `${start}-${last}`;
  if (ip) group = `${joinHostPort(ip, group)}->${group}`;
  return `${group}/${type}`;
}

/** formatter.DisplayablePorts: "0.0.0.0:8080->80/tcp, [::]:8080->80/tcp", "80/tcp". */
export function displayablePorts(ports: DisplayPort[]): string {
  const groups = new Map<string, { first: number; last: number }>();
  const result: string[] = [];
  const hostMappings: string[] = [];
  for (const p of [...ports].sort(comparePorts)) {
    const current = p.PrivatePort;
    let key = p.Type;
    if (p.IP) {
      if (p.PublicPort !== current) {
        hostMappings.push(`${joinHostPort(p.IP, String(p.PublicPort ?? 0))}->${p.PrivatePort}/${p.Type}`);
        continue;
      }
      key = `${p.IP}/${p.Type}`;
    }
    const g = groups.get(key);
    if (!g) {
      groups.set(key, { first: current, last: current });
      continue;
    }
    if (current === g.last + 1) {
      g.last = current;
      continue;
    }
    result.push(formGroup(key, g.first, g.last));
    groups.set(key, { first: current, last: current });
  }
  for (const [key, g] of groups) result.push(formGroup(key, g.first, g.last));
  return [...result, ...hostMappings].join(', ');
}
