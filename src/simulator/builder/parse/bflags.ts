// Instruction flags (BuildKit instructions/bflag.go): each instruction declares its flags, then
// the words the parser collected are checked: `--name=value` for strings (repeatable for lists),
// `--name` or `--name=true|false` for booleans, `--` ends the flags. Unknown flags get BuildKit's
// "(did you mean ...?)" suggestion.
import { suggest } from './suggest.ts';

type FlagType = 'bool' | 'string' | 'strings';

interface Flag {
  type: FlagType;
  value: string;
  values: string[];
}

export class BFlags {
  private readonly args: readonly string[];
  private readonly flags = new Map<string, Flag>();
  readonly used = new Set<string>();

  constructor(args: readonly string[]) {
    this.args = args;
  }

  addBool(name: string, def = false): Flag {
    return this.add(name, 'bool', def ? 'true' : 'false');
  }

  addString(name: string, def = ''): Flag {
    return this.add(name, 'string', def);
  }

  addStrings(name: string): Flag {
    return this.add(name, 'strings', '');
  }

  private add(name: string, type: FlagType, value: string): Flag {
    const flag: Flag = { type, value, values: [] };
    this.flags.set(name, flag);
    return flag;
  }

  /** BFlags.Parse; throws with BuildKit's message. */
  parse(): void {
    for (const a of this.args) {
      if (a === '--') return;
      if (!a.startsWith('--')) throw new Error(`arg should start with -- : ${a}`);
      const eq = a.indexOf('=');
      const flagName = eq < 0 ? a : a.slice(0, eq);
      const value = eq < 0 ? '' : a.slice(eq + 1);
      const name = flagName.slice(2);
      const flag = this.flags.get(name);
      if (!flag) throw new Error(suggest(`unknown flag: ${flagName}`, name, [...this.flags.keys()], true));
      if (this.used.has(name) && flag.type !== 'strings') throw new Error(`duplicate flag specified: ${flagName}`);
      this.used.add(name);
      setFlag(flag, flagName, value, eq >= 0);
    }
  }
}

function setFlag(flag: Flag, flagName: string, value: string, hasValue: boolean): void {
  if (flag.type === 'bool') {
    if (hasValue && value === '') throw new Error(`missing a value on flag: ${flagName}`);
    const v = value.toLowerCase();
    if (v !== 'true' && v !== '' && v !== 'false') {
      throw new Error(`expecting boolean value for flag ${flagName}, not: ${value}`);
    }
    flag.value = v === 'false' ? 'false' : 'true';
    return;
  }
  if (!hasValue) throw new Error(`missing a value on flag: ${flagName}`);
  if (flag.type === 'string') flag.value = value;
  else flag.values.push(value);
}
