// sed in a debian container (GNU sed) and in alpine (busybox sed), through the shell.
import { describe, expect, it } from 'vitest';
import { runLines } from './run-lines.test-util.ts';

const FILE = "printf 'hello world\\nfoo bar\\nbaz\\n' > /tmp/t";

const run = (where: 'debian' | 'alpine', line: string) => runLines(where, FILE, line);

describe('sed substitutions', () => {
  it('replaces every match with g and the first otherwise', async () => {
    expect(await run('debian', "sed 's/o/0/g' /tmp/t")).toEqual({ stdout: 'hell0 w0rld\nf00 bar\nbaz\n', stderr: '', exitCode: 0 });
    expect(await run('debian', "sed 's/o/0/' /tmp/t")).toEqual({ stdout: 'hell0 world\nf0o bar\nbaz\n', stderr: '', exitCode: 0 });
  });

  it('uses \\( \\) groups in BRE, ( ) with -E, & and the Nth match', async () => {
    expect(await run('debian', "sed 's/\\(hel\\)lo/[\\1] &/' /tmp/t")).toEqual({ stdout: '[hel] hello world\nfoo bar\nbaz\n', stderr: '', exitCode: 0 });
    expect(await run('alpine', "sed -E 's/([a-z]+) ([a-z]+)/\\2 \\1/' /tmp/t")).toEqual({ stdout: 'world hello\nbar foo\nbaz\n', stderr: '', exitCode: 0 });
    expect(await run('debian', "sed -e 's/a/A/' -e 's/o/O/2' /tmp/t")).toEqual({ stdout: 'hello wOrld\nfoO bAr\nbAz\n', stderr: '', exitCode: 0 });
  });

  it('ignores case with I and prints changed lines with -n and p', async () => {
    expect(await run('debian', "sed -n 's/HELLO/hi/Ip' /tmp/t")).toEqual({ stdout: 'hi world\n', stderr: '', exitCode: 0 });
  });

  it('edits the file in place with -i', async () => {
    expect(await run('debian', "sed -i 's/baz/qux/' /tmp/t; cat /tmp/t")).toEqual({ stdout: 'hello world\nfoo bar\nqux\n', stderr: '', exitCode: 0 });
  });

  it('runs ; separated commands on stdin and keeps a missing final newline', async () => {
    expect(await run('debian', "echo abc | sed 's/b/X/;s/c/Y/'")).toEqual({ stdout: 'aXY\n', stderr: '', exitCode: 0 });
    expect(await run('debian', "printf 'a\\nb' | sed 's/b/c/'")).toEqual({ stdout: 'a\nc', stderr: '', exitCode: 0 });
  });
});

describe('sed addresses and commands', () => {
  it('prints, deletes and quits by line number, $ and ranges', async () => {
    expect(await run('debian', "sed -n '2p' /tmp/t")).toEqual({ stdout: 'foo bar\n', stderr: '', exitCode: 0 });
    expect(await run('debian', "sed '1d' /tmp/t")).toEqual({ stdout: 'foo bar\nbaz\n', stderr: '', exitCode: 0 });
    expect(await run('debian', "sed -n '$p' /tmp/t")).toEqual({ stdout: 'baz\n', stderr: '', exitCode: 0 });
    expect(await run('debian', "sed '2q' /tmp/t")).toEqual({ stdout: 'hello world\nfoo bar\n', stderr: '', exitCode: 0 });
    expect(await run('debian', "sed -n '/foo/,$p' /tmp/t")).toEqual({ stdout: 'foo bar\nbaz\n', stderr: '', exitCode: 0 });
    expect(await run('debian', "sed '1,2d' /tmp/t")).toEqual({ stdout: 'baz\n', stderr: '', exitCode: 0 });
    expect(await run('debian', "sed '2!d' /tmp/t")).toEqual({ stdout: 'foo bar\n', stderr: '', exitCode: 0 });
    expect(await run('debian', "sed '/^foo/d' /tmp/t")).toEqual({ stdout: 'hello world\nbaz\n', stderr: '', exitCode: 0 });
  });

  it('inserts and appends lines', async () => {
    expect(await run('debian', "sed '1i top' /tmp/t")).toEqual({ stdout: 'top\nhello world\nfoo bar\nbaz\n', stderr: '', exitCode: 0 });
    expect(await run('debian', "sed '$a end' /tmp/t")).toEqual({ stdout: 'hello world\nfoo bar\nbaz\nend\n', stderr: '', exitCode: 0 });
  });
});

describe('sed errors', () => {
  it("words an unterminated s command as GNU sed does, busybox's way on alpine", async () => {
    expect(await run('debian', "sed 's/a/b' /tmp/t")).toEqual({ stdout: '', stderr: "sed: -e expression #1, char 5: unterminated `s' command\n", exitCode: 1 });
    expect(await run('debian', "sed -e p -e 's/a' /tmp/t")).toEqual({ stdout: '', stderr: "sed: -e expression #2, char 3: unterminated `s' command\n", exitCode: 1 });
    expect(await run('alpine', "sed 's/a/b' /tmp/t")).toEqual({ stdout: '', stderr: "sed: unmatched '/'\n", exitCode: 1 });
  });

  it('reports unknown commands and unreadable files', async () => {
    expect(await run('debian', 'sed x /tmp/t')).toEqual({ stdout: '', stderr: "sed: -e expression #1, char 1: unknown command: `x'\n", exitCode: 1 });
    expect(await run('debian', "sed 's/a/b/z' /tmp/t")).toEqual({ stdout: '', stderr: "sed: -e expression #1, char 7: unknown option to `s'\n", exitCode: 1 });
    expect(await run('debian', 'sed p nofile')).toEqual({ stdout: '', stderr: "sed: can't read nofile: No such file or directory\n", exitCode: 2 });
    expect(await run('alpine', 'sed p nofile')).toEqual({ stdout: '', stderr: 'sed: nofile: No such file or directory\n', exitCode: 2 });
  });
});
