// BusyBox ping (alpine, busybox): 56 data bytes, one echo a second, -c COUNT; without -c it
// runs until Ctrl+C (the host's wait reports the interrupt), then prints its statistics.
// Addresses answer when the simulated networks connect them (see env.ts `reachable`).
import type { ExternalRequest } from '../../shell/context.ts';
import type { NetEnv } from './env.ts';

/** Without -c and without a clock that can be interrupted, stop here rather than loop forever. */
const ENDLESS_CAP = 10_000;

const us = (n: number) => `${Math.floor(n / 1000)}.${String(n % 1000).padStart(3, '0')}`;

function parseArgs(argv: string[]): { count?: number; host?: string } | string {
  const o: { count?: number; host?: string } = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-c' || a.startsWith('-c')) {
      const v = a === '-c' ? argv[++i] : a.slice(2);
      if (v === undefined || !/^\d+$/.test(v)) return `ping: invalid number '${v ?? ''}'`;
      o.count = Number(v);
    } else if (a.startsWith('-') && a !== '-') return `ping: unrecognized option '${a}'`;
    else o.host = a;
  }
  return o;
}

export async function ping(req: ExternalRequest, env: NetEnv): Promise<number> {
  const o = parseArgs(req.argv.slice(1));
  if (typeof o === 'string' || !o.host) {
    req.io.stderr.write(`${typeof o === 'string' ? `${o}\n` : ''}BusyBox v1.37.0 (2025-05-26 20:04:45 UTC) multi-call binary.\n\nUsage: ping [OPTIONS] HOST\n`);
    return 1;
  }
  const ip = env.lookup(o.host);
  if (!ip) {
    req.io.stderr.write(`ping: bad address '${o.host}'\n`);
    return 1;
  }
  const out = req.io.stdout;
  out.write(`PING ${o.host} (${ip}): 56 data bytes\n`);
  const answers = env.reachable(ip);
  const times: number[] = [];
  let sent = 0;
  const limit = o.count ?? ENDLESS_CAP;
  while (sent < limit) {
    if (answers) {
      const t = 40 + env.randInt(80);
      times.push(t);
      out.write(`64 bytes from ${ip}: seq=${sent} ttl=64 time=${us(t)} ms\n`);
    }
    sent++;
    if (sent < limit && (await env.wait(1000)) === 'interrupted') break;
  }
  const recv = times.length;
  out.write(`\n--- ${o.host} ping statistics ---\n${sent} packets transmitted, ${recv} packets received, ${Math.floor(((sent - recv) * 100) / sent)}% packet loss\n`);
  if (recv) {
    const avg = Math.floor(times.reduce((s, t) => s + t, 0) / recv);
    out.write(`round-trip min/avg/max = ${us(Math.min(...times))}/${us(avg)}/${us(Math.max(...times))} ms\n`);
  }
  return recv ? 0 : 1;
}
