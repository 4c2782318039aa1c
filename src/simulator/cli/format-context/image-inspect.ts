// The typed value `docker image inspect -f` first runs a template against: the client's
// image.InspectResponse with Go field names (ID, not "Id"; Descriptor.MediaType), every field
// present even when the JSON omits it (Comment "", GraphDriver nil, Config's unset fields). A
// field the struct lacks (.Parent, .Id) falls back to the raw JSON map, as docker retries.
import { goMap, goStruct } from '../../util/format/go-value.ts';
import { goTimeString } from './time.ts';

type Obj = Record<string, unknown>;

const CONFIG_FIELDS: Obj = {
  User: '',
  ExposedPorts: null,
  Env: null,
  Entrypoint: null,
  Cmd: null,
  Volumes: null,
  WorkingDir: '',
  Labels: null,
  StopSignal: '',
  ArgsEscaped: false,
  Healthcheck: null,
  OnBuild: null,
  Shell: null,
};

const EMPTY_STRUCT = (): Obj => goStruct('struct {}', {});

function portSet(v: unknown, type: string): unknown {
  if (!v) return null;
  return goMap(Object.fromEntries(Object.keys(v as Obj).map((k) => [k, EMPTY_STRUCT()])), type);
}

function config(raw: Obj): Obj {
  const out: Obj = {};
  for (const [k, zero] of Object.entries(CONFIG_FIELDS)) {
    const v = raw[k];
    if (v === undefined) out[k] = zero;
    else if (k === 'ExposedPorts' || k === 'Volumes') out[k] = portSet(v, 'map[string]struct {}');
    else if (k === 'Labels') out[k] = goMap({ ...(v as Obj) }, 'map[string]string');
    else out[k] = v;
  }
  return goStruct('*v1.DockerOCIImageConfig', out, { json: () => JSON.stringify(raw) });
}

function descriptor(raw: Obj): Obj {
  const fields = { MediaType: raw.mediaType, Digest: raw.digest, Size: raw.size, URLs: null, Annotations: null, Data: null, Platform: null, ArtifactType: '' };
  return goStruct('*v1.Descriptor', fields, { json: () => JSON.stringify(raw) });
}

/** The typed form of an image inspect document built by engine/image-inspect.ts. */
export function typedImageInspect(raw: Obj): Obj {
  const rootfs = raw.RootFS as Obj;
  const metadata = raw.Metadata as Obj;
  const fields: Obj = {
    ID: raw.Id,
    RepoTags: raw.RepoTags,
    RepoDigests: raw.RepoDigests,
    Comment: raw.Comment ?? '',
    Created: raw.Created ?? '',
    Author: raw.Author ?? '',
    Config: raw.Config ? config(raw.Config as Obj) : null,
    Architecture: raw.Architecture,
    Variant: raw.Variant ?? '',
    Os: raw.Os,
    OsVersion: raw.OsVersion ?? '',
    Size: raw.Size,
    GraphDriver: null,
    RootFS: goStruct('image.RootFS', { Type: rootfs.Type, Layers: rootfs.Layers ?? null }, { json: () => JSON.stringify(rootfs) }),
    // time.Time prints as its String(): "2026-10-15 12:00:00.911 +0000 UTC".
    Metadata: goStruct('image.Metadata', { LastTagTime: goTimeString(Date.parse(metadata.LastTagTime as string)) }, { json: () => JSON.stringify(metadata) }),
    Descriptor: raw.Descriptor ? descriptor(raw.Descriptor as Obj) : null,
    Manifests: null,
    Identity: null,
  };
  return goStruct('image.InspectResponse', fields, { json: () => JSON.stringify(raw) });
}
