// Finding a container process's executable as runc does (Go's exec.LookPath in the container's
// filesystem and PATH), and runc's errors as the daemon reports them: a missing program is
// exit 127, a directory or a file without execute permission exit 126.
import { DaemonError } from '../../errors/daemon-error.ts';
import { resolvePath } from '../../fs/path.ts';
import type { Vfs } from '../../fs/types.ts';

const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export type LookResult = { path: string } | { why: string; code: 126 | 127 };

/** findExecutable: the Go error text for `path`, or undefined when it can be executed. */
function problem(fs: Vfs, path: string, shown: string): { why: string; code: 126 | 127 } | undefined {
  let mode: number;
  // exists() first: most PATH entries miss, and a thrown error costs a stack trace.
  if (!fs.exists(path)) return { why: `stat ${shown}: no such file or directory`, code: 127 };
  try {
    const st = fs.stat(path);
    if (st.kind === 'dir') return { why: 'is a directory', code: 126 };
    mode = st.mode;
  } catch {
    return { why: `stat ${shown}: no such file or directory`, code: 127 };
  }
  return (mode & 0o111) === 0 ? { why: 'permission denied', code: 126 } : undefined;
}

/** exec.LookPath(argv0) with the process's PATH, relative paths against `cwd`. */
export function lookPath(fs: Vfs, argv0: string, pathVar: string | undefined, cwd = '/'): LookResult {
  if (argv0.includes('/')) {
    const p = problem(fs, resolvePath(cwd, argv0), argv0);
    return p ? { why: `exec: ${JSON.stringify(argv0)}: ${p.why}`, code: p.code } : { path: argv0 };
  }
  for (const dir of (pathVar ?? DEFAULT_PATH).split(':')) {
    const candidate = `${dir === '' ? '.' : dir}/${argv0}`;
    if (!problem(fs, resolvePath(cwd, candidate), candidate)) return { path: candidate };
  }
  return { why: `exec: ${JSON.stringify(argv0)}: executable file not found in $PATH`, code: 127 };
}

/** The daemon's start error (docker run/start): runc's text inside containerd's wrapping. */
export function startError(why: string, code: 126 | 127): DaemonError {
  const text = code === 126 && why.endsWith('is a directory') ? `${why}: permission denied` : why;
  return new DaemonError(
    'invalidParameter',
    `failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: ${text}`,
  );
}

/** What `docker exec` prints (on stdout, from the hijacked stream) when runc cannot start the program. */
export function execStartError(why: string, code: 126 | 127): string {
  const text = `OCI runtime exec failed: exec failed: unable to start container process: ${why}: unknown`;
  // setExitCodeFromError appends EACCES's text to an EISDIR error, after containerd's ": unknown".
  return code === 126 && why.endsWith('is a directory') ? `${text}: permission denied` : text;
}
