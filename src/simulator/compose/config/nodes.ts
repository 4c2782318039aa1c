// Small constructors for the YAML tree the config printer builds: omitempty is an undefined
// entry, Go maps print with sorted keys, untyped values (x- extensions, keys the model keeps
// raw) print as go-yaml prints decoded `any` values.
import { formatGoNumber } from '../load/tree.ts';
import type { YNode } from './yaml-emit.ts';

export type Entries = Array<[string, YNode | undefined]>;

export const str = (value: string): YNode => ({ kind: 'str', value });
export const raw = (text: string): YNode => ({ kind: 'raw', text });
export const seq = (items: YNode[]): YNode => ({ kind: 'seq', items });

export function map(entries: Entries): YNode {
  return { kind: 'map', entries: entries.filter((e): e is [string, YNode] => e[1] !== undefined) };
}

export function sortedStrMap(m: Record<string, string> | undefined): YNode | undefined {
  if (!m || Object.keys(m).length === 0) return undefined;
  return map(Object.keys(m).sort().map((k) => [k, str(m[k])]));
}

/** An untyped value: maps sorted by key, as Go marshals map[string]any. */
export function generic(v: unknown): YNode {
  if (v === null || v === undefined) return raw('null');
  if (typeof v === 'string') return str(v);
  if (typeof v === 'number') return raw(formatGoNumber(v));
  if (typeof v === 'boolean') return raw(String(v));
  if (Array.isArray(v)) return seq(v.map(generic));
  const obj = v as Record<string, unknown>;
  return map(Object.keys(obj).sort().map((k) => [k, generic(obj[k])]));
}
