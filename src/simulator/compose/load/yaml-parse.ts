// Parsing compose files with the `yaml` package, loaded lazily (a dynamic import, so pages that
// never run compose do not ship it), into plain JS the way go-yaml v4 decodes into `any`:
// plain scalars resolved with go-yaml's rules (0x/0o/0b and leading-0 octal ints, underscores,
// YAML 1.2 booleans only), merge keys (<<) under explicit keys, duplicate keys and syntax errors
// reported with go-yaml's texts (yaml-errors.ts).
import type * as YamlModule from 'yaml';
import type { Document, Node as YamlNode, Pair } from 'yaml';
import { libyamlError } from './yaml-errors.ts';

export type Yaml = typeof YamlModule;

let yamlModule: Promise<Yaml> | undefined;

/** The `yaml` package, imported on first use and cached. */
export function loadYamlModule(): Promise<Yaml> {
  yamlModule ??= import('yaml');
  return yamlModule;
}

/**
 * A go-yaml load error; `message` is go-yaml's text. `topLevel` errors are also raised by
 * compose-go's first, name-only decode of the file, which reports them without a prefix.
 */
export class YamlError extends Error {
  readonly topLevel: boolean;
  constructor(message: string, topLevel: boolean) {
    super(message);
    this.topLevel = topLevel;
  }
}

export interface YamlDocument {
  value: unknown;
  /** Line of the document's root node (for go-yaml's construct errors). */
  line: number;
}

/** Parses every document of a file. Comment-only files have none. Throws YamlError. */
export function parseYamlDocuments(yaml: Yaml, text: string): YamlDocument[] {
  const lines = new yaml.LineCounter();
  const docs = yaml.parseAllDocuments(text, { schema: 'failsafe', uniqueKeys: false, lineCounter: lines, prettyErrors: false });
  if (!Array.isArray(docs)) return [];
  if (docs.some((d) => d.errors.length > 0)) throw new YamlError(libyamlError(text), true);
  return docs.map((doc) => {
    const root = doc.contents as YamlNode | null;
    const line = root?.range ? lines.linePos(root.range[0]).line : 1;
    return { value: new Converter(yaml, doc, lines).node(root), line };
  });
}

/**
 * The error go-yaml gives when compose-go's first pass decodes a document whose root is not a
 * mapping into its `named` struct: "cannot construct !!seq into cli.named".
 */
export function namedStructError(doc: YamlDocument): string | undefined {
  const v = doc.value;
  if (v === null || (typeof v === 'object' && !Array.isArray(v))) return undefined;
  let what: string;
  if (Array.isArray(v)) what = '!!seq';
  else {
    const text = String(v);
    const shown = text.length > 10 ? `${text.slice(0, 7)}...` : text;
    const tag = typeof v === 'string' ? '!!str' : typeof v === 'boolean' ? '!!bool' : Number.isInteger(v) ? '!!int' : '!!float';
    what = `${tag} \`${shown}\``;
  }
  return `yaml: construct errors: line ${doc.line}: cannot construct ${what} into cli.named`;
}

const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const SPECIAL: Record<string, unknown> = {
  true: true, True: true, TRUE: true, false: false, False: false, FALSE: false,
  '.nan': NaN, '.NaN': NaN, '.NAN': NaN, '.inf': Infinity, '.Inf': Infinity, '.INF': Infinity,
  '+.inf': Infinity, '+.Inf': Infinity, '+.INF': Infinity, '-.inf': -Infinity, '-.Inf': -Infinity,
  '-.INF': -Infinity, '-0': -0, '-0.0': -0,
};

/** go-yaml's resolve() for an untagged plain scalar. */
export function resolvePlain(s: string): unknown {
  if (NULLS.has(s)) return null;
  if (Object.hasOwn(SPECIAL, s)) return SPECIAL[s];
  if (s[0] === '.') return FLOAT.test(s) ? Number(s) : s;
  if (!/^[-+0-9]/.test(s)) return s;
  if (/^\d{4}-/.test(s)) return s; // timestamps stay strings when decoded into `any`
  const plain = s.replaceAll('_', '');
  const int = parseGoInt(plain);
  if (int !== undefined) return int;
  return FLOAT.test(plain) ? Number(plain) : s;
}

