// Entry point of the script model (loaded on first use): node or python by the program's name.
import type { ExternalRequest } from '../../shell/context.ts';
import type { ScriptHost } from './hook.ts';

export async function runScript(req: ExternalRequest, host: ScriptHost): Promise<number> {
  if (req.name === 'node' || req.name === 'nodejs') return (await import('./node.ts')).runNode(req, host);
  return (await import('./python.ts')).runPython(req, host);
}
