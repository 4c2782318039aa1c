import { describe, expect, it } from 'vitest';
import { formatGreeting } from './config.ts';

describe('formatGreeting', () => {
  it('bolds backticked words, ends lines with CR LF and leaves a blank line', () => {
    expect(formatGreeting('Try `docker ps`.\nBye')).toBe('Try \x1b[1mdocker ps\x1b[0m.\r\nBye\r\n\r\n');
    expect(formatGreeting('  ')).toBe('');
  });
});
