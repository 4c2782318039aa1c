// Which program answers HTTP in a container: services are registered by the program name the
// process model records (ProcessState.program: 'nginx', 'httpd-foreground' ...). nginx and httpd
// are built in; other programs (python's http.server, the registry) register theirs.
import type { Engine } from '../engine.ts';
import type { ContainerRecord } from '../state.ts';
import { httpdService } from './httpd.ts';
import { nginxService } from './nginx.ts';
import { PYTHON_HTTP_SERVER, pythonHttpService } from './python-http.ts';
import type { HttpService } from './types.ts';
import { scriptListener } from '../../programs/script/live.ts';

const services = new Map<string, HttpService>([
  ['nginx', nginxService],
  ['nginx-debug', nginxService],
  ['httpd-foreground', httpdService],
  ['httpd', httpdService],
  // Listed here rather than registered by python-http.ts at load time: a module-level
  // registration runs before this map exists when the bundler orders the modules differently.
  [PYTHON_HTTP_SERVER, pythonHttpService],
]);

/** Register (or replace) the HTTP server of a program. */
export function registerHttpService(program: string, service: HttpService): void {
  services.set(program, service);
}

/** The service of the container's running main process, if that program serves HTTP. */
export function serviceOf(c: ContainerRecord): HttpService | undefined {
  if (c.state.status !== 'running' && c.state.status !== 'paused') return undefined;
  const program = c.process?.program;
  return program ? services.get(program) ?? services.get(program.split('/').pop() ?? '') : undefined;
}

/** The service listening on `port` in the container, if any (a script's server when the main program has none there). */
export function listenerOn(engine: Engine, c: ContainerRecord, port: number, remoteAddr?: string): HttpService | undefined {
  const s = serviceOf(c);
  return s && s.listens(engine, c).includes(port) ? s : scriptListener(engine, c, port, remoteAddr);
}
