// `# syntax=docker/dockerfile:1`: BuildKit's built-in Dockerfile frontend forwards the build to
// the frontend image the directive names (dockerfile2llb's DetectSyntax, then forwardGateway).
// The progress shows it right after the build definition: `resolve image config for
// docker-image://...`, then the image's vertex, which pulls its one layer the first time and is
// `CACHED` afterwards (until the build cache is pruned). Only docker/dockerfile images are
// known; the digest and layer size are estimates, stable per tag.
import type { Engine } from '../../engine/engine.ts';
import { parseRef } from '../../engine/refs.ts';
import { sha256Hex } from '../../util/sha256.ts';
import { bkBytes, type Progress } from './progress.ts';

const LAYER_BYTES = 13_183_211;

/** The frontend's vertices for a syntax directive's value (none for images other than docker/dockerfile). */
export function frontendVertices(engine: Engine, progress: Progress, syntax: string | null): void {
  const ref = syntax ? parseRef(syntax.trim()) : undefined;
  if (!ref || ref.domain !== 'docker.io' || ref.path !== 'docker/dockerfile') return;
  const name = `${ref.domain}/${ref.path}:${ref.tag}`;
  const digest = ref.digest ?? `sha256:${sha256Hex(`frontend ${name}`)}`;
  const n1 = progress.vertex(`resolve image config for docker-image://${name}`);
  engine.advance(500);
  progress.done(n1, 500);
  const n2 = progress.vertex(`docker-image://${name}@${digest}`);
  const key = `frontend:${name}@${digest}`;
  const cache = (engine.state.buildCache ??= {});
  if (cache[key]) {
    progress.cached(n2);
    return;
  }
  const layer = `sha256:${sha256Hex(`frontend layer ${digest}`)}`;
  progress.status(n2, { id: `resolve ${name}@${digest}` });
  progress.status(n2, { id: layer, bytes: `${bkBytes(LAYER_BYTES)} / ${bkBytes(LAYER_BYTES)}`, ms: 300 });
  progress.status(n2, { id: `extracting ${layer}`, ms: 200 });
  engine.advance(600);
  progress.done(n2, 600);
  cache[key] = { layers: [], config: { User: '', ExposedPorts: null, Env: [], Entrypoint: ['/bin/dockerfile-frontend'], Cmd: null, Volumes: null, WorkingDir: '', Labels: null }, history: [] };
}
