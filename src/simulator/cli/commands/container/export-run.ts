// docker container export: what the command does (its spec is export.ts, which loads this module
// the first time the command runs). The daemon's ContainerExport refuses a dead container or one
// being removed; the archive's size is the image's unpacked layers plus the writable layer.
import { getContainer } from '../../../engine/containers/lookup.ts';
import { writableSize } from '../../../engine/containers/container-fs.ts';
import { DaemonError } from '../../../errors/daemon-error.ts';
import { CliError } from '../../../errors/cli-error.ts';
import { flagString } from '../../command.ts';
import type { CommandContext } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';
import { archiveText, writeArchiveFile } from '../image/archive-file.ts';
import { trimRef } from './each-container.ts';

function produce(ctx: CommandContext, ref: string): { text: string; size: number } {
  ctx.engine.tick();
  const c = getContainer(ctx.engine, trimRef(ref));
  if (c.state.status === 'dead') throw new DaemonError('conflict', `You cannot export container ${c.id} which is Dead`);
  if (c.state.status === 'removing') throw new DaemonError('conflict', `You cannot export container ${c.id} which is being removed`);
  const image = ctx.engine.state.images[c.image];
  const unpacked = (image?.layers ?? []).reduce((n, l) => n + l.unpacked, 0);
  // The tar's headers and padding add a few percent to the files it carries.
  const size = Math.ceil(((unpacked + writableSize(c)) * 1.03) / 512) * 512 + 1024;
  return { text: archiveText('rootfs', { container: c.id, image: c.image }), size };
}

export function runExport(ctx: CommandContext, args: string[], flags: ParsedFlags): void {
  const output = flagString(flags, 'output');
  if (output === '') {
    if (ctx.host.isTerminal) throw new CliError('cowardly refusing to save to a terminal. Use the -o flag or redirect', 1);
    ctx.stdout.write(produce(ctx, args[0]).text);
    return;
  }
  writeArchiveFile(ctx, output, 'failed to export container', () => produce(ctx, args[0]));
}
