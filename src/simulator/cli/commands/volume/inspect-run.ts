// docker volume inspect: what the command does (its spec, flags and help are in inspect.ts, which
// loads this module the first time the command runs).
import { inspectVolume } from '../../../engine/volume-query.ts';
import { CliError } from '../../../errors/cli-error.ts';
import type { Engine } from '../../../engine/engine.ts';
import { goMap, goStruct } from '../../../util/format/go-value.ts';
import { flagString } from '../../command.ts';
import { runInspect, type Inspected } from '../../format-context/inspector.ts';
import type { CommandContext } from '../../command.ts';
import type { ParsedFlags } from '../../flags.ts';

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

export function runInspectCommand(ctx: CommandContext, args: string[], flags: ParsedFlags) {
  ctx.engine.tick();
  runInspect(ctx, args, flagString(flags, 'format'), (ref) => inspectVolumeRef(ctx.engine, ref));
}
