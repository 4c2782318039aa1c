// ADD of a local tar archive (plain, or gzip-compressed): BuildKit's copy with AttemptUnpack
// extracts it into the destination directory; anything else is copied as a file. Files in the
// simulated filesystem are strings, one character per byte for binary data: a ustar archive is
// read header by header (name, mode, type, size, link), gzip is inflated with the platform's
// DecompressionStream (browsers and Node have it). bzip2, xz and zstd are detected but kept as
// files here (documented in the README).

export interface ArchiveItem {
  /** Path inside the archive, cleaned ('dir/file.txt'). */
  path: string;
  kind: 'file' | 'dir' | 'symlink';
  mode: number;
  data: string;
  /** Symlink target. */
  target: string;
}

function bytesOf(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

/** UTF-8 bytes to a string (a lone invalid byte stays as that character). */
export function utf8Decode(b: Uint8Array): string {
  let out = '';
  for (let i = 0; i < b.length; ) {
    const c = b[i];
    const n = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    if (n === 1 || i + n > b.length) {
      out += String.fromCharCode(c);
      i++;
      continue;
    }
    let cp = c & (0xff >> (n + 1));
    for (let k = 1; k < n; k++) cp = (cp << 6) | (b[i + k] & 0x3f);
    out += String.fromCodePoint(cp);
    i += n;
  }
  return out;
}

function field(b: Uint8Array, start: number, len: number): string {
  let s = '';
  for (let i = start; i < start + len && b[i] !== 0; i++) s += String.fromCharCode(b[i]);
  return s;
}

const octal = (b: Uint8Array, start: number, len: number): number => parseInt(field(b, start, len).trim() || '0', 8);

function isTar(b: Uint8Array): boolean {
  return b.length >= 512 && field(b, 257, 5) === 'ustar';
}

/** The entries of a ustar archive. */
export function readTar(b: Uint8Array): ArchiveItem[] {
  const items: ArchiveItem[] = [];
  for (let off = 0; off + 512 <= b.length; ) {
    if (b.subarray(off, off + 512).every((x) => x === 0)) break;
    const prefix = field(b, off + 345, 155);
    const name = (prefix ? `${prefix}/` : '') + field(b, off + 0, 100);
    const size = octal(b, off + 124, 12);
    const type = String.fromCharCode(b[off + 156] || 48);
    const path = name.split('/').filter((p) => p && p !== '.').join('/');
    const data = b.subarray(off + 512, off + 512 + size);
    const mode = octal(b, off + 100, 8) & 0o7777;
    if (path && (type === '0' || type === '7')) items.push({ path, kind: 'file', mode, data: utf8Decode(data), target: '' });
    else if (path && type === '5') items.push({ path, kind: 'dir', mode, data: '', target: '' });
    else if (path && type === '2') items.push({ path, kind: 'symlink', mode: 0o777, data: '', target: field(b, off + 157, 100) });
    off += 512 + Math.ceil(size / 512) * 512;
  }
  return items;
}

interface Stream {
  writable: { getWriter(): { write(b: Uint8Array): Promise<void>; close(): Promise<void> } };
  readable: { getReader(): { read(): Promise<{ done: boolean; value?: Uint8Array }> } };
}

async function gunzip(b: Uint8Array): Promise<Uint8Array | null> {
  const Ctor = (globalThis as unknown as { DecompressionStream?: new (format: string) => Stream }).DecompressionStream;
  if (!Ctor) return null;
  try {
    const ds = new Ctor('gzip');
    const w = ds.writable.getWriter();
    void w.write(b);
    void w.close();
    const reader = ds.readable.getReader();
    const parts: Uint8Array[] = [];
    for (let r = await reader.read(); !r.done; r = await reader.read()) if (r.value) parts.push(r.value);
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  } catch {
    return null;
  }
}

/** The archive's entries when `data` is a tar (or a gzipped tar); null for any other file. */
export async function unpackArchive(data: string): Promise<ArchiveItem[] | null> {
  let b = bytesOf(data);
  if (b[0] === 0x1f && b[1] === 0x8b) {
    const inflated = await gunzip(b);
    if (!inflated) return null;
    b = inflated;
  }
  return isTar(b) ? readTar(b) : null;
}
