// dotnet (the .NET SDK CLI), as a model: `dotnet restore`, `dotnet build`, `dotnet publish`
// (-c/--configuration, -o/--output, --no-restore), `dotnet run`, `dotnet <app>.dll` and
// `dotnet --version`. It finds the project (*.csproj/*.fsproj in the directory, or the one
// named; MSBuild's MSB1003/MSB1011 errors otherwise), prints the classic console logger's lines
// (trimmed), and writes <Assembly>.dll (+ deps.json, runtimeconfig.json, pdb and the apphost)
// to bin/<Configuration>/<tfm>/ and the publish directory.
import { decodeProgram, encodeProgram, MAGIC, runProgram, type ProgramSpec } from './artifact.ts';
import { listFiles, literalArgs, readText, writeOut, type Tool } from './common.ts';

interface Project {
  path: string;
  dir: string;
  assembly: string;
  tfm: string;
  web: boolean;
}

function option(args: readonly string[], ...names: string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    for (const n of names) {
      if (args[i] === n) return args[i + 1];
      if (args[i].startsWith(`${n}=`) || args[i].startsWith(`${n}:`)) return args[i].slice(n.length + 1);
    }
  }
  return undefined;
}

function findProject(t: Tool, args: readonly string[]): Project | number {
  const named = args.find((a) => /\.(cs|fs|vb)proj$/.test(a));
  let path = named ? t.abs(named) : undefined;
  if (!path) {
    const found = listFiles(t.fs, t.cwd, ['.csproj', '.fsproj', '.vbproj', '.sln'], false);
    if (found.length === 0) return (t.out('MSBUILD : error MSB1003: Specify a project or solution file. The current working directory does not contain a project or solution file.\n'), 1);
    if (found.length > 1) return (t.out('MSBUILD : error MSB1011: Specify which project or solution file to use because this folder contains more than one project or solution file.\n'), 1);
    path = found[0];
  }
  const xml = readText(t.fs, path);
  if (xml === undefined) return (t.out(`MSBUILD : error MSB1009: Project file does not exist.\nSwitch: ${named}\n`), 1);
  const file = path.slice(path.lastIndexOf('/') + 1);
  const assembly = /<AssemblyName>([^<]+)<\/AssemblyName>/.exec(xml)?.[1] ?? file.replace(/\.\w+proj$/, '');
  const tfm = /<TargetFramework>([^<]+)<\/TargetFramework>/.exec(xml)?.[1] ?? 'net8.0';
  return { path, dir: path.slice(0, path.lastIndexOf('/')) || '/', assembly, tfm, web: /Sdk="Microsoft\.NET\.Sdk\.Web"/.test(xml) };
}

async function restore(t: Tool, p: Project): Promise<void> {
  t.out('  Determining projects to restore...\n');
  const assets = `${p.dir}/obj/project.assets.json`;
  if (readText(t.fs, assets) !== undefined) {
    t.out('  All projects are up-to-date for restore.\n');
    return;
  }
  const start = t.now();
  await t.work(1800);
  writeOut(t.fs, assets, `{\n  "version": 3,\n  "targets": {\n    "${tfmName(p.tfm)}": {}\n  }\n}\n`);
  t.out(`  Restored ${p.path} (in ${((t.now() - start) / 1000).toFixed(2)} sec).\n`);
}

function tfmName(tfm: string): string {
  const v = /^net(\d+\.\d+)$/.exec(tfm)?.[1];
  return v ? `.NETCoreApp,Version=v${v}` : tfm;
}

function program(t: Tool, p: Project): ProgramSpec {
  const src = listFiles(t.fs, p.dir, ['.cs']).map((f) => readText(t.fs, f) ?? '').join('\n');
  const spec: ProgramSpec = { lang: 'dotnet', name: p.assembly, output: literalArgs(src, 'Console\\.WriteLine').map((a) => ({ stream: 'stdout' as const, text: `${a.text}\n` })) };
  if (!p.web) return spec;
  const port = Number((t.req.env.ASPNETCORE_HTTP_PORTS ?? '8080').split(/[;,]/)[0]) || 8080;
  spec.listen = port;
  const log = (n: number, text: string) => ({ stream: 'stdout' as const, text: `info: Microsoft.Hosting.Lifetime[${n}]\n      ${text}\n` });
  spec.output.push(log(14, 'Now listening on: http://[::]:{{port}}'), log(0, 'Application started. Press Ctrl+C to shut down.'), log(0, 'Hosting environment: Production'), log(0, 'Content root path: /app'));
  return spec;
}

