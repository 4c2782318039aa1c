// Finding the command a docker command line names, as cobra's Command.Traverse does for the
// docker root (TraverseChildren): words after the global flags walk down the tree; flags met
// on the way belong to the management command (only the hidden --help exists there), and the
// first word that is not a subcommand leaves the rest to the command found so far.
import type { CommandSpec, GroupSpec } from './command.ts';
import { FlagError, parseFlags, type ParsedFlags } from './flags.ts';
import { commandTree } from './tree.ts';

export type Target =
  /** The root itself: `docker foo ...` (an unknown command) with its words and flags. */
  | { kind: 'root'; args: string[] }
  | { kind: 'help'; args: string[] }
  | { kind: 'group'; group: GroupSpec; path: string; args: string[] }
  /** `help`: a --help met before the subcommand (it is the same persistent flag); `warnings`: pflag's notices then. */
  | { kind: 'command'; spec: CommandSpec; parentPath: string; args: string[]; help: boolean; warnings?: string[]; groupFlags?: ParsedFlags; group?: GroupSpec }
  /** A flag before a subcommand that the management command does not know: cobra returns pflag's bare error. */
  | { kind: 'error'; message: string };

export function findCommand(list: CommandSpec[], word: string): CommandSpec | undefined {
  return list.find((c) => c.name === word || c.aliases?.includes(word));
}

export function findGroup(groups: GroupSpec[], word: string): GroupSpec | undefined {
  return groups.find((g) => g.name === word || g.aliases?.includes(word));
}

/** `args` start with the command word (the global flags are already parsed away). */
export function traverse(args: string[]): Target {
  const [first, ...rest] = args;
  const tree = commandTree();
  const group = findGroup(tree.groups, first);
  if (group) return traverseGroup(group, rest);
  const spec = findCommand(tree.top, first);
  if (spec) return { kind: 'command', spec, parentPath: 'docker', args: rest, help: false };
  if (first === 'help') return { kind: 'help', args: rest };
  return { kind: 'root', args };
}

/** pflag's isFlagArg. */
function isFlagArg(arg: string): boolean {
  return (arg.length >= 3 && arg.startsWith('--')) || (arg.length >= 2 && arg[0] === '-' && arg[1] !== '-');
}

function traverseGroup(group: GroupSpec, rest: string[]): Target {
  const path = `docker ${group.name}`;
  const specs = group.flags ?? [];
  // cobra's hasNoOptDefVal: --help and the group's bool flags need no value; any other takes the next word.
  const isBool = (name: string, short = false) =>
    name === (short ? 'h' : 'help') || specs.some((f) => f.type === 'bool' && (short ? f.short === name : f.name === name));
  const flags: string[] = [];
  let inFlag = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg.startsWith('--') && !arg.includes('=')) {
      inFlag = !isBool(arg.slice(2));
      flags.push(arg);
      continue;
    }
    if (arg.startsWith('-') && !arg.includes('=') && arg.length === 2 && !isBool(arg[1], true)) {
      inFlag = true;
      flags.push(arg);
      continue;
    }
    if (inFlag || isFlagArg(arg)) {
      inFlag = false;
      flags.push(arg);
      continue;
    }
    const spec = findCommand(group.commands, arg);
    if (!spec) break;
    try {
      const parsed = parseFlags(flags, specs);
      return { kind: 'command', spec, parentPath: path, args: rest.slice(i + 1), help: parsed.help, warnings: parsed.warnings, groupFlags: parsed.flags, group };
    } catch (e) {
      if (e instanceof FlagError) return { kind: 'error', message: e.message };
      throw e;
    }
  }
  return { kind: 'group', group, path, args: rest };
}

/**
 * cobra's Find for `docker help WORDS`: the deepest command the non-flag words name, and the
 * words left over (which make it an unknown help topic).
 */
export function findForHelp(words: string[]): { target?: Target; rest: string[] } {
  const plain = words.filter((w) => w !== '' && !w.startsWith('-'));
  if (plain.length === 0) return { rest: [] };
  const tree = commandTree();
  const group = findGroup(tree.groups, plain[0]);
  if (group) {
    const spec = plain.length > 1 ? findCommand(group.commands, plain[1]) : undefined;
    if (spec) return { target: { kind: 'command', spec, parentPath: `docker ${group.name}`, args: [], help: true }, rest: plain.slice(2) };
    return { target: { kind: 'group', group, path: `docker ${group.name}`, args: [] }, rest: plain.slice(1) };
  }
  const spec = findCommand(tree.top, plain[0]);
  if (spec) return { target: { kind: 'command', spec, parentPath: 'docker', args: [], help: true }, rest: plain.slice(1) };
  return { rest: plain };
}
