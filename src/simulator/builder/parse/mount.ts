// RUN --mount=... (BuildKit instructions/commands_runmount.go). At parse time only the CSV and a
// variable in from= are checked; the full parse (types, keys, values) runs at dispatch with the
// expander, as BuildKit's setMountState does, so those errors are dispatch errors. CSV splitting is
// tonistiigi/go-csvvalue (encoding/csv rules and messages).
import { goQuote } from '../../util/format/go-fmt.ts';
import { ramInBytes } from '../../util/format/units.ts';
import { suggest } from './suggest.ts';

export type MountType = 'bind' | 'cache' | 'tmpfs' | 'secret' | 'ssh';

export interface Mount {
  type: MountType;
  from: string;
  source: string;
  target: string;
  readOnly: boolean;
  sizeLimit: number;
  cacheId: string;
  cacheSharing: '' | 'shared' | 'private' | 'locked';
  required: boolean;
  env: string | null;
  mode: number | null;
  uid: number | null;
  gid: number | null;
}

const TYPES = ['bind', 'cache', 'tmpfs', 'secret', 'ssh'];
const SHARING = ['shared', 'private', 'locked'];
const KEYS = ['type', 'from', 'source', 'target', 'readonly', 'id', 'sharing', 'required', 'size', 'mode', 'uid', 'gid', 'src', 'dst', 'destination', 'ro', 'rw', 'readwrite', 'env'];

/** csvvalue.Fields. */
export function csvFields(input: string): string[] {
  const line = input.replace(/\r?\n$/, '');
  if (line === '') throw new Error('EOF');
  const out: string[] = [];
  let i = 0;
  const err = (col: number, what: string) => new Error(`parse error on line 1, column ${col + 1}: ${what}`);
  for (;;) {
    if (line[i] !== '"') {
      const comma = line.indexOf(',', i);
      const field = comma < 0 ? line.slice(i) : line.slice(i, comma);
      const q = field.indexOf('"');
      if (q >= 0) throw err(i + q, 'bare " in non-quoted-field');
      out.push(field);
      if (comma < 0) return out;
      i = comma + 1;
      continue;
    }
    let field = '';
    i++;
    for (;;) {
      const q = line.indexOf('"', i);
      if (q < 0) throw err(i, 'extraneous or missing " in quoted-field');
      field += line.slice(i, q);
      i = q + 1;
      if (line[i] === '"') {
        field += '"';
        i++;
      } else if (line[i] === ',') {
        i++;
        break;
      } else if (i === line.length) {
        out.push(field);
        return out;
      } else throw err(i - 1, 'extraneous or missing " in quoted-field');
    }
    out.push(field);
  }
}

function fields(value: string): string[] {
  try {
    return csvFields(value);
  } catch (e) {
    throw new Error(`failed to parse csv mounts: ${(e as Error).message}`);
  }
}

/** The parse-time check (no expander). */
export function checkMount(value: string): void {
  for (const field of fields(value)) {
    const eq = field.indexOf('=');
    if (eq < 0 || field.slice(0, eq).toLowerCase() !== 'from') continue;
    const v = field.slice(eq + 1);
    const d = v.indexOf('$');
    if (d !== -1 && d !== v.length - 1) throw new Error("'from' doesn't support variable expansion, define alias stage instead");
  }
}

