import { describe, expect, it } from 'vitest';
import { createSimulator } from '../index.ts';

function setup() {
  let now = Date.UTC(2026, 10, 25, 10, 0, 0);
  const sim = createSimulator({ seed: 3, clock: () => now });
  const advance = (ms: number) => (now += ms);
  return { sim, advance };
}

const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });
const NAMES = "docker ps -a --format '{{.Names}} {{.Status}} {{.RunningFor}}'";

describe('daemon restart (sudo systemctl restart docker)', () => {
  it('brings back always and unless-stopped containers, leaves no and user-stopped ones exited', async () => {
    const { sim, advance } = setup();
    await sim.run('docker pull -q nginx');
    await sim.run('docker run -d --name always --restart always nginx');
    await sim.run('docker run -d --name unless --restart unless-stopped nginx');
    await sim.run('docker run -d --name stopped-unless --restart unless-stopped nginx');
    await sim.run('docker run -d --name stopped-always --restart always nginx');
    await sim.run('docker run -d --name never nginx');
    await sim.run('docker run -d --name onfail --restart on-failure nginx');
    await sim.run('docker stop stopped-unless stopped-always');
    advance(60_000);
    expect(await sim.run('sudo systemctl restart docker')).toEqual(ok(''));
    expect(await sim.run("docker ps -a --format '{{.Names}}: {{.Status}}'")).toEqual(
      ok(
        [
          'onfail: Exited (0) Less than a second ago',
          'never: Exited (0) Less than a second ago',
          'stopped-always: Up Less than a second',
          'stopped-unless: Exited (0) About a minute ago',
          'unless: Up Less than a second',
          'always: Up Less than a second',
          '',
        ].join('\n'),
      ),
    );
  });

  it('kills a container that ignores SIGTERM after its stop timeout, and resets RestartCount', async () => {
    const { sim } = setup();
    await sim.run('docker pull -q alpine');
    await sim.run('docker run -d --name sleeper --restart always --stop-timeout 3 alpine sleep 1000');
    await sim.run('docker run -d --name crash --restart always alpine sh -c "sleep 5; exit 1"');
    await sim.run('docker run -d --name plain alpine sleep 1000');
    expect(await sim.run('sudo service docker restart')).toEqual(ok(''));
    expect(await sim.run("docker ps -a --format '{{.Names}}: {{.Status}}'")).toEqual(
      ok('plain: Exited (137) Less than a second ago\ncrash: Up Less than a second\nsleeper: Up Less than a second\n'),
    );
    expect(await sim.run("docker inspect --format '{{.RestartCount}}' crash")).toEqual(ok('0\n'));
  });

  it('needs root: without sudo systemctl is denied, service is not on the PATH', async () => {
    const { sim } = setup();
    expect(await sim.run('systemctl restart docker')).toEqual({
      stdout: '',
      stderr: "Failed to restart docker.service: Access denied\nSee system logs and 'systemctl status docker.service' for details.\n",
      exitCode: 1,
    });
    expect(await sim.run('service docker restart')).toEqual({ stdout: '', stderr: 'bash: service: command not found\n', exitCode: 127 });
    expect(await sim.run('sudo systemctl restart nope')).toEqual({ stdout: '', stderr: 'Failed to restart nope.service: Unit nope.service not found.\n', exitCode: 5 });
    expect(await sim.run('sudo frobnicate')).toEqual({ stdout: '', stderr: 'sudo: frobnicate: command not found\n', exitCode: 1 });
  });

  it('systemctl status shows the unit; after stop it is inactive and docker.socket starts it again', async () => {
    const { sim, advance } = setup();
    advance(125_000);
    expect(await sim.run('systemctl status docker')).toEqual(
      ok(
        [
          '● docker.service - Docker Application Container Engine',
          '     Loaded: loaded (/usr/lib/systemd/system/docker.service; enabled; preset: enabled)',
          '     Active: active (running) since Wed 2026-11-25 10:00:00 UTC; 2min 5s ago',
          'TriggeredBy: ● docker.socket',
          '       Docs: https://docs.docker.com',
          '   Main PID: 641 (dockerd)',
          '     CGroup: /system.slice/docker.service',
          '             └─641 /usr/bin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock',
          '',
        ].join('\n'),
      ),
    );
    expect(await sim.run('sudo systemctl stop docker')).toEqual({
      stdout: '',
      stderr: "Stopping 'docker.service', but its triggering units are still active:\ndocker.socket\n",
      exitCode: 0,
    });
    advance(3_000);
    const down = await sim.run('systemctl status docker');
    expect(down.exitCode).toBe(3);
    expect(down.stdout.split('\n').slice(0, 3)).toEqual([
      '○ docker.service - Docker Application Container Engine',
      '     Loaded: loaded (/usr/lib/systemd/system/docker.service; enabled; preset: enabled)',
      '     Active: inactive (dead) since Wed 2026-11-25 10:02:05 UTC; 3s ago',
    ]);
    expect((await sim.run('docker ps -q')).exitCode).toBe(0);
    expect((await sim.run('systemctl status docker')).exitCode).toBe(0);
  });
});
