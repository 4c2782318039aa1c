// The wildcard patterns of ${VAR#p}, ${VAR%p} and ${VAR/p/r} in BuildKit's shell lexer
// (convertShellPatternToRegex, trimPrefix, trimSuffix, reversePattern in shell/lex.go), and Go's
// regexp.ReplaceAllString rules for ${VAR//p/r}: `$name` templates, no replacement for an empty
// match right after another match.

class PatternError extends Error {}

/** `*` any string (shortest unless greedy), `?` one character, `\` escapes `*` `?` `\`. */
function toRegex(pattern: string, greedy: boolean, anchored: boolean): RegExp {
  const chars = Array.from(pattern);
  let out = anchored ? '^' : '';
  for (let i = 0; i < chars.length; i++) {
    const tok = chars[i];
    if (tok === '*') out += greedy ? '.*' : '.*?';
    else if (tok === '?') out += '.';
    else if (tok === '\\') {
      const next = chars[i + 1];
      // } and / inside ${} need escaping there, but the escape is not part of the pattern
      if (next === '}' || next === '/') continue;
      i++;
      if (next !== '*' && next !== '?' && next !== '\\') {
        throw new PatternError(`invalid escape '\\${next ?? '\uFFFD'}'`);
      }
      out += `\\${next}`;
    } else if ('[]{}.+()|^$'.includes(tok)) out += `\\${tok}`;
    else out += tok;
  }
  return new RegExp(out, 'u');
}

function compile(pattern: string, greedy: boolean, anchored: boolean): RegExp {
  try {
    return toRegex(pattern, greedy, anchored);
  } catch (e) {
    if (e instanceof PatternError) {
      throw new PatternSubstitutionError(`invalid pattern (${pattern}) in substitution: ${e.message}`);
    }
    throw e;
  }
}

/** Raised with BuildKit's text; the lexer wraps it like its own errors. */
export class PatternSubstitutionError extends Error {}

/** ${VAR#pattern} / ${VAR##pattern}. */
export function trimPrefix(pattern: string, value: string, greedy: boolean): string {
  const m = compile(pattern, greedy, true).exec(value);
  return m ? value.slice(m.index + m[0].length) : value;
}

/** ${VAR%pattern} / ${VAR%%pattern}: reverse both so the rightmost match becomes leftmost. */
export function trimSuffix(pattern: string, value: string, greedy: boolean): string {
  const reversed = trimPrefix(reversePattern(pattern), Array.from(value).reverse().join(''), greedy);
  return Array.from(reversed).reverse().join('');
}

/** Reverse a pattern without reversing its escapes: a\*c -> c\*a. */
function reversePattern(pattern: string): string {
  const runes = Array.from(pattern);
  const last = runes.length - 1;
  const out = new Array<string>(runes.length);
  for (let i = 0; i <= last; ) {
    const tok = runes[i];
    const at = last - i;
    if (tok === '\\' && i !== last) {
      out[at - 1] = tok;
      out[at] = runes[i + 1];
      i += 2;
    } else {
      out[at] = tok;
      i++;
    }
  }
  return out.join('');
}

/** ${VAR/pattern/repl} (first match, literal) and ${VAR//pattern/repl} (Go ReplaceAllString). */
export function replacePattern(value: string, pattern: string, replacement: string, all: boolean): string {
  const re = compile(pattern, true, false);
  if (!all) {
    const m = re.exec(value);
    return m ? value.slice(0, m.index) + replacement + value.slice(m.index + m[0].length) : value;
  }
  const g = new RegExp(re.source, 'gu');
  let out = '';
  let lastEnd = 0;
  let search = 0;
  while (search <= value.length) {
    g.lastIndex = search;
    const m = g.exec(value);
    if (!m) break;
    const start = m.index;
    const end = start + m[0].length;
    out += value.slice(lastEnd, start);
    if (end > lastEnd || start === 0) out += expandTemplate(replacement, m[0]);
    lastEnd = end;
    const width = search < value.length ? String.fromCodePoint(value.codePointAt(search) as number).length : 0;
    if (search + width > end) search += width;
    else if (search + 1 > end) search++;
    else search = end;
  }
  return out + value.slice(lastEnd);
}

/** regexp.Expand for a pattern without groups: $0 / ${0} is the match, $$ is $, other names are empty. */
function expandTemplate(template: string, match: string): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const d = template.indexOf('$', i);
    if (d < 0) return out + template.slice(i);
    out += template.slice(i, d);
    if (template[d + 1] === '$') {
      out += '$';
      i = d + 2;
      continue;
    }
    const m = /^\{([A-Za-z0-9_]+)\}|^([A-Za-z0-9_]+)/.exec(template.slice(d + 1));
    if (!m) {
      out += '$';
      i = d + 1;
      continue;
    }
    const name = m[1] ?? m[2];
    if (/^[0-9]+$/.test(name) && Number(name) === 0) out += match;
    i = d + 1 + m[0].length;
  }
  return out;
}
