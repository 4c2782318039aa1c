import { describe, expect, it } from 'vitest';
import { fail, ok, withAlpine } from './test-setup.ts';

/** time.Time in JSON (RFC 3339 with trailing zeros of the fraction dropped). */
const rfc3339 = (ms: number) => new Date(ms).toISOString().replace(/\.000Z$/, 'Z').replace(/(\.\d*?)0+Z$/, '$1Z');

describe('docker network inspect', () => {
  it('shows the network with its IPAM config, running containers and IPAM status', async () => {
    const { sim, network, container } = await withAlpine();
    await sim.run('docker network create --label team=a mynet');
    await sim.run('docker run -d --name web --network mynet alpine sleep 1000');
    const n = network('mynet');
    const c = container('web');
    const ep = c.networks!.mynet;
    const r = await sim.run('docker network inspect mynet');
    expect(r).toEqual(
      ok(`[
    {
        "Name": "mynet",
        "Id": "${n.id}",
        "Created": "${rfc3339(n.created)}",
        "Scope": "local",
        "Driver": "bridge",
        "EnableIPv4": true,
        "EnableIPv6": false,
        "IPAM": {
            "Driver": "default",
            "Options": {},
            "Config": [
                {
                    "Subnet": "172.18.0.0/16",
                    "Gateway": "172.18.0.1"
                }
            ]
        },
        "Internal": false,
        "Attachable": false,
        "Ingress": false,
        "ConfigFrom": {
            "Network": ""
        },
        "ConfigOnly": false,
        "Options": {},
        "Labels": {
            "team": "a"
        },
        "Containers": {
            "${c.id}": {
                "Name": "web",
                "EndpointID": "${ep.EndpointID}",
                "MacAddress": "${ep.MacAddress}",
                "IPv4Address": "172.18.0.2/16",
                "IPv6Address": ""
            }
        },
        "Status": {
            "IPAM": {
                "Subnets": {
                    "172.18.0.0/16": {
                        "IPsInUse": 4,
                        "DynamicIPsAvailable": 65532
                    }
                }
            }
        }
    }
]
`),
    );
  });

  it('shows the default bridge with its driver options and no config for host', async () => {
    const { sim } = await withAlpine();
    const r = await sim.run('docker network inspect -f "{{json .Options}} {{json .IPAM}}" bridge host none');
    expect(r).toEqual(
      ok(
        '{"com.docker.network.bridge.default_bridge":"true","com.docker.network.bridge.enable_icc":"true","com.docker.network.bridge.enable_ip_masquerade":"true","com.docker.network.bridge.host_binding_ipv4":"0.0.0.0","com.docker.network.bridge.name":"docker0","com.docker.network.driver.mtu":"1500"} {"Driver":"default","Options":null,"Config":[{"Subnet":"172.17.0.0/16","Gateway":"172.17.0.1"}]}\n' +
          '{} {"Driver":"default","Options":null,"Config":null}\n{} {"Driver":"default","Options":null,"Config":null}\n',
      ),
    );
  });

  it('runs templates on the client type (.ID, .IPAM.Config, .Containers)', async () => {
    const { sim, network } = await withAlpine();
    await sim.run('docker network create --subnet 10.9.0.0/24 lab');
    await sim.run('docker run -d --name one --network lab alpine sleep 1000');
    expect(await sim.run('docker network inspect -f "{{.ID}}" lab')).toEqual(ok(`${network('lab').id}\n`));
    expect(await sim.run('docker network inspect -f "{{range .IPAM.Config}}{{.Subnet}} {{.Gateway}}{{end}}" lab')).toEqual(ok('10.9.0.0/24 10.9.0.1\n'));
    expect(await sim.run('docker network inspect -f "{{range .Containers}}{{.Name}}={{.IPv4Address}}{{end}}" lab')).toEqual(ok('one=10.9.0.2/24\n'));
    expect(await sim.run('docker network inspect -f "{{.IPAM.Config}}" lab')).toEqual(ok('[{10.9.0.0/24 invalid Prefix 10.9.0.1 map[]}]\n'));
  });

  it('reports a missing network after the others, exit 1', async () => {
    const { sim } = await withAlpine();
    const r = await sim.run('docker network inspect -f "{{.Name}}" nope bridge');
    expect(r).toEqual({ stdout: 'bridge\n', stderr: 'Error response from daemon: network nope not found\n', exitCode: 1 });
    expect(await sim.run('docker network inspect')).toEqual(
      fail("docker: 'docker network inspect' requires at least 1 argument\n\nUsage:  docker network inspect [OPTIONS] NETWORK [NETWORK...]\n\nSee 'docker network inspect --help' for more information\n"),
    );
  });

  it('is what `docker inspect` finds for a network name', async () => {
    const { sim } = await withAlpine();
    expect(await sim.run('docker inspect -f "{{.Name}} {{.Driver}}" host')).toEqual(ok('host host\n'));
    expect(await sim.run('docker inspect --type network -f "{{.Scope}}" none')).toEqual(ok('local\n'));
  });
});
