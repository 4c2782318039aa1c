// union-fs: the Vfs contract over layers and over a mounted volume, then overlayfs behaviour:
// copy-on-write, whiteouts, opaque directories, mounts, commit and `docker diff`.
import { describe, expect, it } from 'vitest';
import { diffUpper, formatDiff } from './diff.ts';
import { dirEntry, fileEntry, symlinkEntry } from './entry.ts';
import { createLayer, layerFromArchive, layerToArchive } from './layer.ts';
import { createMemoryFs } from './memory-fs.ts';
import type { LayerEntry } from './types.ts';
import { commitLayer, createUnionFs } from './union-fs.ts';
import { vfsContract } from './vfs.contract.ts';

const base = createLayer({
  '/': dirEntry(1),
  '/etc': dirEntry(1),
  '/etc/os-release': fileEntry('ID=test\n', 1),
  '/etc/motd': fileEntry('hello\n', 1),
  '/usr': dirEntry(1),
  '/usr/bin': dirEntry(1),
  '/usr/bin/ls': { ...fileEntry('\x7fELF', 1, undefined, 0o755), size: 151344 },
  '/bin': symlinkEntry('usr/bin', 1),
  '/var': dirEntry(1),
  '/var/cache': dirEntry(1),
  '/var/cache/a': fileEntry('a', 1),
  '/var/cache/b': fileEntry('b', 1),
  '/tmp': dirEntry(1, undefined, 0o1777),
});
const app = createLayer({
  '/': dirEntry(2),
  '/etc': dirEntry(2),
  '/etc/motd': { kind: 'whiteout' },
  '/etc/app.conf': fileEntry('port=80\n', 2),
});

vfsContract('union-fs', () => {
  let t = 1000;
  const fs = createUnionFs({ layers: [base, app], now: () => t });
  fs.mkdir('/work');
  return { fs, dir: '/work', setTime: (ms) => (t = ms) };
});

vfsContract('volume mounted in a union-fs', () => {
  let t = 1000;
  const volume = createMemoryFs({ now: () => t });
  const fs = createUnionFs({ layers: [base], now: () => t, mounts: [{ target: '/data', store: volume.store }] });
  return { fs, dir: '/data', setTime: (ms) => (t = ms) };
});

function container(upper: Record<string, LayerEntry> = {}) {
  return createUnionFs({ layers: [base, app], upper, now: () => 50 });
}

describe('union-fs over image layers', () => {
  it('shows the merged layers, with whiteouts hiding lower files', () => {
    const fs = container();
    expect(fs.readdir('/etc')).toEqual(['app.conf', 'os-release']);
    expect(fs.exists('/etc/motd')).toBe(false);
    expect(fs.readdir('/bin')).toEqual(['ls']);
    expect(fs.stat('/bin/ls')).toMatchObject({ size: 151344, mode: 0o755 });
    expect(fs.stat('/etc').nlink).toBe(1);
    expect(fs.stat('/usr').nlink).toBe(3);
  });

  it('copies on write: two containers of one image never see each other', () => {
    const a = container();
    const b = container();
    a.writeFile('/etc/os-release', 'ID=changed\n');
    a.writeFile('/tmp/new', 'x');
    expect(a.readFile('/etc/os-release')).toBe('ID=changed\n');
    expect(b.readFile('/etc/os-release')).toBe('ID=test\n');
    expect(b.exists('/tmp/new')).toBe(false);
    expect(base.entries['/etc/os-release']).toMatchObject({ data: 'ID=test\n' });
  });

  it('leaves whiteouts for deleted image content and reports docker diff lines', () => {
    const fs = container();
    fs.rm('/etc/os-release');
    fs.rm('/var/cache', { recursive: true });
    fs.writeFile('/tmp/x', '1');
    fs.mkdir('/srv/www', { recursive: true });
    fs.writeFile('/srv/www/index.html', 'hi');
    fs.chmod('/usr/bin/ls', 0o700);
    expect(fs.union.upper['/etc/os-release']).toEqual({ kind: 'whiteout' });
    expect(formatDiff(diffUpper(fs.union))).toBe(
      'C /etc\nD /etc/os-release\nA /srv\nA /srv/www\nA /srv/www/index.html\nC /tmp\nA /tmp/x\nC /usr\nC /usr/bin\nC /usr/bin/ls\nC /var\nD /var/cache\n',
    );
  });

  it('recreating a deleted directory makes it opaque: the old contents stay gone', () => {
    const fs = container();
    fs.rm('/var/cache', { recursive: true });
    fs.mkdir('/var/cache');
    fs.writeFile('/var/cache/c', 'c');
    expect(fs.readdir('/var/cache')).toEqual(['c']);
    expect(fs.union.upper['/var/cache']).toMatchObject({ kind: 'dir', opaque: true });
    expect(formatDiff(diffUpper(fs.union))).toBe('C /var\nC /var/cache\nD /var/cache/a\nD /var/cache/b\nA /var/cache/c\n');
  });

  it('removing what the container itself added leaves no trace', () => {
    const fs = container();
    fs.writeFile('/tmp/x', '1');
    fs.rm('/tmp/x');
    expect(fs.union.upper['/tmp/x']).toBeUndefined();
    expect(formatDiff(diffUpper(fs.union))).toBe('C /tmp\n');
  });

  it('commits the writable layer into a new image layer', () => {
    const fs = container();
    fs.writeFile('/etc/app.conf', 'port=8080\n');
    fs.rm('/etc/os-release');
    const top = commitLayer(JSON.parse(JSON.stringify(fs.union.upper)));
    const next = createUnionFs({ layers: [base, app, top], now: () => 60 });
    expect(next.readFile('/etc/app.conf')).toBe('port=8080\n');
    expect(next.exists('/etc/os-release')).toBe(false);
    expect(diffUpper(next.union)).toEqual([]);
  });

  it('refuses every write with EROFS when the root is read-only', () => {
    const fs = createUnionFs({ layers: [base], now: () => 1, readonly: true });
    expect(() => fs.writeFile('/tmp/x', '')).toThrow('Read-only file system');
  });
});

