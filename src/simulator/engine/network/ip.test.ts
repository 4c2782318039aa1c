import { describe, expect, it } from 'vitest';
import { contains, formatAddr, formatPrefix, masked, overlaps, parseAddr, parsePrefix } from './ip.ts';

const canon = (s: string) => {
  const a = parseAddr(s);
  return a ? formatAddr(a) : undefined;
};

describe('ip addresses as net/netip reads and prints them', () => {
  it('parses IPv4 without leading zeros and IPv6 with :: and an IPv4 tail', () => {
    expect(canon('172.17.0.2')).toBe('172.17.0.2');
    expect(canon('010.0.0.1')).toBeUndefined();
    expect(canon('256.0.0.1')).toBeUndefined();
    expect(canon('1.2.3')).toBeUndefined();
    expect(canon('::')).toBe('::');
    expect(canon('::1')).toBe('::1');
    expect(canon('2001:DB8:0:0:0:0:0:33')).toBe('2001:db8::33');
    expect(canon('fe80:0:0:1:0:0:0:1')).toBe('fe80:0:0:1::1');
    expect(canon('::ffff:1.2.3.4')).toBe('::ffff:1.2.3.4');
    expect(canon('1::2::3')).toBeUndefined();
    expect(canon('80:80')).toBeUndefined();
  });

  it('does prefix arithmetic', () => {
    const p = parsePrefix('172.20.5.9/16')!;
    expect(formatPrefix(masked(p))).toBe('172.20.0.0/16');
    expect(contains(p, parseAddr('172.20.255.1')!)).toBe(true);
    expect(contains(p, parseAddr('172.21.0.1')!)).toBe(false);
    expect(overlaps(parsePrefix('10.0.0.0/8')!, parsePrefix('10.5.0.0/16')!)).toBe(true);
    expect(overlaps(parsePrefix('10.0.0.0/16')!, parsePrefix('10.1.0.0/16')!)).toBe(false);
    expect(parsePrefix('10.0.0.0/33')).toBeUndefined();
    expect(formatPrefix(masked(parsePrefix('fd00:1:2:3::5/64')!))).toBe('fd00:1:2:3::/64');
  });
});
