// Heredoc words (BuildKit parser.go heredocsFromLine / ParseHeredoc): the logical line is split
// by the shell lexer with quotes and escapes kept, and every word of the form [n]<<[-]WORD opens a
// heredoc. Several per line are read in order. A quoted delimiter ('EOF', "EOF", E"OF") turns
// expansion of the body off.
import type { Heredoc } from './ast.ts';
import { type EnvGetter, processWords } from './shell-lex.ts';

const HEREDOC = /^([0-9]*)<<(-?)[\t\n\f\r ]*([^<]*)$/;
const NO_ENV: EnvGetter = { get: () => undefined, keys: () => [] };

/** ParseHeredoc: the heredoc a single word opens, or null. */
export function parseHeredoc(word: string): Heredoc | null {
  const m = HEREDOC.exec(word);
  if (!m || m[3] === '') return null;
  const rest = m[3];
  const words = processWords(rest, NO_ENV, { skipUnsetEnv: true });
  if (words.length !== 1) return null;
  const raw = processWords(rest, NO_ENV, { skipUnsetEnv: true, rawQuotes: true });
  if (raw.length !== words.length) {
    throw new Error(`internal lexing of heredoc produced inconsistent results: ${rest}`);
  }
  const quotes = (s: string): number => s.split(/['"]/).length - 1;
  const fd = m[1] === '' ? 0 : Number(m[1]);
  return {
    name: words[0],
    fileDescriptor: Number.isSafeInteger(fd) ? fd : 0,
    expand: quotes(words[0]) === quotes(raw[0]),
    chomp: m[2] === '-',
    content: '',
  };
}

/** heredocsFromLine: every heredoc the words of a logical line open (none if its quotes don't balance). */
export function heredocsFromLine(line: string): Heredoc[] {
  let words: string[];
  try {
    words = processWords(line, NO_ENV, { rawQuotes: true, rawEscapes: true, skipUnsetEnv: true });
  } catch {
    return [];
  }
  const docs: Heredoc[] = [];
  for (const w of words) {
    const doc = parseHeredoc(w);
    if (doc) docs.push(doc);
  }
  return docs;
}

/** ChompHeredocContent: strip leading tabs from every line (<<-). */
export function chompHeredocContent(content: string): string {
  return content.replace(/^\t+/gm, '');
}
