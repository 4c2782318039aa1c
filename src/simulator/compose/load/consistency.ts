// compose-go loader/validate.go checkConsistency and graph.CheckCycle: references between
// services and top-level resources, image-or-build, scale vs container_name, duplicate mount
// targets, and depends_on cycles (searched in name order, as compose-go does for a stable text).
import { ComposeError, invalid } from '../errors.ts';
import type { Project, ServiceConfig } from '../model.ts';

export function checkConsistency(project: Project): void {
  for (const s of Object.values(project.services)) checkService(project, s);
  for (const [name, secret] of Object.entries(project.secrets)) {
    if (secret.external) continue;
    if (!secret.file && !secret.environment) throw invalid(`secret ${JSON.stringify(name)} must declare either \`file\` or \`environment\``);
  }
  checkCycle(project);
}

function checkService(project: Project, s: ServiceConfig): void {
  const q = JSON.stringify(s.name);
  if (!s.build && !s.image && !s.other?.provider) throw invalid(`service ${q} has neither an image nor a build context specified`);
  if (s.build?.dockerfileInline && s.build.dockerfile) throw invalid(`service ${q} declares mutualy exclusive dockerfile and dockerfile_inline`);
  if (s.networkMode && s.networks && Object.keys(s.networks).length > 0) {
    throw invalid(`service ${s.name} declares mutually exclusive \`network_mode\` and \`networks\``);
  }
  for (const net of Object.keys(s.networks ?? {})) {
    if (!Object.hasOwn(project.networks, net)) throw invalid(`service ${q} refers to undefined network ${net}`);
  }
  const test = s.healthcheck?.test;
  if (test && test.length > 0 && !['CMD', 'CMD-SHELL', 'NONE'].includes(test[0])) {
    throw new ComposeError('invalid', 'healthcheck.test must start either by "CMD", "CMD-SHELL" or "NONE"');
  }
  for (const [dep, cfg] of Object.entries(s.dependsOn ?? {})) {
    if (Object.hasOwn(project.services, dep)) continue;
    if (Object.hasOwn(project.disabledServices, dep) && !cfg.required) continue;
    throw invalid(`service ${q} depends on undefined service ${JSON.stringify(dep)}`);
  }
  if (s.networkMode?.startsWith('service:')) {
    const target = s.networkMode.slice('service:'.length);
    if (!Object.hasOwn(project.services, target)) {
      throw new ComposeError('invalid', `service ${JSON.stringify(target)} not found for network_mode 'service:${target}'`);
    }
  }
  for (const v of s.volumes ?? []) {
    if (v.type === 'volume' && v.source && !Object.hasOwn(project.volumes, v.source)) {
      throw invalid(`service ${q} refers to undefined volume ${v.source}`);
    }
  }
  for (const c of s.configs ?? []) {
    if (!Object.hasOwn(project.configs, c.source)) throw invalid(`service ${q} refers to undefined config ${c.source}`);
  }
  for (const secret of s.secrets ?? []) {
    if (!Object.hasOwn(project.secrets, secret.source)) throw invalid(`service ${q} refers to undefined secret ${secret.source}`);
  }
  checkScale(s);
  checkMounts(s);
}

function checkScale(s: ServiceConfig): void {
  const replicas = s.deploy?.replicas;
  if (s.scale !== undefined && replicas !== undefined && s.scale !== replicas) {
    throw invalid(`services.${s.name}: can't set distinct values on 'scale' and 'deploy.replicas'`);
  }
  if (s.scale !== undefined && s.deploy) s.deploy.replicas = s.scale;
  if (s.scale !== undefined && s.scale < 0) throw new ComposeError('invalid', `services.${s.name}.scale: must be greater than or equal to 0`);
  if (replicas !== undefined && replicas < 0) {
    throw new ComposeError('invalid', `services.${s.name}.deploy.replicas: must be greater than or equal to 0`);
  }
  if (serviceScale(s) > 1 && s.containerName) {
    // compose-go passes its two arguments the other way round; the text reads as it prints.
    const attr = s.scale === undefined ? 'deploy.replicas' : 'scale';
    throw invalid(`services.${attr}: can't set container_name and ${s.name} as container name must be unique`);
  }
}

function checkMounts(s: ServiceConfig): void {
  const mounts = new Map<string, string>();
  (s.tmpfs ?? []).forEach((t, i) => {
    const loc = `services.${s.name}.tmpfs[${i}]`;
    const path = t.split(':')[0];
    const prev = mounts.get(path);
    if (prev) throw new ComposeError('invalid', `${loc}: target ${path} already mounted as ${prev}`);
    mounts.set(path, loc);
  });
  (s.volumes ?? []).forEach((v, i) => {
    const loc = `services.${s.name}.volumes[${i}]`;
    const prev = mounts.get(v.target);
    if (prev) throw new ComposeError('invalid', `${loc}: target ${v.target} already mounted as ${prev}`);
    mounts.set(v.target, loc);
  });
}

/** ServiceConfig.GetScale: scale, else deploy.replicas, else 1. */
export function serviceScale(s: ServiceConfig): number {
  return s.scale ?? s.deploy?.replicas ?? 1;
}

/** graph.CheckCycle: "dependency cycle detected: a -> b -> a". */
function checkCycle(project: Project): void {
  const names = Object.keys(project.services).sort();
  const children = (name: string) => Object.keys(project.services[name]?.dependsOn ?? {}).filter((d) => Object.hasOwn(project.services, d)).sort();
  const search = (path: string[]): void => {
    for (const child of children(path[path.length - 1])) {
      const i = path.indexOf(child);
      if (i >= 0) throw new ComposeError('invalid', `dependency cycle detected: ${path.slice(i).join(' -> ')} -> ${child}`);
      search([...path, child]);
    }
  };
  for (const name of names) search([name]);
}