describe('mounts', () => {
  it('bind mounts show host edits on both sides at once and hide the image content', () => {
    const host = createMemoryFs({ now: () => 1 });
    host.mkdir('/home/learner/site', { recursive: true });
    host.writeFile('/home/learner/site/index.html', 'v1');
    const fs = createUnionFs({
      layers: [base],
      now: () => 2,
      mounts: [{ target: '/var/cache', store: host.store, source: '/home/learner/site' }],
    });
    expect(fs.readdir('/var/cache')).toEqual(['index.html']);
    host.writeFile('/home/learner/site/index.html', 'v2');
    expect(fs.readFile('/var/cache/index.html')).toBe('v2');
    fs.writeFile('/var/cache/new.txt', 'from container');
    expect(host.readFile('/home/learner/site/new.txt')).toBe('from container');
    expect(diffUpper(fs.union)).toEqual([]);
  });

  it('read-only mounts fail writes with EROFS; mount points cannot be removed', () => {
    const vol = createMemoryFs({ now: () => 1 });
    vol.writeFile('/f', 'x');
    const fs = createUnionFs({ layers: [base], now: () => 2, mounts: [{ target: '/data', store: vol.store, readonly: true }] });
    expect(fs.readdir('/')).toContain('data');
    expect(fs.readFile('/data/f')).toBe('x');
    expect(() => fs.writeFile('/data/g', '')).toThrow('Read-only file system');
    expect(() => fs.rm('/data/f')).toThrow('Read-only file system');
    expect(() => fs.rm('/data', { recursive: true })).toThrow('Device or resource busy');
  });

  it('mounts a single file (as Docker does for /etc/hostname)', () => {
    const files = createMemoryFs({ now: () => 1 });
    files.writeFile('/hostname', 'a1b2c3d4e5f6\n');
    const fs = createUnionFs({ layers: [base], now: () => 2, mounts: [{ target: '/etc/hostname', store: files.store, source: '/hostname' }] });
    expect(fs.readFile('/etc/hostname')).toBe('a1b2c3d4e5f6\n');
    expect(fs.readdir('/etc')).toEqual(['hostname', 'motd', 'os-release']);
  });
});

describe('layer archives', () => {
  it('reads .wh. whiteouts and opaque markers and writes them back', () => {
    const layer = layerFromArchive([
      { name: 'etc/', entry: dirEntry(3) },
      { name: 'etc/.wh.motd' },
      { name: 'var/cache/', entry: dirEntry(3) },
      { name: 'var/cache/.wh..wh..opq' },
    ]);
    expect(layer.entries['/etc/motd']).toEqual({ kind: 'whiteout' });
    expect(layer.entries['/var/cache']).toMatchObject({ kind: 'dir', opaque: true });
    expect(layerToArchive(layer).map((a) => a.name)).toEqual(['etc', 'etc/.wh.motd', 'var/cache', 'var/cache/.wh..wh..opq']);
    const fs = createUnionFs({ layers: [base, layer], now: () => 4 });
    expect(fs.exists('/etc/motd')).toBe(false);
    expect(fs.readdir('/var/cache')).toEqual([]);
  });
});
