import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

const START = Date.UTC(2026, 2, 2, 9, 0, 0);
const WEB = 'ae993a0ba8c8cfde067b807c493bb1f0322189b0237d84e727cd2022d02e66f3';
const IDLE = 'f6d20faefe23ac0ddf83bd7652b215a875b2ae1bedbf6cf4d40f7547febb4950';
const NGINX = 'sha256:4e41a9d5f2f4b8035693f6321e7a5c0ad9802e18aec3631d7e02cb1a942c2e3b';
const BRIDGE = '308eb0d7515a87cec877fbe388dfa407c82c7fa6ae5e1489d7b0482fad3ea16d';

async function setup() {
  let now = START;
  const sim = createSimulator({ seed: 1, clock: () => now });
  for (const line of ['docker pull -q nginx', 'docker run -d --name web nginx', 'docker create --name idle nginx']) {
    expect((await sim.run(line)).exitCode).toBe(0);
  }
  now += 60_000;
  return sim;
}

const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });
const fail = (stderr: string, exitCode = 1, stdout = '') => ({ stdout, stderr, exitCode });

const MASKED = [
  '/proc/acpi', '/proc/asound', '/proc/interrupts', '/proc/kcore', '/proc/keys', '/proc/latency_stats', '/proc/sched_debug',
  '/proc/scsi', '/proc/timer_list', '/proc/timer_stats', '/sys/devices/virtual/powercap', '/sys/firmware',
];

function hostConfig() {
  return {
    Binds: null, ContainerIDFile: '', LogConfig: { Type: 'json-file', Config: {} }, NetworkMode: 'bridge', PortBindings: {},
    RestartPolicy: { Name: 'no', MaximumRetryCount: 0 }, AutoRemove: false, VolumeDriver: '', VolumesFrom: null, ConsoleSize: [0, 0],
    CapAdd: null, CapDrop: null, CgroupnsMode: 'private', Dns: [], DnsOptions: [], DnsSearch: [], ExtraHosts: null, GroupAdd: null,
    IpcMode: 'private', Cgroup: '', Links: null, OomScoreAdj: 0, PidMode: '', Privileged: false, PublishAllPorts: false,
    ReadonlyRootfs: false, SecurityOpt: null, UTSMode: '', UsernsMode: '', ShmSize: 67108864, Runtime: 'runc', Isolation: '',
    CpuShares: 0, Memory: 0, NanoCpus: 0, CgroupParent: '', BlkioWeight: 0, BlkioWeightDevice: [], BlkioDeviceReadBps: [],
    BlkioDeviceWriteBps: [], BlkioDeviceReadIOps: [], BlkioDeviceWriteIOps: [], CpuPeriod: 0, CpuQuota: 0, CpuRealtimePeriod: 0,
    CpuRealtimeRuntime: 0, CpusetCpus: '', CpusetMems: '', Devices: [], DeviceCgroupRules: null, DeviceRequests: null,
    MemoryReservation: 0, MemorySwap: 0, MemorySwappiness: null, OomKillDisable: null, PidsLimit: null, Ulimits: [], CpuCount: 0,
    CpuPercent: 0, IOMaximumIOps: 0, IOMaximumBandwidth: 0, MaskedPaths: MASKED,
    ReadonlyPaths: ['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger'],
  };
}

