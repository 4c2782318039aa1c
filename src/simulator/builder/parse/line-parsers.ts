// One logical line to a Node (BuildKit parser/split_command.go and line_parsers.go): the
// instruction word, leading --flags, then the per-instruction argument rules: JSON arrays with the
// silent fallback to shell form when the JSON is invalid, ENV/LABEL `k v` vs `k=v ...` (quotes kept
// for the expander), whitespace lists, HEALTHCHECK's type word, ONBUILD's nested instruction.
// Unknown instructions parse (as BuildKit's parseIgnore) and fail later, in instructions.ts.
import type { Node } from './ast.ts';
import { goQuote } from '../../util/format/go-fmt.ts';
import { isSpace, splitWhitespace, trimLeftSpace, trimSpace, utf8Bytes, utf8Decode } from './go-text.ts';

interface Parsed {
  args: string[];
  json: boolean;
  sub?: Node | null;
}

type LineParser = (rest: string, esc: string) => Parsed;

const NOT_STRINGS = 'when using JSON array syntax, arrays must be comprised of strings only';

const DISPATCH: Record<string, LineParser> = {
  add: maybeJsonToList,
  arg: (rest, esc) => plain(parseWords(rest, esc)),
  cmd: maybeJson,
  copy: maybeJsonToList,
  entrypoint: maybeJson,
  env: (rest, esc) => plain(nameVal(rest, 'ENV', esc)),
  expose: (rest) => plain(whitespaceList(rest)),
  from: (rest) => plain(whitespaceList(rest)),
  healthcheck: healthConfig,
  label: (rest, esc) => plain(nameVal(rest, 'LABEL', esc)),
  maintainer: (rest) => plain(rest === '' ? [] : [rest]),
  onbuild: (rest, esc) => ({ args: [], json: false, sub: rest === '' ? null : nodeFromLine(rest, esc, []) }),
  run: maybeJson,
  shell: maybeJson,
  stopsignal: (rest) => plain(rest === '' ? [] : [rest]),
  user: (rest) => plain(rest === '' ? [] : [rest]),
  volume: maybeJsonToList,
  workdir: (rest) => plain(rest === '' ? [] : [rest]),
};

function plain(args: string[]): Parsed {
  return { args, json: false };
}

/** newNodeFromLine: range and heredocs are filled in by the caller. */
export function nodeFromLine(line: string, esc: string, comments: string[]): Node {
  const { cmd, flags, args } = splitCommand(line, esc);
  const fn = DISPATCH[cmd.toLowerCase()] ?? (() => plain(['']));
  const parsed = fn(args, esc);
  return {
    value: cmd,
    original: line,
    flags,
    args: parsed.args,
    sub: parsed.sub ?? null,
    json: parsed.json,
    heredocs: [],
    range: { start: 0, end: 0 },
    comments,
  };
}

function splitCommand(line: string, esc: string): { cmd: string; flags: string[]; args: string } {
  const parts = splitWhitespace(trimSpace(line), 2);
  if (parts.length < 2) return { cmd: parts[0], flags: [], args: '' };
  const [rest, flags] = extractBuilderFlags(parts[1], esc);
  return { cmd: parts[0], flags, args: trimSpace(rest) };
}

/**
 * Leading words starting with `--` are flags; quotes and escapes inside them are removed. Go walks
 * bytes here, so a non-ASCII byte in a flag becomes its own (Latin-1) character, as in BuildKit.
 */
function extractBuilderFlags(line: string, esc: string): [string, string[]] {
  const b = utf8Bytes(line);
  const E = esc.charCodeAt(0);
  const words: string[] = [];
  let phase: 'spaces' | 'word' | 'quote' = 'spaces';
  let word = '';
  let quote = 0;
  let blankOK = false;
  for (let pos = 0; pos <= b.length; pos++) {
    let ch = pos < b.length ? b[pos] : -1;
    if (phase === 'spaces') {
      if (pos === b.length) break;
      if (isSpace(String.fromCharCode(ch))) continue;
      if (ch !== 0x2d || pos + 1 === b.length || b[pos + 1] !== 0x2d) return [utf8Decode(b.slice(pos)), words];
      phase = 'word';
    }
    if (pos === b.length) {
      if (word !== '--' && (blankOK || word.length > 0)) words.push(word);
      break;
    }
    if (phase === 'word') {
      if (isSpace(String.fromCharCode(ch))) {
        if (word === '--') return [utf8Decode(b.slice(pos)), words];
        if (blankOK || word.length > 0) words.push(word);
        [phase, word, blankOK] = ['spaces', '', false];
        continue;
      }
      if (ch === 0x27 || ch === 0x22) {
        [quote, blankOK, phase] = [ch, true, 'quote'];
        continue;
      }
    } else if (ch === quote) {
      phase = 'word';
      continue;
    }
    if (ch === E) {
      if (pos + 1 === b.length) {
        phase = 'word';
        continue; // an escape at the very end is dropped
      }
      ch = b[++pos];
    }
    word += String.fromCharCode(ch);
  }
  return ['', words];
}

