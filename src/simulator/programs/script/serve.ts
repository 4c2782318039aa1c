// What the node and python models share about a process's life after its top-level code: the
// servers it listens with (registered in live.ts while it runs), where it writes later (a main
// process's requests and timers log to the container, at their own time), and waiting until
// it is stopped. In a build step nothing can connect and nothing would ever stop it.
import { writeLog } from '../../engine/containers/lifecycle.ts';
import type { ExternalRequest } from '../../shell/context.ts';
import type { ScriptHost } from './hook.ts';
import { listen, scriptServerOn, type ScriptServer } from './live.ts';

export type Stream = 'stdout' | 'stderr';

/** A writer for the process's output: its streams now; the container's log once it serves. */
export function outputOf(req: ExternalRequest, host: ScriptHost): { write(stream: Stream, text: string): void; serving(): void } {
  let serving = false;
  return {
    write(stream, text) {
      if (serving && host.main && host.engine && host.container) writeLog(host.engine, host.container, [{ stream, text }], host.engine.now());
      else (stream === 'stdout' ? req.io.stdout : req.io.stderr).write(text);
    },
    serving: () => void (serving = true),
  };
}

/** The port is taken in this container (another process of it listens there). */
export function portInUse(host: ScriptHost, port: number): boolean {
  return !!(host.engine && host.container && scriptServerOn(host.engine, host.container, port));
}

/** Start serving; returns the function that stops. */
export function startServing(host: ScriptHost, server: ScriptServer): () => void {
  if (!host.engine || !host.container) return () => undefined;
  return listen(host.engine, host.container, server);
}

/** Wait until the process is stopped (Ctrl+C, docker stop): its exit status, 130 for an interrupt. */
export async function waitForever(host: ScriptHost): Promise<number> {
  const r = await host.wait(Infinity);
  return r === 'interrupted' ? 130 : 0;
}
