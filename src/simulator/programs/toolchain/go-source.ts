// Reading a Go module and package as the go command would need to: go.mod (module path, go
// version, requirements), go.sum, the package's files, their package clauses and imports; and
// what main() was seen to do for the built program's model (artifact.ts).
import type { Vfs } from '../../fs/types.ts';
import type { ProgramSpec } from './artifact.ts';
import { literalArgs, readText, unescapeC } from './common.ts';

export interface GoMod {
  module: string;
  go: string;
  requires: { path: string; version: string }[];
}

export function parseGoMod(text: string): GoMod {
  const mod: GoMod = { module: '', go: '', requires: [] };
  let inRequire = false;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\/\/.*$/, '').trim();
    if (inRequire) {
      if (line === ')') inRequire = false;
      else if (line) addRequire(mod, line);
      continue;
    }
    const [word, ...rest] = line.split(/\s+/);
    if (word === 'module') mod.module = rest.join(' ').replace(/"/g, '');
    else if (word === 'go') mod.go = rest[0] ?? '';
    else if (word === 'require' && rest[0] === '(') inRequire = true;
    else if (word === 'require') addRequire(mod, rest.join(' '));
  }
  return mod;
}

function addRequire(mod: GoMod, line: string): void {
  const [path, version] = line.split(/\s+/);
  if (path && version) mod.requires.push({ path, version });
}

export interface GoFile {
  path: string;
  text: string;
  pkg: string;
  imports: { path: string; line: number; col: number }[];
}

export function readGoFile(fs: Vfs, path: string): GoFile {
  const text = readText(fs, path) ?? '';
  const pkg = /^\s*package\s+(\w+)/m.exec(text)?.[1] ?? '';
  const imports: GoFile['imports'] = [];
  const lines = text.split('\n');
  let block = false;
  lines.forEach((l, i) => {
    const t = l.trim();
    if (/^import\s*\($/.test(t)) block = true;
    else if (block && t === ')') block = false;
    const m = (block || /^import\s/.test(t)) && /"([^"]+)"/.exec(l);
    if (m && m.index !== undefined) imports.push({ path: m[1], line: i + 1, col: m.index + 1 });
  });
  return { path, text, pkg, imports };
}

/** An import path is the standard library's when its first element has no dot. */
export function isStd(path: string): boolean {
  return !path.split('/')[0].includes('.');
}

/** The body of `func main()`, or '' when there is none. */
export function mainBody(text: string): string {
  const m = /func\s+main\s*\(\s*\)\s*\{/.exec(text);
  if (!m) return '';
  let depth = 1;
  let i = m.index + m[0].length;
  const start = i;
  for (; i < text.length && depth > 0; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}') depth--;
  }
  return text.slice(start, i - 1);
}

function serverPort(body: string, all: string): number | undefined {
  if (!/ListenAndServe|http\.Serve\(|\.Run\(|\.Listen\(|\.Start\(/.test(body)) return undefined;
  const call = /(?:ListenAndServe|\.Run|\.Listen|\.Start)\(\s*"[^"]*:(\d+)"/.exec(body);
  if (call) return Number(call[1]);
  const assigned = /(?:port|addr|Port|Addr)\s*(?::=|=)\s*"(?:[^":]*:)?(\d+)"/.exec(all);
  return assigned ? Number(assigned[1]) : 8080;
}

/** What main() does: its print calls in order, and the port it listens on. */
export function goProgram(name: string, files: readonly GoFile[]): ProgramSpec {
  const all = files.map((f) => f.text).join('\n');
  const body = mainBody(all);
  const calls: { at: number; stream: 'stdout' | 'stderr'; text: string }[] = [];
  const add = (pattern: string, stream: 'stdout' | 'stderr', fmt: (s: string) => string) => {
    for (const a of literalArgs(body, pattern)) calls.push({ at: a.at, stream, text: fmt(a.text) });
  };
  const verbs = (s: string) => s.replace(/%[-+# 0-9.]*[sdvq]/g, '{{port}}');
  add('fmt\\.Println', 'stdout', (s) => `${s}\n`);
  add('fmt\\.Print', 'stdout', (s) => s);
  add('fmt\\.Printf', 'stdout', verbs);
  add('log\\.(?:Println|Print|Fatal|Fatalln)', 'stderr', (s) => `{{time}}${s}\n`);
  add('log\\.(?:Printf|Fatalf)', 'stderr', (s) => `{{time}}${verbs(s).replace(/\n?$/, '\n')}`);
  add('println', 'stderr', (s) => `${s}\n`);
  calls.sort((a, b) => a.at - b.at);
  const spec: ProgramSpec = { lang: 'go', name, output: calls.map((c) => ({ stream: c.stream, text: c.text })) };
  const port = serverPort(body, all);
  if (port !== undefined) {
    spec.listen = port;
    spec.routes = goRoutes(all);
  }
  return spec;
}

/** `http.HandleFunc("/path", ...)` handlers and the literal each writes to its ResponseWriter. */
function goRoutes(text: string): Record<string, string> {
  const routes: Record<string, string> = {};
  const re = /HandleFunc\(\s*"([^"]+)"/g;
  const marks = [...text.matchAll(re)];
  marks.forEach((m, i) => {
    const chunk = text.slice(m.index, marks[i + 1]?.index ?? text.length);
    const w = /Fprint(ln|f)?\(\s*\w+\s*,\s*"((?:[^"\\]|\\.)*)"/.exec(chunk) ?? /(?:Write\(\[\]byte\(|WriteString\(\s*\w+\s*,\s*)"((?:[^"\\]|\\.)*)"/.exec(chunk);
    if (!w) return;
    const lit = unescapeC(w.length === 3 ? w[2] : w[1]);
    routes[m[1]] = w.length === 3 && w[1] === 'ln' ? `${lit}\n` : lit;
  });
  return routes;
}