/** parseWords: split on spaces, keeping quotes and escapes in the words (the expander removes them). */
export function parseWords(rest: string, esc: string): string[] {
  const chars = Array.from(rest);
  const words: string[] = [];
  let phase: 'spaces' | 'word' | 'quote' = 'spaces';
  let quote = '';
  let blankOK = false;
  let word = '';
  for (let pos = 0; pos <= chars.length; pos++) {
    let ch = chars[pos] ?? '';
    if (phase === 'spaces') {
      if (pos === chars.length) break;
      if (isSpace(ch)) continue;
      phase = 'word';
    }
    if (pos === chars.length) {
      if (blankOK || word.length > 0) words.push(word);
      break;
    }
    if (phase === 'word') {
      if (isSpace(ch)) {
        phase = 'spaces';
        if (blankOK || word.length > 0) words.push(word);
        [word, blankOK] = ['', false];
        continue;
      }
      if (ch === "'" || ch === '"') [quote, blankOK, phase] = [ch, true, 'quote'];
      if (ch === esc) {
        if (pos + 1 === chars.length) continue; // an escape at the end is dropped
        word += ch;
        ch = chars[++pos];
      }
      word += ch;
      continue;
    }
    if (ch === quote) phase = 'word';
    if (ch === esc && quote !== "'") {
      if (pos + 1 === chars.length) {
        phase = 'word';
        continue;
      }
      word += ch;
      ch = chars[++pos];
    }
    word += ch;
  }
  return words;
}

/** ENV/LABEL: `KEY value...` (legacy: one pair, the rest of the line) or `k=v k2=v2`. Flattened k, v, sep. */
function nameVal(rest: string, key: string, esc: string): string[] {
  const words = parseWords(rest, esc);
  if (words.length === 0) return [];
  if (!words[0].includes('=')) {
    const parts = splitWhitespace(rest, 2);
    if (parts.length < 2) throw new Error(`${key} must have two arguments`);
    return [parts[0], parts[1], ''];
  }
  const out: string[] = [];
  for (const w of words) {
    const eq = w.indexOf('=');
    if (eq < 0) throw new Error(`Syntax error - can't find = in ${goQuote(w)}. Must be of the form: name=value`);
    out.push(w.slice(0, eq), w.slice(eq + 1), '=');
  }
  return out;
}

function whitespaceList(rest: string): string[] {
  return rest === '' ? [] : splitWhitespace(rest);
}

/** parseJSON: null when the text is not a JSON array (then the caller falls back). */
function parseJson(rest: string): string[] | null {
  const text = trimLeftSpace(rest);
  if (!text.startsWith('[')) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!Array.isArray(value)) return null;
  if (!value.every((v) => typeof v === 'string')) throw new Error(NOT_STRINGS);
  return value as string[];
}

function maybeJson(rest: string): Parsed {
  if (rest === '') return plain([]);
  const json = parseJson(rest);
  return json ? { args: json, json: true } : plain([rest]);
}

function maybeJsonToList(rest: string): Parsed {
  const json = parseJson(rest);
  return json ? { args: json, json: true } : plain(whitespaceList(rest));
}

/** HEALTHCHECK: the first word (NONE, CMD, ...) then CMD's arguments as maybeJson. */
function healthConfig(rest: string): Parsed {
  let sep = 0;
  while (sep < rest.length && !isSpace(rest[sep])) sep++;
  let next = sep;
  while (next < rest.length && isSpace(rest[next])) next++;
  if (sep === 0) return plain([]);
  const cmd = maybeJson(rest.slice(next));
  return { args: [rest.slice(0, sep), ...cmd.args], json: cmd.json };
}
