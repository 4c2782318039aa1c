// Go's encoding/json Marshal for our JS stand-ins of Go values (see go-value.ts): compact, map
// keys sorted, struct fields in declaration order, floats as Go writes them, and strings escaped
// as Go does (\u003c \u003e \u0026 only when escapeHTML; \u2028 \u2029 always; other control
// characters as \u00XX, \b \f \n \r \t short, as Go 1.22+ writes them).
//
// escapeHTML: json.Marshal escapes (true); docker's `{{json .}}` template func uses an Encoder with
// SetEscapeHTML(false). A GO_JSON hook (a MarshalJSON) returns finished JSON text which is embedded
// as-is (Go compacts it, escaping HTML characters in it only when the outer encoder escapes).
import { goJsonHook, isGoMap, isGoStruct, sortedKeys, structFields } from './go-value.ts';
import { formatFloat } from './go-fmt.ts';

export interface GoJsonOptions {
  escapeHTML?: boolean;
}

/** The error Go's encoder reports (e.g. "json: unsupported value: NaN"). */
export class GoJsonError extends Error {}

const HEX = '0123456789abcdef';

export function goJsonString(s: string, escapeHTML: boolean): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (cp < 0x20) {
      if (ch === '\n') out += '\\n';
      else if (ch === '\r') out += '\\r';
      else if (ch === '\t') out += '\\t';
      else if (ch === '\b') out += '\\b';
      else if (ch === '\f') out += '\\f';
      else out += `\\u00${HEX[cp >> 4]}${HEX[cp & 15]}`;
    } else if (escapeHTML && (ch === '<' || ch === '>' || ch === '&')) {
      out += `\\u00${HEX[cp >> 4]}${HEX[cp & 15]}`;
    } else if (cp === 0x2028 || cp === 0x2029) out += `\\u202${HEX[cp & 15]}`;
    else if (cp >= 0xd800 && cp <= 0xdfff) out += '\\ufffd'; // invalid UTF-8 becomes U+FFFD
    else out += ch;
  }
  return `${out}"`;
}

/** Go's float encoding: 'f' form, or 'e' outside [1e-6, 1e21) with the exponent's leading 0 cut. */
export function goJsonFloat(x: number): string {
  if (!Number.isFinite(x)) throw new GoJsonError(`json: unsupported value: ${formatFloat(x, 'g', -1)}`);
  const abs = Math.abs(x);
  if (abs !== 0 && (abs < 1e-6 || abs >= 1e21)) {
    return formatFloat(x, 'e', -1).replace(/e([+-])0(\d)$/, 'e$1$2');
  }
  return formatFloat(x, 'f', -1);
}

function compactEscape(json: string, escapeHTML: boolean): string {
  // Compacting removes insignificant whitespace outside strings; HTML characters in strings are
  // escaped when the encoder escapes.
  let out = '';
  let inStr = false;
  for (let i = 0; i < json.length; i++) {
    const c = json[i];
    if (inStr) {
      if (c === '\\') { out += c + json[++i]; continue; }
      if (c === '"') inStr = false;
      if (escapeHTML && (c === '<' || c === '>' || c === '&')) out += `\\u00${HEX[c.charCodeAt(0) >> 4]}${HEX[c.charCodeAt(0) & 15]}`;
      else out += c;
      continue;
    }
    if (c === '"') inStr = true;
    if (c === ' ' || c === '\n' || c === '\t' || c === '\r') continue;
    out += c;
  }
  return out;
}

function encode(v: unknown, escapeHTML: boolean): string {
  if (v === undefined || v === null) return 'null';
  switch (typeof v) {
    case 'string': return goJsonString(v, escapeHTML);
    case 'boolean': return v ? 'true' : 'false';
    case 'bigint': return v.toString();
    case 'number': return Number.isInteger(v) && !Object.is(v, -0) ? String(v) : goJsonFloat(v);
    case 'function': throw new GoJsonError('json: unsupported type: func()');
    default: break;
  }
  const obj = v as object;
  const hook = goJsonHook(obj);
  if (hook) return compactEscape(hook(), escapeHTML);
  if (Array.isArray(obj)) return `[${obj.map((x) => encode(x, escapeHTML)).join(',')}]`;
  if (isGoStruct(obj)) {
    const rec = obj as Record<string, unknown>;
    return `{${structFields(rec).filter((k) => rec[k] !== undefined).map((k) => `${goJsonString(k, escapeHTML)}:${encode(rec[k], escapeHTML)}`).join(',')}}`;
  }
  if (isGoMap(obj)) {
    return `{${sortedKeys(obj).map((k) => `${goJsonString(k, escapeHTML)}:${encode(obj[k], escapeHTML)}`).join(',')}}`;
  }
  return 'null';
}

/** json.Marshal (escapeHTML defaults to true, as json.Marshal does). Throws GoJsonError. */
export function goJsonMarshal(v: unknown, opts: GoJsonOptions = {}): string {
  return encode(v, opts.escapeHTML ?? true);
}