const parseBool = (v: string): boolean | null =>
  ['1', 't', 'T', 'TRUE', 'true', 'True'].includes(v) ? true : ['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(v) ? false : null;

/** parseMount with an expander (dispatch time). Throws BuildKit's messages. */
export function parseMount(value: string, expand: (word: string) => string): Mount {
  const m: Mount = { type: 'bind', from: '', source: '', target: '', readOnly: false, sizeLimit: 0, cacheId: '', cacheSharing: '', required: false, env: null, mode: null, uid: null, gid: null };
  let roAuto = true;
  for (const field of fields(value)) {
    const eq = field.indexOf('=');
    const key = (eq < 0 ? field : field.slice(0, eq)).toLowerCase();
    if (eq < 0) {
      if (key === 'readonly' || key === 'ro' || key === 'readwrite' || key === 'rw') {
        [m.readOnly, roAuto] = [key === 'readonly' || key === 'ro', false];
      } else if (key === 'required' && (m.type === 'secret' || m.type === 'ssh')) m.required = true;
      else if (key === 'required') throw new Error(`unexpected key '${key}' for mount type '${m.type}'`);
      else throw new Error(`invalid field '${field}' must be a key=value pair`);
      continue;
    }
    roAuto = setKey(m, key, field, expand(field.slice(eq + 1))) && roAuto;
  }
  return validate(m, roAuto);
}

/** Applies one key=value; returns false when it set read-only/read-write explicitly. */
function setKey(m: Mount, key: string, field: string, value: string): boolean {
  const bool = (): boolean => {
    const b = parseBool(value);
    if (b === null) throw new Error(`invalid value for ${key}: ${value}`);
    return b;
  };
  const uint = (base: number, what: string): number => {
    const re = base === 8 ? /^[0-7]+$/ : /^[0-9]+$/;
    const n = re.test(value) ? parseInt(value, base) : NaN;
    if (!(n <= 0xffffffff)) throw new Error(`invalid value ${value} for ${what}`);
    return n;
  };
  const onlyFor = (types: MountType[]): void => {
    if (!types.includes(m.type)) throw new Error(`unexpected key '${key}' for mount type '${m.type}'`);
  };
  switch (key) {
    case 'type':
      if (!TYPES.includes(value.toLowerCase())) throw new Error(suggest(`unsupported mount type ${goQuote(value)}`, value, TYPES, true));
      m.type = value.toLowerCase() as MountType;
      return true;
    case 'from': m.from = value; return true;
    case 'source': case 'src': m.source = value; return true;
    case 'target': case 'dst': case 'destination': m.target = value; return true;
    case 'readonly': case 'ro': m.readOnly = bool(); return false;
    case 'readwrite': case 'rw': m.readOnly = !bool(); return false;
    case 'required': onlyFor(['secret', 'ssh']); m.required = bool(); return true;
    case 'size': {
      onlyFor(['tmpfs']);
      const r = ramInBytes(value);
      if (!r.ok) throw new Error(`invalid value for ${key}: ${value}`);
      m.sizeLimit = r.value;
      return true;
    }
    case 'id': m.cacheId = value; return true;
    case 'sharing':
      if (!SHARING.includes(value.toLowerCase())) throw new Error(suggest(`unsupported sharing value ${goQuote(value)}`, value, SHARING, true));
      m.cacheSharing = value.toLowerCase() as Mount['cacheSharing'];
      return true;
    case 'mode': m.mode = uint(8, 'mode'); return true;
    case 'uid': m.uid = uint(10, 'uid'); return true;
    case 'gid': m.gid = uint(10, 'gid'); return true;
    case 'env': m.env = value; return true;
    default:
      throw new Error(suggest(`unexpected key '${key}' in '${field}'`, key, KEYS, true));
  }
}

function validate(m: Mount, roAuto: boolean): Mount {
  if (!['secret', 'ssh', 'cache'].includes(m.type)) {
    for (const k of ['mode', 'uid', 'gid'] as const) {
      if (m[k] !== null) throw new Error(`${k} not allowed for "${m.type}" type mounts`);
    }
  }
  if (roAuto) m.readOnly = !(m.type === 'cache' || m.type === 'tmpfs');
  if (m.type === 'secret') {
    if (m.from !== '') throw new Error('secret mount should not have a from');
    if (m.cacheSharing !== '') throw new Error('secret mount should not define sharing');
    if (m.source === '' && m.target === '' && m.cacheId === '') throw new Error('invalid secret mount. one of source, target required');
    if (m.source !== '' && m.cacheId !== '') throw new Error('both source and id can\'t be set');
  }
  if (m.cacheSharing !== '' && m.type !== 'cache') throw new Error(`invalid cache sharing set for ${m.type} mount`);
  return m;
}
