// Prompts as bash (debian/ubuntu PS1), dash and busybox ash draw them.
import { describe, expect, it } from 'vitest';
import { prompt, tildePath } from './prompt.ts';

describe('prompt', () => {
  const base = { user: 'root', uid: 0, hostname: '4f5a9c2e1b3d', home: '/root' };
  it('abbreviates the home directory as bash\'s \\w does', () => {
    expect(tildePath('/home/learner', '/home/learner')).toBe('~');
    expect(tildePath('/home/learner/site', '/home/learner')).toBe('~/site');
    expect(tildePath('/home/learnerx', '/home/learner')).toBe('/home/learnerx');
    expect(tildePath('/', undefined)).toBe('/');
  });

  it('draws each flavour', () => {
    expect(prompt({ ...base, flavour: 'bash', cwd: '/' })).toBe('root@4f5a9c2e1b3d:/# ');
    expect(prompt({ ...base, flavour: 'bash', cwd: '/root' })).toBe('root@4f5a9c2e1b3d:~# ');
    expect(prompt({ ...base, flavour: 'busybox', cwd: '/' })).toBe('/ # ');
    expect(prompt({ ...base, flavour: 'dash', cwd: '/' })).toBe('# ');
    expect(prompt({ flavour: 'bash', user: 'learner', uid: 1000, hostname: 'dockyard', home: '/home/learner', cwd: '/home/learner' })).toBe('learner@dockyard:~$ ');
  });
});
