// docker container inspect: each container's low-level document as the daemon returns it (an
// indented JSON array), or -f/--format rendered per container. Flags: -f/--format, -s/--size.
// Missing containers are reported after the output ("No such container"), exit 1.
import { inspectContainer } from '../../../engine/containers/inspect.ts';
import type { Engine } from '../../../engine/engine.ts';
import type { CommandSpec } from '../../command.ts';
import { flagBool, flagString } from '../../command.ts';
import { typedContainerInspect } from '../../format-context/container-inspect.ts';
import { runInspect, type Inspected } from '../../format-context/inspector.ts';
import { trimRef } from './each-container.ts';

export const INSPECT_FORMAT_HELP = `Format output using a custom template:
'json':             Print in JSON format
'TEMPLATE':         Print output using the given Go template.
Refer to https://docs.docker.com/go/formatting/ for more information about formatting output with templates`;

/** ContainerInspect through the client: the raw document and the typed value. */
export function inspectContainerRef(engine: Engine, ref: string, size: boolean, pointer = false): Inspected {
  const raw = inspectContainer(engine, trimRef(ref), size);
  return { raw, typed: typedContainerInspect(raw, pointer) };
}

export const inspect: CommandSpec = {
  name: 'inspect',
  use: 'inspect [OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Display detailed information on one or more containers',
  flags: [
    { name: 'format', short: 'f', type: 'string', usage: INSPECT_FORMAT_HELP },
    { name: 'size', short: 's', type: 'bool', usage: 'Display total file sizes' },
  ],
  args: { min: 1 },
  run(ctx, args, flags) {
    const size = flagBool(flags, 'size');
    ctx.engine.tick();
    runInspect(ctx, args, flagString(flags, 'format'), (ref) => inspectContainerRef(ctx.engine, ref, size, true));
  },
};
