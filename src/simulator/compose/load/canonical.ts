// compose-go's transform package: rewriting the short syntaxes into the canonical long form once
// a file is merged and validated (ports, volumes, depends_on, env_file, secrets/configs mounts,
// build as a string, networks as a list, external: {name}), then the defaults applied after all
// files (build context ".", secret targets /run/secrets/NAME, port protocol/mode, bind
// create_host_path).
import { ComposeError, type Warnings } from '../errors.ts';
import { goTypeName } from './merge.ts';
import { parsePortConfig } from './ports.ts';
import { isDict, pathMatches, type Dict } from './tree.ts';
import { parseVolumeSpec } from './volume-spec.ts';
import { cleanPath } from './file-access.ts';

type Transformer = (data: unknown, path: string[], ctx: Ctx) => unknown;
interface Ctx {
  warnings: Warnings;
}

const stringOrList: Transformer = (d) => (typeof d === 'string' ? [d] : d);
const fileMount: Transformer = (d, p) => {
  if (isDict(d)) return d;
  if (typeof d === 'string') return { source: d };
  throw new ComposeError('other', `${p.join('.')}: unsupported type ${goTypeName(d)}`);
};
const sliceToMap: Transformer = (d) => {
  if (!Array.isArray(d)) return d;
  const out: Dict = {};
  for (const name of d) out[String(name)] = null;
  return out;
};

const TRANSFORMERS: Array<[string, Transformer]> = [
  ['services.*', (d, p, c) => (isDict(d) ? transformMapping(d, p, c) : d)],
  ['services.*.build.secrets.*', fileMount],
  ['services.*.build.provenance', (d) => String(d)],
  ['services.*.build.sbom', (d) => String(d)],
  ['services.*.build.additional_contexts', keyValue],
  ['services.*.depends_on', dependsOn],
  ['services.*.env_file', envFile],
  ['services.*.label_file', stringOrList],
  ['services.*.networks', sliceToMap],
  ['services.*.models', sliceToMap],
  ['services.*.volumes.*', volumeMount],
  ['services.*.dns', stringOrList],
  ['services.*.secrets.*', fileMount],
  ['services.*.configs.*', fileMount],
  ['services.*.ports', ports],
  ['services.*.build', (d, p, c) => (typeof d === 'string' ? { context: d } : isDict(d) ? transformMapping(d, p, c) : d)],
  ['volumes.*', maybeExternal],
  ['networks.*', maybeExternal],
  ['secrets.*', maybeExternal],
  ['configs.*', maybeExternal],
];

/** transform.Canonical followed by OmitEmpty (services.*.dns). */
export function canonical(dict: Dict, warnings: Warnings): Dict {
  const out = transform(dict, [], { warnings }) as Dict;
  for (const service of Object.values(isDict(out.services) ? out.services : {})) {
    if (isDict(service) && Array.isArray(service.dns)) service.dns = service.dns.filter((e) => e !== null && e !== '');
  }
  return out;
}

function transform(data: unknown, path: string[], ctx: Ctx): unknown {
  const rule = TRANSFORMERS.find(([pattern]) => pathMatches(path, pattern));
  if (rule) return rule[1](data, path, ctx);
  if (isDict(data)) return transformMapping(data, path, ctx);
  if (Array.isArray(data)) return data.map((e) => transform(e, [...path, '[]'], ctx));
  return data;
}

function transformMapping(v: Dict, path: string[], ctx: Ctx): Dict {
  for (const [k, e] of Object.entries(v)) v[k] = transform(e, [...path, k], ctx);
  return v;
}

function keyValue(d: unknown, p: string[]): unknown {
  if (isDict(d)) return d;
  if (!Array.isArray(d)) throw new ComposeError('other', `${p.join('.')}: invalid type ${goTypeName(d)}`);
  const out: Dict = {};
  for (const e of d) {
    const s = String(e);
    const i = s.indexOf('=');
    if (i < 0) throw new ComposeError('other', `${p.join('.')}: invalid value ${s}, expected key=value`);
    out[s.slice(0, i)] = s.slice(i + 1);
  }
  return out;
}

