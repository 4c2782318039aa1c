// ContainerStats (moby daemon/stats.go) reduced to what `docker stats` computes from it: CPU %,
// memory without cache against the limit (-m, or the host's memory when none is set), network and
// block I/O, PIDs. A stopped or restarting container reports zeros. The figures come from the
// container's processes and a hash of the container and the current second, so they are
// plausible, vary a little from one sample to the next and never touch the seeded generator.
import { sha256Hex } from '../../util/sha256.ts';
import { HOST } from '../daemon-version.ts';
import type { Engine } from '../engine.ts';
import type { ContainerRecord } from '../state.ts';
import { containerProcesses } from './processes.ts';

export interface StatsSample {
  id: string;
  name: string;
  cpuPercent: number;
  memory: number;
  memoryLimit: number;
  memoryPercent: number;
  netRx: number;
  netTx: number;
  blockRead: number;
  blockWrite: number;
  pids: number;
}

/** A stable number in [0, 1) for this container and text. */
function unit(c: ContainerRecord, text: string): number {
  return parseInt(sha256Hex(`${c.id}:${text}`).slice(0, 8), 16) / 2 ** 32;
}

export function containerStats(engine: Engine, c: ContainerRecord): StatsSample {
  const base = { id: c.id, name: `/${c.name}` };
  const zero = { cpuPercent: 0, memory: 0, memoryLimit: 0, memoryPercent: 0, netRx: 0, netTx: 0, blockRead: 0, blockWrite: 0, pids: 0 };
  if (c.state.status !== 'running' && c.state.status !== 'paused') return { ...base, ...zero };
  const now = engine.now();
  const second = Math.floor(now / 1000);
  const procs = containerProcesses(engine, c);
  const rss = procs.reduce((n, p) => n + p.rss, 0) * 1024;
  const memory = Math.round(rss * (0.9 + 0.05 * unit(c, `mem:${second}`)));
  const limit = c.hostConfig.Resources?.Memory || HOST.memTotal;
  const uptime = Math.max(0, (now - c.state.startedAt) / 1000);
  const idle = c.state.status === 'paused' || procs.length === 1;
  const cpuPercent = idle ? 0 : Math.round(unit(c, `cpu:${second}`) * 3) / 100;
  const bridge = c.hostConfig.NetworkMode === 'bridge';
  return {
    ...base,
    cpuPercent,
    memory,
    memoryLimit: limit,
    memoryPercent: (memory / limit) * 100,
    netRx: bridge ? Math.round(746 + 300 * unit(c, 'rx') + Math.min(uptime, 3600) * 0.6) : 0,
    netTx: bridge ? 126 : 0,
    blockRead: 0,
    blockWrite: procs.length > 1 ? 4096 * (2 + Math.floor(4 * unit(c, 'bw'))) : 0,
    pids: procs.length,
  };
}
