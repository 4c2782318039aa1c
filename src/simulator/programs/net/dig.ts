// dig (BIND 9.20's, as nicolaka/netshoot ships it): `dig [@server] NAME [A|AAAA] [+short]`
// against the container's resolver. On a user-defined network that is Docker's embedded DNS
// server (127.0.0.11): it answers container names and aliases itself (TTL 600, flags qr rd ra,
// no EDNS record, uncompressed: miekg/dns's defaults) and forwards other names upstream, whose
// answer (NXDOMAIN here: the simulated world has no public DNS) it passes back as it came.
import type { ExternalRequest } from '../../shell/context.ts';

export interface DigEnv {
  /** The first nameserver of the container's /etc/resolv.conf. */
  nameserver: string;
  /** The embedded DNS server's A records for `name` (no trailing dot); undefined: not its name. */
  records(name: string): string[] | undefined;
  now(): number;
  randInt(n: number): number;
}

const VERSION = '9.20.15';
const EMBEDDED = '127.0.0.11';
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

interface Query {
  name: string;
  type: 'A' | 'AAAA';
  server?: string;
  short: boolean;
}

interface Answer {
  status: 'NOERROR' | 'NXDOMAIN';
  flags: string;
  answers: string[];
  authority: string[];
  edns: boolean;
  size: number;
  ms: number;
}

function parse(args: string[]): Query | string {
  const q: Query = { name: '', type: 'A', short: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith('@')) q.server = a.slice(1);
    else if (a === '+short') q.short = true;
    else if (a.startsWith('+')) continue;
    else if (a === '-t') q.type = (args[++i] ?? 'A').toUpperCase() === 'AAAA' ? 'AAAA' : 'A';
    else if (/^(a|aaaa)$/i.test(a) && q.name !== '') q.type = a.toUpperCase() as Query['type'];
    else if (a.startsWith('-')) return `Invalid option: ${a}`;
    else q.name = a;
  }
  return q;
}

/**
 * A record line in BIND's master-file columns (masterdump.c `indent`): each field starts at its
 * column, reached with 8-wide tabs, or one space when the text before has passed it.
 */
function columns(fields: [string, number][]): string {
  let out = '';
  let at = 0;
  for (const [text, col] of fields) {
    if (out !== '') {
      const to = Math.max(col, at + 1);
      const tabs = Math.floor(to / 8) - Math.floor(at / 8);
      const from = tabs > 0 ? Math.floor(to / 8) * 8 : at;
      out += '\t'.repeat(Math.max(0, tabs)) + ' '.repeat(to - from);
      at = to;
    }
    out += text;
    at += text.length;
  }
  return out;
}

/** owner, TTL, class, type, data: the columns dig prints a record in. */
const record = (owner: string, ttl: number, type: string, data: string) => columns([[owner, 0], [String(ttl), 24], ['IN', 32], [type, 40], [data, 48]]);

/** Wire length of a name (labels with length bytes and the root's zero). */
const wireLength = (fqdn: string) => (fqdn === '.' ? 1 : fqdn.length + 1);

function when(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`;
}

function resolve(env: DigEnv, q: Query, fqdn: string, server: string): Answer {
  const records = server === EMBEDDED ? env.records(q.name.replace(/\.$/, '')) : undefined;
  if (records) {
    const ips = q.type === 'A' ? records : [];
    const answers = ips.map((ip) => record(fqdn, 600, q.type, ip));
    const size = 12 + wireLength(fqdn) + 4 + ips.length * (wireLength(fqdn) + 14);
    return { status: 'NOERROR', flags: 'qr rd ra', answers, authority: [], edns: false, size, ms: 0 };
  }
  const soa = record('.', 86400, 'SOA', `a.root-servers.net. nstld.verisign-grs.com. ${serial(env.now())} 1800 900 604800 86400`);
  const size = 12 + wireLength(fqdn) + 4 + 1 + 10 + 20 + 24 + 20 + 11;
  return { status: 'NXDOMAIN', flags: 'qr rd ra', answers: [], authority: [soa], edns: true, size, ms: 8 + env.randInt(30) };
}

function serial(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 10).replace(/-/g, '')}00`;
}

function report(q: Query, fqdn: string, server: string, a: Answer, env: DigEnv): string {
  const counts = `QUERY: 1, ANSWER: ${a.answers.length}, AUTHORITY: ${a.authority.length}, ADDITIONAL: ${a.edns ? 1 : 0}`;
  const lines = [
    '',
    `; <<>> DiG ${VERSION} <<>> ${q.server ? `@${q.server} ` : ''}${q.name}${q.type === 'A' ? '' : ` ${q.type}`}`,
    ...(q.server ? [] : [';; global options: +cmd']),
    ';; Got answer:',
    `;; ->>HEADER<<- opcode: QUERY, status: ${a.status}, id: ${env.randInt(65536)}`,
    `;; flags: ${a.flags}; ${counts}`,
    '',
    ...(a.edns ? [';; OPT PSEUDOSECTION:', '; EDNS: version: 0, flags:; udp: 1232'] : []),
    ';; QUESTION SECTION:',
    columns([[`;${fqdn}`, 0], ['IN', 32], [q.type, 40]]),
    '',
    ...(a.answers.length ? [';; ANSWER SECTION:', ...a.answers, ''] : []),
    ...(a.authority.length ? [';; AUTHORITY SECTION:', ...a.authority, ''] : []),
    `;; Query time: ${a.ms} msec`,
    `;; SERVER: ${server}#53(${server}) (UDP)`,
    `;; WHEN: ${when(env.now())}`,
    `;; MSG SIZE  rcvd: ${a.size}`,
    '',
    '',
  ];
  if (q.server) lines.splice(2, 0, '; (1 server found)', ';; global options: +cmd');
  return lines.join('\n');
}

export function dig(req: ExternalRequest, env: DigEnv): number {
  const q = parse(req.argv.slice(1));
  if (typeof q === 'string') {
    req.io.stderr.write(`${q}\n`);
    return 1;
  }
  if (q.name === '') q.name = '.';
  const fqdn = q.name.endsWith('.') ? q.name : `${q.name}.`;
  const server = q.server ?? env.nameserver;
  const a = resolve(env, q, fqdn, server);
  if (q.short) req.io.stdout.write(a.answers.map((l) => `${l.split(/\s/).pop()}\n`).join(''));
  else req.io.stdout.write(report(q, fqdn, server, a, env));
  return 0;
}