function dependsOn(d: unknown, p: string[]): unknown {
  if (Array.isArray(d)) {
    const out: Dict = {};
    for (const name of d) out[String(name)] = { condition: 'service_started', required: true };
    return out;
  }
  if (!isDict(d)) throw new ComposeError('other', `${p.join('.')}: invalid type ${goTypeName(d)} for depend_on`);
  for (const dep of Object.values(d)) {
    if (!isDict(dep)) continue;
    if (!Object.hasOwn(dep, 'condition')) dep.condition = 'service_started';
    if (!Object.hasOwn(dep, 'required')) dep.required = true;
  }
  return d;
}

function envFile(d: unknown, p: string[]): unknown {
  const one = (e: unknown): unknown => {
    if (typeof e === 'string') return { path: e, required: true };
    if (isDict(e)) {
      if (!Object.hasOwn(e, 'required')) e.required = true;
      return e;
    }
    return null;
  };
  if (typeof d === 'string') return [one(d)];
  if (Array.isArray(d)) return d.map(one);
  throw new ComposeError('other', `${p.join('.')}: invalid type ${goTypeName(d)} for env_file`);
}

function volumeMount(d: unknown, p: string[]): unknown {
  if (isDict(d)) return d;
  if (typeof d !== 'string') throw new ComposeError('other', `${p.join('.')}: invalid type ${goTypeName(d)} for service volume mount`);
  const v = parseVolumeSpec(d);
  const out: Dict = { type: v.type };
  if (v.source !== '') out.source = v.source;
  if (v.target !== '') out.target = cleanPath(v.target);
  if (v.readOnly) out.read_only = true;
  if (v.bind) {
    const bind: Dict = {};
    if (v.bind.selinux) bind.selinux = v.bind.selinux;
    if (v.bind.propagation) bind.propagation = v.bind.propagation;
    if (v.bind.createHostPath) bind.create_host_path = true;
    out.bind = bind;
  }
  if (v.volume) out.volume = v.volume.nocopy ? { nocopy: true } : {};
  return out;
}

function ports(d: unknown, p: string[]): unknown {
  if (!Array.isArray(d)) throw new ComposeError('other', `${p.join('.')}: invalid type ${goTypeName(d)} for port`);
  const out: unknown[] = [];
  for (const entry of d) {
    if (typeof entry === 'number' && Number.isInteger(entry)) out.push(...parsePortConfig(String(entry)));
    else if (typeof entry === 'string') out.push(...parsePortConfig(entry));
    else if (isDict(entry)) out.push(entry);
    else throw new ComposeError('other', `${p.join('.')}: invalid type ${goTypeName(entry)} for port`);
  }
  return out;
}

function maybeExternal(d: unknown, p: string[], ctx: Ctx): unknown {
  if (d === null || d === undefined) return null;
  const resource = transformMapping(d as Dict, p, ctx);
  const ext = resource.external;
  if (isDict(ext)) {
    resource.external = true;
    if (Object.hasOwn(ext, 'name')) {
      ctx.warnings.warn(`${p.join('.')}: external.name is deprecated. Please set name and external: true`);
      if (Object.hasOwn(resource, 'name') && resource.name !== ext.name) {
        throw new ComposeError('other', `${p.join('.')}: name and external.name conflict; only use name`);
      }
      if (!Object.hasOwn(resource, 'name')) resource.name = ext.name;
    }
  }
  return resource;
}

type Defaulter = (data: unknown) => unknown;
const DEFAULTS: Array<[string, Defaulter]> = [
  ['services.*.build', (d) => (isDict(d) && !Object.hasOwn(d, 'context') ? { ...d, context: '.' } : d)],
  ['services.*.secrets.*', (d) => (isDict(d) && !Object.hasOwn(d, 'target') ? { ...d, target: `/run/secrets/${String(d.source)}` } : d)],
  ['services.*.ports.*', (d) => (isDict(d) ? { ...d, protocol: d.protocol ?? 'tcp', mode: d.mode ?? 'ingress' } : d)],
  ['services.*.volumes.*.bind', (d) => (isDict(d) && !Object.hasOwn(d, 'create_host_path') ? { ...d, create_host_path: true } : d)],
];

/** transform.SetDefaultValues. */
export function setDefaults(data: unknown, path: string[] = []): unknown {
  const rule = DEFAULTS.find(([pattern]) => pathMatches(path, pattern));
  if (rule) return rule[1](data);
  if (isDict(data)) {
    for (const [k, v] of Object.entries(data)) data[k] = setDefaults(v, [...path, k]);
    return data;
  }
  if (Array.isArray(data)) return data.map((e) => setDefaults(e, [...path, '[]']));
  return data;
}
