// `# syntax=docker/dockerfile:1`: BuildKit resolves and pulls the Dockerfile frontend image before
// the base images' metadata, and finds it CACHED on the next build.
import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../index.ts';

describe('the syntax directive', () => {
  it('loads the frontend image once, then from the cache', async () => {
    let now = Date.UTC(2026, 10, 25, 10, 0, 0);
    const sim = createSimulator({ seed: 1, clock: () => now, files: { 'app/Dockerfile': '# syntax=docker/dockerfile:1\nFROM alpine\n' } });
    await sim.run('docker pull -q alpine');
    now += 1000;
    const first = (await sim.run('docker build -t x app')).stderr;
    const frontend = '#2 resolve image config for docker-image://docker.io/docker/dockerfile:1\n#2 DONE 0.5s\n\n#3 docker-image://docker.io/docker/dockerfile:1@sha256:4bd2295fb581eeec3c6f8db50c133d792367faa38fc09e0140b37c8b4ad80ba2\n';
    expect(first).toContain(
      `#1 DONE 0.0s\n\n${frontend}#3 resolve docker.io/docker/dockerfile:1@sha256:4bd2295fb581eeec3c6f8db50c133d792367faa38fc09e0140b37c8b4ad80ba2 done\n` +
        '#3 sha256:3dc359072a97c89b875be305f5289978c765935c4f9dfa1c058bf7892737426c 13.18MB / 13.18MB 0.3s done\n' +
        '#3 extracting sha256:3dc359072a97c89b875be305f5289978c765935c4f9dfa1c058bf7892737426c 0.2s done\n#3 DONE 0.6s\n\n#4 [internal] load metadata for docker.io/library/alpine:latest\n',
    );
    now += 1000;
    const second = (await sim.run('docker build -t x app')).stderr;
    expect(second).toContain(`${frontend}#3 CACHED\n\n#4 [internal] load metadata`);
  });
});
