// Language toolchains as the shells' `external` hook (in a build's RUN and in a container): go,
// cargo, mvn, dotnet, the front-end tools an npm script calls (vite, tsc, react-scripts, nodemon;
// `npm run` itself is programs/pkg's npm, which runs the script through the shell), `java -jar`,
// and the programs they build (a Go binary, a jar, a .dll) when run. This
// module stays tiny (it is on the core path): it decides by the program's name (and, for a built
// program, by the marker its file starts with), then loads the model (./run.ts) on first use.
import type { ExternalRequest, ShellHost } from '../../shell/context.ts';

export type ToolProgram = (req: ExternalRequest) => Promise<number> | undefined;

/** The subcommands modelled per tool ('*': any arguments); others fall through to "not simulated". */
const TOOLS: Record<string, Set<string> | '*'> = {
  go: new Set(['build', 'mod', 'test', 'run', 'vet', 'install']),
  cargo: new Set(['build', 'b', 'fetch', 'run', 'r', 'test', 't']),
  mvn: '*',
  dotnet: new Set(['restore', 'build', 'publish', 'run', 'test', '--version']),
  vite: new Set(['build']),
  tsc: '*',
  'react-scripts': new Set(['build']),
  nodemon: '*',
};

/** The first bytes of a program the toolchain model built (see artifact.ts). */
export const ARTIFACT_MARK = '#dockyard-artifact ';

/** Where the shell found the program (argv[0] as a path, else the first hit on PATH). */
function programFile(host: ShellHost, req: ExternalRequest): string | undefined {
  const arg = req.argv[0];
  const cands = arg.includes('/')
    ? [arg.startsWith('/') ? arg : `${req.cwd.replace(/\/$/, '')}/${arg}`]
    : (req.env.PATH ?? '/usr/local/bin:/usr/bin:/bin').split(':').map((d) => `${d}/${arg}`);
  for (const p of cands) {
    try {
      if (host.fs.exists(p)) return host.fs.readFile(p).slice(0, 200);
    } catch {
      // unreadable: not ours
    }
  }
  return undefined;
}

/** Whether the toolchain model answers this command. */
export function claims(host: ShellHost, req: ExternalRequest): boolean {
  if (req.name === 'java') return req.argv.includes('-jar');
  const subs = Object.hasOwn(TOOLS, req.name) ? TOOLS[req.name] : undefined;
  if (subs === '*') return true;
  const sub = req.argv[1] ?? '';
  if (subs) return subs.has(sub) || (req.name === 'dotnet' && /\.dll$/.test(sub));
  return programFile(host, req)?.includes(ARTIFACT_MARK) ?? false;
}

/** The hook: `host` is the shell's host (its files, clock and, for npm scripts, a shell to run them). */
export function toolchainProgram(host: ShellHost): ToolProgram {
  return (req) => (claims(host, req) ? import('./run.ts').then((m) => m.runTool(req, host)) : undefined);
}
