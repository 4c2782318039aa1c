import { describe, expect, it } from 'vitest';
import { createSimulator } from '../index.ts';

const now = Date.parse('2026-10-01T12:00:00Z');

/** alpine (two tags) and nginx:alpine; web running, idle created, napper paused. */
async function world() {
  const sim = createSimulator({ seed: 1, clock: () => now });
  for (const line of [
    'docker pull -q alpine',
    'docker pull -q nginx:alpine',
    'docker tag alpine alpine:3',
    'docker run -d --name web nginx:alpine',
    'docker create --name idle alpine',
    'docker run -d --name napper alpine sleep 100',
    'docker pause napper',
  ]) {
    await sim.run(line);
  }
  return sim;
}

const at = (line: string, candidates: string[]) => ({ start: line.length - (/\S*$/.exec(line)?.[0].length ?? 0), candidates });

describe('tab completion', () => {
  it('completes the host commands and docker commands', async () => {
    const sim = createSimulator({ seed: 1, clock: () => now });
    expect(sim.complete('')).toEqual({ start: 0, candidates: ['clear', 'docker'] });
    expect(sim.complete('do')).toEqual({ start: 0, candidates: ['docker'] });
    expect(sim.complete('docker ver')).toEqual({ start: 7, candidates: ['version'] });
    expect(sim.complete('docker sy')).toEqual({ start: 7, candidates: ['system'] });
    expect(sim.complete('docker he')).toEqual({ start: 7, candidates: ['help'] });
    expect(sim.complete('docker system ')).toEqual({ start: 14, candidates: ['df', 'events', 'info', 'prune'] });
    expect(sim.complete('docker help system ')).toEqual({ start: 19, candidates: ['df', 'events', 'info', 'prune'] });
    expect(sim.complete('ls ')).toEqual({ start: 3, candidates: [] });
  });

  it('completes at the cursor, not at the end of the line', async () => {
    const sim = createSimulator({ seed: 1, clock: () => now });
    expect(sim.complete('docker sys df', 9)).toEqual({ start: 7, candidates: ['system'] });
  });

  it('completes flags of the command, long and short, leaving out those given', async () => {
    const sim = createSimulator({ seed: 1, clock: () => now });
    expect(sim.complete('docker system df -')).toEqual(at('docker system df -', ['--format', '--verbose', '-v']));
    expect(sim.complete('docker system prune -f -')).toEqual(at('docker system prune -f -', ['--all', '--filter', '--volumes', '-a']));
    expect(sim.complete('docker --log')).toEqual(at('docker --log', ['--log-level']));
    expect(sim.complete('docker -')).toEqual(
      at('docker -', ['--config', '--context', '--debug', '--host', '--log-level', '--tls', '--tlscacert', '--tlscert', '--tlskey', '--tlsverify', '--version', '-D', '-H', '-c', '-l', '-v']),
    );
  });

  it("completes the root's --log-level and --context values, nothing for other values", async () => {
    const sim = createSimulator({ seed: 1, clock: () => now });
    expect(sim.complete('docker --log-level ')).toEqual(at('docker --log-level ', ['debug', 'error', 'fatal', 'info', 'warn']));
    expect(sim.complete('docker -c ')).toEqual(at('docker -c ', ['default']));
    expect(sim.complete('docker run --name ')).toEqual(at('docker run --name ', []));
  });

  it('offers the containers each command accepts', async () => {
    const sim = await world();
    expect(sim.complete('docker stop ')).toEqual(at('docker stop ', ['napper', 'web']));
    expect(sim.complete('docker start ')).toEqual(at('docker start ', ['idle']));
    expect(sim.complete('docker rm ')).toEqual(at('docker rm ', ['idle']));
    expect(sim.complete('docker rm -f ')).toEqual(at('docker rm -f ', ['idle', 'napper', 'web']));
    expect(sim.complete('docker unpause ')).toEqual(at('docker unpause ', ['napper']));
    expect(sim.complete('docker container logs w')).toEqual(at('docker container logs w', ['web']));
    expect(sim.complete('docker rm -f web ')).toEqual(at('docker rm -f web ', ['idle', 'napper']));
    expect(sim.complete('docker inspect ')).toEqual(at('docker inspect ', []));
    expect(sim.complete('docker inspect --type container ')).toEqual(at('docker inspect --type container ', ['idle', 'napper', 'web']));
  });

  it('offers local image references where a command takes an image', async () => {
    const sim = await world();
    expect(sim.complete('docker run ')).toEqual(at('docker run ', ['alpine:3', 'alpine:latest', 'nginx:alpine']));
    expect(sim.complete('docker run -d --name x al')).toEqual(at('docker run -d --name x al', ['alpine:3', 'alpine:latest']));
    // After the image come the container's command and arguments: nothing to offer, no flags.
    expect(sim.complete('docker run alpine ')).toEqual(at('docker run alpine ', []));
    expect(sim.complete('docker run -it alpine -')).toEqual(at('docker run -it alpine -', []));
    expect(sim.complete('docker image ls ')).toEqual(at('docker image ls ', ['alpine', 'alpine:3', 'alpine:latest', 'nginx:alpine']));
  });
});
