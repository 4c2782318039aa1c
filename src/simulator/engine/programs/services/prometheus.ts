// Prometheus (prom/prometheus: the binary is the entrypoint, the command its flags). It loads
// --config.file at start (exit 2 when it cannot: a missing file, or a directory where a bind
// mount of a file that did not exist made one), opens its TSDB and listens on
// --web.listen-address (:9090): /-/healthy, /-/ready, / redirecting to /query, the targets of
// its scrape configs and its build info.
import type { Engine } from '../../engine.ts';
import { httpDate } from '../../http/files.ts';
import type { HttpService } from '../../http/types.ts';
import type { ContainerRecord } from '../../state.ts';
import type { Vfs } from '../../../fs/types.ts';
import type { ProgramContext } from '../types.ts';
import { catalogOf, failed, filesOf, filesOfContainer, isoTime, jsonResponse, lines, optionValue, running, serverArgs, tagVersion, textResponse } from './common.ts';
import type { ServiceModel } from './types.ts';

function settings(args: string[]) {
  const listen = optionValue(args, '--web.listen-address') ?? '0.0.0.0:9090';
  return { config: optionValue(args, '--config.file') ?? 'prometheus.yml', port: Number(/:(\d+)$/.exec(listen)?.[1] ?? 9090), listen };
}

function loadConfig(fs: Vfs, path: string): string | { err: string } {
  try {
    if (fs.stat(path).kind === 'dir') return { err: `read ${path}: is a directory` };
    return fs.readFile(path);
  } catch {
    return { err: `open ${path}: no such file or directory` };
  }
}

/** The scrape jobs and their static targets, read line by line from prometheus.yml. */
export function scrapeTargets(yml: string): { job: string; target: string }[] {
  const out: { job: string; target: string }[] = [];
  let job = '';
  for (const line of yml.split('\n')) {
    const j = /job_name:\s*["']?([^"'\s]+)/.exec(line);
    if (j) job = j[1];
    const t = /targets:\s*\[(.*)\]/.exec(line);
    if (t && job) for (const x of t[1].split(',')) if (x.trim()) out.push({ job, target: x.trim().replace(/^["']|["']$/g, '') });
  }
  return out;
}

function start(ctx: ProgramContext, argv: string[]) {
  const s = settings(argv.slice(1));
  const v = tagVersion(ctx.catalogImage, '3.14.0');
  const t = isoTime(ctx.now);
  const l = (level: string, src: string, msg: string, rest = '') => `time=${t} level=${level} source=${src} msg=${JSON.stringify(msg)}${rest ? ` ${rest}` : ''}`;
  const head = [l('INFO', 'main.go:1585', 'Starting Prometheus Server', `mode=server version="(version=${v}, branch=HEAD, revision=${v.replace(/\./g, '')}0a1b2c3d4e5f)"`)];
  const config = loadConfig(filesOf(ctx), s.config);
  if (typeof config !== 'string') {
    return failed('prometheus', lines('stderr', [...head, l('ERROR', 'main.go:667', `Error loading config (--config.file=${s.config})`, `file=${s.config} err="${config.err}"`)]), 2);
  }
  return running('prometheus', lines('stderr', [
    ...head,
    l('INFO', 'web.go:727', 'Start listening for connections', `component=web address=${s.listen}`),
    l('INFO', 'main.go:1492', 'TSDB started'),
    l('INFO', 'main.go:1690', 'Loading configuration file', `filename=${s.config}`),
    l('INFO', 'main.go:1729', 'Completed loading of configuration file', `db_storage=1.042µs remote_storage=1.208µs web_handler=417ns query_engine=833ns scrape=243.5µs scrape_sd=41.791µs notify=23.459µs notify_sd=7.125µs rules=1.5µs tracing=4.125µs filename=${s.config} totalDuration=1.093042ms`),
    l('INFO', 'main.go:1453', 'Server is ready to receive web requests.'),
  ]));
}

function targetsJson(engine: Engine, c: ContainerRecord) {
  const yml = loadConfig(filesOfContainer(engine, c), settings(serverArgs(engine, c).slice(1)).config);
  const targets = typeof yml === 'string' ? scrapeTargets(yml) : [];
  const activeTargets = targets.map(({ job, target }) => ({ discoveredLabels: { __address__: target, job }, labels: { instance: target, job }, scrapePool: job, scrapeUrl: `http://${target}/metrics`, health: target.startsWith('localhost:') ? 'up' : 'unknown', lastError: '' }));
  return { status: 'success', data: { activeTargets, droppedTargets: [], droppedTargetCounts: { [targets[0]?.job ?? 'prometheus']: 0 } } };
}

const http: HttpService = {
  listens: (engine, c) => [settings(serverArgs(engine, c).slice(1)).port],
  handle(ctx, req) {
    const path = req.target.split('?')[0];
    const date: [string, string] = ['Date', httpDate(ctx.now)];
    if (path === '/-/healthy') return textResponse(200, 'Prometheus Server is Healthy.\n', [date]);
    if (path === '/-/ready') return textResponse(200, 'Prometheus Server is Ready.\n', [date]);
    if (path === '/') return textResponse(302, '<a href="/query">Found</a>.\n\n', [['Location', '/query'], date], 'text/html; charset=utf-8');
    if (path === '/api/v1/targets') return jsonResponse(200, targetsJson(ctx.engine, ctx.container), [date]);
    if (path === '/api/v1/status/buildinfo') {
      const v = tagVersion(catalogOf(ctx.engine, ctx.container), '3.14.0');
      return jsonResponse(200, { status: 'success', data: { version: v, revision: `${v.replace(/\./g, '')}0a1b2c3d4e5f`, branch: 'HEAD', buildUser: 'root@prometheus', goVersion: 'go1.25.1' } }, [date]);
    }
    if (path === '/metrics') return textResponse(200, '# HELP prometheus_ready Whether Prometheus startup was fully completed and the server is ready for normal operation.\n# TYPE prometheus_ready gauge\nprometheus_ready 1\n', [date], 'text/plain; version=0.0.4; charset=utf-8; escaping=underscores');
    return textResponse(404, '404 page not found\n', [['X-Content-Type-Options', 'nosniff'], date]);
  },
};

export const prometheus: ServiceModel = {
  program: 'prometheus',
  start,
  ports: (engine, c) => [settings(serverArgs(engine, c).slice(1)).port],
  http,
};
