// memory-fs: the Vfs contract, plus what is particular to a plain tree (JSON round trip).
import { describe, expect, it } from 'vitest';
import { createMemoryFs, emptyTree } from './memory-fs.ts';
import { vfsContract } from './vfs.contract.ts';

vfsContract('memory-fs', () => {
  let t = 1000;
  const fs = createMemoryFs({ now: () => t });
  fs.mkdir('/work');
  return { fs, dir: '/work', setTime: (ms) => (t = ms) };
});

describe('memory-fs', () => {
  it('keeps its state as a plain JSON tree that restores exactly', () => {
    const fs = createMemoryFs({ now: () => 7 });
    fs.mkdir('/home/learner/site', { recursive: true });
    fs.writeFile('/home/learner/site/index.html', '<h1>hi</h1>\n');
    fs.symlink('site', '/home/learner/www');
    const json = JSON.parse(JSON.stringify(fs.tree));
    const again = createMemoryFs({ now: () => 8, tree: json });
    expect(again.readFile('/home/learner/www/index.html')).toBe('<h1>hi</h1>\n');
    expect(json).toEqual(fs.tree);
  });

  it('refuses writes in a root-owned directory for another user', () => {
    const tree = emptyTree(0);
    const root = createMemoryFs({ now: () => 0, tree });
    root.mkdir('/etc');
    const user = createMemoryFs({ now: () => 0, tree, user: { uid: 1000, gid: 1000 } });
    expect(() => user.writeFile('/etc/x', '')).toThrow('Permission denied');
    root.mkdir('/home');
    root.mkdir('/home/learner');
    root.chown('/home/learner', 1000, 1000);
    user.writeFile('/home/learner/x', 'ok');
    expect(user.stat('/home/learner/x')).toMatchObject({ uid: 1000, gid: 1000 });
  });
});
