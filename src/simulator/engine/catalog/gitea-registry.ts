// docker.gitea.com/gitea: Gitea's own registry (what its docs' compose files pull), serving the
// same images as gitea/gitea and the older releases: 1.24.2 (2025-06, on Alpine 3.22.0) here,
// the same Dockerfile steps with its version. Its date is the release's; sizes are estimates.
import type { CatalogRepo } from './types.ts';
import { image, alpineOs, ownSteps } from './build.ts';
import { ALPINE_3_22, ALPINE_3_22_0 } from './bases.ts';
import { gitea } from './gitea.ts';

const latest = gitea.images[0];

const gitea1242 = image({
  tags: ['1.24.2', '1.24'],
  created: '2025-06-20T03:15:41Z',
  base: ALPINE_3_22_0,
  seed: 'docker.gitea.com/gitea:1.24.2',
  layers: [22700000, 1470, 9821, 51900000],
  history: ownSteps(latest, ALPINE_3_22.history.length, '1.25.3', '1.24.2'),
  config: { Env: latest.config.Env, Entrypoint: latest.config.Entrypoint, Cmd: latest.config.Cmd, ExposedPorts: Object.keys(latest.config.ExposedPorts ?? {}), Volumes: Object.keys(latest.config.Volumes ?? {}) },
  os: alpineOs('3.22.0', latest.osInfo.tools.filter((t) => !['wget', 'ps', 'vi', 'nc', 'ping', 'top', 'less', 'ip', 'apk'].includes(t)), '/bin/bash'),
  startup: latest.startup,
  frozen: true,
});

export const giteaRegistry: CatalogRepo = {
  ...gitea,
  name: 'docker.gitea.com/gitea',
  official: false,
  images: [...gitea.images, gitea1242],
};
