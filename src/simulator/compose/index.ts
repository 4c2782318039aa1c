// The compose package's surface for the `docker compose` commands: load a project, print it as
// `docker compose config` does, plan the convergence of `up`, order the start phase.
export { loadProject, type LoadOptions, type LoadResult } from './load/loader.ts';
export type { ComposeInputs } from './load/options.ts';
export { memoryFiles, type FileAccess } from './load/file-access.ts';
export { normalizeProjectName } from './load/project-name.ts';
export { serviceScale } from './load/consistency.ts';
export { ComposeError, formatLogrus, isComposeError, type ComposeWarning, type LogrusFormat } from './errors.ts';
export { configYaml, profileNames, serviceNamesInDependencyOrder, type ConfigOptions } from './config/marshal.ts';
export { configJson } from './config/json.ts';
export { plan } from './plan/plan.ts';
export { planToString } from './plan/plan-builder.ts';
export { containerName } from './plan/plan-containers.ts';
export { networkHash, serviceHash, volumeHash } from './plan/hash.ts';
export { dependencyOrder, dependentsOf, withSelectedServices, withServicesEnabled } from './plan/select.ts';
export { startSteps, waitMessages, type StartStep, type WaitCondition } from './plan/start.ts';
export { LABELS, imageNameOrDefault, orphanWarning } from './labels.ts';
export type * from './plan/types.ts';
export type * from './model.ts';
