import { describe, expect, it } from 'vitest';
import { naturalCompare } from './natural-sort.ts';

describe('naturalCompare (sortorder.NaturalLess)', () => {
  it('orders digit runs as numbers', () => {
    expect(['vol10', 'vol2', 'vol1', 'a', 'B', '0abc'].sort(naturalCompare)).toEqual(['0abc', 'B', 'a', 'vol1', 'vol2', 'vol10']);
  });
  it('puts digits before letters and fewer leading zeros first', () => {
    expect(['x01', 'x1', 'xa', 'x001'].sort(naturalCompare)).toEqual(['x1', 'x01', 'x001', 'xa']);
  });
  it('sorts a prefix first, and digits before other characters', () => {
    expect(['data2', 'data', 'data-old'].sort(naturalCompare)).toEqual(['data', 'data2', 'data-old']);
  });
});
