// Command-line flags parsed as spf13/pflag does for the docker CLI: `--name=value`, `--name value`,
// `-abc` groups of short flags, `-p8080:80`, `--` ending flags, repeated flags, and (for run,
// create, exec) no interspersed flags once the first positional argument is seen.

export type FlagType = 'bool' | 'string' | 'int' | 'list' | 'duration' | 'float';

export interface FlagSpec {
  name: string;
  short?: string;
  type: FlagType;
  usage: string;
  /** The word `--help` shows after the flag ("string", "list", "filter", "int" ...). Default from type. */
  typeLabel?: string;
  /** Default value as --help shows it, when not the zero value. */
  defaultText?: string;
  hidden?: boolean;
  deprecated?: string;
}

export type FlagValue = boolean | string | number | string[];
export type ParsedFlags = Record<string, FlagValue | undefined>;

export interface ParseResult {
  flags: ParsedFlags;
  args: string[];
  help: boolean;
  /** pflag's notices on stderr, e.g. for the deprecated `-h` shorthand of --help. */
  warnings: string[];
}

/** A flag parsing failure with pflag's message; the dispatcher adds the usage line and exit 125. */
export class FlagError extends Error {}

const HELP: FlagSpec = { name: 'help', type: 'bool', usage: 'Print usage' };

function findLong(specs: FlagSpec[], name: string): FlagSpec | undefined {
  return name === 'help' ? HELP : specs.find((s) => s.name === name);
}

function findShort(specs: FlagSpec[], c: string): FlagSpec | undefined {
  return specs.find((s) => s.short === c);
}

function describe(spec: FlagSpec): string {
  return spec.short ? `-${spec.short}, --${spec.name}` : `--${spec.name}`;
}

function goQuote(s: string): string {
  return JSON.stringify(s);
}

function convert(spec: FlagSpec, raw: string, prev: FlagValue | undefined): FlagValue {
  switch (spec.type) {
    case 'bool': {
      const v = parseGoBool(raw);
      if (v === undefined) {
        throw new FlagError(
          `invalid argument ${goQuote(raw)} for ${goQuote(describe(spec))} flag: strconv.ParseBool: parsing ${goQuote(raw)}: invalid syntax`,
        );
      }
      return v;
    }
    case 'int': {
      if (!/^[+-]?\d+$/.test(raw)) {
        throw new FlagError(
          `invalid argument ${goQuote(raw)} for ${goQuote(describe(spec))} flag: strconv.ParseInt: parsing ${goQuote(raw)}: invalid syntax`,
        );
      }
      return Number(raw);
    }
    case 'float': {
      if (raw.trim() === '' || Number.isNaN(Number(raw))) {
        throw new FlagError(
          `invalid argument ${goQuote(raw)} for ${goQuote(describe(spec))} flag: strconv.ParseFloat: parsing ${goQuote(raw)}: invalid syntax`,
        );
      }
      return Number(raw);
    }
    case 'list':
      return [...((prev as string[] | undefined) ?? []), raw];
    default:
      return raw;
  }
}

function parseGoBool(raw: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(raw)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(raw)) return false;
  return undefined;
}

/**
 * Parse `argv` against `specs`. With `interspersed` false, the first positional argument ends
 * flag parsing and it and everything after it are arguments (docker run IMAGE CMD...).
 */
export function parseFlags(argv: string[], specs: FlagSpec[], interspersed = true): ParseResult {
  const flags: ParsedFlags = {};
  const args: string[] = [];
  let help = false;
  const warnings: string[] = [];
  const set = (spec: FlagSpec, raw: string, viaShort = false) => {
    if (spec === HELP) {
      help = parseGoBool(raw) ?? true;
      if (viaShort) warnings.push('Flag shorthand -h has been deprecated, use --help');
    }
    else flags[spec.name] = convert(spec, raw, flags[spec.name]);
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      args.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--') && a.length > 2) {
      const eq = a.indexOf('=');
      const name = eq === -1 ? a.slice(2) : a.slice(2, eq);
      const spec = findLong(specs, name);
      if (!spec) throw new FlagError(`unknown flag: --${name}`);
      if (eq !== -1) set(spec, a.slice(eq + 1));
      else if (spec.type === 'bool') set(spec, 'true');
      else if (i + 1 < argv.length) set(spec, argv[++i]);
      else throw new FlagError(`flag needs an argument: --${name}`);
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      i = parseShortGroup(argv, i, specs, set);
      continue;
    }
    if (!interspersed) {
      args.push(...argv.slice(i));
      break;
    }
    args.push(a);
  }
  return { flags, args, help, warnings };
}

function parseShortGroup(
  argv: string[],
  i: number,
  specs: FlagSpec[],
  set: (spec: FlagSpec, raw: string, viaShort?: boolean) => void,
): number {
  const group = argv[i].slice(1);
  for (let j = 0; j < group.length; j++) {
    const c = group[j];
    const spec = c === 'h' && !findShort(specs, 'h') ? HELP : findShort(specs, c);
    if (!spec) throw new FlagError(`unknown shorthand flag: '${c}' in -${group}`);
    const rest = group.slice(j + 1);
    if (spec.type === 'bool') {
      if (rest.startsWith('=')) {
        set(spec, rest.slice(1));
        return i;
      }
      set(spec, 'true', true);
      continue;
    }
    if (rest.length > 0) {
      set(spec, rest.startsWith('=') ? rest.slice(1) : rest);
      return i;
    }
    if (i + 1 < argv.length) {
      set(spec, argv[i + 1]);
      return i + 1;
    }
    throw new FlagError(`flag needs an argument: '${c}' in -${group}`);
  }
  return i;
}
