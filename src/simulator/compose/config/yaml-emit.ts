// A YAML writer that lays text out as go-yaml v4's Encoder does for `docker compose config`
// (yaml.NewEncoder with v3 defaults, SetIndent(2), line width 80, legacy quoting): block
// mappings and sequences ("- " indented under its key), {} and [] for empty collections, plain
// scalars unless they would read back as another type (then double-quoted) or contain indicators
// (then single-quoted), YAML 1.1 booleans single-quoted, multi-line strings as literal blocks,
// long scalars folded at spaces past column 80 (emitter.go writePlainScalar & co).
import { resolvePlain } from '../load/yaml-parse.ts';

export type YNode =
  | { kind: 'map'; entries: Array<[string, YNode]> }
  | { kind: 'seq'; items: YNode[] }
  | { kind: 'str'; value: string }
  /** Already-typed scalars (ints, bools, null) written as they are. */
  | { kind: 'raw'; text: string };

const WIDTH = 80;
const OLD_BOOLS = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON', 'n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF']);
const BASE60 = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;

type Style = 'plain' | 'single' | 'double' | 'literal';
type Parent = 'root' | 'map' | 'seq';

export function emitYaml(root: YNode): string {
  const e = new Emitter();
  e.node(root, 'root', false);
  return e.finish();
}

class Emitter {
  private out = '';
  private column = 0;
  private indent = -1;
  private readonly indents: number[] = [];
  private whitespace = true;
  private indention = true;

  finish(): string {
    return this.out.endsWith('\n') ? this.out : `${this.out}\n`;
  }

  private put(s: string): void {
    this.out += s;
    this.column += [...s].length;
  }

  private lineBreak(): void {
    this.out += '\n';
    this.column = 0;
    this.indention = true;
  }

  private writeIndent(): void {
    const indent = Math.max(this.indent, 0);
    if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace)) this.lineBreak();
    while (this.column < indent) this.put(' ');
    this.whitespace = true;
  }

  private indicator(text: string, needWhitespace: boolean, isWhitespace: boolean, isIndention: boolean): void {
    if (needWhitespace && !this.whitespace) this.put(' ');
    this.put(text);
    this.whitespace = isWhitespace;
    this.indention = this.indention && isIndention;
  }

  private increase(flow: boolean, parent: Parent): void {
    this.indents.push(this.indent);
    if (this.indent < 0) this.indent = flow ? 2 : 0;
    else if (parent === 'seq') this.indent += 2;
    else this.indent = 2 * Math.floor((this.indent + 2) / 2);
  }

  private pop(): void {
    this.indent = this.indents.pop() ?? -1;
  }

  node(n: YNode, parent: Parent, simpleKey: boolean): void {
    if (n.kind === 'map' && n.entries.length > 0) return this.blockMap(n.entries, parent);
    if (n.kind === 'seq' && n.items.length > 0) return this.blockSeq(n.items, parent);
    if (n.kind === 'map' || n.kind === 'seq') return this.indicator(n.kind === 'map' ? '{}' : '[]', true, false, false);
    this.increase(true, parent);
    if (n.kind === 'raw') this.plain(n.text, !simpleKey);
    else this.scalar(n.value, simpleKey);
    this.pop();
  }

  private blockMap(entries: Array<[string, YNode]>, parent: Parent): void {
    this.increase(false, parent);
    for (const [key, value] of entries) {
      this.writeIndent();
      this.increase(true, 'map');
      this.scalar(key, true);
      this.pop();
      this.indicator(':', false, false, false);
      this.node(value, 'map', false);
    }
    this.pop();
  }

  private blockSeq(items: YNode[], parent: Parent): void {
    this.increase(false, parent);
    for (const item of items) {
      this.writeIndent();
      this.indicator('-', true, false, true);
      this.node(item, 'seq', false);
    }
    this.pop();
  }

  private scalar(value: string, simpleKey: boolean): void {
    const style = chooseStyle(value, simpleKey);
    if (style === 'plain') this.plain(value, !simpleKey);
    else if (style === 'single') this.single(value, !simpleKey);
    else if (style === 'double') this.double(value, !simpleKey);
    else this.literal(value);
  }

  private plain(value: string, allowBreaks: boolean): void {
    if (value.length > 0 && !this.whitespace) this.put(' ');
    const chars = [...value];
    let spaces = false;
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i];
      if (c === ' ') {
        if (allowBreaks && !spaces && this.column > WIDTH && chars[i + 1] !== ' ') this.writeIndent();
        else this.put(c);
        spaces = true;
      } else {
        this.put(c);
        this.indention = false;
        spaces = false;
      }
    }
    if (value.length > 0) this.whitespace = false;
    this.indention = false;
  }

  private single(value: string, allowBreaks: boolean): void {
    this.indicator("'", true, false, false);
    const chars = [...value];
    let spaces = false;
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i];
      if (c === ' ') {
        if (allowBreaks && !spaces && this.column > WIDTH && i > 0 && i < chars.length - 1 && chars[i + 1] !== ' ') this.writeIndent();
        else this.put(c);
        spaces = true;
      } else {
        this.put(c === "'" ? "''" : c);
        this.indention = false;
        spaces = false;
      }
    }
    this.indicator("'", false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  private double(value: string, allowBreaks: boolean): void {
    this.indicator('"', true, false, false);
    const chars = [...value];
    let spaces = false;
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i];
      const escape = escapeFor(c);
      if (escape !== undefined) {
        this.put(escape);
        spaces = false;
      } else if (c === ' ') {
        if (allowBreaks && !spaces && this.column > WIDTH && i > 0 && i < chars.length - 1) {
          this.writeIndent();
          if (chars[i + 1] === ' ') this.put('\\');
        } else this.put(c);
        spaces = true;
      } else {
        this.put(c);
        spaces = false;
      }
    }
    this.indicator('"', false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  private literal(value: string): void {
    this.indicator('|', true, false, false);
    if (value.startsWith(' ')) this.indicator('2', false, false, false);
    const chomp = !value.endsWith('\n') ? '-' : value === '\n' || value.endsWith('\n\n') ? '+' : '';
    if (chomp) this.indicator(chomp, false, false, false);
    this.lineBreak();
    this.whitespace = true;
    let breaks = true;
    for (const c of value) {
      if (c === '\n') {
        this.lineBreak();
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        this.put(c);
        this.indention = false;
        breaks = false;
      }
    }
  }
}

