// What an image's entrypoint ends up exec'ing: an init (tini, dumb-init) runs its arguments after
// `--`; an entrypoint script (docker-entrypoint.sh, /entrypoint.sh, mvn-entrypoint.sh) execs its
// arguments ("$@"), putting the image's command first when they start with an option
// (`docker run redis --port 7000` runs `redis-server --port 7000`); one entrypoint may exec another.

const INITS = new Set(['tini', 'dumb-init']);

function basename(path: string): string {
  return path.split('/').pop() ?? path;
}

export function unwrapEntrypoint(argv: string[], imageCmd: string[] | null): string[] {
  let rest = argv;
  if (INITS.has(basename(rest[0] ?? '')) && rest.length > 1) {
    rest = rest.slice(1);
    if (rest[0] === '--') rest = rest.slice(1);
  }
  const [argv0, ...args] = rest;
  if (argv0 === undefined || !/entrypoint/.test(basename(argv0)) || args.length === 0) return rest;
  // a chain of entrypoints (adminer's `entrypoint.sh docker-php-entrypoint php -S ...`) execs the last's arguments
  if (!args[0].startsWith('-')) return /entrypoint/.test(basename(args[0])) && args.length > 1 ? unwrapEntrypoint(args, imageCmd) : args;
  const cmd0 = imageCmd?.[0];
  return cmd0 && !cmd0.startsWith('-') ? [cmd0, ...args] : rest;
}

/** The programs an image runs by itself: its entrypoint (and what an init wraps) and command. */
export function ownPrograms(entrypoint: string[] | null, cmd: string[] | null): string[] {
  const own = (entrypoint ?? []).filter((a) => a !== '--' && !a.startsWith('-'));
  if (cmd?.[0]) own.push(cmd[0]);
  return own.map(basename);
}
