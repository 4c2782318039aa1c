// What node prints when a script fails: the uncaught exception (source line, caret, the error's
// stack with node's own frames below the script's, `Node.js v22.22.1`), MODULE_NOT_FOUND for a
// missing module or main script, and the model's own message when a script goes beyond it. The
// internal frames are those of Node.js 22.22 (the line numbers move between releases).
import type { At } from './ast.ts';
import { isError, JsObject, toStr, type Value } from './values.ts';

/** The model's limit, one wording for both languages (see script/README.md). */
export function beyondMessage(language: 'Node.js' | 'Python', what: string): string {
  return `dockyard: this simulator runs a small model of ${language} scripts; '${what}' is beyond it\n`;
}

const MAIN_FRAMES = [
  'at Module._compile (node:internal/modules/cjs/loader:1706:14)',
  'at Object..js (node:internal/modules/cjs/loader:1839:10)',
  'at Module.load (node:internal/modules/cjs/loader:1441:32)',
  'at Function._load (node:internal/modules/cjs/loader:1263:12)',
  'at TracingChannel.traceSync (node:diagnostics_channel:328:14)',
  'at wrapModuleLoad (node:internal/modules/cjs/loader:237:24)',
  'at Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:171:5)',
  'at node:internal/main/run_main_module:36:49',
];

const RESOLVE_FRAMES = [
  'at Function._resolveFilename (node:internal/modules/cjs/loader:1383:15)',
  'at defaultResolveImpl (node:internal/modules/cjs/loader:1025:19)',
  'at resolveForCJSWithHooks (node:internal/modules/cjs/loader:1030:22)',
  'at Function._load (node:internal/modules/cjs/loader:1192:37)',
  'at TracingChannel.traceSync (node:diagnostics_channel:328:14)',
  'at wrapModuleLoad (node:internal/modules/cjs/loader:237:24)',
];

function footer(version: string): string {
  return `\nNode.js v${version}\n`;
}

/** `node missing.js`: the main module cannot be found. */
export function mainNotFound(path: string, version: string): string {
  const frames = [...RESOLVE_FRAMES, 'at Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:171:5)', 'at node:internal/main/run_main_module:36:49'];
  return `node:internal/modules/cjs/loader:1386\n  throw err;\n  ^\n\nError: Cannot find module '${path}'\n${frames.map((f) => `    ${f}`).join('\n')} {\n  code: 'MODULE_NOT_FOUND',\n  requireStack: []\n}\n${footer(version)}`;
}

/** require('express') without node_modules/express. */
export function moduleNotFound(name: string, file: string, at: At, version: string): string {
  const frames = [...RESOLVE_FRAMES, 'at Module.require (node:internal/modules/cjs/loader:1463:12)', 'at require (node:internal/modules/helpers:147:16)', `at Object.<anonymous> (${file}:${at[0]}:${at[1]})`, MAIN_FRAMES[0]];
  return `node:internal/modules/cjs/loader:1386\n  throw err;\n  ^\n\nError: Cannot find module '${name}'\nRequire stack:\n- ${file}\n${frames.map((f) => `    ${f}`).join('\n')} {\n  code: 'MODULE_NOT_FOUND',\n  requireStack: [ '${file}' ]\n}\n${footer(version)}`;
}

/** An error's stack: "TypeError: x is not a function\n    at Object.<anonymous> (file:l:c)\n    ..." */
export function stackOf(e: JsObject, file: string, at: At | undefined, frames: { name: string; at: At }[]): string {
  const head = `${toStr(e.props.get('name'))}: ${toStr(e.props.get('message'))}`;
  const own = frames.length ? [...frames].reverse().map((f) => `at ${f.name || '<anonymous>'} (${file}:${f.at[0]}:${f.at[1]})`) : [];
  const lines = at ? [`at Object.<anonymous> (${file}:${at[0]}:${at[1]})`, ...MAIN_FRAMES] : [...own, ...MAIN_FRAMES];
  return [head, ...lines.slice(0, 10).map((l) => `    ${l}`)].join('\n');
}

/** node's report of an uncaught exception, then the version footer. */
export function uncaught(value: Value, file: string, source: string, at: At | undefined, version: string): string {
  const where = at ? `${file}:${at[0]}\n${source.split('\n')[at[0] - 1] ?? ''}\n${' '.repeat(Math.max(0, at[1] - 1))}^\n\n` : '';
  const body = isError(value) ? stackOf(value, file, at, []) : `Uncaught ${toStr(value)}`;
  return `${where}${body}\n${footer(version)}`;
}
