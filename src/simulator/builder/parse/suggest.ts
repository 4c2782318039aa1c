// BuildKit's util/suggest: append " (did you mean X?)" when a known option is within edit distance
// 2 (Levenshtein over runes, as agext/levenshtein). Go walks a map, so among equally close options
// the pick is random there; here it is the first in the given order.

export function levenshtein(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const cur = [i];
    for (let j = 1; j <= t.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[t.length];
}

/** suggest.Search: the closest option (distance < 3), cased like `value` when case-insensitive. */
export function search(value: string, options: readonly string[], caseSensitive: boolean): string | null {
  const val = caseSensitive ? value : value.toLowerCase();
  let match = '';
  let min = 3;
  for (const o of options) {
    const opt = caseSensitive ? o : o.toLowerCase();
    if (val === opt) return null; // an exact match means the error was about something else
    const d = levenshtein(val, opt);
    if (d < min) {
      match = caseSensitive ? opt : matchCase(opt, value);
      min = d;
    }
  }
  return match === '' ? null : match;
}

function matchCase(val: string, orig: string): string {
  if (orig === orig.toLowerCase()) return val.toLowerCase();
  if (orig === orig.toUpperCase()) return val.toUpperCase();
  return val;
}

/** suggest.WrapError: the message, with the suggestion when there is one. */
export function suggest(message: string, value: string, options: readonly string[], caseSensitive: boolean): string {
  const m = search(value, options, caseSensitive);
  return m === null ? message : `${message} (did you mean ${m}?)`;
}
