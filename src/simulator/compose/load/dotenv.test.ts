// .env parsing, checked against compose-go dotenv/parser.go.
import { describe, expect, it } from 'vitest';
import { parseDotenv } from './dotenv.ts';

function parse(text: string, env: Record<string, string> = {}): Record<string, string> {
  const out: Record<string, string> = {};
  parseDotenv(text, out, (k) => (Object.hasOwn(env, k) ? env[k] : undefined));
  return out;
}

describe('parseDotenv', () => {
  it('reads KEY=value lines, comments, export and yaml-style keys', () => {
    const text = '# settings\nPOSTGRES_USER=app\nexport POSTGRES_DB=appdb\nTAG: 16-alpine\n\nEMPTY=\n';
    expect(parse(text)).toEqual({ POSTGRES_USER: 'app', POSTGRES_DB: 'appdb', TAG: '16-alpine', EMPTY: '' });
  });

  it('cuts inline comments only after " #" on unquoted values and trims the end', () => {
    expect(parse('A=value # note\nB=pass#word   \nC="quoted # kept"\n')).toEqual({ A: 'value', B: 'pass#word', C: 'quoted # kept' });
  });

  it('keeps single-quoted values literal and expands escapes in double quotes', () => {
    expect(parse("A='$HOME\\n'\nB=\"line1\\nline2\"\nC=\"say \\\"hi\\\"\"\n")).toEqual({ A: '$HOME\\n', B: 'line1\nline2', C: 'say "hi"' });
  });

  it('interpolates from the environment first, then earlier keys', () => {
    expect(parse('USER=file\nURL=postgres://${USER}@db/${NAME:-app}\n', { USER: 'shell' })).toEqual({
      USER: 'file',
      URL: 'postgres://shell@db/app',
    });
  });

  it('inherits a bare KEY from the environment', () => {
    expect(parse('TOKEN\nOTHER\n', { TOKEN: 't0k' })).toEqual({ TOKEN: 't0k' });
  });

  it('reports the errors godotenv reports', () => {
    expect(() => parse('GOOD=1\nBAD KEY=2\n')).toThrow('line 2: key cannot contain a space');
    expect(() => parse('A=1\nB="open\n')).toThrow('line 3: unterminated quoted value "open');
    expect(() => parse('A$B=1\n')).toThrow('line 1: unexpected character "$" in variable name "A$B=1"');
  });
});
