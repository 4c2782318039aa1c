// Variable substitution, checked against compose-go template/template.go's rules and texts.
import { describe, expect, it } from 'vitest';
import { InvalidTemplateError, substitute } from './template.ts';

const env: Record<string, string> = { FOO: 'first', BAR: '', PORT: '8080', NESTED: 'FOO' };
const lookup = (k: string) => (Object.hasOwn(env, k) ? env[k] : undefined);

function run(template: string): { value?: string; error?: string; warnings: string[] } {
  const warnings: string[] = [];
  try {
    return { value: substitute(template, lookup, (m) => warnings.push(m)), warnings };
  } catch (e) {
    return { error: (e as Error).message, warnings };
  }
}

describe('substitute', () => {
  it('replaces $VAR and ${VAR}', () => {
    expect(run('$FOO-${FOO}:${PORT}')).toEqual({ value: 'first-first:8080', warnings: [] });
  });

  it('warns and uses a blank string for an unset variable', () => {
    expect(run('a${MISSING}b$ALSO')).toEqual({
      value: 'ab',
      warnings: [
        'The "MISSING" variable is not set. Defaulting to a blank string.',
        'The "ALSO" variable is not set. Defaulting to a blank string.',
      ],
    });
  });

  it('escapes $$ as a literal $', () => {
    expect(run('echo $$HOME $${FOO}')).toEqual({ value: 'echo $HOME ${FOO}', warnings: [] });
  });

  it('applies :- to unset or empty, - to unset only', () => {
    expect(run('${MISSING:-d1} ${BAR:-d2} ${MISSING-d3} ${BAR-d4}x')).toEqual({ value: 'd1 d2 d3 x', warnings: [] });
  });

  it('applies :+ when set and non-empty, + when set', () => {
    expect(run('[${FOO:+alt}][${BAR:+alt}][${BAR+alt}][${MISSING+alt}]')).toEqual({ value: '[alt][][alt][]', warnings: [] });
  });

  it('substitutes inside defaults', () => {
    expect(run('${MISSING:-${FOO}-x}')).toEqual({ value: 'first-x', warnings: [] });
  });

  it('fails :? on unset or empty with the message', () => {
    expect(run('${BAR:?database password required}').error).toBe('required variable BAR is missing a value: database password required');
    expect(run('${MISSING?}').error).toBe('required variable MISSING is missing a value');
    expect(run('${BAR?must be set}')).toEqual({ value: '', warnings: [] });
  });

  it('rejects a malformed braced expression', () => {
    const warnings: string[] = [];
    let error: unknown;
    try {
      substitute('image: ${1BAD}', lookup, (m) => warnings.push(m));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidTemplateError);
    expect((error as InvalidTemplateError).template).toBe('image: ${1BAD}');
  });

  it('leaves a $ that starts no variable alone', () => {
    expect(run('cost: 5$ or $1')).toEqual({ value: 'cost: 5$ or $1', warnings: [] });
  });
});
