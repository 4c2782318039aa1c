import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

const now = Date.parse('2026-10-01T12:00:00Z');
const sim = () => createSimulator({ seed: 1, clock: () => now });

const CLIENT = `Client: Docker Engine - Community
 Version:    29.7.2
 Context:    default
 Debug Mode: DEBUG
 Plugins:
  buildx: Docker Buildx (Docker Inc.)
    Version:  v0.33.0
    Path:     /usr/libexec/docker/cli-plugins/docker-buildx
  compose: Docker Compose (Docker Inc.)
    Version:  v5.4.0
    Path:     /usr/libexec/docker/cli-plugins/docker-compose

Server:
`;

const server = (counts: string, debugLines = '') => `${counts}
 Server Version: 29.7.2
 Storage Driver: overlayfs
  driver-type: io.containerd.snapshotter.v1
 Logging Driver: json-file
 Cgroup Driver: systemd
 Cgroup Version: 2
 Plugins:
  Volume: local
  Network: bridge host ipvlan macvlan null overlay
  Log: awslogs fluentd gcplogs gelf journald json-file local splunk syslog
 CDI spec directories:
  /etc/cdi
  /var/run/cdi
 Swarm: inactive
 Runtimes: io.containerd.runc.v2 runc
 Default Runtime: runc
 Init Binary: docker-init
 containerd version: aad11006b869517fcd3009450b6f82da282e1a9b
 runc version: v1.4.3-0-g8bd78a99
 init version: de40ad0
 Security Options:
  apparmor
  seccomp
   Profile: builtin
  cgroupns
 Kernel Version: 6.12.48+deb13-amd64
 Operating System: Debian GNU/Linux 13 (trixie)
 OSType: linux
 Architecture: x86_64
 CPUs: 2
 Total Memory: 7.752GiB
 Name: dockyard
 ID: b8919492-1c0e-4de6-9f09-a64c05f134ac
 Docker Root Dir: /var/lib/docker
 Debug Mode: false
${debugLines} Experimental: false
 Insecure Registries:
  ::1/128
  127.0.0.0/8
 Live Restore Enabled: false
 Firewall Backend: iptables
  EnableUserlandProxy: true
  UserlandProxyPath: /usr/bin/docker-proxy

`;

const EMPTY = ` Containers: 0
  Running: 0
  Paused: 0
  Stopped: 0
 Images: 0`;

describe('docker info', () => {
  it('prints the client and the daemon of an empty machine', async () => {
    const expected = { stdout: CLIENT.replace('DEBUG', 'false') + server(EMPTY), stderr: '', exitCode: 0 };
    const s = sim();
    expect(await s.run('docker info')).toEqual(expected);
    expect(await s.run('docker system info')).toEqual(expected);
  });

  it('counts containers by state and images from the world', async () => {
    const s = sim();
    await s.run('docker pull -q alpine');
    await s.run('docker run -d --name sleeper alpine sleep 1000');
    await s.run('docker run -d --name paused alpine sleep 1000');
    await s.run('docker pause paused');
    await s.run('docker create alpine');
    const counts = ` Containers: 3
  Running: 1
  Paused: 1
  Stopped: 1
 Images: 1`;
    const r = await s.run('docker info');
    expect(r).toEqual({ stdout: CLIENT.replace('DEBUG', 'false') + server(counts), stderr: '', exitCode: 0 });
    expect(await s.run("docker info --format '{{.Containers}} {{.ContainersRunning}} {{.ContainersPaused}} {{.ContainersStopped}} {{.Images}}'")).toEqual({
      stdout: '3 1 1 1 1\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('shows the daemon debugging figures with -D', async () => {
    const debug = `  File Descriptors: 27
  Goroutines: 47
  System Time: 2026-10-01T12:00:00Z
  EventsListeners: 0
`;
    expect(await sim().run('docker -D info')).toEqual({
      stdout: CLIENT.replace('DEBUG', 'true') + server(EMPTY, debug),
      stderr: '',
      exitCode: 0,
    });
  });

  it('renders --format over the daemon info and ClientInfo', async () => {
    const s = sim();
    expect(await s.run("docker info -f '{{.ServerVersion}} {{.Driver}} {{.OSType}}/{{.Architecture}} {{.ClientInfo.Context}}'")).toEqual({
      stdout: '29.7.2 overlayfs linux/x86_64 default\n',
      stderr: '',
      exitCode: 0,
    });
    expect(await s.run("docker info -f '{{range .ClientInfo.Plugins}}{{.Name}} {{end}}'")).toEqual({ stdout: 'buildx compose \n', stderr: '', exitCode: 0 });
    const json = await s.run('docker info --format json');
    expect(json.stdout.startsWith('{"ID":"b8919492-1c0e-4de6-9f09-a64c05f134ac","Containers":0,')).toBe(true);
    expect(JSON.parse(json.stdout).ClientInfo.Plugins.map((p: { Name: string }) => p.Name)).toEqual(['buildx', 'compose']);
    expect(await s.run("docker info -f '{{.Nope}}'")).toEqual({
      stdout: '\n',
      stderr: 'template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type system.dockerInfo\n',
      exitCode: 1,
    });
    expect(await s.run("docker info -f '{{.Nope'")).toEqual({
      stdout: '',
      stderr: 'template parsing error: template: :1: unclosed action\n',
      exitCode: 64,
    });
  });

  it('stops after "Server:" when the daemon cannot be reached', async () => {
    expect(await sim().run('docker -H tcp://10.0.0.9:2375 info')).toEqual({
      stdout: CLIENT.replace('DEBUG', 'false'),
      stderr: 'Cannot connect to the Docker daemon at tcp://10.0.0.9:2375. Is the docker daemon running?\n',
      exitCode: 1,
    });
  });

  it('rejects arguments and unknown flags', async () => {
    const s = sim();
    expect(await s.run('docker info all')).toEqual({
      stdout: '',
      stderr: "docker: 'docker info' accepts no arguments\n\nUsage:  docker info [OPTIONS]\n\nRun 'docker info --help' for more information\n",
      exitCode: 1,
    });
    expect(await s.run('docker system info -x')).toEqual({
      stdout: '',
      stderr: "unknown shorthand flag: 'x' in -x\n\nUsage:  docker system info [OPTIONS]\n\nRun 'docker system info --help' for more information\n",
      exitCode: 125,
    });
  });
});