/** Compile into bin/<config>/<tfm>/; returns that directory. */
async function compile(t: Tool, p: Project, config: string): Promise<string> {
  await t.work(p.web ? 6000 : 3500);
  const out = `${p.dir}/bin/${config}/${p.tfm}`;
  writeFiles(t, p, out);
  t.out(`  ${p.assembly} -> ${out}/${p.assembly}.dll\n`);
  return out;
}

function writeFiles(t: Tool, p: Project, dir: string): void {
  const spec = program(t, p);
  const version = /^net(\d+\.\d+)$/.exec(p.tfm)?.[1] ?? '8.0';
  writeOut(t.fs, `${dir}/${p.assembly}.dll`, encodeProgram(MAGIC.dll, spec), 0o644, p.web ? 9_216 : 5_120);
  writeOut(t.fs, `${dir}/${p.assembly}.pdb`, '', 0o644, 10_500);
  writeOut(t.fs, `${dir}/${p.assembly}`, encodeProgram(MAGIC.elf, spec), 0o755, 72_552);
  writeOut(t.fs, `${dir}/${p.assembly}.deps.json`, `{\n  "runtimeTarget": {\n    "name": "${tfmName(p.tfm)}"\n  }\n}\n`);
  const framework = p.web ? 'Microsoft.AspNetCore.App' : 'Microsoft.NETCore.App';
  writeOut(t.fs, `${dir}/${p.assembly}.runtimeconfig.json`, `{\n  "runtimeOptions": {\n    "tfm": "${p.tfm}",\n    "framework": {\n      "name": "${framework}",\n      "version": "${version}.0"\n    }\n  }\n}\n`);
}

async function build(t: Tool, args: readonly string[], publish: boolean): Promise<number> {
  const p = findProject(t, args);
  if (typeof p === 'number') return p;
  if (!args.includes('--no-restore')) await restore(t, p);
  else if (readText(t.fs, `${p.dir}/obj/project.assets.json`) === undefined) {
    t.out(`/usr/share/dotnet/sdk/${t.req.env.DOTNET_SDK_VERSION ?? '8.0.424'}/Sdks/Microsoft.NET.Sdk/targets/Microsoft.PackageDependencyResolution.targets(266,5): error NETSDK1004: Assets file '${p.dir}/obj/project.assets.json' not found. Run a NuGet package restore to generate this file. [${p.path}]\n`);
    return 1;
  }
  const config = option(args, '-c', '--configuration') ?? (publish ? 'Release' : 'Debug');
  const start = t.now();
  const bin = await compile(t, p, config);
  if (!publish) {
    const ms = t.now() - start;
    t.out(`\nBuild succeeded.\n    0 Warning(s)\n    0 Error(s)\n\nTime Elapsed 00:00:${(ms / 1000).toFixed(2).padStart(5, '0')}\n`);
    return 0;
  }
  const out = option(args, '-o', '--output');
  const dir = out ? t.abs(out) : `${bin}/publish`;
  await t.work(800);
  writeFiles(t, p, dir);
  t.out(`  ${p.assembly} -> ${dir}/\n`);
  return 0;
}

export async function dotnet(t: Tool): Promise<number> {
  const [, sub, ...rest] = t.req.argv;
  if (sub === '--version') return (t.out(`${t.req.env.DOTNET_SDK_VERSION ?? '8.0.424'}\n`), 0);
  if (sub === 'restore') {
    const p = findProject(t, rest);
    if (typeof p === 'number') return p;
    await restore(t, p);
    return 0;
  }
  if (sub === 'build' || sub === 'publish') return build(t, rest, sub === 'publish');
  if (sub === 'run') {
    const p = findProject(t, rest);
    if (typeof p === 'number') return p;
    return runProgram(t, program(t, p));
  }
  if (sub === 'test') return (t.out('  Determining projects to restore...\n  All projects are up-to-date for restore.\n'), 0);
  const spec = decodeProgram(readText(t.fs, t.abs(sub ?? '')) ?? '');
  if (!spec) {
    t.err(`The application '${sub}' does not exist.\n`);
    return 1;
  }
  return runProgram(t, spec);
}
