// docker image save / docker image load: what the commands do (their specs are save.ts and
// load.ts, which load this module the first time one runs): docker/cli's runSave and runLoad;
// the platforms are parsed first, then the destination or source, then the daemon's answer.
import { archiveSize, loadImages, saveImages, type ImageArchive } from '../../../engine/image-archive.ts';
import { CliError } from '../../../errors/cli-error.ts';
import { DaemonError } from '../../../errors/daemon-error.ts';
import { flagList, flagString } from '../../command.ts';
import type { CommandContext } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';
import { archiveText, parseArchive, readArchiveInput, writeArchiveFile } from './archive-file.ts';
import { platformError } from './platform.ts';

function checkPlatforms(flags: ParsedFlags): void {
  for (const p of flagList(flags, 'platform').flatMap((v) => v.split(','))) {
    const err = platformError(p);
    if (err) throw new CliError(`invalid platform: ${err}`, 1);
  }
}

function produce(ctx: CommandContext, names: string[]): { text: string; size: number } {
  ctx.engine.tick();
  const archive = saveImages(ctx.engine, names);
  return { text: archiveText('images', archive), size: archiveSize(archive) };
}

export function runSave(ctx: CommandContext, args: string[], flags: ParsedFlags): void {
  checkPlatforms(flags);
  const output = flagString(flags, 'output');
  if (output === '') {
    if (ctx.host.isTerminal) throw new CliError('cowardly refusing to save to a terminal. Use the -o flag or redirect', 1);
    ctx.stdout.write(produce(ctx, args).text);
    return;
  }
  writeArchiveFile(ctx, output, 'failed to save image', () => produce(ctx, args));
}

/** containerd's archive import on what is not an image archive of ours. */
function notAnImageArchive(text: string): DaemonError {
  if (text === '' || parseArchive(text)) return new DaemonError('system', 'unrecognized image format');
  return new DaemonError('system', new TextEncoder().encode(text).length < 512 ? 'unexpected EOF' : 'archive/tar: invalid tar header');
}

export function runLoad(ctx: CommandContext, _args: string[], flags: ParsedFlags): void {
  const text = readArchiveInput(ctx, flagString(flags, 'input'));
  checkPlatforms(flags);
  const archive = parseArchive(text);
  if (!archive || archive.kind !== 'images') throw notAnImageArchive(text);
  ctx.engine.tick();
  for (const line of loadImages(ctx.engine, archive.payload as ImageArchive)) ctx.stdout.write(`${line}\n`);
}