/** `docker create --name idle nginx` as Engine 29 shows it: no paths, no sandbox, no NetworkID yet. */
const IDLE_DOC = {
  Id: IDLE,
  Created: '2026-03-02T09:00:05.516Z',
  Path: '/docker-entrypoint.sh',
  Args: ['nginx', '-g', 'daemon off;'],
  State: {
    Status: 'created', Running: false, Paused: false, Restarting: false, OOMKilled: false, Dead: false, Pid: 0, ExitCode: 0,
    Error: '', StartedAt: '0001-01-01T00:00:00Z', FinishedAt: '0001-01-01T00:00:00Z',
  },
  Image: NGINX,
  ResolvConfPath: '', HostnamePath: '', HostsPath: '', LogPath: '',
  Name: '/idle', RestartCount: 0, Driver: 'overlayfs', Platform: 'linux', MountLabel: '', ProcessLabel: '', AppArmorProfile: '',
  ExecIDs: null,
  HostConfig: hostConfig(),
  Storage: { RootFS: { Snapshot: { Name: 'overlayfs' } } },
  Mounts: [],
  Config: {
    Hostname: 'f6d20faefe23', Domainname: '', User: '', AttachStdin: false, AttachStdout: true, AttachStderr: true,
    ExposedPorts: { '80/tcp': {} }, Tty: false, OpenStdin: false, StdinOnce: false,
    Env: [
      'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'NGINX_VERSION=1.31.4', 'NJS_VERSION=1.0.0',
      'NJS_RELEASE=1~trixie', 'ACME_VERSION=0.4.1', 'PKG_RELEASE=1~trixie', 'DYNPKG_RELEASE=1~trixie',
    ],
    Cmd: ['nginx', '-g', 'daemon off;'], Image: 'nginx', Volumes: null, WorkingDir: '', Entrypoint: ['/docker-entrypoint.sh'],
    Labels: { maintainer: 'NGINX Docker Maintainers <docker-maint@nginx.com>' }, StopSignal: 'SIGQUIT',
  },
  NetworkSettings: {
    SandboxID: '', SandboxKey: '', Ports: {},
    Networks: {
      bridge: {
        IPAMConfig: null, Links: null, Aliases: null, DriverOpts: null, GwPriority: 0, NetworkID: '', EndpointID: '', Gateway: '',
        IPAddress: '', MacAddress: '', IPPrefixLen: 0, IPv6Gateway: '', GlobalIPv6Address: '', GlobalIPv6PrefixLen: 0, DNSNames: null,
      },
    },
  },
  ImageManifestDescriptor: {
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    digest: 'sha256:9fa6623bd383818544c45740fd62366eb844a3ba661fb7d21210bc2790d084e9',
    size: 1921,
    platform: { architecture: 'amd64', os: 'linux' },
  },
};

