// A small getopt_long: clustered short flags (`-rm`, `-ms /bin/bash`), values attached or
// separate (`-u1000`, `-u 1000`), `--long=value` and `--long value`, `--` ending options.

export interface OptSpec {
  /** Short letters that take a value. */
  valued: string;
  /** Short letters that take none. */
  flags: string;
  /** Long name -> short letter (or the long name itself when it has none). */
  long: Record<string, string>;
  /** Long names (after mapping) that take a value. */
  longValued?: string[];
}

export type Parsed = { opts: Record<string, string>; args: string[] } | { error: string };

export function getopt(argv: string[], spec: OptSpec): Parsed {
  const opts: Record<string, string> = {};
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      args.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split(/=(.*)/s);
      const key = spec.long[name];
      if (key === undefined) return { error: `unrecognized option '${a}'` };
      const takes = spec.valued.includes(key) || (spec.longValued ?? []).includes(key);
      if (takes) {
        const v = inline ?? argv[++i];
        if (v === undefined) return { error: `option '--${name}' requires an argument` };
        opts[key] = v;
      } else opts[key] = '';
      continue;
    }
    if (!a.startsWith('-') || a === '-') {
      args.push(a);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const c = a[j];
      if (spec.valued.includes(c)) {
        const v = j + 1 < a.length ? a.slice(j + 1) : argv[++i];
        if (v === undefined) return { error: `option requires an argument -- '${c}'` };
        opts[c] = v;
        break;
      }
      if (!spec.flags.includes(c)) return { error: `invalid option -- '${c}'` };
      opts[c] = '';
    }
  }
  return { opts, args };
}
