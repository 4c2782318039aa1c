// `docker build` of a 20-step Dockerfile (WORKDIR, COPY of a small project, RUN steps writing
// files, ENV/LABEL/EXPOSE metadata), the base image pulled beforehand: the median wall time of a
// cold build (--no-cache: every step runs) and of a fully cached rebuild, over a few rounds.
import { performance } from 'node:perf_hooks';
import { createSimulator } from '../src/simulator/index.ts';

const STEPS = [
  'FROM alpine',
  'WORKDIR /app',
  'ENV APP_ENV=production',
  'COPY package.json .',
  'RUN mkdir -p /app/lib /app/data',
  'RUN echo "installing" && cat package.json > /app/data/manifest.json',
  'COPY src ./src',
  ...Array.from({ length: 9 }, (_, i) => `RUN echo "step ${i}" > /app/lib/step${i}.txt && ls /app/lib | wc -l`),
  'LABEL org.example.bench=true',
  'EXPOSE 8080',
  'USER nobody',
  'CMD ["cat", "/app/data/manifest.json"]',
];

const FILES: Record<string, string> = {
  'bench/Dockerfile': `${STEPS.join('\n')}\n`,
  'bench/package.json': '{ "name": "bench", "version": "1.0.0" }\n',
  'bench/src/index.js': 'console.log("hi");\n',
  'bench/src/lib.js': 'module.exports = 1;\n',
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Median ms of a cold and of a fully cached build of the 20-step Dockerfile. */
export async function buildBench(rounds: number): Promise<{ cold: number; cached: number; steps: number }> {
  let now = Date.UTC(2026, 10, 25, 10, 0, 0);
  const sim = createSimulator({ seed: 5, clock: () => now, files: FILES });
  await sim.run('docker pull -q alpine');
  await sim.run('cd bench');
  const cold: number[] = [];
  const cached: number[] = [];
  for (let i = 0; i < rounds; i++) {
    let t0 = performance.now();
    const a = await sim.run('docker build --no-cache -t bench .');
    cold.push(performance.now() - t0);
    now += 1000;
    t0 = performance.now();
    const b = await sim.run('docker build -t bench .');
    cached.push(performance.now() - t0);
    now += 1000;
    if (a.exitCode !== 0 || b.exitCode !== 0 || !b.stderr.includes('CACHED')) throw new Error(`bench build failed:\n${a.stderr}${b.stderr}`);
  }
  return { cold: median(cold), cached: median(cached), steps: STEPS.length };
}
