import { describe, expect, it } from 'vitest';
import { fail, ok, setup } from './test-setup.ts';

describe('docker network ls', () => {
  it('lists the predefined networks, then new ones, sorted by name', async () => {
    const { sim, network } = setup();
    const ids = () => ['bridge', 'host', 'none'].map((n) => network(n).id.slice(0, 12));
    const [bridge, host, none] = ids();
    expect(await sim.run('docker network ls')).toEqual(
      ok(`NETWORK ID     NAME      DRIVER    SCOPE\n${bridge}   bridge    bridge    local\n${host}   host      host      local\n${none}   none      null      local\n`),
    );
    await sim.run('docker network create web-net');
    const web = network('web-net').id.slice(0, 12);
    expect(await sim.run('docker network list')).toEqual(
      ok(
        `NETWORK ID     NAME      DRIVER    SCOPE\n${bridge}   bridge    bridge    local\n${host}   host      host      local\n${none}   none      null      local\n${web}   web-net   bridge    local\n`,
      ),
    );
  });

  it('-q prints ids, --no-trunc whole ids, --format a template', async () => {
    const { sim, network } = setup();
    await sim.run('docker network create --label team=a mynet');
    const n = network('mynet');
    expect(await sim.run('docker network ls -q --filter name=mynet')).toEqual(ok(`${n.id.slice(0, 12)}\n`));
    expect(await sim.run('docker network ls --no-trunc -q -f name=mynet')).toEqual(ok(`${n.id}\n`));
    expect(await sim.run('docker network ls -f name=mynet --format "{{.Name}} {{.Driver}} {{.IPv4}} {{.IPv6}} {{.Internal}} {{.Labels}} {{.Label \\"team\\"}}"')).toEqual(
      ok('mynet bridge true false false team=a a\n'),
    );
    expect(await sim.run('docker network ls -f name=mynet --format json')).toEqual(
      ok(`{"CreatedAt":"2026-11-25 10:00:00 +0000 UTC","Driver":"bridge","ID":"${n.id.slice(0, 12)}","IPv4":"true","IPv6":"false","Internal":"false","Labels":"team=a","Name":"mynet","Scope":"local"}\n`),
    );
    expect(await sim.run('docker network ls -f name=mynet --format "table {{.ID}}\\t{{.CreatedAt}}"')).toEqual(
      ok(`NETWORK ID     CREATED AT\n${n.id.slice(0, 12)}   2026-11-25 10:00:00 +0000 UTC\n`),
    );
  });

  it('filters by driver, type, label and dangling; refuses unknown filters', async () => {
    const { sim } = setup();
    await sim.run('docker network create --label env=prod prod-net');
    await sim.run('docker network create dev-net');
    const names = async (f: string) => (await sim.run(`docker network ls ${f} --format "{{.Name}}"`)).stdout;
    expect(await names('-f driver=null')).toBe('none\n');
    expect(await names('-f type=custom')).toBe('dev-net\nprod-net\n');
    expect(await names('-f type=builtin')).toBe('bridge\nhost\nnone\n');
    expect(await names('-f label=env=prod')).toBe('prod-net\n');
    expect(await names('-f dangling=true')).toBe('dev-net\nprod-net\n');
    expect(await names('-f name=net')).toBe('dev-net\nprod-net\n');
    expect(await sim.run('docker network ls -f foo=bar')).toEqual(fail("Error response from daemon: invalid filter 'foo'\n"));
    expect(await sim.run('docker network ls -f type=x')).toEqual(fail("Error response from daemon: invalid filter: 'type'='x'\n"));
    expect(await sim.run('docker network ls -f dangling=maybe')).toEqual(
      fail('Error response from daemon: invalid value for filter \'dangling\', must be "true" (or "1"), or "false" (or "0")\n'),
    );
  });

  it('takes no arguments', async () => {
    const { sim } = setup();
    expect(await sim.run('docker network ls x')).toEqual(
      fail("docker: 'docker network ls' accepts no arguments\n\nUsage:  docker network ls [OPTIONS]\n\nRun 'docker network ls --help' for more information\n"),
    );
  });
});
