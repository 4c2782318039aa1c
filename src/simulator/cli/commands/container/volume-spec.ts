// The client's side of `-v/--volume` for run and create (docker/cli internal/volumespec and
// opts.go parse()): a spec with a source ("name:/path", "/host:/path", "./dir:/path") goes to
// HostConfig.Binds, a lone path ("/data") to Config.Volumes as an anonymous volume. Only a
// host part starting with "." is made absolute here (against the shell's working directory);
// everything else is the daemon's to judge. Errors are "invalid spec: SPEC: why".

export interface ParsedVolumes {
  binds: string[];
  /** Anonymous volume paths (Config.Volumes keys). */
  volumes: string[];
}

interface VolumeSpec {
  source: string;
  target: string;
  type: 'bind' | 'volume';
}

function isWindowsDrive(buffer: string[], char: string): boolean {
  return char === ':' && buffer.length === 1 && /\p{L}/u.test(buffer[0]);
}

function isFilePath(source: string): boolean {
  if ('./~'.includes(source[0])) return true;
  const runes = [...source];
  if (runes.length === 1) return false;
  if (source.startsWith('\\\\')) return true;
  return isWindowsDrive([runes[0]], runes[1]);
}

/** volumespec.Parse: fields split at colons (a drive letter's colon kept), options after the target. */
export function parseVolumeSpec(spec: string): VolumeSpec {
  if (spec.length === 0) throw new Error('invalid empty volume spec');
  if (spec.length <= 2) return { source: '', target: spec, type: 'volume' };
  const v = { source: '', target: '' };
  let buffer: string[] = [];
  const END = '\u0000end';
  for (const char of [...spec, END]) {
    if (isWindowsDrive(buffer, char)) buffer.push(char);
    else if (char === ':' || char === END) {
      const why = populate(char === END, buffer.join(''), v);
      if (why) throw new Error(`invalid spec: ${spec}: ${why}`);
      buffer = [];
    } else buffer.push(char);
  }
  return { ...v, type: v.source !== '' && isFilePath(v.source) ? 'bind' : 'volume' };
}

/** populateFieldFromBuffer: the error text, if any. Options ("ro", "nocopy" ...) are the daemon's. */
function populate(atEnd: boolean, text: string, v: { source: string; target: string }): string | undefined {
  if (text === '') return 'empty section between colons';
  if (v.source === '' && atEnd) v.target = text;
  else if (v.source === '') v.source = text;
  else if (v.target === '') v.target = text;
  else if (!atEnd) return 'too many colons';
  return undefined;
}

/** filepath.Abs against `cwd`: join and clean. */
export function absPath(path: string, cwd: string): string {
  const parts: string[] = [];
  for (const seg of `${path.startsWith('/') ? '' : cwd}/${path}`.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '' && seg !== '.') parts.push(seg);
  }
  return `/${parts.join('/')}`;
}

/** parse()'s -v handling: unique specs in order, binds (with ./relative hosts made absolute) and anonymous paths. */
export function parseVolumeFlags(values: string[], cwd: string): ParsedVolumes {
  const out: ParsedVolumes = { binds: [], volumes: [] };
  for (const spec of [...new Set(values)]) {
    const parsed = parseVolumeSpec(spec);
    if (parsed.source === '') {
      out.volumes.push(spec);
      continue;
    }
    const i = spec.indexOf(':');
    const host = spec.slice(0, i);
    const fixed = parsed.type === 'bind' && i !== -1 && !host.startsWith('/') && host.startsWith('.') ? `${absPath(host, cwd)}${spec.slice(i)}` : spec;
    out.binds.push(fixed);
  }
  return out;
}