/** Representer + desolver + emitter style selection for a string value. */
function chooseStyle(value: string, simpleKey: boolean): Style {
  const a = analyze(value);
  let style: Style = 'plain';
  if (value.includes('\n')) style = value.length >= 2 && /\S/.test(value) ? 'literal' : 'double';
  else if (OLD_BOOLS.has(value) || BASE60.test(value) || value === '<<') style = 'single';
  else if (typeof resolvePlain(value) !== 'string') style = 'double';
  if (simpleKey && a.multiline) style = 'double';
  if (style === 'plain' && (!a.plainAllowed || (value === '' && simpleKey))) style = 'single';
  if (style === 'single' && !a.singleAllowed) style = 'double';
  if (style === 'literal' && (!a.blockAllowed || simpleKey)) style = 'double';
  return style;
}

const INDICATOR_FIRST = new Set(['#', ',', '[', ']', '{', '}', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`']);

/** emitter.analyzeScalar (block context). */
function analyze(value: string): { multiline: boolean; plainAllowed: boolean; singleAllowed: boolean; blockAllowed: boolean } {
  if (value.length === 0) return { multiline: false, plainAllowed: true, singleAllowed: true, blockAllowed: false };
  const chars = [...value];
  let indicators = value.startsWith('---') || value.startsWith('...');
  let lineBreaks = false;
  let special = false;
  let tabs = false;
  let spaceBreak = false;
  let breakSpace = false;
  let prevSpace = false;
  let prevBreak = false;
  let precededByWs = true;
  chars.forEach((c, i) => {
    const followedByWs = i + 1 >= chars.length || chars[i + 1] === ' ' || chars[i + 1] === '\t';
    if (i === 0) {
      if (INDICATOR_FIRST.has(c)) indicators = true;
      else if ((c === '?' || c === ':' || c === '-') && followedByWs) indicators = true;
    } else if ((c === ':' && followedByWs) || (c === '#' && precededByWs)) indicators = true;
    if (c === '\t') tabs = true;
    else if (!isPrintable(c)) special = true;
    if (c === ' ') {
      if (prevBreak) breakSpace = true;
      prevSpace = true;
      prevBreak = false;
    } else if (c === '\n') {
      lineBreaks = true;
      if (prevSpace) spaceBreak = true;
      prevSpace = false;
      prevBreak = true;
    } else {
      prevSpace = false;
      prevBreak = false;
    }
    precededByWs = c === ' ' || c === '\t' || c === '\n';
  });
  const edgeWs = /^[ \n]|[ \n]$/.test(value);
  return {
    multiline: lineBreaks,
    plainAllowed: !(edgeWs || breakSpace || spaceBreak || tabs || special || lineBreaks || indicators),
    singleAllowed: !(breakSpace || spaceBreak || tabs || special),
    blockAllowed: !(value.endsWith(' ') || spaceBreak || special),
  };
}

function isPrintable(c: string): boolean {
  const cp = c.codePointAt(0)!;
  if (cp === 0x0a) return true;
  if (cp >= 0x20 && cp <= 0x7e) return true;
  if (cp >= 0xa0 && cp <= 0xd7ff) return true;
  if (cp >= 0xe000 && cp <= 0xfffd) return cp !== 0xfeff;
  return cp >= 0x10000 && cp <= 0x10ffff;
}

const ESCAPES: Record<string, string> = {
  '\0': '\\0', '\x07': '\\a', '\b': '\\b', '\t': '\\t', '\n': '\\n', '\v': '\\v', '\f': '\\f', '\r': '\\r',
  '\x1b': '\\e', '"': '\\"', '\\': '\\\\', '\x85': '\\N', '\xa0': '\\_', '\u2028': '\\L', '\u2029': '\\P',
};

function escapeFor(c: string): string | undefined {
  if (Object.hasOwn(ESCAPES, c)) return ESCAPES[c];
  if (isPrintable(c) && c !== '\uFEFF') return undefined;
  const cp = c.codePointAt(0)!;
  if (cp <= 0xff) return `\\x${cp.toString(16).toUpperCase().padStart(2, '0')}`;
  if (cp <= 0xffff) return `\\u${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  return `\\U${cp.toString(16).toUpperCase().padStart(8, '0')}`;
}
