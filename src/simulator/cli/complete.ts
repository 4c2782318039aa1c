// Tab completion through the public API, as cobra's __complete answers for docker: command and
// subcommand names (plus `help` at the top), flag names when the word starts with "-" (both
// --long and -s forms, not those already given, none after the image of run/create/exec),
// nothing for a flag's value except the root's --context and --log-level, and each command's
// argument completions (complete-objects.ts). A group with flags of its own (`docker compose -p x
// up`) skips them before its subcommand; compose's values and service names: complete-compose.ts.
// Host words: `docker` and `clear`.
import type { Engine } from '../engine/engine.ts';
import type { Completion } from '../types.ts';
import type { CommandSpec, GroupSpec } from './command.ts';
import type { FlagSpec } from './flags.ts';
import { canonical, objectCompletions } from './complete-objects.ts';
import { composeFlagValues, composeServiceNames, type ShellView } from './complete-compose.ts';
import { ROOT_FLAGS } from './root.ts';
import { findCommand, findGroup } from './traverse.ts';
import { commandTree } from './tree.ts';

const HOST_COMMANDS = ['clear', 'docker'];
const FLAG_VALUES: Record<string, string[]> = {
  context: ['default'],
  'log-level': ['debug', 'info', 'warn', 'error', 'fatal'],
};

function flagNames(specs: FlagSpec[], used: Set<string>): string[] {
  return specs
    .filter((f) => !f.hidden && !used.has(f.name))
    .flatMap((f) => (f.short ? [`--${f.name}`, `-${f.short}`] : [`--${f.name}`]));
}

interface Scan {
  positional: string[];
  used: Record<string, string>;
  /** The flag whose value the word being completed is. */
  pendingValue?: FlagSpec;
  /** A non-interspersed command met its first argument: no more flags. */
  flagsEnded: boolean;
}

/** `--name` or `--name=value`: the flag when its value is the next word. */
function longFlag(body: string, specs: FlagSpec[], used: Record<string, string>): FlagSpec | undefined {
  const eq = body.indexOf('=');
  const spec = specs.find((f) => f.name === (eq === -1 ? body : body.slice(0, eq)));
  if (!spec) return undefined;
  used[spec.name] = eq === -1 ? '' : body.slice(eq + 1);
  return spec.type !== 'bool' && eq === -1 ? spec : undefined;
}

/** `-abc`, `-p8080:80`: pflag's short group; the last flag when its value is the next word. */
function shortFlags(body: string, specs: FlagSpec[], used: Record<string, string>): FlagSpec | undefined {
  for (let j = 0; j < body.length; j++) {
    const spec = specs.find((f) => f.short === body[j]);
    if (!spec) return undefined;
    used[spec.name] = '';
    if (spec.type === 'bool') continue;
    const inline = body.slice(j + 1).replace(/^=/, '');
    if (inline === '') return spec;
    used[spec.name] = inline;
    return undefined;
  }
  return undefined;
}

/** Walk `words` as pflag would, noting the flags given and whether a value is still due. */
function scan(words: string[], specs: FlagSpec[], interspersed: boolean, stopAtFirst = false): Scan & { rest: string[] } {
  const s: Scan = { positional: [], used: {}, flagsEnded: false };
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (s.flagsEnded || w === '--' || !w.startsWith('-') || w === '-') {
      if (w === '--' && !s.flagsEnded) s.flagsEnded = true;
      else s.positional.push(w);
      if (stopAtFirst && s.positional.length === 1) return { ...s, rest: words.slice(i + 1) };
      if (!interspersed && s.positional.length > 0) s.flagsEnded = true;
      continue;
    }
    const needsValue = w.startsWith('--') ? longFlag(w.slice(2), specs, s.used) : shortFlags(w.slice(1), specs, s.used);
    if (!needsValue) continue;
    if (i + 1 < words.length) s.used[needsValue.name] = words[++i];
    else s.pendingValue = needsValue;
  }
  return { ...s, rest: [] };
}

function commandNames(withHelp: boolean): string[] {
  const tree = commandTree();
  const names = [...tree.top.map((c) => c.name), ...tree.groups.map((g) => g.name)];
  return withHelp ? [...names, 'help'] : names;
}

function completeCommand(engine: Engine, spec: CommandSpec, key: string, words: string[], current: string, args = objectCompletions): string[] {
  const s = scan(words, spec.flags, spec.interspersed !== false);
  if (s.pendingValue) return [];
  if (current.startsWith('-')) return s.flagsEnded ? [] : flagNames(spec.flags, new Set(Object.keys(s.used)));
  return args(engine, key, s.positional, s.used);
}

/** `docker GROUP ...`: the group's own flags (a plugin root's), then its subcommand and what that completes. */
function completeGroup(engine: Engine, group: GroupSpec, rest: string[], current: string, shell?: ShellView): string[] {
  const specs = group.flags ?? [];
  const g = scan(rest, specs, false, true);
  if (g.positional.length === 0) {
    if (g.pendingValue) return group.name === 'compose' ? composeFlagValues(engine, g.pendingValue.name) : [];
    return current.startsWith('-') ? flagNames(specs, new Set(Object.keys(g.used))) : group.commands.map((c) => c.name);
  }
  const spec = findCommand(group.commands, g.positional[0]);
  if (!spec) return [];
  const args = group.name === 'compose' ? () => composeServiceNames(engine, spec.name, g.used, shell) : objectCompletions;
  return completeCommand(engine, spec, canonical(group.name, spec.name), g.rest, current, args);
}

/** Candidates for the word being typed after `docker`, given the words before it. */
function completeDocker(engine: Engine, words: string[], current: string, shell?: ShellView): string[] {
  const root = scan(words, ROOT_FLAGS, false, true);
  if (root.positional.length === 0) {
    if (root.pendingValue) return FLAG_VALUES[root.pendingValue.name] ?? [];
    return current.startsWith('-') ? flagNames(ROOT_FLAGS, new Set(Object.keys(root.used))) : commandNames(true);
  }
  const [word] = root.positional;
  const rest = root.rest;
  const tree = commandTree();
  if (word === 'help') {
    // cobra's help command completes the command path, one level at a time.
    if (rest.length === 0) return commandNames(false);
    const g = rest.length === 1 ? findGroup(tree.groups, rest[0]) : undefined;
    return g ? g.commands.map((c) => c.name) : [];
  }
  const group = findGroup(tree.groups, word);
  if (!group) {
    const spec = findCommand(tree.top, word);
    return spec ? completeCommand(engine, spec, canonical(undefined, spec.name), rest, current) : [];
  }
  return completeGroup(engine, group, rest, current, shell);
}

/** `shell`: the host shell's directory and environment (compose finds its project from them). */
export function completeLine(engine: Engine, line: string, cursor: number, shell?: ShellView): Completion {
  const before = line.slice(0, cursor);
  const start = /\S*$/.exec(before)?.index ?? cursor;
  const current = before.slice(start);
  const words = before.slice(0, start).trim().split(/\s+/).filter(Boolean);
  let options: string[];
  if (words.length === 0) options = HOST_COMMANDS;
  else if (words[0] !== 'docker') options = [];
  else options = completeDocker(engine, words.slice(1), current, shell);
  const candidates = [...new Set(options.filter((o) => o.startsWith(current)))].sort();
  return { start, candidates };
}
