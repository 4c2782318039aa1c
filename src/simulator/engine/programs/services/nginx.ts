// nginx as its image runs it (`nginx -g 'daemon off;'` after /docker-entrypoint.sh): it starts
// from the catalog's start-up facts (the entrypoint's notes, then the master's notices and one
// worker per CPU, on stderr) and logs its shutdown as the master and workers do: `docker stop`
// sends the image's STOPSIGNAL SIGQUIT, a graceful shutdown (workers finish their requests);
// SIGINT (Ctrl+C on an attached `docker run`) and SIGTERM are the fast one. The sender is
// outside the container's PID namespace, so the master logs no "from <pid>" for it.
import { HOST } from '../../daemon-version.ts';
import { signalName } from '../../containers/signals.ts';
import { errorLogTime } from '../../http/files.ts';
import { NGINX_WORKER_PID } from '../placeholders.ts';
import { catalogPlan } from '../service.ts';
import { finished } from '../basic.ts';
import { catalogOf, lines, startedByEntrypoint } from './common.ts';
import type { ProcessPlan, ProgramContext } from '../types.ts';
import type { ServiceModel } from './types.ts';

/** /docker-entrypoint.sh's lines (and its /docker-entrypoint.d scripts'): printed only when its $1 is nginx. */
const ENTRYPOINT_LINE = /^(?:\/docker-entrypoint\.sh|\d\d-[\w.-]+): /;

function viaEntrypoint(ctx: ProgramContext): boolean {
  return startedByEntrypoint(ctx.container, 'docker-entrypoint.sh', ['nginx', 'nginx-debug']);
}

/** The entrypoint's notes, when it ran them. */
function entrypointNotes(ctx: ProgramContext): string[] {
  if (!viaEntrypoint(ctx)) return [];
  return (ctx.catalogImage?.startup.logLines ?? []).filter((l) => ENTRYPOINT_LINE.test(l));
}

function start(ctx: ProgramContext, argv: string[]): ProcessPlan {
  const plan = catalogPlan(ctx, argv);
  if (viaEntrypoint(ctx)) return plan;
  return { ...plan, output: plan.output.filter((o) => !ENTRYPOINT_LINE.test(o.text)) };
}

/** `nginx -v` / `-t`: the entrypoint's notes (its $1 is nginx), then nginx's answer on stderr. */
function report(ctx: ProgramContext, argv: string[]): ProcessPlan | undefined {
  const v = ctx.env.NGINX_VERSION ?? '1.31.4';
  const answers: Record<string, string[]> = {
    '-v': [`nginx version: nginx/${v}`],
    '-t': ['nginx: the configuration file /etc/nginx/nginx.conf syntax is ok', 'nginx: configuration file /etc/nginx/nginx.conf test is successful'],
  };
  const answer = answers[argv[1]];
  return answer && finished('nginx', [...lines('stdout', entrypointNotes(ctx)), ...lines('stderr', answer)]);
}

function shutdown(at: number, signal: number): string[] {
  const t = `${errorLogTime(at)} [notice]`;
  const workers = Array.from({ length: HOST.cpus }, (_, i) => NGINX_WORKER_PID + i);
  const graceful = signal === 3;
  const out = [`${t} 1#1: signal ${signal} (${signalName(signal)}) received, ${graceful ? 'shutting down' : 'exiting'}`];
  for (const w of workers) out.push(...(graceful ? [`${t} ${w}#${w}: gracefully shutting down`] : []), `${t} ${w}#${w}: exiting`, `${t} ${w}#${w}: exit`);
  out.push(`${t} 1#1: signal 17 (SIGCHLD) received from ${workers[0]}`);
  for (const w of workers) out.push(`${t} 1#1: worker process ${w} exited with code 0`);
  out.push(`${t} 1#1: exit`);
  return out;
}

export const nginx: ServiceModel = {
  program: 'nginx',
  start,
  report,
  ports: (engine, c) => (catalogOf(engine, c)?.startup.listensOn ?? ['80/tcp']).map((p) => Number.parseInt(p, 10)),
  stop: (_engine, _c, at, signal) => lines('stderr', shutdown(at, signal)),
};
