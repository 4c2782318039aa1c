// docker.elastic.co/elasticsearch/elasticsearch: Elastic's own registry, where the compose files
// of Elastic's docs pull from. The same images as the official `elasticsearch` repository (both
// are built from elastic/dockerfiles), and, as that registry keeps every release, older versions
// the library has dropped (kept as frozen tags): 9.0.2 (2025-06) here, on UBI 9.6. 9.0.2's date is its release's; its
// layer sizes are estimates (not in shared/data/images.json).
import type { CatalogImage, CatalogLayer, CatalogRepo } from './types.ts';
import { EMPTY_LAYER, image, os, ownSteps } from './build.ts';
import { UBI9_MINIMAL, UBI9_MINIMAL_9_6 } from './bases.ts';
import { elasticsearch } from './elasticsearch.ts';

/** An older release of a 9.x Elastic image: same steps, on UBI 9.6, its own date and sizes. */
export function olderRelease(from: CatalogImage, version: string, created: string, seed: string, layers: Array<CatalogLayer | number>): CatalogImage {
  const was = from.tags[0];
  const cfg = from.config;
  const labels = Object.fromEntries(Object.entries(cfg.Labels ?? {}).map(([k, v]) => [k, v.split(was).join(version)]));
  return image({
    tags: [version],
    created,
    base: UBI9_MINIMAL_9_6,
    seed,
    layers,
    history: ownSteps(from, UBI9_MINIMAL.history.length, was, version),
    config: { Env: cfg.Env, Entrypoint: cfg.Entrypoint, Cmd: cfg.Cmd, ExposedPorts: Object.keys(cfg.ExposedPorts ?? {}), WorkingDir: cfg.WorkingDir, User: cfg.User, Labels: labels, Volumes: Object.keys(cfg.Volumes ?? {}) },
    os: os('rhel', 'Red Hat Enterprise Linux 9.6 (Plow)', '9.6', '/bin/bash', from.osInfo.tools),
    startup: from.startup,
    frozen: true,
  });
}

const es902 = olderRelease(elasticsearch.images[0], '9.0.2', '2025-06-03T14:27:11Z', 'docker.elastic.co/elasticsearch/elasticsearch:9.0.2', [19600000, 2841, EMPTY_LAYER, 612000000, 10134, 2386, 5902, 182]);

export const elasticRegistryElasticsearch: CatalogRepo = {
  ...elasticsearch,
  name: 'docker.elastic.co/elasticsearch/elasticsearch',
  official: false,
  images: [...elasticsearch.images, es902],
};
