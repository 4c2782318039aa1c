// dig in nicolaka/netshoot: on a user-defined network Docker's embedded DNS server answers a
// container's alias itself (TTL 600, no EDNS record, uncompressed); other names go upstream and
// come back NXDOMAIN (the simulated world has no public DNS); on the default bridge the query
// goes straight to the host's nameserver; +short prints the addresses alone.
import { beforeEach, describe, expect, it } from 'vitest';
import { createSimulator } from '../../index.ts';

let now = Date.UTC(2026, 10, 25, 10, 0, 0);
let sim: ReturnType<typeof createSimulator>;
const run = async (line: string) => {
  now += 1000;
  return sim.run(line);
};

beforeEach(async () => {
  now = Date.UTC(2026, 10, 25, 10, 0, 0);
  sim = createSimulator({ seed: 1, clock: () => now });
  for (const line of ['docker pull -q nicolaka/netshoot', 'docker pull -q alpine', 'docker network create todo-app', 'docker run -d --name db --network todo-app --network-alias mysql alpine sleep infinity']) await run(line);
});

const SOA = '.\t\t\t86400\tIN\tSOA\ta.root-servers.net. nstld.verisign-grs.com. 2026112500 1800 900 604800 86400';

describe('dig', () => {
  it('gets an alias from the embedded DNS server', async () => {
    const r = await run('docker run --rm --network todo-app nicolaka/netshoot dig mysql');
    expect(r.stdout.replace(/id: \d+/, 'id: N')).toBe(
      '\n; <<>> DiG 9.20.15 <<>> mysql\n;; global options: +cmd\n;; Got answer:\n;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: N\n' +
        ';; flags: qr rd ra; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 0\n\n;; QUESTION SECTION:\n;mysql.\t\t\t\tIN\tA\n\n' +
        ';; ANSWER SECTION:\nmysql.\t\t\t600\tIN\tA\t172.18.0.2\n\n;; Query time: 0 msec\n;; SERVER: 127.0.0.11#53(127.0.0.11) (UDP)\n' +
        ';; WHEN: Wed Nov 25 10:00:30 UTC 2026\n;; MSG SIZE  rcvd: 44\n\n',
    );
    expect(r.exitCode).toBe(0);
    expect(await run('docker run --rm --network todo-app nicolaka/netshoot dig +short db')).toEqual({ stdout: '172.18.0.2\n', stderr: '', exitCode: 0 });
  });

  it('passes other names upstream: NXDOMAIN with the root zone\'s SOA', async () => {
    const r = await run('docker run --rm --network todo-app nicolaka/netshoot dig nothere');
    expect(r.stdout).toContain(';; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN');
    expect(r.stdout).toContain(';; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 1, ADDITIONAL: 1\n\n;; OPT PSEUDOSECTION:\n; EDNS: version: 0, flags:; udp: 1232\n');
    expect(r.stdout).toContain(`;; AUTHORITY SECTION:\n${SOA}\n`);
    expect(r.stdout).toContain(';; SERVER: 127.0.0.11#53(127.0.0.11) (UDP)\n');
  });

  it('asks the host\'s nameserver on the default bridge, where container names mean nothing', async () => {
    const r = await run('docker run --rm nicolaka/netshoot dig mysql');
    expect(r.stdout).toContain('status: NXDOMAIN');
    expect(r.stdout).toContain(';; SERVER: 10.0.2.3#53(10.0.2.3) (UDP)\n');
  });
});
