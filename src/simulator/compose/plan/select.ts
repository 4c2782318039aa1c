// Narrowing a project to the services a command names, as compose-go's Project methods do:
// WithServicesEnabled (naming a service activates its profiles), WithSelectedServices (the named
// services plus their dependencies, or only them with --no-deps; the rest become disabled and
// depends_on entries to them are dropped), and the dependency-order helpers the reconciler and
// the start phase use.
import { ComposeError } from '../errors.ts';
import { hasProfile } from '../load/to-project.ts';
import type { Project, ServiceConfig } from '../model.ts';

function copyProject(p: Project): Project {
  return structuredClone(p);
}

/** Project.WithServicesEnabled: profiles of the named (disabled) services become active. */
export function withServicesEnabled(project: Project, names: string[], activeProfiles: string[]): Project {
  if (names.length === 0) return copyProject(project);
  const profiles = [...activeProfiles];
  for (const name of names) {
    if (Object.hasOwn(project.services, name)) continue;
    profiles.push(...(project.disabledServices[name]?.profiles ?? []));
  }
  const out = copyProject(project);
  const all = { ...out.services, ...out.disabledServices };
  out.services = {};
  out.disabledServices = {};
  for (const [name, s] of Object.entries(all)) {
    if (hasProfile(s.profiles, profiles)) out.services[name] = s;
    else out.disabledServices[name] = s;
  }
  return out;
}

/** Project.WithSelectedServices; `ignoreDependencies` is --no-deps. Unknown names: "no such service: x". */
export function withSelectedServices(project: Project, names: string[], ignoreDependencies = false): Project {
  const out = copyProject(project);
  if (names.length === 0) return out;
  const selected = new Set<string>();
  const visit = (list: string[], deps?: Record<string, { required: boolean }>) => {
    for (const name of list) {
      if (!Object.hasOwn(project.services, name)) {
        if (!deps || deps[name]?.required !== false) throw new ComposeError('notFound', `no such service: ${name}`);
        continue;
      }
      if (selected.has(name)) continue;
      selected.add(name);
      const dependsOn = project.services[name].dependsOn ?? {};
      if (!ignoreDependencies) visit(Object.keys(dependsOn).sort(), dependsOn);
    }
  };
  visit(names);
  for (const [name, s] of Object.entries(out.services)) {
    if (selected.has(name)) {
      for (const dep of Object.keys(s.dependsOn ?? {})) if (!selected.has(dep)) delete s.dependsOn![dep];
      continue;
    }
    out.disabledServices[name] = s;
    delete out.services[name];
  }
  return out;
}

/** Services in an order where every service comes after its dependencies (sorted among equals). */
export function dependencyOrder(project: Project): string[] {
  const visited = new Set<string>();
  const keys = Object.keys(project.services).sort();
  const order: string[] = [];
  for (;;) {
    const next = keys.find((k) => !visited.has(k) && dependenciesOf(project.services[k], project).every((d) => visited.has(d)));
    if (next === undefined) return order;
    visited.add(next);
    order.push(next);
  }
}

/** depends_on entries that name an enabled service. */
export function dependenciesOf(service: ServiceConfig, project: Project): string[] {
  return Object.keys(service.dependsOn ?? {}).filter((d) => Object.hasOwn(project.services, d));
}

/** Project.GetDependentsForService, optionally only dependencies with `restart: true`. */
export function dependentsOf(project: Project, name: string, restartOnly = false): string[] {
  return Object.keys(project.services)
    .filter((s) => {
      const dep = project.services[s].dependsOn?.[name];
      return dep !== undefined && (!restartOnly || dep.restart);
    })
    .sort();
}

/**
 * NewGraph's checks (pkg/compose/dependencies.go): a required dependency on a disabled service,
 * and cycles ("cycle found: a -> b -> a"); optional dependencies on missing services are dropped.
 */
export function checkGraph(project: Project): void {
  for (const name of Object.keys(project.services).sort()) {
    const s = project.services[name];
    for (const [dep, cfg] of Object.entries(s.dependsOn ?? {})) {
      if (Object.hasOwn(project.services, dep)) continue;
      if (!cfg.required) {
        delete s.dependsOn![dep];
        continue;
      }
      const disabled = project.disabledServices[dep];
      if (disabled) {
        throw new ComposeError('invalid', `service ${dep} is required by ${name} but is disabled. Can be enabled by profiles [${(disabled.profiles ?? []).join(' ')}]`);
      }
      throw new ComposeError('notFound', `could not find ${dep}: not found`);
    }
  }
  const finished = new Set<string>();
  const visit = (key: string, path: string[], discovered: Set<string>): void => {
    discovered.add(key);
    for (const child of dependenciesOf(project.services[key], project).sort()) {
      const next = [...path, child];
      if (discovered.has(child)) throw new ComposeError('invalid', `cycle found: ${next.join(' -> ')}`);
      if (!finished.has(child)) visit(child, next, discovered);
    }
    finished.add(key);
  };
  for (const key of Object.keys(project.services).sort()) {
    if (!finished.has(key)) visit(key, [key], new Set());
  }
}
