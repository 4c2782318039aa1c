// docker inspect: what the command does (its spec, flags and help are in inspect.ts, which loads
// this module the first time the command runs).
import { inspectImage } from '../../engine/image-inspect.ts';
import { DaemonError } from '../../errors/daemon-error.ts';
import { CliError } from '../../errors/cli-error.ts';
import type { CommandContext } from '../command.ts';
import { flagBool, flagSet, flagString } from '../command.ts';
import { typedImageInspect } from '../format-context/image-inspect.ts';
import { runInspect, type Inspected } from '../format-context/inspector.ts';
import { inspectContainerRef } from './container/inspect-run.ts';
import { inspectNetworkRef } from './network/inspect-run.ts';
import { inspectVolumeRef } from './volume/inspect-run.ts';
import type { ParsedFlags } from '../flags.ts';

const ALL_TYPES = ['config', 'container', 'image', 'network', 'node', 'plugin', 'secret', 'service', 'task', 'volume'];

interface Kind {
  type: string;
  sizeSupported: boolean;
  inspect(ctx: CommandContext, ref: string, size: boolean): Inspected;
}

const KINDS: Kind[] = [
  { type: 'container', sizeSupported: true, inspect: (ctx, ref, size) => inspectContainerRef(ctx.engine, ref, size) },
  {
    type: 'image',
    sizeSupported: false,
    inspect: (ctx, ref) => {
      const raw = inspectImage(ctx.engine, ref);
      return { raw, typed: typedImageInspect(raw) };
    },
  },
  { type: 'network', sizeSupported: false, inspect: (ctx, ref) => inspectNetworkRef(ctx.engine, ref) },
  { type: 'volume', sizeSupported: false, inspect: (ctx, ref) => inspectVolumeRef(ctx.engine, ref) },
];

/** isErrSkippable: not found, "not supported" or an invalid reference. */
function skippable(e: unknown): boolean {
  if (!(e instanceof DaemonError) && !(e instanceof CliError)) return false;
  if (e instanceof DaemonError && e.kind === 'notFound') return true;
  return /not supported|invalid reference format/.test(e.message);
}

function lookup(ctx: CommandContext, ref: string, size: boolean, type: string): Inspected {
  for (const kind of KINDS) {
    if (type !== '' && kind.type !== type) continue;
    try {
      const found = kind.inspect(ctx, ref, size);
      if (size && !kind.sizeSupported) ctx.stderr.write(`WARNING: --size ignored for ${kind.type}\n`);
      return found;
    } catch (e) {
      if (type === '' && skippable(e)) continue;
      throw e;
    }
  }
  throw new CliError(`error: no such object: ${ref}`, 1);
}

export function runInspectCommand(ctx: CommandContext, args: string[], flags: ParsedFlags) {
  const type = flagString(flags, 'type');
  const types = `"${ALL_TYPES.join('", "')}"`;
  if (flagSet(flags, 'type') && type === '') throw new CliError(`type is empty: must be one of ${types}`, 1);
  if (type !== '' && !ALL_TYPES.includes(type)) throw new CliError(`unknown type: ${JSON.stringify(type)}: must be one of ${types}`, 1);
  const size = flagBool(flags, 'size');
  ctx.engine.tick();
  runInspect(ctx, args, flagString(flags, 'format'), (ref) => lookup(ctx, ref, size, type));
}
