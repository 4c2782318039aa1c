// CPython's "Did you mean" suggestion for a NameError (Python/suggestions.c's costs).

/** CPython's "Did you mean" for a NameError: the closest name within (len + 3) // 3 moves. */
export function suggestion(wrong: string, candidates: string[]): string | undefined {
  const max = Math.floor(((wrong.length + 3) * 2) / 6);
  let best: string | undefined;
  let bestCost = Infinity;
  for (const c of [...new Set(candidates)].sort()) {
    if (c === wrong || c.startsWith('__')) continue;
    const cost = distance(wrong, c);
    if (cost <= max && cost < bestCost) {
      best = c;
      bestCost = cost;
    }
  }
  return best;
}

/** Levenshtein with CPython's costs: 2 per insertion, deletion or substitution, 1 for a case change. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j * 2);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i * 2];
    for (let j = 1; j <= b.length; j++) {
      const sub = a[i - 1] === b[j - 1] ? 0 : a[i - 1].toLowerCase() === b[j - 1].toLowerCase() ? 1 : 2;
      cur.push(Math.min(prev[j] + 2, cur[j - 1] + 2, prev[j - 1] + sub));
    }
    prev = cur;
  }
  return prev[b.length];
}
