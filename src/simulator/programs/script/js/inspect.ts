// util.inspect and util.format as console.log uses them: strings as they are at the top level
// and quoted inside objects, `{ a: 1, b: 'x' }`, `[ 1, 2, 3 ]`, [Function: name], errors as
// their stack, nesting cut at depth 2, and the one-line form broken into lines past 72 chars.
import { isError, JsArray, JsFunction, JsObject, toStr, type Value } from './values.ts';

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function quote(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  return `${q}${s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').split(q).join(`\\${q}`)}${q}`;
}

export function inspect(v: Value, depth = 0, stackOf?: (e: JsObject) => string): string {
  if (typeof v === 'string') return depth === 0 ? v : quote(v);
  if (v === undefined || v === null || typeof v === 'boolean' || typeof v === 'number') return v === -0 && typeof v === 'number' ? '-0' : String(v);
  if (v instanceof JsFunction) return `[Function: ${v.name || '(anonymous)'}]`;
  if (isError(v)) return stackOf ? stackOf(v) : toStr(v);
  if (depth > 2) return v instanceof JsArray ? '[Array]' : '[Object]';
  const parts = v instanceof JsArray ? v.items.map((x) => inspect(x, depth + 1, stackOf)) : [...(v as JsObject).props].map(([k, x]) => `${IDENT.test(k) ? k : quote(k)}: ${inspect(x, depth + 1, stackOf)}`);
  const [open, close] = v instanceof JsArray ? ['[', ']'] : ['{', '}'];
  if (parts.length === 0) return `${open}${close}`;
  const line = `${open} ${parts.join(', ')} ${close}`;
  if (line.length <= 72 && !line.includes('\n')) return line;
  const pad = '  '.repeat(depth + 1);
  return `${open}\n${parts.map((p) => `${pad}${p}`).join(',\n')}\n${'  '.repeat(depth)}${close}`;
}

/** util.format: a first string's %s/%d/%i/%j/%o placeholders, then the rest joined by spaces. */
export function format(args: Value[], stackOf?: (e: JsObject) => string): string {
  if (args.length === 0) return '';
  const rest = [...args];
  let head = '';
  if (typeof rest[0] === 'string' && rest.length > 1 && /%[sdifjoO%]/.test(rest[0])) {
    const fmt = rest.shift() as string;
    head = fmt.replace(/%([sdifjoO%])/g, (m, c: string) => {
      if (c === '%') return '%';
      if (rest.length === 0) return m;
      const x = rest.shift();
      if (c === 's') return typeof x === 'string' ? x : inspect(x, 1, stackOf);
      if (c === 'd' || c === 'i') return String(c === 'i' ? Math.trunc(Number(toStr(x))) : Number(toStr(x)));
      if (c === 'f') return String(Number(toStr(x)));
      return inspect(x, 1, stackOf);
    });
    return [head, ...rest.map((x) => inspect(x, 0, stackOf))].join(' ');
  }
  return rest.map((x) => inspect(x, 0, stackOf)).join(' ');
}
