// Figures for the filesystem and shell: a 1,000-line shell script's run time, and the heap that
// 100 containers from 5 images take, before and after each writes to its writable layer (image
// layers are generated once and shared, so memory follows what containers write, not image size).
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';
import { createSimulator } from '../src/simulator/index.ts';

const T0 = Date.UTC(2026, 10, 25, 10, 0, 0);

/** global.gc when node runs with --expose-gc, else the same function obtained at run time. */
function collector(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

/** A script of `lines` lines mixing assignments, arithmetic, tests, output, files and pipes. */
export function script(lines: number): string {
  const out: string[] = ['#!/bin/bash', 'count=0', 'mkdir -p /tmp/bench'];
  for (let i = out.length; i < lines; i++) {
    switch (i % 6) {
      case 0: out.push(`name_${i}="item ${i}"`); break;
      case 1: out.push(`count=$((count + ${i}))`); break;
      case 2: out.push(`if [ $((count % 3)) -eq 0 ]; then echo "fizz ${i}" >> /tmp/bench/log; fi`); break;
      case 3: out.push(`echo "line ${i}: $count" >> /tmp/bench/log`); break;
      case 4: out.push(`test -f /tmp/bench/log && lines=$(wc -l < /tmp/bench/log)`); break;
      default: out.push(`echo "$name_${i - 5}" | grep -c item > /dev/null`);
    }
  }
  return `${out.join('\n')}\n`;
}

export async function shellScriptMs(lines: number, runs = 5): Promise<number> {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const sim = createSimulator({ seed: 1, clock: () => T0, files: { 'bench.sh': script(lines) } });
    const t0 = performance.now();
    const result = await sim.run('bash bench.sh');
    times.push(performance.now() - t0);
    if (result.exitCode !== 0) throw new Error(`bench.sh failed: ${result.stderr}`);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export interface MemoryFigures {
  images: number;
  imageBytes: number;
  perContainer: number;
  written: number;
  perContainerAfterWrites: number;
}

const IMAGES = ['alpine', 'ubuntu', 'nginx', 'redis', 'busybox'];

export async function containerMemory(count = 100): Promise<MemoryFigures> {
  const gc = collector();
  const heap = () => {
    gc();
    gc();
    return process.memoryUsage().heapUsed;
  };
  const sim = createSimulator({ seed: 3, clock: () => T0 });
  // Pull each image and start one container from it, so its layers' files are generated.
  for (const image of IMAGES) await sim.run(`docker run --rm -q ${image} true`);
  const before = heap();
  for (let i = 0; i < count; i++) await sim.run(`docker run -d --name c${i} ${IMAGES[i % IMAGES.length]} sleep 100000`);
  const withContainers = heap();
  for (let i = 0; i < count; i++) {
    await sim.run(`docker exec c${i} sh -c 'i=0; while [ $i -lt 100 ]; do echo "container ${i} wrote line $i" >> /tmp/data.log; i=$((i+1)); done'`);
  }
  const afterWrites = heap();
  const world = (sim.snapshot() as unknown as { world: { images: Record<string, { layers: { unpacked: number }[] }>; containers: Record<string, { sizeRw: number }> } }).world;
  return {
    images: IMAGES.length,
    imageBytes: Object.values(world.images).reduce((n, im) => n + im.layers.reduce((m, l) => m + l.unpacked, 0), 0),
    perContainer: (withContainers - before) / count,
    written: Object.values(world.containers).reduce((n, c) => n + c.sizeRw, 0),
    perContainerAfterWrites: (afterWrites - before) / count,
  };
}
