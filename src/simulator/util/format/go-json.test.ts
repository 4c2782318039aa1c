import { describe, expect, it } from 'vitest';
import { goJsonFloat, goJsonMarshal } from './go-json.ts';
import { goStruct } from './go-value.ts';

describe('goJsonMarshal (encoding/json)', () => {
  it('matches json.Marshal: sorted map keys, Go floats, HTML escaped', () => {
    // Recorded from Go (\b and \f as Go 1.22+ writes them).
    expect(goJsonMarshal({ b: '<&>\u2028\x01\b\f', a: [1.5, 1e21, 1e-7, 100, null, true], é: 0.000001 })).toBe(
      '{"a":[1.5,1e+21,1e-7,100,null,true],"b":"\\u003c\\u0026\\u003e\\u2028\\u0001\\b\\f","é":0.000001}',
    );
  });
  it('does not escape HTML when told (docker json func)', () => {
    expect(goJsonMarshal({ c: 'a && b <x>' }, { escapeHTML: false })).toBe('{"c":"a && b <x>"}');
  });
  it('keeps struct fields in declaration order and leaves out methods and undefined', () => {
    expect(goJsonMarshal(goStruct('*T', { Z: 1, A: 'x', F: () => 1, U: undefined }))).toBe('{"Z":1,"A":"x"}');
  });
  it('embeds a MarshalJSON hook, compacted', () => {
    expect(goJsonMarshal(goStruct('*T', {}, { json: () => '{ "a" : [1, 2] }' }))).toBe('{"a":[1,2]}');
  });
  it('refuses NaN and infinities as Go does', () => {
    expect(() => goJsonMarshal(NaN)).toThrow('json: unsupported value: NaN');
    expect(() => goJsonFloat(Infinity)).toThrow('json: unsupported value: +Inf');
  });
  it('writes floats in f form inside [1e-6, 1e21), e form outside', () => {
    expect(goJsonFloat(0.000001)).toBe('0.000001');
    expect(goJsonFloat(1.5e-7)).toBe('1.5e-7');
    expect(goJsonFloat(123456789.125)).toBe('123456789.125');
    expect(goJsonFloat(-2.5e22)).toBe('-2.5e+22');
  });
});
