// The host's administration commands around the daemon: `sudo` (the learner may run anything;
// it runs the rest of the line's program as root), `systemctl start|stop|restart|status docker`
// as systemd 257 (Debian 13) prints them, and `service docker start|stop|restart|status`, which
// hands over to systemctl. docker.socket keeps the daemon activatable after a stop.
import { daemonDown, daemonSince, shutdownDaemon, startDaemon } from '../engine/daemon-service.ts';
import type { Engine } from '../engine/engine.ts';
import type { ExternalRequest } from '../shell/context.ts';

type Run = (req: ExternalRequest) => Promise<number> | number | undefined;

const DOCKERD = '/usr/bin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock';
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const pad = (n: number) => String(n).padStart(2, '0');

function timestamp(ms: number): string {
  const d = new Date(ms);
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return `${DAYS[d.getUTCDay()]} ${date} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} UTC`;
}

/** systemd's format_timestamp_relative (up to days). */
function ago(ms: number): string {
  const s = Math.floor(ms / 1000);
  const [m, h, d] = [Math.floor(s / 60), Math.floor(s / 3600), Math.floor(s / 86400)];
  if (d >= 2) return `${d} days ago`;
  if (h >= 25) return `${d} day ${h % 24}h ago`;
  if (h >= 6) return `${h}h ago`;
  if (h >= 1) return `${h}h ${m % 60}min ago`;
  if (m >= 5) return `${m}min ago`;
  if (m >= 1) return `${m}min ${s % 60}s ago`;
  if (s >= 1) return `${s}s ago`;
  return `${Math.max(ms, 0)}ms ago`;
}

function status(engine: Engine, req: ExternalRequest): number {
  const down = daemonDown(engine);
  const since = daemonSince(engine);
  const now = engine.now();
  const active = down ? 'inactive (dead)' : 'active (running)';
  const lines = [
    `${down ? '○' : '●'} docker.service - Docker Application Container Engine`,
    '     Loaded: loaded (/usr/lib/systemd/system/docker.service; enabled; preset: enabled)',
    `     Active: ${active} since ${timestamp(since)}; ${ago(now - since)}`,
    'TriggeredBy: ● docker.socket',
    '       Docs: https://docs.docker.com',
  ];
  if (down) lines.push('   Main PID: 641 (code=exited, status=0/SUCCESS)');
  else lines.push('   Main PID: 641 (dockerd)', '     CGroup: /system.slice/docker.service', `             └─641 ${DOCKERD}`);
  req.io.stdout.write(`${lines.join('\n')}\n`);
  return down ? 3 : 0;
}

const VERBS = ['start', 'stop', 'restart', 'status'];

function unit(name: string): string {
  return name.includes('.') ? name : `${name}.service`;
}

/** systemctl VERB UNIT for the docker service; `root` says whether it runs under sudo. */
function systemctl(engine: Engine, req: ExternalRequest, args: string[], root: boolean): number {
  const [verb, name] = args;
  if (!verb || !VERBS.includes(verb) || !name) {
    req.io.stderr.write(verb && !VERBS.includes(verb) ? `Unknown command verb '${verb}'.\n` : 'Too few arguments.\n');
    return 1;
  }
  if (unit(name) !== 'docker.service') {
    if (verb === 'status') req.io.stderr.write(`Unit ${unit(name)} could not be found.\n`);
    else req.io.stderr.write(`Failed to ${verb} ${unit(name)}: Unit ${unit(name)} not found.\n`);
    return verb === 'status' ? 4 : 5;
  }
  if (verb === 'status') return status(engine, req);
  if (!root) {
    req.io.stderr.write(`Failed to ${verb} docker.service: Access denied\nSee system logs and 'systemctl status docker.service' for details.\n`);
    return 1;
  }
  if (verb !== 'start' && !daemonDown(engine)) shutdownDaemon(engine);
  if (verb !== 'stop' && daemonDown(engine)) startDaemon(engine);
  if (verb === 'stop') req.io.stderr.write("Stopping 'docker.service', but its triggering units are still active:\ndocker.socket\n");
  return 0;
}

/** The host programs of this file, or undefined for a name they do not know. */
export function hostAdmin(engine: Engine, run: Run, req: ExternalRequest, root = false): Promise<number> | number | undefined {
  const args = req.argv.slice(1);
  if (req.name === 'systemctl') return systemctl(engine, req, args, root);
  if (req.name === 'service') {
    if (args.length < 2) {
      req.io.stderr.write('Usage: service < option > | --status-all | [ service_name [ command | --full-restart ] ]\n');
      return 1;
    }
    return systemctl(engine, req, [args[1], args[0]], root);
  }
  if (req.name !== 'sudo') return undefined;
  if (!args.length) {
    req.io.stderr.write('usage: sudo -h | -K | -k | -V\n');
    return 1;
  }
  const inner = { ...req, name: args[0], argv: args };
  const r = hostAdmin(engine, run, inner, true) ?? run(inner);
  if (r !== undefined) return r;
  req.io.stderr.write(`sudo: ${args[0]}: command not found\n`);
  return 1;
}
