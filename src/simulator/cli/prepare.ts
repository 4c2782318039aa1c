// What a docker command may need before it runs: the engine starts processes and pulls
// synchronously, so the lazily loaded parts it could reach are loaded first — the service models
// (mongod, mysqld ...), the registry code once something was pushed or a registry runs, and the
// catalog repositories the command line names.
import { preloadNamed } from '../engine/catalog/preload.ts';
import type { Engine } from '../engine/engine.ts';
import { loadServiceModels } from '../engine/programs/models.ts';
import { prepareRegistries } from '../engine/registries.ts';

export async function prepareCommand(argv: string[], engine: Engine): Promise<void> {
  await Promise.all([loadServiceModels(), prepareRegistries(engine), preloadNamed(argv)]);
}
