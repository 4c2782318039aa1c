import { describe, expect, it } from 'vitest';
import { tabwrite } from './tabwriter.ts';
import { runeWidth, stringWidth } from './runewidth.ts';

// Expected strings recorded from docker/cli's cli/command/formatter/tabwriter (with go-runewidth)
// configured as docker's tables are: NewWriter(out, 10, 1, 3, ' ', 0).
describe('tabwrite with docker settings (minwidth 10, padding 3)', () => {
  it.each([
    [
      'CONTAINER ID\tIMAGE\tNAMES\nabc\tnginx:latest\tweb\ndef123456789\tredis\tcache\n',
      'CONTAINER ID   IMAGE          NAMES\nabc            nginx:latest   web\ndef123456789   redis          cache\n',
    ],
    ['a\tb\tc\n', 'a         b         c\n'],
    ['a\tb\tc', 'a         b         c'],
    ['a\tb\t', 'a         b'],
    ['a\tb\t\n', 'a         b         \n'],
    ['', ''],
    ['\n', '\n'],
    ['x\n', 'x\n'],
    ['aaaa\tbbb\td\naa\tb\tdd\na\t\naa\tcccc\teee\n', 'aaaa      bbb       d\naa        b         dd\na         \naa        cccc      eee\n'],
    ['NAME\tDRIVER\nv1\tlocal\n', 'NAME      DRIVER\nv1        local\n'],
    ['a\n\tb\n', 'a\n          b\n'],
    ['\t\tx\n\ty\n', '                    x\n          y\n'],
    ['日本語\tx\nab\ty\n', '日本語    x\nab        y\n'],
    ['é\tx\nab\ty\n', 'é         x\nab        y\n'],
    ['e\u0301\tx\n', 'e\u0301         x\n'],
    ['👍\tx\nab\ty\n', '👍        x\nab        y\n'],
    ['a\fb\tc\nd\te\n', 'a\nb         c\nd         e\n'],
    ['a\vb\tc\n', 'a         b         c\n'],
    ['long cell text here\tshort\nx\ty\n', 'long cell text here   short\nx                     y\n'],
    ['h1\th2\th3\n1\t2\n1\t2\t3\n', 'h1        h2        h3\n1         2\n1         2         3\n'],
    ['1234567890\t1\n', '1234567890   1\n'],
    ['123456789\t1\n', '123456789   1\n'],
    ['a\tb\nc\n\nd\te\n', 'a         b\nc\n\nd         e\n'],
    ['\x1b[1mbold\x1b[0m\tx\nab\ty\n', '\x1b[1mbold\x1b[0m   x\nab           y\n'],
  ])('%j', (input, want) => {
    expect(tabwrite(input)).toBe(want);
  });
});

describe('tabwrite with other settings (as Go)', () => {
  const text = 'a\tb\tc\nlonger\tx\ty\n';
  it('pads with tabs', () => {
    expect(tabwrite(text, { minwidth: 0, tabwidth: 8, padding: 1, padchar: '\t' })).toBe('a\tb\tc\nlonger\tx\ty\n');
    expect(tabwrite('\t\tx\n\ty\n', { minwidth: 0, tabwidth: 8, padding: 1, padchar: '\t' })).toBe('\t\tx\n\ty\n');
  });
  it('aligns right', () => {
    expect(tabwrite(text, { minwidth: 5, tabwidth: 0, padding: 2, padchar: '.', alignRight: true })).toBe('.......a....bc\n..longer....xy\n');
    expect(tabwrite('\t\tx\n\ty\n', { minwidth: 5, tabwidth: 0, padding: 2, padchar: '.', alignRight: true })).toBe('..........x\n.....y\n');
  });
  it('debug bars and tab indent', () => {
    expect(tabwrite(text, { minwidth: 0, tabwidth: 4, padding: 1, tabIndent: true, debug: true })).toBe('a      |b |c\nlonger |x |y\n');
    expect(tabwrite('\t\tx\n\ty\n', { minwidth: 0, tabwidth: 4, padding: 1, tabIndent: true, debug: true })).toBe('\t|\t|x\n\t|y\n');
  });
  it('custom pad character', () => {
    expect(tabwrite(text, { minwidth: 0, tabwidth: 1, padding: 1, padchar: '-' })).toBe('a------b-c\nlonger-x-y\n');
  });
});

describe('stringWidth (go-runewidth)', () => {
  it.each([
    ['abc', 3],
    ['日本', 4],
    ['é', 1],
    ['e\u0301', 1],
    ['👍', 2],
    ['👨‍👩‍👧', 2],
    ['🇯🇵', 1],
    ['\x1b[1m', 3],
    ['a\u200bb', 2],
    ['ｱ', 1],
    ['한글', 4],
    ['\u0301', 0],
    ['x\u0300\u0301y', 2],
    ['♥️', 1],
    ['✅x', 3],
  ])('%j is %d wide', (s, w) => {
    expect(stringWidth(s)).toBe(w);
  });
  it('runeWidth of controls, combining marks and wide runes', () => {
    expect([runeWidth(0), runeWidth(0x7f), runeWidth(0x41), runeWidth(0x300), runeWidth(0x4e00), runeWidth(0x1f600)]).toEqual([0, 0, 1, 0, 2, 2]);
  });
});
