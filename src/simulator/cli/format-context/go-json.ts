// `docker inspect`'s JSON output: the daemon's answers (as its WriteJSON encodes them) joined
// into an array and passed through json.Indent with four spaces, as docker/cli's
// indented inspector does ("[]" and "{}" stay on one line); `--format json` compacts instead.

/** encoding/json's Indent(dst, src, "", indent) over valid compact JSON. */
export function jsonIndent(src: string, indent = '    '): string {
  let out = '';
  let depth = 0;
  let inStr = false;
  let pendingOpen = false;
  const newline = () => `\n${indent.repeat(depth)}`;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (inStr) {
      out += c;
      if (c === '\\') out += src[++i];
      else if (c === '"') inStr = false;
      continue;
    }
    if (c === ' ' || c === '\n' || c === '\t' || c === '\r') continue;
    if (pendingOpen && c !== ']' && c !== '}') {
      pendingOpen = false;
      depth++;
      out += newline();
    }
    if (c === '{' || c === '[') {
      out += c;
      pendingOpen = true;
    } else if (c === '}' || c === ']') {
      if (pendingOpen) pendingOpen = false;
      else {
        depth--;
        out += newline();
      }
      out += c;
    } else if (c === ',') out += `,${newline()}`;
    else if (c === ':') out += ': ';
    else {
      if (c === '"') inStr = true;
      out += c;
    }
  }
  return out;
}

/**
 * The daemon's answer for a document built in Go's field order (maps already sorted): its
 * WriteJSON encoder has SetEscapeHTML(false), so <, > and & stay as they are; U+2028 and
 * U+2029 are still escaped, as Go always does.
 */
export function daemonJson(doc: unknown): string {
  return (JSON.stringify(doc) ?? 'null').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
