// docker container inspect: what the command does (its spec, flags and help are in inspect.ts,
// which loads this module the first time the command runs).
import { inspectContainer } from '../../../engine/containers/inspect.ts';
import type { Engine } from '../../../engine/engine.ts';
import { flagBool, flagString } from '../../command.ts';
import { typedContainerInspect } from '../../format-context/container-inspect.ts';
import { runInspect, type Inspected } from '../../format-context/inspector.ts';
import { trimRef } from './each-container.ts';
import type { CommandContext } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';

/** ContainerInspect through the client: the raw document and the typed value. */
export function inspectContainerRef(engine: Engine, ref: string, size: boolean, pointer = false): Inspected {
  const raw = inspectContainer(engine, trimRef(ref), size);
  return { raw, typed: typedContainerInspect(raw, pointer) };
}

export function runInspectCommand(ctx: CommandContext, args: string[], flags: ParsedFlags) {
  const size = flagBool(flags, 'size');
  ctx.engine.tick();
  runInspect(ctx, args, flagString(flags, 'format'), (ref) => inspectContainerRef(ctx.engine, ref, size, true));
}
