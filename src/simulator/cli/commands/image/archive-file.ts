// The tar archives `docker save` and `docker container export` write and `docker load` reads.
// A simulated archive is a text marker (what the archive holds, as JSON) standing for the tar
// stream; written with -o it is a file of the tar's size as `ls -l` shows it. The file is
// written as moby/sys/atomicwriter does: the destination is checked first, and when the daemon
// then fails the (empty) file is still put in place.
import { CliError } from '../../../errors/cli-error.ts';
import { FsError } from '../../../fs/errors.ts';
import { basename, dirname, resolvePath } from '../../../fs/path.ts';
import type { Vfs } from '../../../fs/types.ts';
import type { CommandContext } from '../../command.ts';

const MAGIC = '\0dockyard-archive ';

export type ArchiveKind = 'images' | 'rootfs';

export function archiveText(kind: ArchiveKind, payload: unknown): string {
  return `${MAGIC}${kind}\n${JSON.stringify(payload)}\n`;
}

/** What an archive's text holds, or undefined when it is no archive of ours. */
export function parseArchive(text: string): { kind: ArchiveKind; payload: unknown } | undefined {
  if (!text.startsWith(MAGIC)) return undefined;
  const nl = text.indexOf('\n');
  try {
    return { kind: text.slice(MAGIC.length, nl) as ArchiveKind, payload: JSON.parse(text.slice(nl + 1)) };
  } catch {
    return undefined;
  }
}

/** atomicwriter's validateDestination: the directory must exist, the target be a regular file or nothing. */
function validateDestination(fs: Vfs, abs: string, given: string): string | undefined {
  const dir = dirname(abs);
  const shownDir = given.includes('/') ? given.slice(0, given.lastIndexOf('/')) || '/' : '.';
  if (!fs.exists(dir)) return `invalid output path: stat ${shownDir}: no such file or directory`;
  if (fs.stat(dir).kind !== 'dir') return `invalid output path: stat ${shownDir}: not a directory`;
  if (!fs.exists(abs) && !isDanglingLink(fs, abs)) return undefined;
  const st = fs.lstat(abs);
  if (st.kind === 'dir') return 'cannot write to a directory';
  if (st.kind === 'symlink') return 'cannot write to a symbolic link directly';
  return undefined;
}

function isDanglingLink(fs: Vfs, abs: string): boolean {
  try {
    return fs.lstat(abs).kind === 'symlink';
  } catch {
    return false;
  }
}

/**
 * Write an archive to `-o path` (relative to the shell's directory): `produce` asks the daemon
 * for it (and may throw its error, which leaves an empty file); `prefix` is the client's
 * wrapping of a bad destination ("failed to save image").
 */
export function writeArchiveFile(ctx: CommandContext, given: string, prefix: string, produce: () => { text: string; size: number }): void {
  const host = ctx.host.hostFs?.();
  if (!host) throw new CliError(`${prefix}: no host filesystem`, 1);
  const abs = resolvePath(host.cwd, given);
  const bad = validateDestination(host.fs, abs, given);
  if (bad) throw new CliError(`${prefix}: ${bad}`, 1);
  let out = { text: '', size: 0 };
  try {
    out = produce();
  } finally {
    put(host.fs, abs, out.text, out.size);
  }
}

function put(fs: Vfs, abs: string, text: string, size: number): void {
  try {
    fs.writeFile(abs, text, { mode: 0o600 });
    fs.chmod(abs, 0o600);
    const canonical = `${fs.realpath(dirname(abs))}/${basename(abs)}`.replace(/^\/\//, '/');
    const entry = fs.store.get(canonical);
    if (entry?.kind === 'file' && text !== '') fs.store.put(canonical, { ...entry, size });
  } catch (e) {
    if (e instanceof FsError) throw new CliError(e.message, 1);
    throw e;
  }
}

/** Where `docker load` reads: the -i file, or the piped stdin (a terminal is refused). */
export function readArchiveInput(ctx: CommandContext, input: string): string {
  if (input === '') {
    const piped = ctx.host.stdin?.();
    if (piped === undefined) throw new CliError('requested load from stdin, but stdin is empty', 1);
    return piped;
  }
  const host = ctx.host.hostFs?.();
  const abs = resolvePath(host?.cwd ?? '/', input);
  if (!host || !host.fs.exists(abs)) throw new CliError(`open ${input}: no such file or directory`, 1);
  if (host.fs.stat(abs).kind === 'dir') throw new CliError(`read ${input}: is a directory`, 1);
  return host.fs.readFile(abs);
}
