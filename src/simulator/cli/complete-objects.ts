// What docker/cli's ValidArgsFunction offers for each command's arguments (cli/command/
// completion): container names (all or only listed-as-running ones, with a state filter),
// local image names (limited to the first N arguments), or for `docker inspect` the objects of
// its --type (nothing without it). Names already on the line are not offered again (Unique).
import type { Engine } from '../engine/engine.ts';
import type { ContainerRecord } from '../engine/state.ts';

type Kind =
  | { kind: 'containers'; all: boolean; keep?: (c: ContainerRecord, force: boolean) => boolean }
  | { kind: 'images'; limit: number; withBase?: boolean }
  | { kind: 'objects' };

const running = { kind: 'containers', all: false } as const;
const any = { kind: 'containers', all: true } as const;
const notPaused = { kind: 'containers', all: false, keep: (c: ContainerRecord) => c.state.status !== 'paused' } as const;
const stopped = (c: ContainerRecord) => c.state.status === 'exited' || c.state.status === 'created';

/** Keyed by the canonical `<group> <verb>` (top-level forms map to it below). */
const BY_COMMAND: Record<string, Kind> = {
  'container attach': notPaused,
  'container commit': running,
  'container create': { kind: 'images', limit: -1 },
  'container diff': running,
  'container exec': notPaused,
  'container export': any,
  'container inspect': any,
  'container kill': running,
  'container logs': any,
  'container pause': notPaused,
  'container port': running,
  'container rename': any,
  'container restart': any,
  'container rm': { kind: 'containers', all: true, keep: (c, force) => force || stopped(c) },
  'container run': { kind: 'images', limit: 1 },
  'container start': { kind: 'containers', all: true, keep: stopped },
  'container stats': running,
  'container stop': running,
  'container top': running,
  'container unpause': { kind: 'containers', all: false, keep: (c) => c.state.status === 'paused' },
  'container update': any,
  'container wait': running,
  'image history': { kind: 'images', limit: 1 },
  'image inspect': { kind: 'images', limit: -1 },
  'image ls': { kind: 'images', limit: 1, withBase: true },
  'image pull': { kind: 'images', limit: 1 },
  'image push': { kind: 'images', limit: 1 },
  'image rm': { kind: 'images', limit: -1 },
  'image save': { kind: 'images', limit: -1 },
  'image tag': { kind: 'images', limit: 2 },
  inspect: { kind: 'objects' },
};

/** Top-level forms whose command lives under `image` or has another name there. */
const TOP_LEVEL: Record<string, string> = {
  ps: 'container ls',
  images: 'image ls',
  rmi: 'image rm',
  pull: 'image pull',
  push: 'image push',
  history: 'image history',
  tag: 'image tag',
  save: 'image save',
  inspect: 'inspect',
};

/** The canonical key for a command reached as `docker <group> <verb>` or `docker <verb>`. */
export function canonical(group: string | undefined, verb: string): string {
  if (group) return verb === 'remove' ? `${group} rm` : `${group} ${verb}`;
  return TOP_LEVEL[verb] ?? `container ${verb}`;
}

function containerNames(engine: Engine, k: Extract<Kind, { kind: 'containers' }>, force: boolean): string[] {
  return Object.values(engine.state.containers)
    .filter((c) => k.all || ['running', 'paused', 'restarting'].includes(c.state.status))
    .filter((c) => !k.keep || k.keep(c, force))
    .map((c) => c.name);
}

function imageNames(engine: Engine, withBase: boolean): string[] {
  const names = Object.values(engine.state.images).flatMap((im) => im.repoTags.filter((t) => !t.includes('@')));
  if (!withBase) return names;
  const bases = new Map<string, number>();
  for (const n of names) {
    const base = n.slice(0, n.lastIndexOf(':') > n.lastIndexOf('/') ? n.lastIndexOf(':') : n.length);
    bases.set(base, (bases.get(base) ?? 0) + 1);
  }
  return [...names, ...[...bases].filter(([, n]) => n > 1).map(([b]) => b)];
}

/** system/completion.go completeObjectNames: by --type only. */
function objectNames(engine: Engine, type: string): string[] {
  switch (type) {
    case 'container':
      return containerNames(engine, any, false);
    case 'image':
      return imageNames(engine, false);
    case 'network':
      return Object.values(engine.state.networks).map((n) => n.name);
    case 'volume':
      return Object.values(engine.state.volumes).map((v) => v.name);
    default:
      return [];
  }
}

/** The argument completions for `key`, given the arguments and the flags typed so far. */
export function objectCompletions(engine: Engine, key: string, args: string[], flags: Record<string, string>): string[] {
  const k = BY_COMMAND[key];
  if (!k) return [];
  let names: string[];
  if (k.kind === 'containers') names = containerNames(engine, k, 'force' in flags);
  else if (k.kind === 'images') names = k.limit > 0 && args.length >= k.limit ? [] : imageNames(engine, k.withBase === true);
  else return objectNames(engine, flags.type ?? '');
  return names.filter((n) => !args.includes(n));
}
