// fvbommel/sortorder's NaturalLess, which docker/cli sorts `volume ls` and `network ls` with:
// runs of digits compare as numbers (leading zeros break ties, fewer first) and come before
// other characters; everything else compares by character code.

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/** Compare two digit runs starting at i and j; returns the order and the indexes after them. */
function compareNumbers(a: string, i: number, b: string, j: number): { order: number; i: number; j: number } {
  while (a[i] === '0') i++;
  while (b[j] === '0') j++;
  const nz1 = i;
  const nz2 = j;
  while (isDigit(a[i])) i++;
  while (isDigit(b[j])) j++;
  let order = i - nz1 - (j - nz2);
  if (order === 0) {
    const n1 = a.slice(nz1, i);
    const n2 = b.slice(nz2, j);
    order = n1 < n2 ? -1 : n1 > n2 ? 1 : nz1 - nz2;
  }
  return { order, i, j };
}

/** NaturalLess as a comparator: negative when `a` sorts first. */
export function naturalCompare(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const d1 = isDigit(a[i]);
    const d2 = isDigit(b[j]);
    if (d1 !== d2) return d1 ? -1 : 1;
    if (!d1) {
      if (a[i] !== b[j]) return a[i] < b[j] ? -1 : 1;
      i++;
      j++;
      continue;
    }
    const r = compareNumbers(a, i, b, j);
    if (r.order !== 0) return r.order;
    i = r.i;
    j = r.j;
  }
  // Identical so far: the shorter string sorts first.
  return a.length - b.length;
}
