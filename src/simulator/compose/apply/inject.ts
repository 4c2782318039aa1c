// Secrets and configs that are not files (pkg/compose/secrets.go injectSecrets/injectConfigs):
// compose copies an inline `content:` or the value of an `environment:` variable into the
// container before it starts, as a tar through CopyToContainer: mode 0444 (or `mode:`), owned
// by root unless `uid`/`gid`, at /run/secrets/NAME for a secret and /NAME for a config (or the
// target). File-backed ones are read-only bind mounts instead (container-mounts.ts).
import { containerFs } from '../../engine/containers/container-fs.ts';
import type { ContainerRecord } from '../../engine/state.ts';
import type { FileObjectConfig, FileReference, Project, ServiceConfig } from '../model.ts';
import type { ApplyContext } from './context.ts';
import { ComposeApplyError } from './errors.ts';

type MountType = 'secret' | 'config';

/** resolveFileContent: inline content, else the project environment's variable ('' for a file). */
function fileContent(project: Project, source: FileObjectConfig, kind: MountType): string {
  if (source.content) return source.content;
  if (source.environment) {
    const value = project.environment[source.environment];
    if (value === undefined) {
      throw new ComposeApplyError(`environment variable ${JSON.stringify(source.environment)} required by ${kind} ${JSON.stringify(source.name)} is not set`);
    }
    return value;
  }
  return '';
}

/** setDefaultTarget. */
function targetOf(ref: FileReference, kind: MountType): string {
  if (!ref.target) return kind === 'secret' ? `/run/secrets/${ref.source}` : `/${ref.source}`;
  if (kind === 'secret' && !ref.target.startsWith('/')) return `/run/secrets/${ref.target}`;
  return ref.target.startsWith('/') ? ref.target : `/${ref.target}`;
}

/** copyFileToContainer: the tar's one file extracted at "/" (parents created, root-owned). */
function copyFile(ac: ApplyContext, c: ContainerRecord, path: string, content: string, ref: FileReference): void {
  const fs = containerFs(ac.engine, c);
  const dir = path.slice(0, path.lastIndexOf('/')) || '/';
  if (!fs.exists(dir)) fs.mkdir(dir, { recursive: true, mode: 0o755 });
  const mode = ref.mode ?? 0o444;
  fs.writeFile(path, content, { mode });
  fs.chmod(path, mode);
  fs.chown(path, Number(ref.uid ?? 0) || 0, Number(ref.gid ?? 0) || 0);
}

function injectFileReferences(ac: ApplyContext, project: Project, service: ServiceConfig, c: ContainerRecord, kind: MountType): void {
  const refs = (kind === 'secret' ? service.secrets : service.configs) ?? [];
  const defs = kind === 'secret' ? project.secrets : project.configs;
  for (const ref of refs) {
    const source = defs[ref.source];
    if (!source) continue;
    const content = fileContent(project, source, kind);
    if (content === '') continue;
    if (service.readOnly) {
      throw new ComposeApplyError(`cannot create ${kind} ${JSON.stringify(source.name)} in read-only service ${service.name}: \`file\` is the sole supported option`);
    }
    copyFile(ac, c, targetOf(ref, kind), content, ref);
  }
}

/** injectSecrets then injectConfigs, before the container starts. */
export function injectSecretsAndConfigs(ac: ApplyContext, project: Project, service: ServiceConfig, c: ContainerRecord): void {
  injectFileReferences(ac, project, service, c, 'secret');
  injectFileReferences(ac, project, service, c, 'config');
}
