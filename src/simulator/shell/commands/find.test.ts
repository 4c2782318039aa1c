// find in a debian container (GNU findutils), in alpine (busybox) and on the host (UTF-8 quotes).
import { describe, expect, it } from 'vitest';
import { runLines, type Where } from './run-lines.test-util.ts';

const TREE = 'mkdir -p /tmp/p/a/b && echo hi > /tmp/p/a/f.txt && touch /tmp/p/README.md /tmp/p/a/b/G.TXT && ln -s f.txt /tmp/p/a/l';

const run = (where: Where, line: string) => runLines(where, TREE, line);

const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });

describe('find', () => {
  it('walks the tree pre-order, relative to . by default', async () => {
    expect(await run('debian', 'find /tmp/p')).toEqual(ok('/tmp/p\n/tmp/p/README.md\n/tmp/p/a\n/tmp/p/a/b\n/tmp/p/a/b/G.TXT\n/tmp/p/a/f.txt\n/tmp/p/a/l\n'));
    expect(await run('alpine', 'cd /tmp/p/a && find')).toEqual(ok('.\n./b\n./b/G.TXT\n./f.txt\n./l\n'));
  });

  it('selects by -name, -iname, -path and -type', async () => {
    expect(await run('debian', "find /tmp/p -name '*.txt'")).toEqual(ok('/tmp/p/a/f.txt\n'));
    expect(await run('debian', "find /tmp/p -iname '*.txt'")).toEqual(ok('/tmp/p/a/b/G.TXT\n/tmp/p/a/f.txt\n'));
    expect(await run('debian', "find /tmp/p -path '*a/b*'")).toEqual(ok('/tmp/p/a/b\n/tmp/p/a/b/G.TXT\n'));
    expect(await run('debian', 'find /tmp/p -type d')).toEqual(ok('/tmp/p\n/tmp/p/a\n/tmp/p/a/b\n'));
    expect(await run('debian', 'find /tmp/p -type l')).toEqual(ok('/tmp/p/a/l\n'));
    expect(await run('debian', "find /tmp/p ! -type d -name '*.md' -o -name b")).toEqual(ok('/tmp/p/README.md\n/tmp/p/a/b\n'));
  });

  it('finds empty files and directories', async () => {
    expect(await run('debian', 'find /tmp/p -empty')).toEqual(ok('/tmp/p/README.md\n/tmp/p/a/b/G.TXT\n'));
  });

  it('limits depth with -maxdepth and -mindepth', async () => {
    expect(await run('debian', 'find /tmp/p -maxdepth 1')).toEqual(ok('/tmp/p\n/tmp/p/README.md\n/tmp/p/a\n'));
    expect(await run('debian', 'find /tmp/p -mindepth 2 -type f')).toEqual(ok('/tmp/p/a/b/G.TXT\n/tmp/p/a/f.txt\n'));
  });

  it('runs -exec once per file with \\; and once for all with +', async () => {
    expect(await run('debian', "find /tmp/p -name '*.txt' -exec cat {} \\;")).toEqual(ok('hi\n'));
    expect(await run('debian', 'find /tmp/p -type f -exec echo files: {} +')).toEqual(ok('files: /tmp/p/README.md /tmp/p/a/b/G.TXT /tmp/p/a/f.txt\n'));
  });

  it('reports a missing start point and an unknown predicate', async () => {
    expect(await run('host', 'find nope')).toEqual({ stdout: '', stderr: 'find: \u2018nope\u2019: No such file or directory\n', exitCode: 1 });
    expect(await run('debian', 'find nope')).toEqual({ stdout: '', stderr: "find: 'nope': No such file or directory\n", exitCode: 1 });
    expect(await run('alpine', 'find nope')).toEqual({ stdout: '', stderr: 'find: nope: No such file or directory\n', exitCode: 1 });
    expect(await run('debian', 'find /tmp/p -bogus')).toEqual({ stdout: '', stderr: "find: unknown predicate `-bogus'\n", exitCode: 1 });
    expect(await run('alpine', 'find /tmp/p -bogus')).toEqual({ stdout: '', stderr: 'find: unrecognized: -bogus\n', exitCode: 1 });
    expect(await run('host', 'find /tmp/p -newer nope')).toEqual({ stdout: '', stderr: 'find: \u2018nope\u2019: No such file or directory\n', exitCode: 1 });
    expect(await run('debian', 'find /tmp/p -maxdepth x')).toEqual({ stdout: '', stderr: "find: Expected a positive decimal integer argument to -maxdepth, but got 'x'\n", exitCode: 1 });
  });
});
