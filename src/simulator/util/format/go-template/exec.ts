// Executing a parsed Go template (text/template/exec.go) against plain JS values.
// Part of ../go-template.ts (its header says what is supported and how docker reports errors).
import { elemType, goMethodsOf, goTypeName, isGoInt, isGoMap, isGoStruct, sortedKeys, goMapKeys, utf8Length, type GoFunc, type GoMethod, type GoParam } from '../go-value.ts';
import { formatValue, goQuote } from '../go-fmt.ts';
import { DOCKER_FUNCS, DOCKER_HEADER_FUNCS } from './docker-funcs.ts';
import { GO_BUILTINS } from './funcs.ts';
import { type BranchNode, type ChainNode, type CommandNode, type FieldNode, type IdentifierNode, type Node, type NumberNode, type PipeNode, type TemplateFuncs, type TemplateNode, type VariableNode, nodeString } from './nodes.ts';
import { type ParsedTemplate, parseTemplate } from './parse.ts';

// ===========================================================================
// Execution (text/template/exec.go)

export const MISSING: unique symbol = Symbol('missingVal');
/**
 * A nil held in an interface{} (a JSON null in an untyped map or slice). Go tells it apart from a
 * typed nil pointer: at the end of a pipeline stage it becomes "no value" (prints <no value>),
 * where a nil struct field (null) prints <nil>.
 */
export const NIL_IFACE: unique symbol = Symbol('nilInterface');

/** A value read out of a container: a null from an interface{} slot is a nil interface. */
export function fromContainer(container: unknown, v: unknown): unknown {
  return v === null && elemType(container) === 'interface {}' ? NIL_IFACE : v;
}

export function plain(v: unknown): unknown {
  return v === NIL_IFACE ? null : v;
}
export type Final = unknown;
export const BREAK: unique symbol = Symbol('break');
export const CONTINUE: unique symbol = Symbol('continue');

export class ExecError extends Error {}

/** A function's error result (Go returns it as the second result or panics). */
export class GoFuncError extends Error {}

export function toGoFunc(m: GoMethod): GoFunc {
  if (typeof m === 'function') return { params: new Array<GoParam>(m.length).fill('any'), fn: m as (...a: unknown[]) => unknown };
  return m;
}

export function paramTypeName(t: GoParam): string {
  switch (t) {
    case 'any': return 'interface {}';
    case 'value': return 'reflect.Value';
    default: return t;
  }
}

export function isTrue(v: unknown): boolean {
  if (v === undefined || v === null || v === NIL_IFACE) return false;
  switch (typeof v) {
    case 'string': return v.length > 0;
    case 'number': return v !== 0;
    case 'bigint': return v !== 0n;
    case 'boolean': return v;
    case 'function': return true;
    default: break;
  }
  if (Array.isArray(v)) return v.length > 0;
  if (isGoMap(v)) return goMapKeys(v).length > 0;
  return true; // structs, pointers
}

export function hasOwn(o: object, k: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, k);
}

export interface ExecOptions {
  /** The function map in effect (default DOCKER_FUNCS; DOCKER_HEADER_FUNCS for table headers). */
  funcs?: TemplateFuncs;
  /** Go's Option("missingkey=..."): 'default' yields <no value>, 'error' fails. */
  missingKey?: 'default' | 'error';
}

export type ExecResult = { ok: true; output: string } | { ok: false; error: string; output: string };

/** Go on wasm limits nested {{template}} calls to 1000; so do we (the JS stack is no deeper). */
export const MAX_EXEC_DEPTH = 1000;

export class State {
  tmpl: ParsedTemplate;
  tmplName: string;
  out: string[];
  node: Node | null = null;
  vars: { name: string; value: unknown }[];
  depth: number;
  funcs: TemplateFuncs;
  missingKeyError: boolean;

  constructor(tmpl: ParsedTemplate, tmplName: string, out: string[], dot: unknown, depth: number, funcs: TemplateFuncs, missingKeyError: boolean) {
    this.tmpl = tmpl;
    this.tmplName = tmplName;
    this.out = out;
    this.vars = [{ name: '$', value: dot }];
    this.depth = depth;
    this.funcs = funcs;
    this.missingKeyError = missingKeyError;
  }

  at(n: Node): void {
    this.node = n;
  }

