// `npm run bench`: latency figures of the simulator, one per line, as "name: value unit".
// Run with Node >= 22.6 (type stripping); the npm script uses the project's Node 24.
import { createSimulator } from '../src/simulator/index.ts';
import { performance } from 'node:perf_hooks';
import { containerMemory, shellScriptMs } from './filesystem.ts';
import { composeUpDown } from './compose.ts';
import { buildBench } from './build.ts';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
}

function fmt(ms: number): string {
  return ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(3)} ms`;
}

async function mixedSession(n: number): Promise<number[]> {
  let now = Date.UTC(2026, 10, 25, 10, 0, 0);
  const sim = createSimulator({ seed: 42, clock: () => now });
  await sim.run('docker pull nginx');
  await sim.run('docker pull alpine');
  const times: number[] = [];
  const live: string[] = [];
  for (let i = 0; i < n; i++) {
    const k = i % 7;
    let line: string;
    if (k === 0 || live.length === 0) line = `docker run -d --name c${i} ${i % 2 ? 'nginx' : 'alpine sleep 1000'}`;
    else if (k === 1) line = 'docker ps';
    else if (k === 2) line = `docker inspect ${live[live.length - 1]}`;
    else if (k === 3) line = `docker logs ${live[live.length - 1]}`;
    else if (k === 4) line = `docker stop -t 0 ${live[live.length - 1]}`;
    else if (k === 5) line = `docker rm -f ${live.pop()}`;
    else line = 'docker images';
    const t0 = performance.now();
    const r = await sim.run(line);
    times.push(performance.now() - t0);
    if (line.startsWith("docker run") && r.exitCode === 0) live.push(`c${i}`);
    now += 100;
  }
  return times.sort((a, b) => a - b);
}

async function psWithContainers(count: number): Promise<number> {
  const now = Date.UTC(2026, 10, 25, 10, 0, 0);
  const sim = createSimulator({ seed: 7, clock: () => now });
  await sim.run('docker pull alpine');
  for (let i = 0; i < count; i++) await sim.run(`docker create --name c${i} alpine`);
  const runs: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    await sim.run('docker ps -a');
    runs.push(performance.now() - t0);
  }
  runs.sort((a, b) => a - b);
  return runs[Math.floor(runs.length / 2)];
}

/** 1,000 host `curl` requests through a published port (nginx behind -p 8080:80): total ms. */
async function curlPublishedPort(n: number): Promise<number> {
  const now = Date.UTC(2026, 10, 25, 10, 0, 0);
  const sim = createSimulator({ seed: 11, clock: () => now });
  await sim.run('docker run -d -p 8080:80 nginx');
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await sim.run('curl -s localhost:8080');
  return performance.now() - t0;
}

const mixed = await mixedSession(10_000);
console.log(`mixed session (10,000 commands) median: ${fmt(percentile(mixed, 50))}`);
console.log(`mixed session (10,000 commands) p99: ${fmt(percentile(mixed, 99))}`);
console.log(`docker ps -a with 1,000 containers (median of 20): ${fmt(await psWithContainers(1000))}`);

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
console.log(`shell script, 1,000 lines (median of 5): ${fmt(await shellScriptMs(1000))}`);
const memory = await containerMemory(100);
console.log(`heap per container, 100 containers from ${memory.images} images (${(memory.imageBytes / 1e6).toFixed(0)} MB of image content): ${kb(memory.perContainer)}`);
console.log(`heap per container after each wrote ${kb(memory.written / 100)}: ${kb(memory.perContainerAfterWrites)}`);
console.log(`1,000 curl requests through a published port (total): ${(await curlPublishedPort(1000)).toFixed(1)} ms`);
const compose = await composeUpDown(10);
console.log(`docker compose up -d, 10-service stack (median of 10): ${fmt(compose.up)}`);
console.log(`docker compose down, 10-service stack (median of 10): ${fmt(compose.down)}`);
const build = await buildBench(9);
console.log(`docker build, ${build.steps}-step Dockerfile, cold --no-cache (median of 9): ${fmt(build.cold)}`);
console.log(`docker build, ${build.steps}-step Dockerfile, fully cached (median of 9): ${fmt(build.cached)}`);
