// Node -> typed instruction (BuildKit instructions/parse.go ParseInstruction): argument counts,
// flags, ENV/LABEL pairs, FROM's stage name, ONBUILD's allowed triggers, SHELL's JSON-only rule,
// RUN's flags. Errors are BuildKit's texts; dockerfile.ts adds "dockerfile parse error on line N: ".
import type { ArgDecl, Instruction, KeyValue, Node } from './ast.ts';
import { goQuote } from '../../util/format/go-fmt.ts';
import { BFlags } from './bflags.ts';
import { trimSpace } from './go-text.ts';
import { atLeastOne, type Base, commandLine } from './instruction-common.ts';
import { parseHealthcheck } from './instruction-health.ts';
import { parseAdd, parseCopy } from './instruction-files.ts';
import { checkMount } from './mount.ts';
import { suggest } from './suggest.ts';

export const INSTRUCTIONS = ['ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL', 'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR'];

/** The FROM line, before it becomes a Stage. */
export interface FromLine {
  kind: 'FROM';
  name: string;
  baseName: string;
  stageName: string;
  platform: string;
}

/** nodeArgs: the arguments, ONBUILD's trigger flattened in. */
export function nodeArgs(node: Node): string[] {
  return node.sub ? [node.sub.value, ...nodeArgs(node.sub)] : node.args;
}

const exactlyOne = (cmd: string): Error => new Error(`${cmd} requires exactly one argument`);

/** ParseInstruction. Throws Error with BuildKit's message. */
export function parseInstruction(node: Node): Instruction | FromLine {
  const base: Base = { name: node.value, range: node.range, original: trimSpace(node.original), comments: node.comments };
  const args = nodeArgs(node);
  const flags = new BFlags(node.flags);
  // Go lowercases the word to dispatch (toUpperCase would also accept e.g. U+017F 'ſ' as 'S')
  const lower = node.value.toLowerCase();
  const kind = INSTRUCTIONS.find((k) => k.toLowerCase() === lower) ?? '';
  switch (kind) {
    case 'ENV':
    case 'LABEL': {
      flags.parse();
      const pairs = parseKvps(args, kind);
      return kind === 'ENV' ? { ...base, kind, env: pairs } : { ...base, kind, labels: pairs };
    }
    case 'MAINTAINER':
      if (args.length !== 1) throw exactlyOne('MAINTAINER');
      flags.parse();
      return { ...base, kind, maintainer: args[0] };
    case 'ADD':
      return parseAdd(base, args, flags, node.heredocs);
    case 'COPY':
      return parseCopy(base, args, flags, node.heredocs);
    case 'FROM':
      return parseFrom(node, args, flags);
    case 'ONBUILD':
      return parseOnbuild(base, node, args, flags);
    case 'WORKDIR':
    case 'USER':
      if (args.length !== 1) throw exactlyOne(kind);
      flags.parse();
      return kind === 'USER' ? { ...base, kind, user: args[0] } : { ...base, kind, path: args[0] };
    case 'RUN':
      return parseRun(base, node, args, flags);
    case 'CMD':
    case 'ENTRYPOINT':
      flags.parse();
      return { ...base, kind, command: commandLine(args, node.json) };
    case 'HEALTHCHECK':
      return { ...base, kind, health: parseHealthcheck(args, flags, node.json) };
    case 'EXPOSE':
      if (args.length === 0) throw atLeastOne('EXPOSE');
      flags.parse();
      return { ...base, kind, ports: [...args].sort() };
    case 'VOLUME':
      return { ...base, kind, volumes: parseVolumes(args, flags) };
    case 'STOPSIGNAL': // BuildKit never parses STOPSIGNAL's flags
      if (args.length !== 1) throw exactlyOne('STOPSIGNAL');
      return { ...base, kind, signal: args[0] };
    case 'ARG': // nor ARG's
      return { ...base, kind, args: parseArgs(args, node.comments) };
    case 'SHELL':
      flags.parse();
      if (args.length === 0) throw atLeastOne('SHELL');
      if (!node.json) throw new Error('SHELL requires the arguments to be in JSON form');
      return { ...base, kind, shell: args };
  }
  throw new Error(suggest(`unknown instruction: ${node.value}`, node.value, INSTRUCTIONS, false));
}

