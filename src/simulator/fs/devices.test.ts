// withDevices: /dev/null exists on every filesystem the shell sees, empty and bottomless.
import { describe, expect, it } from 'vitest';
import { withDevices } from './devices.ts';
import { createMemoryFs } from './memory-fs.ts';

describe('withDevices', () => {
  it('reads /dev/null as empty, discards writes and lists it under /dev', () => {
    const base = createMemoryFs({ now: () => 5 });
    base.mkdir('/dev');
    const fs = withDevices(base, () => 5);
    fs.writeFile('/dev/null', 'gone');
    expect(fs.readFile('/dev/null')).toBe('');
    expect(fs.stat('/dev/../dev/null')).toMatchObject({ kind: 'file', mode: 0o666, size: 0 });
    expect(fs.readdir('/dev')).toEqual(['null']);
    expect(base.exists('/dev/null')).toBe(false);
    fs.writeFile('/x', 'kept');
    expect(base.readFile('/x')).toBe('kept');
  });
});
