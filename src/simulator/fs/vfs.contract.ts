// One behaviour contract for every Vfs: memory-fs, union-fs over layers, and a volume mounted
// into a union-fs all run it (memory-fs.test.ts, union-fs.test.ts). Each case gets a fresh
// filesystem with an empty directory `dir` to work in and a clock it can move.
import { describe, expect, it } from 'vitest';
import { FsError } from './errors.ts';
import type { Vfs } from './types.ts';

export interface ContractFixture {
  fs: Vfs;
  /** An existing, empty directory. */
  dir: string;
  setTime(ms: number): void;
}

function code(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof FsError) return `${e.code}: ${e.message}`;
    throw e;
  }
  return 'no error';
}

export function vfsContract(name: string, make: () => ContractFixture): void {
  describe(`Vfs contract: ${name}`, () => {
    it('writes, reads, appends and reports sizes in UTF-8 bytes', () => {
      const { fs, dir } = make();
      fs.writeFile(`${dir}/a.txt`, 'héllo\n');
      fs.writeFile(`${dir}/a.txt`, 'more\n', { append: true });
      expect(fs.readFile(`${dir}/a.txt`)).toBe('héllo\nmore\n');
      expect(fs.stat(`${dir}/a.txt`)).toMatchObject({ kind: 'file', size: 12, mode: 0o644, nlink: 1 });
    });

    it('stamps mtimes from the injected clock', () => {
      const { fs, dir, setTime } = make();
      setTime(5000);
      fs.writeFile(`${dir}/t`, 'x');
      expect(fs.stat(`${dir}/t`).mtime).toBe(5000);
      expect(fs.stat(dir).mtime).toBe(5000);
      fs.utimes(`${dir}/t`, 42);
      expect(fs.stat(`${dir}/t`).mtime).toBe(42);
    });

    it('gives errno codes for the classic mistakes', () => {
      const { fs, dir } = make();
      fs.writeFile(`${dir}/f`, '');
      fs.mkdir(`${dir}/d`);
      expect(code(() => fs.readFile(`${dir}/missing`))).toBe('ENOENT: No such file or directory');
      expect(code(() => fs.readFile(`${dir}/d`))).toBe('EISDIR: Is a directory');
      expect(code(() => fs.writeFile(`${dir}/d`, 'x'))).toBe('EISDIR: Is a directory');
      expect(code(() => fs.readFile(`${dir}/f/x`))).toBe('ENOTDIR: Not a directory');
      expect(code(() => fs.writeFile(`${dir}/no/x`, ''))).toBe('ENOENT: No such file or directory');
      expect(code(() => fs.mkdir(`${dir}/d`))).toBe('EEXIST: File exists');
      expect(code(() => fs.mkdir(`${dir}/f`))).toBe('EEXIST: File exists');
      expect(code(() => fs.readdir(`${dir}/f`))).toBe('ENOTDIR: Not a directory');
      expect(code(() => fs.rm(`${dir}/d`))).toBe('EISDIR: Is a directory');
      expect(code(() => fs.rm(`${dir}/missing`))).toBe('ENOENT: No such file or directory');
      expect(code(() => fs.rm(`${dir}/missing`, { force: true }))).toBe('no error');
      expect(code(() => fs.rmdir(`${dir}/f`))).toBe('ENOTDIR: Not a directory');
      expect(code(() => fs.readlink(`${dir}/f`))).toBe('EINVAL: Invalid argument');
    });

    it('lists directories sorted and creates parents with recursive mkdir', () => {
      const { fs, dir } = make();
      fs.mkdir(`${dir}/a/b/c`, { recursive: true });
      fs.mkdir(`${dir}/a/b/c`, { recursive: true });
      fs.writeFile(`${dir}/a/z`, '');
      fs.writeFile(`${dir}/a/B`, '');
      expect(fs.readdir(`${dir}/a`)).toEqual(['B', 'b', 'z']);
      expect(fs.stat(`${dir}/a`)).toMatchObject({ kind: 'dir', size: 4096, mode: 0o755 });
    });

    it('removes trees, refuses non-empty rmdir', () => {
      const { fs, dir } = make();
      fs.mkdir(`${dir}/t/u`, { recursive: true });
      fs.writeFile(`${dir}/t/u/f`, 'x');
      expect(code(() => fs.rmdir(`${dir}/t`))).toBe('ENOTEMPTY: Directory not empty');
      fs.rm(`${dir}/t`, { recursive: true });
      expect(fs.exists(`${dir}/t`)).toBe(false);
      expect(fs.readdir(dir)).toEqual([]);
      fs.mkdir(`${dir}/t`);
      expect(fs.readdir(`${dir}/t`)).toEqual([]);
    });

    it('renames files and directories, keeping contents', () => {
      const { fs, dir } = make();
      fs.mkdir(`${dir}/src/sub`, { recursive: true });
      fs.writeFile(`${dir}/src/sub/f`, 'data');
      fs.rename(`${dir}/src`, `${dir}/dst`);
      expect(fs.readFile(`${dir}/dst/sub/f`)).toBe('data');
      expect(fs.exists(`${dir}/src`)).toBe(false);
      fs.writeFile(`${dir}/x`, '1');
      fs.writeFile(`${dir}/y`, '2');
      fs.rename(`${dir}/x`, `${dir}/y`);
      expect(fs.readFile(`${dir}/y`)).toBe('1');
      expect(code(() => fs.rename(`${dir}/dst`, `${dir}/dst/sub/in`))).toBe('EINVAL: Invalid argument');
      expect(code(() => fs.rename(`${dir}/y`, `${dir}/dst`))).toBe('EISDIR: Is a directory');
    });

    it('follows symlinks for stat and reads, not for lstat', () => {
      const { fs, dir } = make();
      fs.mkdir(`${dir}/real`);
      fs.writeFile(`${dir}/real/f`, 'via link');
      fs.symlink('real', `${dir}/link`);
      fs.symlink(`${dir}/real/f`, `${dir}/abs`);
      fs.symlink('nowhere', `${dir}/dangling`);
      expect(fs.readFile(`${dir}/link/f`)).toBe('via link');
      expect(fs.readFile(`${dir}/abs`)).toBe('via link');
      expect(fs.lstat(`${dir}/link`)).toMatchObject({ kind: 'symlink', size: 4, target: 'real' });
      expect(fs.stat(`${dir}/link`).kind).toBe('dir');
      expect(fs.readlink(`${dir}/link`)).toBe('real');
      expect(fs.realpath(`${dir}/link/f`)).toBe(`${dir}/real/f`);
      expect(fs.exists(`${dir}/dangling`)).toBe(false);
      expect(fs.readdir(dir)).toEqual(['abs', 'dangling', 'link', 'real']);
      fs.rm(`${dir}/link`);
      expect(fs.exists(`${dir}/real/f`)).toBe(true);
      fs.symlink('loop', `${dir}/loop`);
      expect(code(() => fs.readFile(`${dir}/loop`))).toBe('ELOOP: Too many levels of symbolic links');
    });

    it('changes modes and owners', () => {
      const { fs, dir } = make();
      fs.writeFile(`${dir}/s.sh`, 'echo hi', { mode: 0o755 });
      expect(fs.stat(`${dir}/s.sh`).mode).toBe(0o755);
      fs.chmod(`${dir}/s.sh`, 0o700);
      fs.chown(`${dir}/s.sh`, 1000, 1000);
      expect(fs.stat(`${dir}/s.sh`)).toMatchObject({ mode: 0o700, uid: 1000, gid: 1000 });
      expect(fs.readFile(`${dir}/s.sh`)).toBe('echo hi');
    });

    it('counts directory links as 2 plus subdirectories', () => {
      const { fs, dir } = make();
      fs.mkdir(`${dir}/p/a`, { recursive: true });
      fs.mkdir(`${dir}/p/b`);
      fs.writeFile(`${dir}/p/f`, '');
      expect(fs.stat(`${dir}/p`).nlink).toBe(4);
    });
  });
}