  errorf(msg: string): never {
    const name = this.tmplName;
    if (this.node === null) throw new ExecError(`template: ${name}: ${msg}`);
    const pos = this.node.pos;
    const before = this.tmpl.text.slice(0, pos);
    const nl = before.lastIndexOf('\n');
    const col = nl === -1 ? utf8Length(before) : utf8Length(before.slice(nl + 1));
    const line = 1 + (before.match(/\n/g)?.length ?? 0);
    throw new ExecError(`template: ${this.tmpl.name}:${line}:${col}: executing ${goQuote(name)} at <${nodeString(this.node)}>: ${msg}`);
  }

  mark(): number {
    return this.vars.length;
  }

  pop(mark: number): void {
    this.vars.length = mark;
  }

  setVar(name: string, value: unknown): void {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      if (this.vars[i].name === name) {
        this.vars[i].value = value;
        return;
      }
    }
    this.errorf(`undefined variable: ${name}`);
  }

  setTopVar(n: number, value: unknown): void {
    this.vars[this.vars.length - n].value = value;
  }

  varValue(name: string): unknown {
    for (let i = this.vars.length - 1; i >= 0; i--) if (this.vars[i].name === name) return this.vars[i].value;
    this.errorf(`undefined variable: ${name}`);
  }

  // --- walk

  walk(dot: unknown, node: Node): void {
    this.at(node);
    switch (node.type) {
      case 'action': {
        const val = this.evalPipeline(dot, node.pipe);
        if (node.pipe.decl.length === 0) this.printValue(node, val);
        return;
      }
      case 'break': throw BREAK;
      case 'continue': throw CONTINUE;
      case 'comment': return;
      case 'if': case 'with': return this.walkIfOrWith(node, dot);
      case 'list':
        for (const n of node.nodes) this.walk(dot, n);
        return;
      case 'range': return this.walkRange(dot, node);
      case 'template': return this.walkTemplate(dot, node);
      case 'text':
        this.out.push(node.text);
        return;
      default:
        this.errorf(`unknown node: ${nodeString(node)}`);
    }
  }

  walkIfOrWith(node: BranchNode, dot: unknown): void {
    const mark = this.mark();
    try {
      const val = this.evalPipeline(dot, node.pipe);
      if (isTrue(val)) this.walk(node.type === 'with' ? val : dot, node.list);
      else if (node.elseList) this.walk(dot, node.elseList);
    } finally {
      this.pop(mark);
    }
  }

  walkRange(dot: unknown, r: BranchNode): void {
    this.at(r);
    const outer = this.mark();
    try {
      const val = this.evalPipeline(dot, r.pipe);
      const mark = this.mark();
      const one = (index: unknown, elem: unknown): void => {
        if (r.pipe.decl.length > 0) this.setTopVar(1, elem);
        if (r.pipe.decl.length > 1) this.setTopVar(2, index);
        try {
          this.walk(elem, r.list);
        } catch (e) {
          if (e !== CONTINUE) throw e;
        } finally {
          this.pop(mark);
        }
      };
      let ran = false;
      try {
        if (Array.isArray(val)) {
          for (let i = 0; i < val.length; i++) { ran = true; one(i, fromContainer(val, val[i])); }
        } else if (isGoMap(val)) {
          for (const k of sortedKeys(val)) { ran = true; one(k, fromContainer(val, val[k])); }
        } else if (isGoInt(val)) {
          if (r.pipe.decl.length > 1) this.errorf(`can't use ${formatValue(val, 'v')} to iterate over more than one variable`);
          const n = Number(val);
          for (let i = 0; i < n; i++) { ran = true; one(undefined, i); }
        } else if (val !== undefined && val !== null) {
          this.errorf(`range can't iterate over ${formatValue(val, 'v', undefined, 0, true)}`);
        }
      } catch (e) {
        if (e !== BREAK) throw e;
        ran = true;
      }
      if (!ran && r.elseList) this.walk(dot, r.elseList);
    } finally {
      this.pop(outer);
    }
  }

  walkTemplate(dot: unknown, t: TemplateNode): void {
    this.at(t);
    const root = this.tmpl.trees.get(t.name);
    if (!root) this.errorf(`template ${goQuote(t.name)} not defined`);
    if (this.depth === MAX_EXEC_DEPTH) this.errorf(`exceeded maximum template depth (${MAX_EXEC_DEPTH})`);
    const newDot = this.evalPipeline(dot, t.pipe);
    const s = new State(this.tmpl, t.name, this.out, newDot, this.depth + 1, this.funcs, this.missingKeyError);
    s.walk(newDot, root);
  }

  // --- eval

  evalPipeline(dot: unknown, pipe: PipeNode | null): unknown {
    if (!pipe) return undefined;
    this.at(pipe);
    let value: unknown = MISSING;
    for (const cmd of pipe.cmds) {
      value = this.evalCommand(dot, cmd, value);
      if (value === NIL_IFACE) value = undefined; // an empty interface{} is "no value"
    }
    for (const v of pipe.decl) {
      if (pipe.isAssign) this.setVar(v.ident[0], value);
      else this.vars.push({ name: v.ident[0], value });
    }
    return value;
  }

  notAFunction(args: Node[] | null, final: Final): void {
    if ((args && args.length > 1) || final !== MISSING) this.errorf(`can't give argument to non-function ${nodeString(args![0])}`);
  }

  evalCommand(dot: unknown, cmd: CommandNode, final: Final): unknown {
    const first = cmd.args[0];
    switch (first.type) {
      case 'field': return this.evalFieldNode(dot, first, cmd.args, final);
      case 'chain': return this.evalChainNode(dot, first, cmd.args, final);
      case 'identifier': return this.evalFunction(dot, first, cmd, cmd.args, final);
      case 'pipe':
        this.notAFunction(cmd.args, final);
        return this.evalPipeline(dot, first);
      case 'variable': return this.evalVariableNode(dot, first, cmd.args, final);
      default: break;
    }
    this.at(first);
    this.notAFunction(cmd.args, final);
    switch (first.type) {
      case 'bool': return first.val;
      case 'dot': return dot;
      case 'nil': this.errorf('nil is not a command');
      case 'number': return this.idealConstant(first);
      case 'string': return first.text;
      default: this.errorf(`can't evaluate command ${goQuote(nodeString(first))}`);
    }
  }

  idealConstant(c: NumberNode): unknown {
    this.at(c);
    const isHexInt = /^0[xX]/.test(c.text) && !/[pP]/.test(c.text);
    const isRune = c.text.startsWith("'");
    if (c.isFloat && !isHexInt && !isRune && /[.eEpP]/.test(c.text)) return c.float;
    if (c.isInt) return Number.isSafeInteger(Number(c.int)) ? Number(c.int) : c.int;
    if (c.isUint) this.errorf(`${c.text} overflows int`);
    return undefined;
  }

  evalFieldNode(dot: unknown, field: FieldNode, args: Node[] | null, final: Final): unknown {
    this.at(field);
    return this.evalFieldChain(dot, dot, field, field.ident, args, final);
  }

  evalChainNode(dot: unknown, chain: ChainNode, args: Node[] | null, final: Final): unknown {
    this.at(chain);
    if (chain.field.length === 0) this.errorf('internal error: no fields in evalChainNode');
    if (chain.node.type === 'nil') this.errorf(`indirection through explicit nil in ${nodeString(chain)}`);
    const pipe = this.evalArg(dot, 'value', chain.node);
    return this.evalFieldChain(dot, pipe, chain, chain.field, args, final);
  }

  evalVariableNode(dot: unknown, variable: VariableNode, args: Node[] | null, final: Final): unknown {
    this.at(variable);
    const value = this.varValue(variable.ident[0]);
    if (variable.ident.length === 1) {
      this.notAFunction(args, final);
      return value;
    }
    return this.evalFieldChain(dot, value, variable, variable.ident.slice(1), args, final);
  }

  evalFieldChain(dot: unknown, receiver: unknown, node: Node, ident: string[], args: Node[] | null, final: Final): unknown {
    const n = ident.length;
    let staticType: string | undefined;
    for (let i = 0; i < n - 1; i++) {
      const container = receiver;
      receiver = this.evalField(dot, ident[i], node, null, MISSING, receiver, staticType);
      // The next receiver's static type: a map's element type (interface {} for JSON maps).
      staticType = isGoMap(container) && !isGoStruct(container) ? elemType(container) : undefined;
    }
    return this.evalField(dot, ident[n - 1], node, args, final, receiver, staticType);
  }

  evalFunction(dot: unknown, node: IdentifierNode, cmd: Node, args: Node[] | null, final: Final): unknown {
    this.at(node);
    const name = node.ident;
    let fn: GoFunc | undefined;
    let builtin = false;
    if (hasOwn(this.funcs, name)) fn = this.funcs[name];
    else if (hasOwn(GO_BUILTINS, name)) {
      fn = GO_BUILTINS[name];
      builtin = true;
    }
    if (!fn) this.errorf(`${goQuote(name)} is not a defined function`);
    return this.evalCall(dot, fn, builtin, cmd, name, args, final);
  }

  evalField(dot: unknown, fieldName: string, node: Node, args: Node[] | null, final: Final, receiver: unknown, staticType?: string): unknown {
    if (receiver === undefined) {
      if (this.missingKeyError) this.errorf(`nil data; no entry for key ${goQuote(fieldName)}`);
      return undefined;
    }
    if (receiver === null || receiver === NIL_IFACE) this.errorf(`nil pointer evaluating ${staticType ?? 'interface {}'}.${fieldName}`);
    const methods = goMethodsOf(receiver);
    if (methods && hasOwn(methods, fieldName)) return this.evalCall(dot, toGoFunc(methods[fieldName]), false, node, fieldName, args, final);
    const hasArgs = (args !== null && args.length > 1) || final !== MISSING;
    if (isGoStruct(receiver)) {
      if (hasOwn(receiver, fieldName)) {
        const field = receiver[fieldName];
        if (typeof field === 'function') return this.evalCall(dot, toGoFunc(field as GoMethod), false, node, fieldName, args, final);
        if (hasArgs) this.errorf(`${fieldName} has arguments but cannot be invoked as function`);
        return field;
      }
    } else if (isGoMap(receiver)) {
      const result = hasOwn(receiver, fieldName) ? receiver[fieldName] : undefined;
      // Not Go: a JS function stored in a map is called like a method (a convenience for contexts).
      if (typeof result === 'function') return this.evalCall(dot, toGoFunc(result as GoMethod), false, node, fieldName, args, final);
      if (hasArgs) this.errorf(`${fieldName} is not a method but has arguments`);
      if (result === undefined && this.missingKeyError) this.errorf(`map has no entry for key ${goQuote(fieldName)}`);
      return fromContainer(receiver, result);
    }
    this.errorf(`can't evaluate field ${fieldName} in type ${staticType ?? goTypeName(receiver)}`);
  }

  evalCall(dot: unknown, fun: GoFunc, isBuiltin: boolean, node: Node, name: string, argsIn: Node[] | null, final: Final): unknown {
    const args = argsIn ? argsIn.slice(1) : [];
    const numIn = args.length + (final !== MISSING ? 1 : 0);
    let numFixed = args.length;
    if (fun.variadic) {
      numFixed = fun.params.length;
      if (numIn < numFixed) this.errorf(`wrong number of args for ${name}: want at least ${fun.params.length} got ${args.length}`);
    } else if (numIn !== fun.params.length) {
      this.errorf(`wrong number of args for ${name}: want ${fun.params.length} got ${numIn}`);
    }
    if (isBuiltin && (name === 'and' || name === 'or')) {
      let v: unknown;
      for (const arg of args) {
        v = this.evalArg(dot, 'value', arg);
        if (isTrue(v) === (name === 'or')) return v;
      }
      if (final !== MISSING) v = final;
      return v;
    }
    const argv: unknown[] = [];
    let i = 0;
    for (; i < numFixed && i < args.length; i++) argv.push(this.evalArg(dot, fun.params[i], args[i]));
    if (fun.variadic) for (; i < args.length; i++) argv.push(this.evalArg(dot, fun.variadic, args[i]));
    if (final !== MISSING) {
      let t: GoParam = fun.params[fun.params.length - 1];
      if (fun.variadic) t = numIn - 1 < numFixed ? fun.params[numIn - 1] : fun.variadic;
      argv.push(this.validateType(final, t));
    }
    try {
      return fun.fn(...argv.map(plain));
    } catch (e) {
      if (e instanceof ExecError) throw e;
      this.at(node);
      this.errorf(`error calling ${name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  validateType(value: unknown, typ: GoParam): unknown {
    if (value === undefined) {
      if (typ === 'value') return undefined;
      if (typ === 'any') return null;
      this.errorf(`invalid value; expected ${paramTypeName(typ)}`);
    }
    switch (typ) {
      case 'any': return plain(value);
      case 'value': return value;
      case 'string':
        if (typeof value === 'string') return value;
        break;
      case 'int':
        if (isGoInt(value)) return Number(value);
        break;
      case 'bool':
        if (typeof value === 'boolean') return value;
        break;
    }
    this.errorf(`wrong type for value; expected ${paramTypeName(typ)}; got ${value === null || value === NIL_IFACE ? 'interface {}' : goTypeName(value)}`);
  }

  evalArg(dot: unknown, typ: GoParam, n: Node): unknown {
    this.at(n);
    switch (n.type) {
      case 'dot': return this.validateType(dot, typ);
      case 'nil':
        if (typ === 'any') return null;
        if (typ === 'value') return undefined;
        this.errorf(`cannot assign nil to ${paramTypeName(typ)}`);
      case 'field': return this.validateType(this.evalFieldNode(dot, n, [n], MISSING), typ);
      case 'variable': return this.validateType(this.evalVariableNode(dot, n, null, MISSING), typ);
      case 'pipe': return this.validateType(this.evalPipeline(dot, n), typ);
      case 'identifier': return this.validateType(this.evalFunction(dot, n, n, null, MISSING), typ);
      case 'chain': return this.validateType(this.evalChainNode(dot, n, null, MISSING), typ);
      default: break;
    }
    switch (typ) {
      case 'bool':
        if (n.type === 'bool') return n.val;
        this.errorf(`expected bool; found ${nodeString(n)}`);
      case 'int':
        if (n.type === 'number' && n.isInt) return Number.isSafeInteger(Number(n.int)) ? Number(n.int) : n.int;
        this.errorf(`expected integer; found ${nodeString(n)}`);
      case 'string':
        if (n.type === 'string') return n.text;
        this.errorf(`expected string; found ${nodeString(n)}`);
      default:
        return this.evalEmptyInterface(dot, n);
    }
  }

  evalEmptyInterface(dot: unknown, n: Node): unknown {
    this.at(n);
    switch (n.type) {
      case 'bool': return n.val;
      case 'dot': return dot;
      case 'field': return this.evalFieldNode(dot, n, null, MISSING);
      case 'identifier': return this.evalFunction(dot, n, n, null, MISSING);
      case 'nil': this.errorf('evalEmptyInterface: nil (can\'t happen)');
      case 'number': return this.idealConstant(n);
      case 'string': return n.text;
      case 'variable': return this.evalVariableNode(dot, n, null, MISSING);
      case 'pipe': return this.evalPipeline(dot, n);
      default: this.errorf(`can't handle assignment of ${nodeString(n)} to empty interface argument`);
    }
  }

  printValue(n: Node, v: unknown): void {
    this.at(n);
    if (typeof v === 'function') this.errorf(`can't print ${nodeString(n)} of type ${goTypeName(v)}`);
    this.out.push(v === undefined ? '<no value>' : formatValue(v, 'v', undefined, 0, true));
  }
}

/** Executes a parsed template against `data`. On error, `output` holds what was written before it. */
export function executeTemplate(tmpl: ParsedTemplate, data: unknown, opts: ExecOptions = {}): ExecResult {
  const out: string[] = [];
  if (data === null) data = undefined; // Execute(w, nil): reflect.ValueOf(nil) is no value
  const s = new State(tmpl, tmpl.name, out, data, 0, opts.funcs ?? DOCKER_FUNCS, opts.missingKey === 'error');
  try {
    s.walk(data, tmpl.root);
    return { ok: true, output: out.join('') };
  } catch (e) {
    if (e instanceof ExecError) return { ok: false, error: e.message, output: out.join('') };
    if (e === BREAK || e === CONTINUE) return { ok: true, output: out.join('') };
    throw e;
  }
}

/** Parse and execute in one go (docker's default function map unless opts.funcs). */
export function renderTemplate(text: string, data: unknown, opts: ExecOptions & { name?: string } = {}): ExecResult {
  const p = parseTemplate(text, { name: opts.name, funcs: opts.funcs });
  if (!p.ok) return { ok: false, error: p.error, output: '' };
  return executeTemplate(p.template, data, opts);
}
