// One running python process of the model: builtins, imports (the standard modules the model
// follows, the script's own modules, packages from site-packages - only Flask is followed - and
// ModuleNotFoundError for the rest), stdout's block buffering when it is not a terminal (as
// CPython does: nothing shows until a flush or the exit), the step budget and the frames.
import { dirname } from '../../../fs/path.ts';
import type { Vfs } from '../../../fs/types.ts';
import type { Pos } from './ast.ts';
import { makeBuiltins } from './builtins.ts';
import { flaskModule } from './flask.ts';
import { PyInterp, PyScope, type PyHost } from './interp.ts';
import { parsePython } from './parse.ts';
import { STDLIB, stdlibModule, unmodelled } from './stdlib.ts';
import { exception, PyBeyond, PyObj, PyRaise, SysExit, type PyValue } from './values.ts';

export interface PyEnvInfo {
  fs: Vfs;
  file: string;
  cwd: string;
  argv: string[];
  env: Record<string, string>;
  version: string;
  /** Directories packages are imported from (site-packages, dist-packages). */
  sitePaths: string[];
  hostname: string;
  buffered: boolean;
  now(): number;
  write(stream: 'stdout' | 'stderr', text: string): void;
  stdin: string;
}

export const MAX_STEPS = 200000;

/** stdout as CPython has it: line-buffered on a terminal, block-buffered (8 KiB) otherwise. */
class Output {
  private buf = '';
  private readonly info: PyEnvInfo;
  constructor(info: PyEnvInfo) {
    this.info = info;
  }
  write(stream: 'stdout' | 'stderr', text: string): void {
    if (stream === 'stderr' || !this.info.buffered) return this.info.write(stream, text);
    this.buf += text;
    if (this.buf.length >= 8192) this.flush();
  }
  flush(): void {
    if (this.buf) this.info.write('stdout', this.buf);
    this.buf = '';
  }
}

export class PyRuntime implements PyHost {
  readonly info: PyEnvInfo;
  readonly interp: PyInterp;
  readonly out: Output;
  readonly frames: { name: string; line: number }[] = [{ name: '<module>', line: 1 }];
  private readonly builtins: Map<string, PyValue>;
  private readonly modules = new Map<string, PyValue>();
  private steps = 0;
  private seed: number;

  constructor(info: PyEnvInfo) {
    this.info = info;
    this.interp = new PyInterp(this);
    this.out = new Output(info);
    this.builtins = makeBuiltins(this);
    this.seed = [...info.file].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
  }

  get fs(): Vfs { return this.info.fs; }
  get cwd(): string { return this.info.cwd; }
  get env(): Record<string, string> { return this.info.env; }
  get file(): string { return this.info.file; }
  get argv(): string[] { return this.info.argv; }
  get version(): string { return this.info.version; }
  get hostname(): string { return this.info.hostname; }
  now(): number { return this.info.now(); }

  random(): number {
    this.seed = (Math.imul(this.seed, 1664525) + 1013904223) >>> 0;
    return this.seed / 4294967296;
  }

  step(): void {
    if (++this.steps > MAX_STEPS) throw new PyBeyond(`a loop that runs ${MAX_STEPS} steps without waiting`);
  }
  resetSteps(): void {
    this.steps = 0;
  }

  hasBuiltin(name: string): boolean {
    return this.builtins.has(name);
  }
  builtin(name: string): PyValue | undefined {
    return this.builtins.get(name);
  }
  builtinNames(): string[] {
    return [...this.builtins.keys()];
  }

  exit(code: PyValue): never {
    throw new SysExit(code);
  }

  input(): string {
    throw new PyRaise(exception('EOFError', 'EOF when reading a line'));
  }

  private findPackage(name: string): boolean {
    const base = name.split('.')[0];
    return this.info.sitePaths.some((dir) => this.fs.exists(`${dir}/${base}`) || this.fs.exists(`${dir}/${base}.py`));
  }

  private localModule(name: string): PyObj | undefined {
    const path = `${dirname(this.file)}/${name.replace(/\./g, '/')}.py`;
    if (!this.fs.exists(path)) return undefined;
    const scope = new PyScope();
    scope.vars.set('__name__', name);
    const g = this.interp.run(parsePython(this.fs.readFile(path)), scope);
    for (let r = g.next(); !r.done; r = g.next()) {
      // a module's import-time sleep passes at once
    }
    const m = new PyObj('module', {}, false);
    for (const [k, v] of scope.vars) m.attrs.set(k, v);
    return m;
  }

  importModule(name: string, pos: Pos): PyValue {
    const hit = this.modules.get(name);
    if (hit !== undefined) return hit;
    const m = stdlibModule(this, name) ?? this.localModule(name) ?? (STDLIB.has(name) || STDLIB.has(name.split('.')[0]) ? unmodelled(name) : undefined) ?? this.packageModule(name, pos);
    this.modules.set(name, m);
    return m;
  }

  private packageModule(name: string, pos: Pos): PyValue {
    if (!this.findPackage(name)) throw new PyRaise(exception('ModuleNotFoundError', `No module named '${name.split('.')[0]}'`), pos.line);
    if (name === 'flask') return flaskModule(this);
    throw new PyBeyond(`import ${name}`);
  }
}
