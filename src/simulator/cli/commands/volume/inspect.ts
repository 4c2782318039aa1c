// docker volume inspect: each volume's document as the daemon returns it (an indented JSON
// array) or -f/--format rendered per volume; a missing one is reported after the output
// ("get NAME: no such volume"), exit 1. Flags: -f/--format.
import { inspectVolume } from '../../../engine/volume-query.ts';
import { CliError } from '../../../errors/cli-error.ts';
import type { Engine } from '../../../engine/engine.ts';
import { goMap, goStruct } from '../../../util/format/go-value.ts';
import type { CommandSpec } from '../../command.ts';
import { flagString } from '../../command.ts';
import { runInspect, type Inspected } from '../../format-context/inspector.ts';
import { INSPECT_FORMAT_HELP } from '../container/inspect.ts';

/** The client's volume.Volume: every field, Status and UsageData nil. */
function typedVolume(raw: Record<string, unknown>): unknown {
  const map = (v: unknown) => (v ? goMap({ ...(v as Record<string, string>) }, 'map[string]string') : null);
  const fields = {
    ClusterVolume: null,
    CreatedAt: raw.CreatedAt,
    Driver: raw.Driver,
    Labels: map(raw.Labels),
    Mountpoint: raw.Mountpoint,
    Name: raw.Name,
    Options: map(raw.Options),
    Scope: raw.Scope,
    Status: null,
    UsageData: null,
  };
  return goStruct('volume.Volume', fields, { json: () => JSON.stringify(raw) });
}

/** VolumeInspect through the client: an empty name fails before the request. */
export function inspectVolumeRef(engine: Engine, ref: string): Inspected {
  const name = ref.trim();
  if (name === '') throw new CliError('invalid volume name or ID: value is empty', 1);
  const raw = inspectVolume(engine, name);
  return { raw, typed: typedVolume(raw) };
}

export const inspect: CommandSpec = {
  name: 'inspect',
  use: 'inspect [OPTIONS] VOLUME [VOLUME...]',
  short: 'Display detailed information on one or more volumes',
  flags: [{ name: 'format', short: 'f', type: 'string', usage: INSPECT_FORMAT_HELP }],
  args: { min: 1 },
  run(ctx, args, flags) {
    ctx.engine.tick();
    runInspect(ctx, args, flagString(flags, 'format'), (ref) => inspectVolumeRef(ctx.engine, ref));
  },
};
