// The lexer and parser: words keep their quoting, heredocs are read after their line,
// reserved words count only where a command starts, unfinished input is Incomplete.
import { describe, expect, it } from 'vitest';
import { Incomplete, ShellSyntaxError } from './errors.ts';
import { tokenize } from './lexer.ts';
import { parse } from './parser.ts';

const words = (src: string) => tokenize(src).map((t) => (t.kind === 'word' ? t.word.raw : t.kind === 'op' ? `<${t.fd ?? ''}${t.op}>` : t.kind));

function error(src: string): string {
  try {
    parse(src);
  } catch (e) {
    if (e instanceof Incomplete) return `incomplete: ${e.expecting}`;
    if (e instanceof ShellSyntaxError) return `syntax: ${e.token ?? 'EOF'}`;
    throw e;
  }
  return 'ok';
}

describe('lexer', () => {
  it('splits words and operators, keeping quotes in the raw text', () => {
    expect(words(`echo 'a b' "c $d" e\\ f>out 2>&1 && x|y;z`)).toEqual([
      'echo', "'a b'", '"c $d"', 'e\\ f', '<>>', 'out', '<2>&>', '1', '<&&>', 'x', '<|>', 'y', '<;>', 'z', 'eof',
    ]);
  });

  it('treats # as a comment only at the start of a word', () => {
    expect(words('echo a#b # comment\nls')).toEqual(['echo', 'a#b', 'newline', 'ls', 'eof']);
  });

  it('reads here-document bodies after the line, quoted delimiters disabling expansion', () => {
    const toks = tokenize("cat > Dockerfile <<'EOF'\nFROM nginx\nCOPY $X /\nEOF\necho done");
    const delim = toks.find((t) => t.kind === 'word' && t.heredoc);
    expect(delim?.kind === 'word' && delim.heredoc).toEqual({ body: 'FROM nginx\nCOPY $X /\n', expand: false, delimiter: 'EOF', unterminated: false });
    expect(words("cat <<'EOF'\nx\nEOF\necho done").slice(-3)).toEqual(['echo', 'done', 'eof']);
  });

  it('strips leading tabs with <<-', () => {
    const h = tokenize('cat <<-END\n\tone\n\t\ttwo\n\tEND\n').find((t) => t.kind === 'word' && t.heredoc);
    expect(h?.kind === 'word' && h.heredoc?.body).toBe('one\ntwo\n');
  });

  it('parses ${...} forms and $(...) with nesting', () => {
    const [t] = tokenize('${A:-"x y"}$(echo $(date))$((1+2))');
    expect(t.kind === 'word' && t.word.parts.map((p) => p.type)).toEqual(['param', 'cmdsub', 'arith']);
  });
});

describe('parser', () => {
  it('builds and-or lists and pipelines', () => {
    const { list } = parse('a | b && ! c || d; e &');
    expect(list.items).toHaveLength(2);
    const first = list.items[0].andOr;
    expect(first.first.commands).toHaveLength(2);
    expect(first.rest.map((r) => [r.op, r.pipeline.negate])).toEqual([['&&', true], ['||', false]]);
    expect(list.items[1].background).toBe(true);
  });

  it('separates assignments from words only before the command name', () => {
    const { list } = parse('A=1 B="2 3" env C=4');
    const cmd = list.items[0].andOr.first.commands[0];
    expect(cmd.type === 'simple' && [cmd.assigns.map((a) => a.name), cmd.words.map((w) => w.raw)]).toEqual([['A', 'B'], ['env', 'C=4']]);
  });

  it('parses compound commands', () => {
    const { list } = parse('if a; then b; elif c; then d; else e; fi; for x in 1 2; do :; done; while f; do g; done; case $x in a|b) y;; *) z;; esac; f() { :; }');
    expect(list.items.map((i) => i.andOr.first.commands[0].type)).toEqual(['if', 'for', 'while', 'case', 'function']);
  });

  it('asks for more input while a construct is open', () => {
    expect(error("echo 'abc")).toBe("incomplete: '");
    expect(error('echo "abc')).toBe('incomplete: "');
    expect(error('if true; then')).toBe('incomplete: fi');
    expect(error('for i in 1 2; do echo')).toBe('incomplete: done');
    expect(error('ls &&')).toBe('incomplete: &&');
    expect(error('ls |')).toBe('incomplete: |');
    expect(error('{ echo')).toBe('incomplete: }');
  });

  it('rejects tokens where the grammar has none', () => {
    expect(error('echo ;;')).toBe('syntax: ;;');
    expect(error('fi')).toBe('syntax: fi');
    expect(error('; ls')).toBe('syntax: ;');
    expect(error('echo >')).toBe('syntax: newline');
    expect(error('ls | | wc')).toBe('syntax: |');
  });

  it('notes here-documents cut short by the end of input', () => {
    expect(parse('cat <<EOF\nabc').unterminatedHeredocs).toEqual(['EOF']);
  });
});

describe('parser: groups and subshells', () => {
  it('does not take { ( for a function named {', () => {
    expect(error('{ (f); }')).toBe('ok');
    expect(error('f() { (f); }')).toBe('ok');
  });
});
