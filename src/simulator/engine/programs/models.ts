// The service models (./services/: mongod, mysqld, WordPress's apache ...) are a chunk of their
// own, loaded on first use: loadServiceModels() is awaited before a docker command runs, before
// a command in a world that has containers, and by sim.http. The engine starts processes
// synchronously and asks loadedServiceModels(); until the chunk is there a server starts from
// its catalog start-up facts alone (service.ts).
import { registerHttpService } from '../http/registry.ts';
import type { ServicePack } from './services/types.ts';

let pack: ServicePack | undefined;
let loading: Promise<ServicePack> | undefined;

export function loadedServiceModels(): ServicePack | undefined {
  return pack;
}

export function loadServiceModels(): Promise<ServicePack> {
  loading ??= import('./services/index.ts').then((m) => {
    const p = m.servicePack();
    for (const [name, service] of Object.entries(p.http)) registerHttpService(name, service);
    pack = p;
    return p;
  });
  return loading;
}
