import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

const ok = (stdout: string, stderr = '') => ({ stdout, stderr, exitCode: 0 });
const fail = (stderr: string, exitCode = 1) => ({ stdout: '', stderr, exitCode });
const META = '/home/learner/.docker/contexts/meta/2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae/meta.json';

describe('docker context', () => {
  it('lists the default context as current', async () => {
    const sim = createSimulator({ seed: 1 });
    expect(await sim.run('docker context ls')).toEqual(
      ok(
        'NAME        DESCRIPTION                               DOCKER ENDPOINT               ERROR\n' +
          'default *   Current DOCKER_HOST based configuration   unix:///var/run/docker.sock   \n',
      ),
    );
    expect(await sim.run('docker context list -q')).toEqual(ok('default\n'));
    expect(await sim.run('docker context ls --format json')).toEqual(
      ok('{"Current":true,"Description":"Current DOCKER_HOST based configuration","DockerEndpoint":"unix:///var/run/docker.sock","Error":"","Name":"default"}\n'),
    );
    expect(await sim.run("docker context ls --format '{{.Name}}: {{.DockerEndpoint}}'")).toEqual(ok('default: unix:///var/run/docker.sock\n'));
  });

  it('shows DOCKER_HOST as the endpoint, with a warning', async () => {
    const sim = createSimulator({ seed: 1 });
    await sim.run('export DOCKER_HOST=unix:///run/docker.sock');
    expect(await sim.run('docker context ls -q')).toEqual(
      ok(
        'default\n',
        'Warning: DOCKER_HOST environment variable overrides the active context. To use a context, either set the global --context flag, or unset DOCKER_HOST environment variable.\n',
      ),
    );
  });

  it('shows and switches to the default context; other names do not exist', async () => {
    const sim = createSimulator({ seed: 1 });
    expect(await sim.run('docker context show')).toEqual(ok('default\n'));
    expect(await sim.run('docker context use default')).toEqual(ok('default\n', 'Current context is now "default"\n'));
    expect(await sim.run('docker context use foo')).toEqual(fail(`context "foo": context not found: open ${META}: no such file or directory\n`));
    expect(await sim.run("docker context use 'my context'")).toEqual(
      fail('context name "my context" is invalid, names are validated against regexp "^[a-zA-Z0-9][a-zA-Z0-9_.+-]+$"\n'),
    );
    expect(await sim.run('docker context use')).toEqual(
      fail('accepts 1 arg(s), received 0\n'),
    );
  });

  it('inspects the default context (HTML characters escaped as json.Marshal does)', async () => {
    const sim = createSimulator({ seed: 1 });
    expect(await sim.run('docker context inspect')).toEqual(
      ok(`[
    {
        "Name": "default",
        "Metadata": {},
        "Endpoints": {
            "docker": {
                "Host": "unix:///var/run/docker.sock",
                "SkipTLSVerify": false
            }
        },
        "TLSMaterial": {},
        "Storage": {
            "MetadataPath": "\\u003cIN MEMORY\\u003e",
            "TLSPath": "\\u003cIN MEMORY\\u003e"
        }
    }
]
`),
    );
    expect(await sim.run("docker context inspect -f '{{.Endpoints.docker.Host}} {{.Storage.TLSPath}}' default")).toEqual(
      ok('unix:///var/run/docker.sock <IN MEMORY>\n'),
    );
    expect(await sim.run("docker context inspect -f '{{.Name}}' default foo")).toEqual({
      stdout: 'default\n',
      stderr: `context "foo": context not found: open ${META}: no such file or directory\n`,
      exitCode: 1,
    });
  });

  it('refuses to remove the default context and names that do not exist', async () => {
    const sim = createSimulator({ seed: 1 });
    expect(await sim.run('docker context rm default foo')).toEqual(fail('context "default" cannot be removed\ncontext "foo" does not exist\n'));
    expect(await sim.run('docker context remove -f foo')).toEqual(ok('foo\n'));
  });

  it('prints its help on stderr without a subcommand', async () => {
    const sim = createSimulator({ seed: 1 });
    const help =
      'Usage:  docker context COMMAND\n\nManage contexts\n\nCommands:\n  inspect     Display detailed information on one or more contexts\n  ls          List contexts\n  rm          Remove one or more contexts\n  show        Print the name of the current context\n  use         Set the default docker context\n\nRun \'docker context COMMAND --help\' for more information on a command.\n';
    expect(await sim.run('docker context')).toEqual(ok('', help));
    expect(await sim.run('docker context --help')).toEqual(ok(help));
  });
});