/** strconv.ParseInt(s, 0, 64) (and ParseUint's larger range). */
function parseGoInt(s: string): number | undefined {
  const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(s);
  if (!m) return undefined;
  const body = m[2];
  let n: number;
  if (/^0[xXoObB]/.test(body)) n = Number(body.toLowerCase());
  else if (body.length > 1 && body[0] === '0') n = parseInt(body, 8);
  else n = Number(body);
  if (n > 2 ** 64) return undefined;
  return m[1] === '-' ? -n : n;
}

class Converter {
  private readonly yaml: Yaml;
  private readonly doc: Document;
  private readonly lines: YamlModule.LineCounter;
  constructor(yaml: Yaml, doc: Document, lines: YamlModule.LineCounter) {
    this.yaml = yaml;
    this.doc = doc;
    this.lines = lines;
  }

  node(n: YamlNode | null | undefined, depth = 0): unknown {
    const y = this.yaml;
    if (n === null || n === undefined) return null;
    if (y.isAlias(n)) return this.node(n.resolve(this.doc) as YamlNode | undefined, depth);
    if (y.isScalar(n)) return this.scalar(n);
    if (y.isSeq(n)) return n.items.map((item) => this.node(item as YamlNode, depth + 1));
    if (y.isMap(n)) return this.map(n.items as Pair[], depth);
    return null;
  }

  private scalar(n: YamlModule.Scalar): unknown {
    const text = String(n.value ?? '');
    const tag = n.tag?.replace('tag:yaml.org,2002:', '!!');
    if (tag === '!!str' || tag === '!!binary') return text;
    if (tag === '!!null') return null;
    if (n.type !== 'PLAIN' && tag === undefined) return text;
    const resolved = resolvePlain(text);
    if (tag === '!!int' || tag === '!!float') return typeof resolved === 'number' ? resolved : text;
    if (tag === '!!bool') return typeof resolved === 'boolean' ? resolved : text;
    return resolved;
  }

  private line(n: YamlNode): number {
    return n.range ? this.lines.linePos(n.range[0]).line : 0;
  }

  /** A mapping: explicit keys first-come, duplicates rejected, then << merges under them. */
  private map(pairs: Pair[], depth: number): Record<string, unknown> | Map<unknown, unknown> {
    const out = new Map<unknown, unknown>();
    const lineOf = new Map<unknown, number>();
    const merges: unknown[] = [];
    for (const pair of pairs) {
      const keyNode = pair.key as YamlNode | null;
      const isMerge = keyNode !== null && this.yaml.isScalar(keyNode) && keyNode.type === 'PLAIN' && keyNode.value === '<<';
      if (isMerge) {
        merges.push(this.node(pair.value as YamlNode | null, depth + 1));
        continue;
      }
      const key = this.node(keyNode, depth + 1);
      const line = keyNode ? this.line(keyNode) : 0;
      if (lineOf.has(key)) {
        const text = `yaml: construct errors: line ${line}: mapping key ${JSON.stringify(goKeyText(key))} already defined at line ${lineOf.get(key)}`;
        throw new YamlError(text, depth === 0);
      }
      lineOf.set(key, line);
      out.set(key, this.node(pair.value as YamlNode | null, depth + 1));
    }
    for (const merged of merges) mergeInto(out, merged);
    return toObject(out);
  }
}

function goKeyText(key: unknown): string {
  return key === null ? '<nil>' : String(key);
}

function mergeInto(out: Map<unknown, unknown>, merged: unknown): void {
  const sources = Array.isArray(merged) ? merged : [merged];
  for (const source of sources) {
    const entries: Array<[unknown, unknown]> =
      source instanceof Map ? [...source.entries()] : source !== null && typeof source === 'object' ? Object.entries(source) : [];
    for (const [k, v] of entries) if (!out.has(k)) out.set(k, v);
  }
}

/** All-string keys become a plain object; otherwise the Map stays (compose then rejects it). */
function toObject(map: Map<unknown, unknown>): Record<string, unknown> | Map<unknown, unknown> {
  for (const key of map.keys()) if (typeof key !== 'string') return map;
  const out: Record<string, unknown> = {};
  for (const [k, v] of map) out[k as string] = v;
  return out;
}
