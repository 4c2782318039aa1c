import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { envFromList, processWord, processWords, type EnvGetter } from './shell-lex.ts';

interface OracleCase {
  input: string;
  word?: string;
  wordError?: string;
  words?: string[] | null;
  wordsError?: string;
}
interface OracleSet {
  env: Record<string, string>;
  escape: string;
  cases: OracleCase[];
}

const oracle = JSON.parse(readFileSync(new URL('./testdata/lex-oracle.json', import.meta.url), 'utf8')) as {
  sets: OracleSet[];
};

function envOf(rec: Record<string, string>): EnvGetter {
  return envFromList(Object.entries(rec).map(([k, v]) => `${k}=${v}`));
}

function attempt<T>(f: () => T): { ok: T } | { error: string } {
  try {
    return { ok: f() };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

describe('shell lexer against BuildKit (testdata/lex-oracle.json)', () => {
  for (const set of oracle.sets) {
    const env = envOf(set.env);
    const opts = { escapeToken: set.escape };
    for (const c of set.cases) {
      it(`${set.escape} ${JSON.stringify(c.input)}`, () => {
        const w = attempt(() => processWord(c.input, env, opts).result);
        expect(w).toEqual(c.wordError !== undefined ? { error: c.wordError } : { ok: c.word });
        const ws = attempt(() => processWords(c.input, env, opts));
        expect(ws).toEqual(c.wordsError !== undefined ? { error: c.wordsError } : { ok: c.words ?? [] });
      });
    }
  }
});

describe('shell lexer options', () => {
  const env = envFromList(['A=1']);
  it('reports matched and unmatched names', () => {
    const r = processWord('$A ${B:-x} $C', env);
    expect([...r.matched]).toEqual(['A']);
    expect([...r.unmatched]).toEqual(['B', 'C']);
  });
  it('keeps unset variables as written with skipUnsetEnv', () => {
    expect(processWord('$A $B ${C} ${D:-x}', env, { skipUnsetEnv: true }).result).toBe('1 $B ${C} ${D:-x}');
  });
  it('keeps quotes with rawQuotes and escapes with rawEscapes', () => {
    expect(processWords(`'a b' "c" d\\ e`, env, { rawQuotes: true, rawEscapes: true })).toEqual([
      "'a b'",
      '"c"',
      'd\\ e',
    ]);
  });
  it('leaves quotes alone with skipProcessQuotes (heredoc bodies)', () => {
    expect(processWord(`echo "$A" '$A'`, env, { skipProcessQuotes: true }).result).toBe(`echo "1" '1'`);
  });
});
