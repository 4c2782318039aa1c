// tee, tr, basename and dirname on the learner's host (GNU, UTF-8 quotes) and in alpine (busybox).
import { describe, expect, it } from 'vitest';
import { runLines, type Where } from './run-lines.test-util.ts';

const run = (where: Where, ...lines: string[]) => runLines(where, ...lines);

describe('tee', () => {
  it('copies stdin to stdout and files, appending with -a', async () => {
    expect(await run('host', 'echo hi | tee a b', 'echo more | tee -a a > /dev/null', 'cat a b')).toEqual({ stdout: 'hi\nhi\nmore\nhi\n', stderr: '', exitCode: 0 });
  });

  it('names a file it cannot open and fails', async () => {
    expect(await run('host', 'echo hi | tee /nodir/f')).toEqual({ stdout: 'hi\n', stderr: 'tee: /nodir/f: No such file or directory\n', exitCode: 1 });
  });
});

describe('tr', () => {
  it('translates ranges and classes, deletes and squeezes', async () => {
    expect(await run('host', 'echo Hello | tr a-z A-Z')).toEqual({ stdout: 'HELLO\n', stderr: '', exitCode: 0 });
    expect(await run('host', "echo ab | tr '[:lower:]' '[:upper:]'")).toEqual({ stdout: 'AB\n', stderr: '', exitCode: 0 });
    expect(await run('alpine', 'echo hello | tr -d l')).toEqual({ stdout: 'heo\n', stderr: '', exitCode: 0 });
    expect(await run('host', "echo 'a  b   c' | tr -s ' '")).toEqual({ stdout: 'a b c\n', stderr: '', exitCode: 0 });
    expect(await run('host', "echo 'a,b' | tr ',' '\\n'")).toEqual({ stdout: 'a\nb\n', stderr: '', exitCode: 0 });
    expect(await run('host', "echo 'a1-b2' | tr -dc 'a-z'")).toEqual({ stdout: 'ab', stderr: '', exitCode: 0 });
  });

  it('words a missing or extra operand as GNU tr, busybox prints its usage', async () => {
    expect(await run('host', 'tr a')).toEqual({ stdout: '', stderr: "tr: missing operand after \u2018a\u2019\nTwo strings must be given when translating.\nTry 'tr --help' for more information.\n", exitCode: 1 });
    expect(await run('host', 'tr -d a b')).toEqual({ stdout: '', stderr: "tr: extra operand \u2018b\u2019\nOnly one string may be given when deleting without squeezing repeats.\nTry 'tr --help' for more information.\n", exitCode: 1 });
    expect(await run('alpine', 'tr')).toEqual({ stdout: '', stderr: 'Usage: tr [-cds] STRING1 [STRING2]\n', exitCode: 1 });
  });
});

describe('basename and dirname', () => {
  it('strips directories and a suffix', async () => {
    expect(await run('host', 'basename /usr/lib/file.txt .txt', 'basename /usr/lib/', 'basename -a x/a y/b', 'basename /')).toEqual({ stdout: 'file\nlib\na\nb\n/\n', stderr: '', exitCode: 0 });
    expect(await run('host', 'dirname /usr/lib/x', 'dirname x', 'dirname /x', 'dirname a/b/', 'dirname /')).toEqual({ stdout: '/usr/lib\n.\n/\na\n/\n', stderr: '', exitCode: 0 });
  });

  it('reports a missing or extra operand', async () => {
    expect(await run('host', 'basename')).toEqual({ stdout: '', stderr: "basename: missing operand\nTry 'basename --help' for more information.\n", exitCode: 1 });
    expect(await run('host', 'basename a b c')).toEqual({ stdout: '', stderr: "basename: extra operand \u2018c\u2019\nTry 'basename --help' for more information.\n", exitCode: 1 });
    expect(await run('host', 'dirname')).toEqual({ stdout: '', stderr: "dirname: missing operand\nTry 'dirname --help' for more information.\n", exitCode: 1 });
  });
});
