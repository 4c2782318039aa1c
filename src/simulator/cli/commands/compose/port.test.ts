import { describe, expect, it } from 'vitest';
import { fail, flagError, ok, setup } from './test-setup.ts';

describe('docker compose port', () => {
  it('prints the first host binding of the port', async () => {
    const s = await setup({ up: true });
    expect(await s.run('docker compose port web 80')).toEqual(ok('0.0.0.0:8080\n'));
    expect(await s.run('docker compose port --index 1 web 80')).toEqual(ok('0.0.0.0:8080\n'));
    // An exposed port that is not published: Go prints the zero netip.Addr and port 0.
    expect(await s.run('docker compose port cache 6379')).toEqual(ok('invalid IP:0\n'));
  });

  it('fails on an unknown port or protocol, a bad number, a stopped service and its arguments', async () => {
    const s = await setup({ up: true });
    expect(await s.run('docker compose port web 81')).toEqual(fail('no port 81/tcp for container app-web-1: 80/tcp, 80/tcp\n'));
    expect(await s.run('docker compose port --protocol UDP web 80')).toEqual(fail('no port 80/udp for container app-web-1: 80/tcp, 80/tcp\n'));
    expect(await s.run('docker compose port web 90000')).toEqual(fail('strconv.ParseUint: parsing "90000": value out of range\n'));
    expect(await s.run('docker compose port web http')).toEqual(fail('strconv.ParseUint: parsing "http": invalid syntax\n'));
    expect(await s.run('docker compose port --index 2 web 80')).toEqual(fail('service "web" is not running container #2\n'));
    expect(await s.run('docker compose port web')).toEqual(fail('requires at least 2 arg(s), only received 1\n'));
    await s.run('docker compose stop web');
    expect(await s.run('docker compose port web 80')).toEqual(fail('service "web" is not running\n'));
    expect(await s.run('docker compose port -p web 80')).toEqual(flagError("unknown shorthand flag: 'p' in -p"));
  });

  it('prints its help', async () => {
    const s = await setup({ images: [] });
    expect(await s.run('docker compose port --help')).toEqual(ok(`Usage:  docker compose port [OPTIONS] SERVICE PRIVATE_PORT

Print the public port for a port binding

Options:
      --dry-run           Execute command in dry run mode
      --index int         Index of the container if service has multiple
                          replicas
      --protocol string   tcp or udp (default "tcp")
`));
  });
});
