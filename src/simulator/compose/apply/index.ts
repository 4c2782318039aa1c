// Applying a Compose project to the engine: what `docker compose up`, `down` and the other
// subcommands do with the model's plan. Load it lazily (`await import(...)`), as the model.
export type { ApplyContext } from './context.ts';
export { ComposeApplyError } from './errors.ts';
export { RESOURCE_COMPOSE, containerId, ev, event, type ComposeEvent, type EventSink, type EventStatus } from './events.ts';
export { containerLabels, containerRequest, type ContainerOptions } from './container-config.ts';
export { serviceMounts } from './container-mounts.ts';
export { injectSecretsAndConfigs } from './inject.ts';
export { createProjectVolume, ensureNetwork, ensureNetworks, ensureVolumes, networkLabels, volumeLabels } from './ensure.ts';
export { ensureImages, layerEvent, loadCatalogRepos, pullServiceImage, type ImageBuilder, type ImageOptions } from './images.ts';
export { emitRunningEvents, executePlan, type ExecuteOptions } from './execute.ts';
export { isDown, startWithEvents, stopAndRemoveContainer, stopContainer, stopOnly } from './containers.ts';
export { startProject, type StartOptions } from './start.ts';
export { stopProject, type StopOptions } from './stop.ts';
export { restartProject, restartScope, type RestartOptions } from './restart.ts';
export { downProject, projectFromEngine, type DownOptions } from './down.ts';
export * from './resources.ts';
