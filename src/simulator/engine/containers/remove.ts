// Removing and renaming containers as moby's daemon does (daemon/delete.go, rename.go,
// prune.go): a running container needs force (SIGKILL first); names follow the same rules
// and conflicts as at create; prune removes every container that is not running.
import { DaemonError } from '../../errors/daemon-error.ts';
import type { Engine } from '../engine.ts';
import type { ContainerRecord } from '../state.ts';
import { reserveName } from './create.ts';
import { destroyContainer } from './destroy.ts';
import { isRunning } from './lifecycle.ts';
import { allContainers, getContainer } from './lookup.ts';
import { parseUntil } from './prune-until.ts';
import { deliverSignal } from './stop.ts';
import { logContainerEvent } from '../events.ts';

export interface RemoveOptions {
  force: boolean;
  volumes: boolean;
}

/** ContainerRm: `ref` is the name or id as the client sent it (in the error texts). */
export function containerRm(engine: Engine, ref: string, opts: RemoveOptions): void {
  const c = getContainer(engine, ref);
  if (isRunning(c)) {
    if (!opts.force) {
      const why =
        c.state.status === 'paused'
          ? 'container is paused and must be unpaused first'
          : `container is ${c.state.status}: stop the container before removing or force remove`;
      throw new DaemonError('conflict', `cannot remove container "${ref}": ${why}`);
    }
    deliverSignal(engine, c, 9);
  }
  destroyContainer(engine, c, opts.volumes);
}

/** ContainerRename, with the daemon's canonical "/name" in its messages. */
export function containerRename(engine: Engine, oldRef: string, newName: string): void {
  const from = oldRef.trim();
  let to = newName.trim();
  if (from.replace(/^\//, '') === '' || to.replace(/^\//, '') === '') {
    throw new DaemonError('invalidParameter', 'Neither old nor new names may be empty');
  }
  const c = getContainer(engine, from);
  if (!to.startsWith('/')) to = `/${to}`;
  if (`/${c.name}` === to) {
    throw new DaemonError('invalidParameter', 'Renaming a container with the same name as its current name');
  }
  const oldName = `/${c.name}`;
  try {
    c.name = reserveName(engine, to, c);
  } catch (e) {
    if (e instanceof DaemonError) throw new DaemonError(e.kind, `Error when allocating new name: ${e.message}`);
    throw e;
  }
  logContainerEvent(engine, c, 'rename', { oldName });
  engine.emit('container rename');
}

export interface PruneReport {
  deleted: string[];
  reclaimed: number;
}

const PRUNE_FILTERS = ['label', 'label!', 'until'];

/** filters.Args.MatchKVList: every `key` or `key=value` must be among the labels. */
function matchKV(values: string[], labels: Record<string, string>): boolean {
  return values.every((v) => {
    const i = v.indexOf('=');
    const key = i === -1 ? v : v.slice(0, i);
    return key in labels && (i === -1 || labels[key] === v.slice(i + 1));
  });
}

function pruneMatches(c: ContainerRecord, filters: Record<string, string[]>, until?: number): boolean {
  if (until !== undefined && c.created > until) return false;
  const labels = c.config.Labels ?? {};
  if (filters.label?.length && !matchKV(filters.label, labels)) return false;
  if (filters['label!']?.length && matchKV(filters['label!'], labels)) return false;
  return true;
}

/** ContainerPrune: every container not running, newest first, with the space it freed. */
export function containerPrune(engine: Engine, filters: Record<string, string[]>): PruneReport {
  const bad = Object.keys(filters).find((k) => !PRUNE_FILTERS.includes(k));
  if (bad !== undefined) throw new DaemonError('invalidParameter', `invalid filter '${bad}'`);
  const untils = filters.until ?? [];
  if (untils.length > 1) throw new DaemonError('invalidParameter', 'more than one until filter specified');
  const until = untils.length ? parseUntil(untils[0], engine.now()) : undefined;
  const report: PruneReport = { deleted: [], reclaimed: 0 };
  const newestFirst = allContainers(engine)
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.created - a.c.created || b.i - a.i)
    .map(({ c }) => c);
  for (const c of newestFirst) {
    if (isRunning(c) || !pruneMatches(c, filters, until)) continue;
    report.reclaimed += c.sizeRw;
    report.deleted.push(c.id);
    destroyContainer(engine, c, false);
  }
  return report;
}
