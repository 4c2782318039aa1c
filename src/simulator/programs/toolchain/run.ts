// The toolchain models' entry point, loaded on first use: one module per tool, each loaded when
// its name is run (a Go build does not load Maven's model).
import type { ExternalRequest, ShellHost } from '../../shell/context.ts';
import { decodeProgram, runProgram } from './artifact.ts';
import { makeTool, readText } from './common.ts';

export async function runTool(req: ExternalRequest, host: ShellHost): Promise<number> {
  const t = makeTool(req, host);
  switch (req.name) {
    case 'go':
      return (await import('./go.ts')).go(t);
    case 'cargo':
      return (await import('./cargo.ts')).cargo(t);
    case 'mvn':
      return (await import('./maven.ts')).mvn(t);
    case 'dotnet':
      return (await import('./dotnet.ts')).dotnet(t);
    case 'vite':
    case 'tsc':
    case 'react-scripts':
      return (await import('./frontend.ts')).frontend(t);
    case 'nodemon':
      return (await import('./nodemon.ts')).nodemon(t);
    case 'java':
      return (await import('./java.ts')).javaJar(t);
    default:
      return runBuilt(t.abs(req.argv[0].includes('/') ? req.argv[0] : whichOf(t, req.argv[0])), t);
  }
}

function whichOf(t: ReturnType<typeof makeTool>, name: string): string {
  for (const d of (t.req.env.PATH ?? '').split(':')) if (readText(t.fs, `${d}/${name}`) !== undefined) return `${d}/${name}`;
  return name;
}

async function runBuilt(path: string, t: ReturnType<typeof makeTool>): Promise<number> {
  const spec = decodeProgram(readText(t.fs, path) ?? '');
  if (!spec) {
    t.err(`${t.req.name}: this program is not simulated in Dockyard\n`);
    return 126;
  }
  return runProgram(t, spec);
}
