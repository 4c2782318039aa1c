// curl's command line for the options Dockyard models: short letters clustered (-sSL, -fsSL),
// arguments attached or separate (-XPOST, -o out.html), long forms, options after the URL.
export interface CurlArgs {
  urls: string[];
  silent: boolean;
  showError: boolean;
  include: boolean;
  head: boolean;
  verbose: boolean;
  follow: boolean;
  fail: boolean;
  output?: string;
  method?: string;
  data?: string;
  headers: Record<string, string>;
  writeOut?: string;
  /** -u/--user `name:password` (Basic authentication). */
  user?: string;
}

const FLAGS: Record<string, keyof CurlArgs> = { s: 'silent', S: 'showError', i: 'include', I: 'head', v: 'verbose', L: 'follow', f: 'fail' };
const LONG_FLAGS: Record<string, string> = { silent: 's', 'show-error': 'S', include: 'i', head: 'I', verbose: 'v', location: 'L', fail: 'f' };
const WITH_ARG: Record<string, string> = { o: 'output', X: 'request', d: 'data', H: 'header', u: 'user', w: 'write-out' };
const LONG_ARGS = new Set(['output', 'request', 'data', 'data-raw', 'data-binary', 'header', 'user', 'write-out', 'url']);

export type ParseResult = { ok: true; args: CurlArgs } | { ok: false; message: string };

function apply(a: CurlArgs, name: string, value: string): void {
  if (name === 'output') a.output = value;
  else if (name === 'request') a.method = value;
  else if (name.startsWith('data')) a.data = a.data === undefined ? value : `${a.data}&${value}`;
  else if (name === 'write-out') a.writeOut = value;
  else if (name === 'url') a.urls.push(value);
  else if (name === 'user') a.user = value;
  else {
    const i = value.indexOf(':');
    if (i > 0) a.headers[value.slice(0, i).trim()] = value.slice(i + 1).trim();
  }
}

const missing = (opt: string) => ({ ok: false as const, message: `option ${opt}: requires parameter` });

export function parseCurlArgs(argv: string[]): ParseResult {
  const a: CurlArgs = { urls: [], silent: false, showError: false, include: false, head: false, verbose: false, follow: false, fail: false, headers: {} };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg.startsWith('--') && arg.length > 2) {
      const name = arg.slice(2);
      if (LONG_FLAGS[name]) (a[FLAGS[LONG_FLAGS[name]]] as boolean) = true;
      else if (LONG_ARGS.has(name)) {
        if (i + 1 >= argv.length) return missing(arg);
        apply(a, name, argv[++i]);
      } else return { ok: false, message: `option ${arg}: is unknown` };
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') {
      a.urls.push(arg);
      continue;
    }
    for (let j = 1; j < arg.length; j++) {
      const ch = arg[j];
      if (FLAGS[ch]) (a[FLAGS[ch]] as boolean) = true;
      else if (WITH_ARG[ch]) {
        const rest = arg.slice(j + 1);
        if (!rest && i + 1 >= argv.length) return missing(`-${ch}`);
        apply(a, WITH_ARG[ch], rest || argv[++i]);
        break;
      } else return { ok: false, message: `option -${ch}: is unknown` };
    }
  }
  return { ok: true, args: a };
}
