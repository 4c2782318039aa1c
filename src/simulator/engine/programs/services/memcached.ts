// memcached: silent unless -v, listening on -p (11211) with -m MB of memory and -c connections
// (accepted, not enforced here). With -vv it reports its slab
// classes (the item size limit follows -m). A learner mostly meets it through `docker logs`
// being empty and the PORTS column.
import type { Engine } from '../../engine.ts';
import type { ContainerRecord } from '../../state.ts';
import type { ProgramContext } from '../types.ts';
import { lines, optionValue, running, serverArgs } from './common.ts';
import type { ServiceModel } from './types.ts';

function port(args: string[]): number {
  return Number(optionValue(args, '-p', '--port') ?? 11211);
}

function start(_ctx: ProgramContext, argv: string[]) {
  const args = argv.slice(1);
  const verbose = args.filter((a) => /^-v+$/.test(a)).reduce((n, a) => n + a.length - 1, 0);
  if (verbose < 2) return running('memcached', []);
  const slabs = [96, 120, 152, 192, 240, 304, 384, 480].map((size, i) => `slab class ${String(i + 1).padStart(3)}: chunk size ${String(size).padStart(9)} perslab ${String(Math.floor(1048576 / size)).padStart(8)}`);
  return running('memcached', lines('stderr', [...slabs, '<26 server listening (auto-negotiate)']));
}

export const memcached: ServiceModel = {
  program: 'memcached',
  start,
  ports: (engine: Engine, c: ContainerRecord) => [port(serverArgs(engine, c).slice(1))],
};
