// compose's projectFromName (pkg/compose/compose.go): with `-p NAME` and no compose file, the
// project is rebuilt from its containers' labels: a service per com.docker.compose.service
// (scale = its containers), depends_on from com.docker.compose.depends_on ("db:service_healthy:
// true"), then the named services selected. No container at all is an error.
import type { Project, ServiceConfig, ServiceDependency } from '../../../compose/index.ts';
import type { ContainerRecord } from '../../../engine/state.ts';
import { CliError } from '../../../errors/cli-error.ts';
import { LABELS } from '../../../compose/labels.ts';

function dependsOn(label: string | undefined): Record<string, ServiceDependency> | undefined {
  if (!label) return undefined;
  const out: Record<string, ServiceDependency> = {};
  for (const entry of label.split(',')) {
    const [name, condition, restart] = entry.split(':');
    out[name] = {
      condition: (condition ?? 'running_or_healthy') as ServiceDependency['condition'],
      restart: restart === undefined ? true : ['1', 't', 'T', 'true', 'TRUE', 'True'].includes(restart),
      required: true,
    };
  }
  return out;
}

export function projectFromName(name: string, containers: ContainerRecord[], services: string[] = []): Project {
  if (containers.length === 0) throw new CliError(`no container found for project ${JSON.stringify(name)}: not found`, 1);
  const set: Record<string, ServiceConfig> = {};
  for (const c of containers) {
    const labels = c.config.Labels ?? {};
    const service = labels[LABELS.service] ?? c.name;
    const s = (set[service] ??= { name: service, image: c.imageRef, labels, scale: 0, dependsOn: dependsOn(labels[LABELS.dependsOn]) });
    s.scale = (s.scale ?? 0) + 1;
  }
  const missing = services.find((s) => !Object.hasOwn(set, s));
  if (missing !== undefined) throw new CliError(`no such service: ${JSON.stringify(missing)}: not found`, 1);
  const project: Project = {
    name, workingDir: '', composeFiles: [], environment: {}, services: set, disabledServices: {},
    networks: {}, volumes: {}, secrets: {}, configs: {}, extensions: {},
  };
  if (services.length === 0) return project;
  const keep = new Set<string>();
  const visit = (s: string) => {
    if (keep.has(s) || !set[s]) return;
    keep.add(s);
    for (const d of Object.keys(set[s].dependsOn ?? {})) visit(d);
  };
  services.forEach(visit);
  return { ...project, services: Object.fromEntries(Object.entries(set).filter(([k]) => keep.has(k))) };
}
