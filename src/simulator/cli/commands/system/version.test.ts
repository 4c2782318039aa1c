import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

const now = Date.parse('2026-10-01T12:00:00Z');
const sim = () => createSimulator({ seed: 1, clock: () => now });

const CLIENT = `Client: Docker Engine - Community
 Version:           29.7.2
 API version:       1.55
 Go version:        go1.26.5
 Git commit:        a7dcaa6
 Built:             Wed Aug  5 18:41:07 2026
 OS/Arch:           linux/amd64
 Context:           default
`;

const SERVER = `
Server: Docker Engine - Community
 Engine:
  Version:          29.7.2
  API version:      1.55 (minimum version 1.40)
  Go version:       go1.26.5
  Git commit:       6a43e3d
  Built:            Wed Aug  5 18:41:07 2026
  OS/Arch:          linux/amd64
  Experimental:     false
 containerd:
  Version:          v2.3.3
  GitCommit:        aad11006b869517fcd3009450b6f82da282e1a9b
 runc:
  Version:          1.4.3
  GitCommit:        v1.4.3-0-g8bd78a99
 docker-init:
  Version:          0.19.0
  GitCommit:        de40ad0
`;

describe('docker version', () => {
  it('prints the Client and Server sections aligned by the tabwriter', async () => {
    expect(await sim().run('docker version')).toEqual({ stdout: CLIENT + SERVER, stderr: '', exitCode: 0 });
  });

  it('renders --format templates over {Client, Server}', async () => {
    const s = sim();
    expect(await s.run("docker version --format '{{.Server.Version}}'")).toEqual({ stdout: '29.7.2\n', stderr: '', exitCode: 0 });
    expect(await s.run("docker version -f '{{.Client.APIVersion}}'")).toEqual({
      stdout: '\n',
      stderr: 'template: version:1:9: executing "version" at <.Client.APIVersion>: can\'t evaluate field APIVersion in type system.clientVersion\n',
      exitCode: 1,
    });
    expect(await s.run("docker version -f '{{range .Server.Components}}{{.Name}}={{.Version}} {{end}}'")).toEqual({
      stdout: 'Engine=29.7.2 containerd=v2.3.3 runc=1.4.3 docker-init=0.19.0 \n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('prints the JSON document for --format json', async () => {
    const r = await sim().run('docker version --format json');
    expect(r.exitCode).toBe(0);
    expect(r.stdout.startsWith('{"Client":{"Platform":{"Name":"Docker Engine - Community"},"Version":"29.7.2","ApiVersion":"1.55",')).toBe(true);
    const doc = JSON.parse(r.stdout);
    expect(doc.Server.BuildTime).toBe('2026-08-05T18:41:07.000000000+00:00');
    expect(doc.Server.Components[0].Details.BuildTime).toBe('Wed Aug  5 18:41:07 2026');
    expect(Object.keys(doc.Server)).toEqual([
      'Platform', 'Version', 'ApiVersion', 'MinAPIVersion', 'Os', 'Arch', 'Components', 'GitCommit', 'GoVersion', 'KernelVersion', 'BuildTime',
    ]);
  });

  it('fails a template that does not parse with exit 64 and prints nothing', async () => {
    expect(await sim().run("docker version -f '{{.Client'")).toEqual({
      stdout: '',
      stderr: 'template parsing error: template: version:1: unclosed action\n',
      exitCode: 64,
    });
  });

  it('prints the Client section, then the error, when the daemon cannot be reached', async () => {
    expect(await sim().run('docker -H tcp://10.0.0.9:2375 version')).toEqual({
      stdout: CLIENT,
      stderr: 'Cannot connect to the Docker daemon at tcp://10.0.0.9:2375. Is the docker daemon running?\n',
      exitCode: 1,
    });
  });

  it('rejects arguments, and unknown flags with exit 125', async () => {
    const s = sim();
    expect(await s.run('docker version now')).toEqual({
      stdout: '',
      stderr: "docker: 'docker version' accepts no arguments\n\nUsage:  docker version [OPTIONS]\n\nRun 'docker version --help' for more information\n",
      exitCode: 1,
    });
    expect(await s.run('docker version --short')).toEqual({
      stdout: '',
      stderr: "unknown flag: --short\n\nUsage:  docker version [OPTIONS]\n\nRun 'docker version --help' for more information\n",
      exitCode: 125,
    });
  });

  it('has its help text', async () => {
    expect(await sim().run('docker version --help')).toEqual({
      stdout: `Usage:  docker version [OPTIONS]

Show the Docker version information

Options:
  -f, --format string   Format output using a custom template:
                        'json':             Print in JSON format
                        'TEMPLATE':         Print output using the given
                        Go template.
                        Refer to https://docs.docker.com/go/formatting/
                        for more information about formatting output with
                        templates
`,
      stderr: '',
      exitCode: 0,
    });
  });
});
