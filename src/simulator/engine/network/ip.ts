// IP addresses and prefixes as Go's net/netip parses and prints them: dotted IPv4 without
// leading zeros, IPv6 with `::` compression (RFC 5952, as netip.Addr.String) and an embedded
// IPv4 tail. IPv4 addresses are uint32 numbers; IPv6 ones are eight 16-bit groups.

export type Addr = { v: 4; n: number } | { v: 6; g: number[] };

export interface Prefix {
  addr: Addr;
  bits: number;
}

export function parseIPv4(s: string): number | undefined {
  const parts = s.split('.');
  if (parts.length !== 4) return undefined;
  let n = 0;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || (p.length > 1 && p.startsWith('0')) || Number(p) > 255) return undefined;
    n = n * 256 + Number(p);
  }
  return n;
}

export function formatIPv4(n: number): string {
  return [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');
}

function parseIPv6(s: string): number[] | undefined {
  let text = s;
  const tail: number[] = [];
  if (text.includes('.')) {
    const i = text.lastIndexOf(':');
    const v4 = i === -1 ? undefined : parseIPv4(text.slice(i + 1));
    if (v4 === undefined) return undefined;
    tail.push(Math.floor(v4 / 65536), v4 % 65536);
    text = text.slice(0, i + 1);
    if (!text.endsWith('::')) text = text.slice(0, -1);
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const group = (h: string) => (h === '' ? [] : h.split(':'));
  const head = group(halves[0]);
  const rest = halves.length === 2 ? group(halves[1]) : [];
  const nums: number[] = [];
  for (const g of [...head, ...rest]) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
    nums.push(parseInt(g, 16));
  }
  const total = nums.length + tail.length;
  if (halves.length === 1 && total !== 8) return undefined;
  if (halves.length === 2 && total > 7) return undefined;
  const zeros = new Array<number>(8 - total).fill(0);
  const headNums = nums.slice(0, head.length);
  const restNums = nums.slice(head.length);
  return [...headNums, ...zeros, ...restNums, ...tail];
}

/** netip.ParseAddr / net.ParseIP (zones are not accepted). */
export function parseAddr(s: string): Addr | undefined {
  if (s.includes(':')) {
    const g = parseIPv6(s);
    return g ? { v: 6, g } : undefined;
  }
  const n = parseIPv4(s);
  return n === undefined ? undefined : { v: 4, n };
}

function formatIPv6(g: number[]): string {
  // netip prints IPv4-mapped addresses with their IPv4 tail.
  if (g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff) return `::ffff:${formatIPv4(g[6] * 65536 + g[7])}`;
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (g[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && g[j] === 0) j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = (xs: number[]) => xs.map((x) => x.toString(16)).join(':');
  if (best === -1) return hex(g);
  return `${hex(g.slice(0, best))}::${hex(g.slice(best + bestLen))}`;
}

export function formatAddr(a: Addr): string {
  return a.v === 4 ? formatIPv4(a.n) : formatIPv6(a.g);
}

export function parsePrefix(s: string): Prefix | undefined {
  const i = s.indexOf('/');
  if (i === -1) return undefined;
  const addr = parseAddr(s.slice(0, i));
  const bitsText = s.slice(i + 1);
  if (!addr || !/^\d{1,3}$/.test(bitsText)) return undefined;
  const bits = Number(bitsText);
  if (bits > (addr.v === 4 ? 32 : 128)) return undefined;
  return { addr, bits };
}

export function formatPrefix(p: Prefix): string {
  return `${formatAddr(p.addr)}/${p.bits}`;
}

/** The IPv4 network size (2^(32-bits)). */
function size4(bits: number): number {
  return 2 ** (32 - bits);
}

/** The prefix with its host bits cleared (netip.Prefix.Masked); IPv6 keeps whole groups. */
export function masked(p: Prefix): Prefix {
  if (p.addr.v === 4) return { addr: { v: 4, n: p.addr.n - (p.addr.n % size4(p.bits)) }, bits: p.bits };
  const g = p.addr.g.map((x, i) => {
    const keep = Math.max(0, Math.min(16, p.bits - i * 16));
    return keep === 16 ? x : keep === 0 ? 0 : x & (0xffff << (16 - keep)) & 0xffff;
  });
  return { addr: { v: 6, g }, bits: p.bits };
}

export function contains(p: Prefix, a: Addr): boolean {
  if (p.addr.v !== a.v) return false;
  return formatAddr(masked({ addr: a, bits: p.bits }).addr) === formatAddr(masked(p).addr);
}

/** Whether two IPv4 prefixes share an address. */
export function overlaps(a: Prefix, b: Prefix): boolean {
  if (a.addr.v !== b.addr.v) return false;
  return contains(a, b.addr) || contains(b, a.addr);
}

/** The n-th address of an IPv4 prefix (0 is the network address). */
export function nthIPv4(p: Prefix, n: number): number {
  return (masked(p).addr as { n: number }).n + n;
}

/** The last (broadcast) address of an IPv4 prefix. */
export function lastIPv4(p: Prefix): number {
  return nthIPv4(p, size4(p.bits) - 1);
}

/** An IPv6 prefix's address with `n` added to its last group (small networks only). */
export function nthIPv6(p: Prefix, n: number): string {
  const g = [...(masked(p).addr as { g: number[] }).g];
  g[7] += n % 65536;
  g[6] += Math.floor(n / 65536);
  return formatIPv6(g);
}
