// docker inspect: any object by name or id (docker/cli system/inspect.go). Without --type each
// reference is tried as a container, then an image (swarm objects are skipped on a daemon that
// is no swarm manager); "not found" moves on to the next kind, and a reference nothing matches is
// "error: no such object: NAME". Flags: -f/--format, -s/--size (containers), --type.
import { inspectImage } from '../../engine/image-inspect.ts';
import { DaemonError } from '../../errors/daemon-error.ts';
import { CliError } from '../../errors/cli-error.ts';
import type { CommandContext, CommandSpec } from '../command.ts';
import { flagBool, flagSet, flagString } from '../command.ts';
import { typedImageInspect } from '../format-context/image-inspect.ts';
import { runInspect, type Inspected } from '../format-context/inspector.ts';
import { INSPECT_FORMAT_HELP, inspectContainerRef } from './container/inspect.ts';
import { inspectNetworkRef } from './network/inspect.ts';
import { inspectVolumeRef } from './volume/inspect.ts';

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

export const inspect: CommandSpec = {
  name: 'inspect',
  use: 'inspect [OPTIONS] NAME|ID [NAME|ID...]',
  short: 'Return low-level information on Docker objects',
  flags: [
    { name: 'format', short: 'f', type: 'string', usage: INSPECT_FORMAT_HELP },
    { name: 'size', short: 's', type: 'bool', usage: 'Display total file sizes if the type is container' },
    { name: 'type', type: 'string', usage: 'Only inspect objects of the given type' },
  ],
  args: { min: 1 },
  run(ctx, args, flags) {
    const type = flagString(flags, 'type');
    const types = `"${ALL_TYPES.join('", "')}"`;
    if (flagSet(flags, 'type') && type === '') throw new CliError(`type is empty: must be one of ${types}`, 1);
    if (type !== '' && !ALL_TYPES.includes(type)) throw new CliError(`unknown type: ${JSON.stringify(type)}: must be one of ${types}`, 1);
    const size = flagBool(flags, 'size');
    ctx.engine.tick();
    runInspect(ctx, args, flagString(flags, 'format'), (ref) => lookup(ctx, ref, size, type));
  },
};
