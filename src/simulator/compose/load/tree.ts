// The untyped YAML tree the loader works on before binding it to the model (compose-go keeps it
// as map[string]any), and tree.Path matching: "services.*.ports.[]", where "*" matches any key
// and "[]" stands for every list element.

export type Dict = Record<string, unknown>;

export function isDict(v: unknown): v is Dict {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** tree.Path.Matches: same number of parts, "*" matches anything. */
export function pathMatches(path: string[], pattern: string): boolean {
  const parts = pattern.split('.');
  if (parts.length !== path.length) return false;
  return parts.every((p, i) => p === '*' || p === path[i]);
}

/** A deep copy of a JSON-like value (the loader mutates trees in place, as compose-go does). */
export function deepCopy<T>(value: T): T {
  if (Array.isArray(value)) return value.map((e) => deepCopy(e)) as T;
  if (isDict(value)) {
    const out: Dict = {};
    for (const [k, v] of Object.entries(value)) out[k] = deepCopy(v);
    return out as T;
  }
  return value;
}

/** Go's fmt.Sprint for the scalar values a YAML tree holds. */
export function goSprint(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'number') return formatGoNumber(v);
  return String(v);
}

/** %v of an int or float64 as YAML decodes them: 2.5 -> "2.5", 1e-7 -> "1e-07". */
export function formatGoNumber(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? '+Inf' : '-Inf';
  return String(n).replace(/e([+-])(\d)$/, 'e$10$2');
}
