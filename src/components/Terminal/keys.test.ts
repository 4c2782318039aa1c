import { describe, expect, it } from 'vitest';
import { KEY, splitKeys } from './keys.ts';

describe('splitKeys', () => {
  it('keeps printable runs together and splits control keys', () => {
    expect(splitKeys('docker ps\r')).toEqual(['docker ps', KEY.enter]);
    expect(splitKeys('ab\x7f\x03c')).toEqual(['ab', KEY.backspace, KEY.ctrlC, 'c']);
  });

  it('treats CR LF and a lone LF as one Enter', () => {
    expect(splitKeys('a\r\nb\nc\r')).toEqual(['a', KEY.enter, 'b', KEY.enter, 'c', KEY.enter]);
  });

  it('splits CSI, SS3 and Alt sequences', () => {
    expect(splitKeys('\x1b[A\x1b[1;5Dx\x1bOH\x1bb\x1b[3~')).toEqual([
      KEY.up,
      '\x1b[1;5D',
      'x',
      '\x1bOH',
      '\x1bb',
      KEY.delete,
    ]);
  });

  it('copes with a truncated escape at the end', () => {
    expect(splitKeys('a\x1b')).toEqual(['a', '\x1b']);
    expect(splitKeys('\x1b[1;')).toEqual(['\x1b[1;']);
  });
});
