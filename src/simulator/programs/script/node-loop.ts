// node's event loop in the model, after the top-level code: process.nextTick callbacks, then
// the servers start listening (their callbacks run: "Server running on port 3000"), then
// timers in order on the simulated clock, and a listening server keeps the process alive until
// it is stopped. Requests are answered by the same runtime, between the loop's waits.
import type { HttpResponse } from '../../engine/http/types.ts';
import type { ScriptHost } from './hook.ts';
import { handleExpress } from './js/express.ts';
import { beyondMessage } from './js/node-errors.ts';
import { nodeResponse, requestObject, ResState } from './js/node-http.ts';
import type { NodeRuntime, NodeServerState } from './js/node-runtime.ts';
import { Beyond } from './js/values.ts';
import { portInUse, startServing, waitForever, type Stream } from './serve.ts';

type Fail = (e: unknown) => number;

function flushTicks(rt: NodeRuntime): void {
  while (rt.ticks.length) {
    const t = rt.ticks.shift();
    if (t) rt.interp.call(t.fn, undefined, t.args, [0, 0]);
  }
}

function answer(rt: NodeRuntime, s: NodeServerState, fail: Fail, req: import('../../engine/http/types.ts').HttpRequest, remote: string, now: number): HttpResponse {
  rt.resetSteps();
  try {
    if (s.app) return handleExpress(rt, s.app, req, remote, now);
    const state = new ResState();
    const res = nodeResponse(state);
    if (s.handler) rt.interp.call(s.handler, undefined, [requestObject(req, remote), res], [0, 0]);
    state.status = Number(res.props.get('statusCode')) || 200;
    return state.wire(now, req.method);
  } catch (e) {
    fail(e);
    return { status: 500, reason: 'Internal Server Error', headers: [['Connection', 'close']], body: '' };
  }
}

function addrInUse(rt: NodeRuntime, port: number): string {
  return `node:events:497\n      throw er; // Unhandled 'error' event\n      ^\n\nError: listen EADDRINUSE: address already in use :::${port}\n    at Server.setupListenHandle [as _listen2] (node:net:1940:16)\n    at listenInCluster (node:net:1997:12)\n    at Server.listen (node:net:2102:7)\nEmitted 'error' event on Server instance at:\n    at emitErrorNT (node:net:1976:8)\n    at process.processTicksAndRejections (node:internal/process/task_queues:90:21) {\n  code: 'EADDRINUSE',\n  errno: -98,\n  syscall: 'listen',\n  address: '::',\n  port: ${port}\n}\n\nNode.js v${rt.env.version}\n`;
}

/** The loop; undefined when it ran dry (the exit code is process.exitCode), else the exit status. */
export async function runEventLoop(rt: NodeRuntime, host: ScriptHost, out: { write(s: Stream, t: string): void; serving(): void }, fail: Fail): Promise<number | undefined> {
  const stops: (() => void)[] = [];
  try {
    flushTicks(rt);
    for (const s of rt.servers) {
      if (portInUse(host, s.port)) return (out.write('stderr', addrInUse(rt, s.port)), 1);
      stops.push(startServing(host, { port: s.port, loopbackOnly: s.host === '127.0.0.1' || s.host === 'localhost', handle: (ctx, req) => answer(rt, s, fail, req, ctx.remoteAddr, ctx.now) }));
      if (s.onListen) rt.interp.call(s.onListen, undefined, [], [0, 0]);
      flushTicks(rt);
    }
    if (rt.servers.length) out.serving();
    for (;;) {
      rt.timers.sort((x, y) => x.due - y.due || x.id - y.id);
      const next = rt.timers[0];
      const forever = rt.servers.length > 0 || !!next?.every;
      if (forever && !host.engine) throw new Beyond(rt.servers.length ? 'a server in a build step (it would never end)' : 'setInterval in a build step (it would never end)');
      if (!next) return rt.servers.length ? await waitForever(host) : undefined;
      if ((await host.wait(next.due - rt.clock)) === 'interrupted') return 130;
      out.serving();
      rt.clock = next.due;
      rt.resetSteps();
      if (next.every) next.due += next.every;
      else rt.timers.shift();
      rt.interp.call(next.fn, undefined, next.args, [0, 0]);
      flushTicks(rt);
    }
  } catch (e) {
    if (e instanceof Beyond) return (out.write('stderr', beyondMessage('Node.js', e.what)), 1);
    return fail(e);
  } finally {
    stops.forEach((stop) => stop());
  }
}
