import { describe, expect, it } from 'vitest';
import { formatFloat, formatValue, goQuote, goQuoteRune, goSprint, goSprintf, goSprintln } from './go-fmt.ts';
import { goMap, goStruct } from './go-value.ts';

// Expected strings recorded from Go's strconv and fmt.
describe('formatFloat (strconv.FormatFloat)', () => {
  it.each([
    [1.125, 'g', 3, '1.12'], // exact tie: half to even
    [2.5, 'f', 0, '2'],
    [3.5, 'f', 0, '4'],
    [0.125, 'f', 2, '0.12'],
    [1e21, 'f', -1, '1000000000000000000000'],
    [1e-7, 'e', -1, '1e-07'],
    [123456.789, 'e', 3, '1.235e+05'],
    [0.000123, 'g', -1, '0.000123'],
    [1e6, 'g', -1, '1e+06'],
    [100000, 'g', -1, '100000'],
    [999.999, 'g', 3, '1e+03'],
    [1.5, 'e', 0, '2e+00'],
    [5e-324, 'g', -1, '5e-324'],
    [1.7976931348623157e308, 'g', -1, '1.7976931348623157e+308'],
    [0.1, 'f', 20, '0.10000000000000000555'],
    [1234.5678, 'g', 6, '1234.57'],
    [1234567, 'g', 6, '1.23457e+06'],
    [100, 'e', 2, '1.00e+02'],
    [9.995, 'f', 2, '9.99'], // 9.995 is 9.99499999... in binary
    [0, 'g', 3, '0'],
  ] as const)('%d %s %d -> %s', (x, f, p, want) => {
    expect(formatFloat(x, f, p)).toBe(want);
  });
  it('spells special values as Go does', () => {
    expect(formatFloat(NaN, 'g', -1)).toBe('NaN');
    expect(formatFloat(Infinity, 'f', 2)).toBe('+Inf');
    expect(formatFloat(-Infinity, 'e', 2)).toBe('-Inf');
  });
});

describe('quoting', () => {
  it('strconv.Quote', () => {
    expect(goQuote('a"b\\c\n\t\x07\x7fé\u200b😀\u2028')).toBe('"a\\"b\\\\c\\n\\t\\a\\x7fé\\u200b😀\\u2028"');
  });
  it('strconv.QuoteRune', () => {
    expect(goQuoteRune(97)).toBe("'a'");
    expect(goQuoteRune(39)).toBe("'\\''");
    expect(goQuoteRune(10)).toBe("'\\n'");
  });
});

describe('fmt', () => {
  it('Sprintf with explicit argument indexes', () => {
    expect(goSprintf('%[2]d %[1]d|%[3]d|%[1]*d|%d %d', [1, 2, 9, 3])).toBe('2 1|9|2|9 3');
  });
  it('prints slices, structs with %+v, maps sorted, verbs applied to elements', () => {
    const s = goStruct('struct { A int; B string }', { A: 1, B: 'x' });
    expect(goSprintf('%v %+v %v %s %q', [[1, 'a', null, 2.5, true], s, { z: 1, a: ['q'] }, ['a', 'b'], ['a']])).toBe(
      '[1 a <nil> 2.5 true] {A:1 B:x} map[a:[q] z:1] [a b] ["a"]',
    );
  });
  it('flags, widths and precisions', () => {
    expect(goSprintf('%08.3f|%-8.2f|%+.1e|% d|%x|%X', [3.14159, 2.5, 12345.5, 5, -255, 'hi'])).toBe('0003.142|2.50    |+1.2e+04| 5|-ff|6869');
    expect(goSprintf('%5s|%-5s|%05d|%+d|%.2f|%8.3f|%t|%c|%U', ['ab', 'ab', 42, 3, 3.14159, 2.5, true, 65, 0x1f600])).toBe(
      '   ab|ab   |00042|+3|3.14|   2.500|true|A|U+1F600',
    );
  });
  it("complains the way Go does", () => {
    expect(goSprintf('%d %d', [1])).toBe('1 %!d(MISSING)');
    expect(goSprintf('%d', [1, 'x'])).toBe('1%!(EXTRA string=x)');
    expect(goSprintf('%z', [3])).toBe('%!z(int=3)');
    expect(goSprintf('%s|%v|%d', [null, null, null])).toBe('%!s(<nil>)|<nil>|%!d(<nil>)');
    expect(goSprintf('%s', [5])).toBe('%!s(int=5)');
    expect(goSprintf('%d', ['x'])).toBe('%!d(string=x)');
    expect(goSprintf('%!', [])).toBe('%!!(MISSING)');
    expect(goSprintf('abc%', [])).toBe('abc%!(NOVERB)');
  });
  it('Sprint puts spaces only between non-string operands; Sprintln always', () => {
    expect(goSprint(['a', 1, 2, 'b', null, 3.5, [1]])).toBe('a1 2b<nil> 3.5 [1]');
    expect(goSprintln([1, 'a'])).toBe('1 a\n');
  });
  it('formats values with %v as text/template prints them', () => {
    expect(formatValue(goMap({ b: 'x', a: 'y' }, 'map[string]string'), 'v')).toBe('map[a:y b:x]');
    expect(formatValue(goStruct('*T', { A: 1 }), 'v')).toBe('&{1}');
    expect(formatValue(goStruct('*T', { A: 1 }), 'v', undefined, 0, true)).toBe('{1}');
    expect(formatValue(1e6 + 0.5, 'v')).toBe('1.0000005e+06');
    expect(formatValue(-0, 'v')).toBe('-0');
    expect(formatValue(goStruct('main.P', {}, { methods: { String: () => 'linux/amd64' } }), 'v')).toBe('linux/amd64');
  });
});
