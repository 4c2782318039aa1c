// EXPOSE at dispatch (BuildKit dockerfile2llb/convert_expose.go): each word is expanded and split
// (ProcessWords), then parsed as [ip:][hostPort:]port[-end][/proto] into "port/proto" entries
// (ranges expanded, proto lowercased, tcp by default), the form the image config stores.
import type { Instruction } from './ast.ts';
import { type EnvList, envGetter } from './env-list.ts';
import { DockerfileError, lineRange } from './errors.ts';
import { LexError, processWords } from './shell-lex.ts';
import { goQuote } from '../../util/format/go-fmt.ts';

/** The exposed ports ("80/tcp", ...) in order; throws BuildKit's message at the instruction. */
export function exposedPorts(expose: Extract<Instruction, { kind: 'EXPOSE' }>, env: EnvList, escapeToken: string): string[] {
  const fail = (msg: string): DockerfileError => new DockerfileError(msg, [lineRange(expose.range.start, expose.range.end)]);
  const words: string[] = [];
  for (const p of expose.ports) {
    try {
      words.push(...processWords(p, envGetter(env), { escapeToken }));
    } catch (e) {
      if (e instanceof LexError) throw fail(e.message);
      throw e;
    }
  }
  const out: string[] = [];
  for (const w of words) {
    try {
      out.push(...parsePort(w));
    } catch (e) {
      throw fail((e as Error).message);
    }
  }
  return out;
}

function parsePort(raw: string): string[] {
  const parts = raw.split(':');
  const n = parts.length;
  const [ip, hostPort, containerPort] = n === 1 ? ['', '', parts[0]] : n === 2 ? ['', parts[0], parts[1]] : [parts.slice(0, n - 2).join(':'), parts[n - 2], parts[n - 1]];
  const slash = containerPort.indexOf('/');
  const port = slash < 0 ? containerPort : containerPort.slice(0, slash);
  let proto = slash < 0 ? '' : containerPort.slice(slash + 1);
  if (port === '') throw new Error(`invalid port: ${goQuote(raw)}: no port specified`);
  if (!['', 'tcp', 'udp', 'sctp'].includes(proto.toLowerCase())) throw new Error(`invalid port: ${goQuote(raw)}: invalid proto: ${proto}`);
  if (proto === '') proto = 'tcp';
  if (ip !== '' && !isIP(ip.replace(/^\[(.*)\]$/, '$1'))) throw new Error(`invalid IP address: ${ip}`);
  const [start, end] = range(port, 'containerPort');
  if (hostPort !== '') {
    const [hs, he] = range(hostPort, 'hostPort');
    if (end - start !== he - hs && end !== start) {
      throw new Error(`invalid ranges specified for container and host Ports: ${port} and ${hostPort}`);
    }
  }
  const out: string[] = [];
  for (let p = start; p <= end; p++) out.push(`${p}/${proto.toLowerCase()}`);
  return out;
}

function range(ports: string, what: string): [number, number] {
  const bad = new Error(`invalid ${what}: ${ports}`);
  if (ports === '') throw bad;
  const dash = ports.indexOf('-');
  const s = dash < 0 ? ports : ports.slice(0, dash);
  const e = dash < 0 ? s : ports.slice(dash + 1);
  const start = portNumber(s);
  if (start === null) throw bad;
  if (dash < 0 || s === e) return [start, start];
  const end = portNumber(e);
  if (end === null || end < start) throw bad;
  return [start, end];
}

function portNumber(s: string): number | null {
  if (!/^[+-]?[0-9]+$/.test(s)) return null;
  const n = Number(s);
  return n < 0 || n > 65535 ? null : n;
}

function isIP(s: string): boolean {
  if (/^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.test(s)) return s.split('.').every((o) => Number(o) <= 255 && !/^0\d/.test(o));
  return s.includes(':') && /^[0-9a-fA-F:.]+$/.test(s);
}