describe('docker container inspect', () => {
  it('prints the document of a created container as an indented array', async () => {
    const sim = await setup();
    expect(await sim.run('docker container inspect idle')).toEqual(ok(`${JSON.stringify([IDLE_DOC], null, 4)}\n`));
  });

  it('fills in the runtime parts once the container started', async () => {
    const sim = await setup();
    const [doc] = JSON.parse((await sim.run('docker container inspect web')).stdout);
    expect(doc.State).toEqual({
      Status: 'running', Running: true, Paused: false, Restarting: false, OOMKilled: false, Dead: false, Pid: 1229, ExitCode: 0,
      Error: '', StartedAt: '2026-03-02T09:00:05.516Z', FinishedAt: '0001-01-01T00:00:00Z',
    });
    expect(doc.ResolvConfPath).toBe(`/var/lib/docker/containers/${WEB}/resolv.conf`);
    expect(doc.LogPath).toBe(`/var/lib/docker/containers/${WEB}/${WEB}-json.log`);
    expect(doc.AppArmorProfile).toBe('docker-default');
    expect(doc.NetworkSettings.Ports).toEqual({ '80/tcp': null });
    expect(doc.NetworkSettings.SandboxKey).toMatch(/^\/var\/run\/docker\/netns\/[0-9a-f]{12}$/);
    expect(doc.NetworkSettings.Networks.bridge).toMatchObject({ NetworkID: BRIDGE, Gateway: '172.17.0.1', IPAddress: '172.17.0.2', IPPrefixLen: 16 });
  });

  it('keeps the network id but clears the operational data once stopped', async () => {
    const sim = await setup();
    await sim.run('docker stop web');
    expect(await sim.run('docker inspect -f "{{.State.Status}} {{.State.ExitCode}} {{json .NetworkSettings}}" web')).toEqual(
      ok(
        `exited 0 {"SandboxID":"","SandboxKey":"","Ports":{},"Networks":{"bridge":{"IPAMConfig":null,"Links":null,"Aliases":null,"DriverOpts":null,"GwPriority":0,"NetworkID":"${BRIDGE}","EndpointID":"","Gateway":"","IPAddress":"","MacAddress":"","IPPrefixLen":0,"IPv6Gateway":"","GlobalIPv6Address":"","GlobalIPv6PrefixLen":0,"DNSNames":null}}}\n`,
      ),
    );
  });

  it('keeps <, > and & as the daemon writes them (WriteJSON does not escape HTML)', async () => {
    const sim = await setup();
    await sim.run('docker create --name tagged -l "note=<a & b>" nginx');
    expect((await sim.run('docker inspect tagged')).stdout).toContain('"Labels": {\n                "maintainer": "NGINX Docker Maintainers <docker-maint@nginx.com>",\n                "note": "<a & b>"\n            },');
    expect(await sim.run('docker inspect -f "{{json .Config.Labels}}" tagged')).toEqual(ok('{"maintainer":"NGINX Docker Maintainers <docker-maint@nginx.com>","note":"<a & b>"}\n'));
  });

  it('renders templates on the typed value, then on the raw JSON', async () => {
    const sim = await setup();
    expect(await sim.run('docker inspect -f "{{.State.Status}} {{.Name}}" web idle')).toEqual(ok('running /web\ncreated /idle\n'));
    expect(await sim.run('docker inspect -f "{{.ID}}" web')).toEqual(ok(`${WEB}\n`));
    expect(await sim.run('docker inspect -f "{{.Id}}" web')).toEqual(ok(`${WEB}\n`));
    expect(await sim.run('docker inspect -f "{{json .Config.Cmd}}" web')).toEqual(ok('["nginx","-g","daemon off;"]\n'));
    expect(await sim.run('docker inspect -f "{{.State}}" web')).toEqual(
      ok('{running true false false false false 1229 0  2026-03-02T09:00:05.516Z 0001-01-01T00:00:00Z <nil>}\n'),
    );
    expect(await sim.run('docker inspect -f "{{.Config.Labels.missing}}" web')).toEqual(ok('<no value>\n'));
    expect(await sim.run('docker inspect -f "{{.NetworkSettings.Networks.bridge.IPAddress}}" web idle')).toEqual(ok('172.17.0.2\ninvalid IP\n'));
  });

  it('has no top-level IPAddress in NetworkSettings on API 1.52+', async () => {
    const sim = await setup();
    expect(await sim.run('docker inspect -f "{{.NetworkSettings.IPAddress}}" web')).toEqual(
      fail('template parsing error: template: :1:18: executing "" at <.NetworkSettings.IPAddress>: map has no entry for key "IPAddress"\n', 1, '\n'),
    );
  });

  it('exits 64 on a template that does not parse', async () => {
    const sim = await setup();
    expect(await sim.run('docker container inspect -f "{{" web')).toEqual(fail('template parsing error: template: :1: unclosed action\n', 64));
  });

  it('-s adds SizeRw and SizeRootFs', async () => {
    const sim = await setup();
    expect(await sim.run('docker container inspect -s -f "{{.SizeRw}} {{.SizeRootFs}}" web')).toEqual(ok('0 163652087\n'));
    expect(await sim.run('docker container inspect -f "{{.SizeRw}}" web')).toEqual(ok('<nil>\n'));
  });

  it('--format json prints the documents compacted', async () => {
    const sim = await setup();
    expect(await sim.run('docker container inspect --format json idle')).toEqual(ok(`${JSON.stringify([IDLE_DOC])}\n`));
  });

  it('reports a missing container after the others', async () => {
    const sim = await setup();
    expect(await sim.run('docker container inspect missing')).toEqual(fail('Error response from daemon: No such container: missing\n', 1, '[]\n'));
    expect(await sim.run('docker container inspect -f "{{.Name}}" web missing idle')).toEqual(
      fail('Error response from daemon: No such container: missing\n', 1, '/web\n/idle\n'),
    );
  });

  it('needs an argument and knows its flags', async () => {
    const sim = await setup();
    expect(await sim.run('docker container inspect')).toEqual(
      fail(
        "docker: 'docker container inspect' requires at least 1 argument\n\nUsage:  docker container inspect [OPTIONS] CONTAINER [CONTAINER...]\n\nSee 'docker container inspect --help' for more information\n",
      ),
    );
    expect(await sim.run('docker container inspect --type image web')).toEqual(
      fail(
        "unknown flag: --type\n\nUsage:  docker container inspect [OPTIONS] CONTAINER [CONTAINER...]\n\nRun 'docker container inspect --help' for more information\n",
        125,
      ),
    );
  });
});
