// go-yaml v4 error texts. The first group is go-yaml's own testdata/unmarshal_errors.yaml
// (v4.0.0-rc.6); the second covers the mistakes people make in compose files, positions derived
// from the scanner and parser rules (and the NPMplus report of L4.C19 for a missing space).
import { describe, expect, it } from 'vitest';
import { libyamlError } from './yaml-errors.ts';

describe('libyamlError: go-yaml testdata', () => {
  const cases: Array<[string, string]> = [
    ['v: [A,', 'go-yaml load error in parser (while parsing a flow node) at L2.C1: did not find expected node content'],
    ['v:\n- [A,\n', 'go-yaml load error in parser (while parsing a flow node) at L3.C1: did not find expected node content'],
    ['a:\n- b: *,\n', 'go-yaml load error in scanner (while scanning an alias) at L2.C6-C7: did not find expected alphabetic or numeric character'],
    ['a: *b\n', "go-yaml load error in composer at L1.C4: unknown anchor 'b' referenced"],
    ['value: -', 'go-yaml load error in scanner at L1.C8: block sequence entries are not allowed in this context'],
    ['a:\n  1:\nb\n  2:\n', 'go-yaml load error in scanner at L4.C4: mapping values are not allowed in this context'],
    ['a: 1\nb: 2\nc 2\nd: 3\n', "go-yaml load error in scanner (while scanning a simple key) at L3.C1-L4.C1: could not find expected ':'"],
    ['#\n-\n{\n', 'go-yaml load error in parser (while parsing a flow node) at L4.C1: did not find expected node content'],
    ['foo: &bar: bar\n*bar: : quz\n', 'go-yaml load error in scanner at L1.C10: mapping values are not allowed in this context'],
    ['b: *a\na: &a {c: 1}\n', "go-yaml load error in composer at L1.C4: unknown anchor 'a' referenced"],
  ];
  it.each(cases)('%j', (text, expected) => {
    expect(libyamlError(text)).toBe(expected);
  });
});

describe('libyamlError: compose files', () => {
  it('a second ": " on a line', () => {
    expect(libyamlError('services:\n  web:\n    image: nginx: latest\n')).toBe(
      'go-yaml load error in scanner at L3.C17: mapping values are not allowed in this context',
    );
  });
  it('a key missing its space after the colon (the NPMplus report)', () => {
    const text = 'name: npmplus\nservices:\n  npmplus:privileged\n    container_name: npmplus\n';
    expect(libyamlError(text)).toBe('go-yaml load error in scanner at L4.C19: mapping values are not allowed in this context');
  });
  it('a key indented deeper than its siblings', () => {
    expect(libyamlError('services:\n  web:\n    image: nginx\n      ports:\n        - 80:80\n')).toBe(
      'go-yaml load error in scanner at L4.C12: mapping values are not allowed in this context',
    );
  });
  it('a key indented less than its siblings', () => {
    expect(libyamlError('services:\n  web:\n    image: nginx\n   ports:\n      - 80:80\n')).toBe(
      'go-yaml load error in parser (while parsing a block mapping) at L2.C3-L4.C4: did not find expected key',
    );
  });
  it('a tab used for indentation', () => {
    expect(libyamlError('services:\n  web:\n\timage: nginx\n')).toBe(
      'go-yaml load error in scanner (while scanning for the next token) at L3.C1: found character that cannot start any token',
    );
  });
  it('an unclosed quote', () => {
    expect(libyamlError('services:\n  web:\n    image: "nginx\n    ports: []\n')).toBe(
      'go-yaml load error in scanner (while scanning a quoted scalar) at L3.C12-L5.C1: found unexpected end of stream',
    );
  });
  it('a service name without a colon', () => {
    expect(libyamlError('services:\n  web:\n    image: nginx\n  db\n  cache:\n    image: redis\n')).toBe(
      "go-yaml load error in scanner (while scanning a simple key) at L4.C3-L5.C3: could not find expected ':'",
    );
  });
  it('a list item out of line', () => {
    expect(libyamlError('services:\n  web:\n    ports:\n      - "80:80"\n     - "443:443"\n')).toBe(
      'go-yaml load error in parser (while parsing a block mapping) at L3.C5-L5.C6: did not find expected key',
    );
  });
  it('a document that dedents below its first key', () => {
    expect(libyamlError('  services:\n    web: x\n foo: 1\n')).toBe('go-yaml load error in parser at L3.C2: did not find expected <document start>');
  });
});
