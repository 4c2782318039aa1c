// Variable substitution in compose files and .env values, as compose-go's template package does
// it: $VAR, ${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:?err}, ${VAR?err}, ${VAR:+alt},
// ${VAR+alt}, $$ for a literal $, nesting in defaults, and its quirks (the greedy braced match,
// the operator chosen by first occurrence, the "not set" warning only on plain lookups).

/** Lookup of a variable: its value, or undefined when unset. */
export type Lookup = (name: string) => string | undefined;

export class InvalidTemplateError extends Error {
  template: string;
  constructor(template: string) {
    super(`Invalid template: ${JSON.stringify(template)}`);
    this.template = template;
  }
}

export class MissingRequiredError extends Error {
  constructor(variable: string, reason: string) {
    super(reason !== '' ? `required variable ${variable} is missing a value: ${reason}` : `required variable ${variable} is missing a value`);
  }
}

/** template.DefaultPattern (case-insensitive names). Groups: escaped, named, braced, invalid. */
const PATTERN = /\$(?:(\$)|([_a-z][_a-z0-9]*)|\{(?:([_a-z][_a-z0-9]*(?::?[-+?](.*))?)\}|()))/gi;
const PATTERN_ONE = new RegExp(PATTERN.source, 'i');

type SubstituteFn = (substitution: string, lookup: Lookup, warn: Warn) => { value: string; applied: boolean };
type Warn = (message: string) => void;

/** template.Substitute: replaces every match; the first error is thrown once all are replaced. */
export function substitute(template: string, lookup: Lookup, warn: Warn): string {
  let firstError: Error | undefined;
  const result = template.replace(PATTERN, (match) => {
    try {
      return replaceMatch(match, lookup, warn);
    } catch (e) {
      if (e instanceof InvalidTemplateError && e.template === '') e.template = template;
      firstError ??= e as Error;
      return '';
    }
  });
  if (firstError) throw firstError;
  return result;
}

function replaceMatch(match: string, lookup: Lookup, warn: Warn): string {
  const subsFunc = substitutionFunctionFor(match);
  const close = firstBraceClosingIndex(match);
  const rest = close > -1 ? match.slice(close + 1) : '';
  const head = close > -1 ? match.slice(0, close + 1) : match;
  const groups = PATTERN_ONE.exec(head);
  if (groups?.[1] !== undefined) return groups[1];
  let substitution = groups?.[2] ?? '';
  const braced = substitution === '';
  if (braced) substitution = groups?.[3] ?? '';
  if (substitution === '') throw new InvalidTemplateError('');
  if (braced) {
    const { value, applied } = subsFunc(substitution, lookup, warn);
    if (applied) return value + substitute(rest, lookup, warn);
  }
  const value = lookup(substitution);
  if (value === undefined) warn(`The ${JSON.stringify(substitution)} variable is not set. Defaulting to a blank string.`);
  return value ?? '';
}

function firstBraceClosingIndex(s: string): number {
  let open = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '}') {
      open--;
      if (open === 0) return i;
    }
    if (s[i] === '{') {
      open++;
      i++;
    }
  }
  return -1;
}

const OPERATORS: Array<[string, SubstituteFn]> = [
  [':?', (s, l, w) => withRequired(s, l, w, ':?', (v) => v !== '')],
  ['?', (s, l, w) => withRequired(s, l, w, '?', () => true)],
  [':-', (s, l, w) => withDefaultWhenAbsence(s, l, w, true)],
  ['-', (s, l, w) => withDefaultWhenAbsence(s, l, w, false)],
  [':+', (s, l, w) => withDefaultWhenPresence(s, l, w, true)],
  ['+', (s, l, w) => withDefaultWhenPresence(s, l, w, false)],
];

/** getSubstitutionFunctionForTemplate: the operator occurring first in the whole match wins. */
function substitutionFunctionFor(template: string): SubstituteFn {
  const ranked = OPERATORS.map(([op, fn], order) => ({ index: template.indexOf(op), order, fn }));
  ranked.sort((a, b) => {
    if (a.index < 0 && b.index < 0) return a.order - b.order;
    if (a.index < 0) return 1;
    if (b.index < 0) return -1;
    return a.index - b.index || a.order - b.order;
  });
  return ranked[0].fn;
}

function partition(s: string, sep: string): [string, string] {
  const i = s.indexOf(sep);
  return i < 0 ? [s, ''] : [s.slice(0, i), s.slice(i + sep.length)];
}

function withDefaultWhenPresence(s: string, lookup: Lookup, warn: Warn, notEmpty: boolean) {
  const sep = notEmpty ? ':+' : '+';
  if (!s.includes(sep)) return { value: '', applied: false };
  const [name, alt] = partition(s, sep);
  const value = lookup(name);
  if (value !== undefined && (!notEmpty || value !== '')) return { value: substitute(alt, lookup, warn), applied: true };
  return { value: value ?? '', applied: true };
}

function withDefaultWhenAbsence(s: string, lookup: Lookup, warn: Warn, emptyOrUnset: boolean) {
  const sep = emptyOrUnset ? ':-' : '-';
  if (!s.includes(sep)) return { value: '', applied: false };
  const [name, def] = partition(s, sep);
  const value = lookup(name);
  if (value === undefined || (emptyOrUnset && value === '')) return { value: substitute(def, lookup, warn), applied: true };
  return { value, applied: true };
}

function withRequired(s: string, lookup: Lookup, warn: Warn, sep: string, valid: (v: string) => boolean) {
  if (!s.includes(sep)) return { value: '', applied: false };
  const [name, message] = partition(s, sep);
  const value = lookup(name);
  if (value === undefined || !valid(value)) throw new MissingRequiredError(name, substitute(message, lookup, warn));
  return { value, applied: true };
}
