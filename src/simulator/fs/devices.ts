// The device files every Linux process can count on, over any Vfs: /dev/null reads as empty
// and swallows writes. (Containers get them from the runtime's /dev tmpfs, the host from its
// kernel; layers and the host's home tree do not hold them.)
import { fsError } from './errors.ts';
import { normalize } from './path.ts';
import type { MkdirOptions, RmOptions, Stat, Vfs, WriteOptions } from './types.ts';

const NULL = '/dev/null';

function nullStat(now: number): Stat {
  return { kind: 'file', mode: 0o666, uid: 0, gid: 0, size: 0, mtime: now, nlink: 1 };
}

export function withDevices(fs: Vfs, now: () => number): Vfs {
  const isNull = (p: string) => normalize(p) === NULL;
  return {
    store: fs.store,
    stat: (p: string) => (isNull(p) ? nullStat(now()) : fs.stat(p)),
    lstat: (p: string) => (isNull(p) ? nullStat(now()) : fs.lstat(p)),
    exists: (p: string) => isNull(p) || fs.exists(p),
    readFile: (p: string) => (isNull(p) ? '' : fs.readFile(p)),
    writeFile: (p: string, data: string, o?: WriteOptions) => {
      if (!isNull(p)) fs.writeFile(p, data, o);
    },
    readdir: (p: string) => {
      const names = fs.readdir(p);
      return normalize(p) === '/dev' && !names.includes('null') ? [...names, 'null'].sort() : names;
    },
    mkdir: (p: string, o?: MkdirOptions) => {
      if (isNull(p)) throw fsError('EEXIST', p);
      fs.mkdir(p, o);
    },
    rm: (p: string, o?: RmOptions) => fs.rm(p, o),
    rmdir: (p: string) => fs.rmdir(p),
    rename: (a: string, b: string) => fs.rename(a, b),
    symlink: (t: string, p: string) => fs.symlink(t, p),
    readlink: (p: string) => fs.readlink(p),
    chmod: (p: string, m: number) => {
      if (!isNull(p)) fs.chmod(p, m);
    },
    chown: (p: string, u: number, g: number) => {
      if (!isNull(p)) fs.chown(p, u, g);
    },
    utimes: (p: string, t: number) => {
      if (!isNull(p)) fs.utimes(p, t);
    },
    realpath: (p: string) => (isNull(p) ? NULL : fs.realpath(p)),
  };
}
