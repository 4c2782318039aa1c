// stat's default layout (GNU in debian, busybox in alpine) and -c formats.
import { describe, expect, it } from 'vitest';
import { runLines } from './run-lines.test-util.ts';

const run = (where: 'debian' | 'alpine', line: string) => runLines(where, 'echo hi > /tmp/f && ln -s f /tmp/l', line);

const TIME = '2026-11-25 10:00:00.000000000 +0000';

describe('stat', () => {
  it('prints the GNU default layout', async () => {
    const r = await run('debian', 'stat /tmp/f');
    expect(r).toEqual({
      stdout: `  File: /tmp/f\n  Size: 3         \tBlocks: 8          IO Block: 4096   regular file\nDevice: 0,48\tInode: ${r.stdout.match(/Inode: (\d+)/)![1].padEnd(11)} Links: 1\nAccess: (0644/-rw-r--r--)  Uid: (    0/    root)   Gid: (    0/    root)\nAccess: ${TIME}\nModify: ${TIME}\nChange: ${TIME}\n Birth: ${TIME}\n`,
      stderr: '',
      exitCode: 0,
    });
  });

  it('shows a symlink and its target, quoted by busybox', async () => {
    expect((await run('debian', 'stat /tmp/l')).stdout.split('\n')[0]).toBe('  File: /tmp/l -> f');
    expect((await run('alpine', 'stat /tmp/l')).stdout.split('\n')[0]).toBe("  File: '/tmp/l' -> 'f'");
    expect((await run('alpine', 'stat /tmp/f')).stdout.split('\n').slice(-2)).toEqual([`Change: ${TIME}`, '']);
  });

  it('formats with -c', async () => {
    expect(await run('debian', "stat -c '%n %s %a %A %U %G %F %y' /tmp/f /tmp")).toEqual({
      stdout: `/tmp/f 3 644 -rw-r--r-- root root regular file ${TIME}\n/tmp 4096 1777 drwxrwxrwt root root directory ${(await run('debian', 'stat -c %y /tmp')).stdout.trim()}\n`,
      stderr: '',
      exitCode: 0,
    });
    expect(await run('alpine', 'stat -L -c %F /tmp/l')).toEqual({ stdout: 'regular file\n', stderr: '', exitCode: 0 });
  });

  it('reports a missing file', async () => {
    expect(await run('debian', 'stat nope')).toEqual({ stdout: '', stderr: "stat: cannot statx 'nope': No such file or directory\n", exitCode: 1 });
    expect(await run('alpine', 'stat nope')).toEqual({ stdout: '', stderr: "stat: can't stat 'nope': No such file or directory\n", exitCode: 1 });
  });
});
