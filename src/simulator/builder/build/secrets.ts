// `docker build --secret id=x[,src=file|,env=VAR]` (buildx buildflags.ParseSecretSpecs, then the
// session's secretsprovider store): the values RUN --mount=type=secret reads, or buildx's error.
import { csvFields } from '../parse/mount.ts';

export type SecretsResult = { ok: true; secrets: Record<string, string> } | { ok: false; error: string };

interface Spec {
  id: string;
  src: string;
  env: string;
}

function parseSpec(value: string): Spec | string {
  let fields: string[];
  try {
    fields = csvFields(value);
  } catch (e) {
    return `failed to parse csv secret: ${(e as Error).message}`;
  }
  const s: Spec = { id: '', src: '', env: '' };
  let type = '';
  for (const field of fields) {
    const eq = field.indexOf('=');
    if (eq < 0) return `invalid field '${field}' must be a key=value pair`;
    const key = field.slice(0, eq).toLowerCase();
    const v = field.slice(eq + 1);
    if (key === 'type') {
      if (v !== 'file' && v !== 'env') return `unsupported secret type "${v}"`;
      type = v;
    } else if (key === 'id') s.id = v;
    else if (key === 'source' || key === 'src') s.src = v;
    else if (key === 'env') s.env = v;
    else return `unexpected key '${key}' in '${field}'`;
  }
  if (type === 'env' && s.env === '') [s.env, s.src] = [s.src, ''];
  return s;
}

/**
 * The secrets by id. `readFile` reads a host file (undefined when missing); errors are the text
 * after `ERROR: ` (parse errors as is, store errors wrapped in `failed to build: `).
 */
export function resolveSecrets(values: readonly string[], env: Readonly<Record<string, string>>, readFile: (path: string) => string | undefined): SecretsResult {
  const specs: Spec[] = [];
  for (const v of values) {
    if (v === '') continue;
    const s = parseSpec(v);
    if (typeof s === 'string') return { ok: false, error: s };
    specs.push(s);
  }
  const out: Record<string, string> = {};
  for (const s of specs) {
    if (s.id === '') return { ok: false, error: 'failed to build: secret missing ID' };
    if (s.env === '' && s.src === '') {
      if (Object.hasOwn(env, s.id)) s.env = s.id;
      else s.src = s.id;
    }
    if (s.env !== '') {
      out[s.id] = env[s.env] ?? '';
      continue;
    }
    const data = readFile(s.src);
    if (data === undefined) return { ok: false, error: `failed to build: failed to stat ${s.src}: stat ${s.src}: no such file or directory` };
    out[s.id] = data;
  }
  return { ok: true, secrets: out };
}
