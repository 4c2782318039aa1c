// The programs the toolchain models build, and what they do when run. A built program is a
// marker file: its format's magic bytes (ELF for a Go or Rust binary or a .NET apphost, `PK` for
// a jar, `MZ` for a .dll), then a line with what its source was seen to do: the lines it prints
// (fmt.Println, println!, System.out.println, Console.WriteLine, log.Println) and the port it
// serves HTTP on (a web server then runs until stopped). Nothing of the source is executed.
import { ARTIFACT_MARK } from './index.ts';
import type { Tool } from './common.ts';

export interface ProgramSpec {
  lang: 'go' | 'rust' | 'java' | 'dotnet';
  name: string;
  /** What it writes when it starts, in order. */
  output: { stream: 'stdout' | 'stderr'; text: string }[];
  /** The HTTP port of a web server (it keeps running). */
  listen?: number;
  /** What a web server answers, by path (serve.ts). */
  routes?: Record<string, string>;
}

export const MAGIC = { elf: '\x7fELF\x02\x01\x01\x00', jar: 'PK\x03\x04', dll: 'MZ\x90\x00' };

export function encodeProgram(magic: string, spec: ProgramSpec): string {
  return `${magic}\n${ARTIFACT_MARK}${JSON.stringify(spec)}\n`;
}

export function decodeProgram(data: string): ProgramSpec | null {
  const i = data.indexOf(ARTIFACT_MARK);
  if (i < 0) return null;
  const line = data.slice(i + ARTIFACT_MARK.length).split('\n')[0];
  try {
    return JSON.parse(line) as ProgramSpec;
  } catch {
    return null;
  }
}

/** Go's log package prefix: `2026/11/25 10:00:00 `. */
export function goLogTime(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}/${p(d.getUTCMonth() + 1)}/${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} `;
}

/** Run a built program: its output, then (a server) wait until the container stops it. */
export async function runProgram(t: Tool, spec: ProgramSpec): Promise<number> {
  await t.work(spec.lang === 'java' ? 1500 : spec.lang === 'dotnet' ? 400 : 5);
  for (const o of spec.output) {
    const iso = new Date(t.now()).toISOString().replace('Z', '+00:00');
    const text = o.text.replace(/\{\{time\}\}/g, goLogTime(t.now())).replace(/\{\{iso\}\}/g, iso).replace(/\{\{port\}\}/g, String(spec.listen ?? ''));
    if (o.stream === 'stdout') t.out(text);
    else t.err(text);
  }
  if (spec.listen === undefined) return 0;
  (await import('./serve.ts')).serveBuilt(t.req.name);
  const r = await t.host.wait?.(Infinity);
  return r === 'interrupted' ? 130 : 0;
}
