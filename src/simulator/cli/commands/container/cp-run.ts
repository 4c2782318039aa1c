// docker container cp / docker cp: what the command does (its spec, flags and help are in cp.ts,
// which loads this module the first time the command runs).
import { containerFs } from '../../../engine/containers/container-fs.ts';
import { getContainer } from '../../../engine/containers/lookup.ts';
import type { ContainerRecord } from '../../../engine/state.ts';
import { DaemonError } from '../../../errors/daemon-error.ts';
import { CliError } from '../../../errors/cli-error.ts';
import { dirname, isWithin, join } from '../../../fs/path.ts';
import type { Vfs } from '../../../fs/types.ts';
import { humanSizeWithPrecision } from '../../../util/format/units.ts';
import type { CommandContext } from '../../command.ts';
import { flagBool, flagSet } from '../../command.ts';
import { assertsDirectory, destinationInfo, transfer, type Side, type Transfer } from './cp-transfer.ts';
import type { ParsedFlags } from '../../flags.ts';

/** splitCpArg: CONTAINER:PATH unless the argument is a local path (absolute, or ./x:y). */
function split(arg: string): { container?: string; path: string } {
  if (arg.startsWith('/')) return { path: arg };
  const i = arg.indexOf(':');
  if (i === -1 || arg.startsWith('.')) return { path: arg };
  return { container: arg.slice(0, i), path: arg.slice(i + 1) };
}

/** filepath.Abs with PreserveTrailingDotOrSeparator: `dir/.` and `dir/` keep their ending. */
function localPath(cwd: string, p: string): string {
  const abs = join(p.startsWith('/') ? p : `${cwd}/${p}`);
  if (p === '.' || p.endsWith('/.')) return abs === '/' ? '/.' : `${abs}/.`;
  return p.endsWith('/') && abs !== '/' ? `${abs}/` : abs;
}

function hostSide(ctx: CommandContext): { fs: Vfs; cwd: string } {
  const host = ctx.host.hostFs?.();
  if (!host) throw new CliError('docker cp: the host filesystem is not available', 1);
  return host;
}

/** The container side as the daemon sees it: `path` must exist ("Could not find the file"). */
function containerSource(fs: Vfs, ref: string, path: string): string {
  const abs = path.startsWith('/') ? path : `/${path}`;
  try {
    fs.lstat(join(abs));
  } catch {
    throw new DaemonError('notFound', `Could not find the file ${abs} in container ${ref}`);
  }
  return abs;
}

/** checkWritablePath and the extraction point's checks (ContainerExtractToDir). */
function checkExtractDir(c: ContainerRecord, fs: Vfs, ref: string, dir: string): void {
  let kind: string;
  try {
    kind = fs.stat(dir).kind;
  } catch {
    throw new DaemonError('notFound', `Could not find the file ${dir} in container ${ref}`);
  }
  if (kind !== 'dir') throw new DaemonError('invalidParameter', 'extraction point is not a directory');
  const mount = (c.mounts ?? []).filter((m) => isWithin(dir, m.Destination)).sort((a, b) => b.Destination.length - a.Destination.length)[0];
  if (mount && !mount.RW) throw new DaemonError('invalidParameter', 'mounted volume is marked read-only');
  if (!mount && c.hostConfig.ReadonlyRootfs) throw new DaemonError('invalidParameter', 'container rootfs is marked read-only');
}

/** copyProgress and copySummary, on stderr, when not quiet. */
function summary(ctx: CommandContext, quiet: boolean, header: string, content: number, moved: Transfer, dest: string): void {
  if (quiet) return;
  const size = (n: number) => humanSizeWithPrecision(n, 3);
  // The progress line is drawn, then erased, before the summary (aec Save/Restore/EraseLine).
  if (ctx.tty) ctx.stderr.streamOnly(`\x1b[s\x1b7Preparing to copy...\x1b[?25l\x1b[u\x1b8\x1b[2K${header}${size(moved.tar)}\x1b[?25h\x1b[u\x1b8\x1b[2K`);
  const sizes = content === moved.tar ? size(content) : `${size(content)} (transferred ${size(moved.tar)})`;
  ctx.stderr.write(`Successfully copied ${sizes} to ${dest}\n`);
}

function fromContainer(ctx: CommandContext, ref: string, srcPath: string, dstArg: string, quiet: boolean): void {
  const host = hostSide(ctx);
  const dest = localPath(host.cwd, dstArg);
  if (!host.fs.exists(dirname(join(dest)))) throw new CliError(`invalid output path: directory ${JSON.stringify(dirname(join(dest)))} does not exist`, 1);
  const c = getContainer(ctx.engine, ref);
  const fs = containerFs(ctx.engine, c);
  const from = containerSource(fs, ref, srcPath);
  const moved = transfer({ fs, path: from }, { fs: host.fs, path: dest });
  // A file's reported size is its own (Stat.Size); a directory's is what was transferred.
  summary(ctx, quiet, 'Copying from container - ', moved.isDir ? moved.tar : moved.content, moved, dest);
}

function toContainer(ctx: CommandContext, srcArg: string, ref: string, dstPath: string, archive: boolean, quiet: boolean): void {
  const host = hostSide(ctx);
  const src: Side = { fs: host.fs, path: localPath(host.cwd, srcArg) };
  let srcDir = false;
  try {
    srcDir = host.fs.lstat(join(src.path)).kind === 'dir';
  } catch {
    throw new CliError(`lstat ${join(src.path)}: no such file or directory`, 1);
  }
  const c = getContainer(ctx.engine, ref);
  const fs = containerFs(ctx.engine, c);
  const dst: Side = { fs, path: dstPath.startsWith('/') ? dstPath : `/${dstPath}` };
  let info: { path: string; exists: boolean; isDir: boolean };
  try {
    info = destinationInfo(dst);
  } catch {
    info = { path: join(dst.path), exists: false, isDir: false };
  }
  if (info.exists && !info.isDir && srcDir) throw new CliError('cannot copy directory', 1);
  if (!info.exists && !srcDir && assertsDirectory(dst.path)) throw new CliError('no such directory', 1);
  checkExtractDir(c, fs, ref, info.exists && info.isDir ? info.path : dirname(info.path));
  const moved = transfer(src, dst, archive ? 'keep' : { uid: 0, gid: 0 });
  summary(ctx, quiet, 'Copying to container - ', moved.content, moved, `${ref}:${dstPath}`);
}

export function runCp(ctx: CommandContext, args: string[], flags: ParsedFlags) {
  if (args[0] === '') throw new CliError('source can not be empty', 1);
  if (args[1] === '') throw new CliError('destination can not be empty', 1);
  // Without -q, progress is shown only when stdout is a terminal.
  const quiet = flagSet(flags, 'quiet') ? flagBool(flags, 'quiet') : !ctx.host.isTerminal;
  const src = split(args[0]);
  const dst = split(args[1]);
  if (src.container !== undefined && dst.container !== undefined) throw new CliError('copying between containers is not supported', 1);
  if (src.container === undefined && dst.container === undefined) throw new CliError('must specify at least one container source', 1);
  if (args[0] === '-' || args[1] === '-') throw new CliError('dockyard: docker cp with tar streams (-) is not simulated', 1);
  if (src.container !== undefined) fromContainer(ctx, src.container, src.path, dst.path, quiet);
  else toContainer(ctx, src.path, dst.container as string, dst.path, flagBool(flags, 'archive'), quiet);
}
