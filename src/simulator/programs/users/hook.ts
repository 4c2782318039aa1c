// User and group tools as the shells' `external` hook (in a container and in a build's RUN):
// shadow's useradd and groupadd, BusyBox's adduser and addgroup. Tiny on purpose (it is on the
// core path): it decides by the program's name, and for adduser/addgroup by the file the shell
// found (a BusyBox applet; Debian's perl adduser is not modelled), then loads the model.
import type { Vfs } from '../../fs/types.ts';
import type { ExternalRequest } from '../../shell/context.ts';

/** What the tools work on: the process's files and user, and the clock (/etc/shadow's dates). */
export interface UserHost {
  fs: Vfs;
  uid: number;
  now(): number;
}

const SHADOW = new Set(['useradd', 'groupadd']);
const BUSYBOX = new Set(['adduser', 'addgroup']);

/** The program the shell runs for `req` is BusyBox (a link to /bin/busybox, or busybox itself). */
function isBusybox(fs: Vfs, req: ExternalRequest): boolean {
  const dirs = req.argv[0].includes('/') ? [''] : (req.env.PATH ?? '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin').split(':');
  for (const d of dirs) {
    const path = d ? `${d}/${req.argv[0]}` : req.argv[0];
    try {
      if (fs.exists(path)) return /\/busybox$/.test(fs.realpath(path));
    } catch {
      return false;
    }
  }
  return false;
}

export function userProgram(host: UserHost): (req: ExternalRequest) => Promise<number> | undefined {
  return (req) => {
    if (SHADOW.has(req.name)) return import('./shadow.ts').then((m) => (req.name === 'useradd' ? m.useradd(req, host) : m.groupadd(req, host)));
    if (BUSYBOX.has(req.name) && isBusybox(host.fs, req)) return import('./busybox.ts').then((m) => (req.name === 'adduser' ? m.busyboxAdduser(req, host) : m.busyboxAddgroup(req, host)));
    return undefined;
  };
}
