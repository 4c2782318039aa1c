// The short volume syntax ("db:/var/lib/postgresql/data", "./html:/usr/share/nginx/html:ro",
// "/data") parsed as compose-go's format.ParseVolume does: sections split on ":" outside ${...},
// Windows drive letters kept, a source starting with ".", "/" or "~" is a bind (created if
// missing), anything else a named volume; options ro/rw/nocopy/propagation/z/Z.
import { ComposeError } from '../errors.ts';

export interface ParsedVolume {
  type: 'bind' | 'volume';
  source: string;
  target: string;
  readOnly: boolean;
  bind?: { propagation?: string; selinux?: string; createHostPath?: boolean };
  volume?: { nocopy?: boolean };
}

const PROPAGATIONS = ['rprivate', 'private', 'rshared', 'shared', 'rslave', 'slave'];

export function parseVolumeSpec(spec: string): ParsedVolume {
  const volume: ParsedVolume = { type: 'volume', source: '', target: '', readOnly: false };
  if (spec.length === 0) throw new ComposeError('other', 'invalid empty volume spec');
  if (spec.length <= 2) {
    volume.target = spec;
    return volume;
  }
  const chars = [...spec, '\0'];
  let buffer = '';
  let inVar = 0;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === '$' && spec[i + 1] === '{') {
      inVar++;
      buffer += c;
      continue;
    }
    if (c === '}' && inVar > 0) {
      inVar--;
      buffer += c;
      continue;
    }
    if (c === ':' && buffer.length === 1 && /\p{L}/u.test(buffer)) buffer += c;
    else if ((c === ':' || c === '\0') && inVar === 0) {
      const err = populate(c, buffer, volume);
      if (err) {
        populateType(volume);
        throw new ComposeError('other', `invalid spec: ${spec}: ${err}`);
      }
      buffer = '';
    } else buffer += c;
  }
  populateType(volume);
  return volume;
}

function populate(c: string, buffer: string, v: ParsedVolume): string | undefined {
  if (buffer.length === 0) return 'empty section between colons';
  if (v.source === '' && c === '\0') {
    v.target = buffer;
    return undefined;
  }
  if (v.source === '') {
    v.source = buffer;
    return undefined;
  }
  if (v.target === '') {
    v.target = buffer;
    return undefined;
  }
  if (c === ':') return 'too many colons';
  for (const option of buffer.split(',')) {
    if (option === 'ro') v.readOnly = true;
    else if (option === 'rw') v.readOnly = false;
    else if (option === 'nocopy') v.volume = { nocopy: true };
    else if (PROPAGATIONS.includes(option)) v.bind = { ...v.bind, propagation: option };
    else if (option === 'z' || option === 'Z') v.bind = { ...v.bind, selinux: option };
  }
  return undefined;
}

function populateType(v: ParsedVolume): void {
  if (isFilePath(v.source)) {
    v.type = 'bind';
    v.bind = { ...v.bind, createHostPath: true };
  } else {
    v.type = 'volume';
    v.volume ??= {};
  }
}

function isFilePath(source: string): boolean {
  if (source === '') return false;
  if (source[0] === '.' || source[0] === '/' || source[0] === '~') return true;
  if (source.startsWith('\\\\')) return true;
  return source.length > 1 && /\p{L}/u.test(source[0]) && source[1] === ':';
}