function parseKvps(args: string[], cmd: string): KeyValue[] {
  if (args.length === 0) throw atLeastOne(cmd);
  if (args.length % 3 !== 0) throw new Error(`Bad input to ${cmd}, too many arguments`);
  const out: KeyValue[] = [];
  for (let j = 0; j < args.length; j += 3) {
    if (args[j].length === 0) throw new Error(`${cmd} names can not be blank`);
    out.push({ key: args[j], value: args[j + 1], legacy: args[j + 2] === '' });
  }
  return out;
}

const STAGE_NAME = /^[a-z][a-z0-9_.-]*$/;

function parseFrom(node: Node, args: string[], flags: BFlags): FromLine {
  let stageName = '';
  if (args.length === 3 && args[1].toLowerCase() === 'as') {
    stageName = args[2].toLowerCase();
    if (!STAGE_NAME.test(stageName)) {
      throw new Error(`invalid name for build stage: ${goQuote(args[2])}, name can't start with a number or contain symbols`);
    }
  } else if (args.length !== 1) throw new Error('FROM requires either one or three arguments');
  const platform = flags.addString('platform');
  flags.parse();
  return { kind: 'FROM', name: node.value, baseName: args[0], stageName, platform: platform.value };
}

function parseOnbuild(base: Base, node: Node, args: string[], flags: BFlags): Instruction {
  if (args.length === 0) throw atLeastOne('ONBUILD');
  flags.parse();
  const trigger = trimSpace(args[0]).toUpperCase();
  if (trigger === 'ONBUILD') throw new Error("Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed");
  if (trigger === 'MAINTAINER' || trigger === 'FROM') throw new Error(`${trigger} isn't allowed as an ONBUILD trigger`);
  let expression = node.original.replace(/^[\t\n\f\r ]*ONBUILD[\t\n\f\r ]*/i, '');
  for (const h of node.heredocs) expression += `\n${h.content}${h.name}`;
  return { ...base, kind: 'ONBUILD', expression };
}

function parseRun(base: Base, node: Node, args: string[], flags: BFlags): Instruction {
  const devices = flags.addStrings('device');
  const mounts = flags.addStrings('mount');
  const network = flags.addString('network', 'default');
  const security = flags.addString('security', 'sandbox');
  flags.parse();
  for (const m of mounts.values) checkMount(m);
  if (!['default', 'none', 'host'].includes(network.value)) throw new Error(`invalid network mode ${goQuote(network.value)}`);
  if (!['sandbox', 'insecure'].includes(security.value)) throw new Error(`security ${goQuote(security.value)} is not valid`);
  return {
    ...base,
    kind: 'RUN',
    command: commandLine(args, node.json),
    heredocs: node.heredocs,
    mounts: mounts.values,
    network: network.value as 'default',
    security: security.value as 'sandbox',
    devices: devices.values,
    flagsUsed: [...flags.used],
  };
}

function parseVolumes(args: string[], flags: BFlags): string[] {
  if (args.length === 0) throw atLeastOne('VOLUME');
  flags.parse();
  return args.map((v) => {
    const t = trimSpace(v);
    if (t === '') throw new Error('VOLUME specified can not be an empty string');
    return t;
  });
}

function parseArgs(args: string[], comments: string[]): ArgDecl[] {
  if (args.length < 1) throw atLeastOne('ARG');
  return args.map((arg) => {
    const eq = arg.indexOf('=');
    if (eq === 0) throw new Error('ARG names can not be blank');
    const key = eq < 0 ? arg : arg.slice(0, eq);
    return { key, value: eq < 0 ? null : arg.slice(eq + 1), docComment: docComment(comments, key) };
  });
}

/** getDocComment: the first comment line starting with `<name> `. */
export function docComment(comments: string[], name: string): string {
  if (name === '') return '';
  const line = comments.find((c) => c.startsWith(`${name} `));
  return line === undefined ? '' : line.slice(name.length + 1);
}
