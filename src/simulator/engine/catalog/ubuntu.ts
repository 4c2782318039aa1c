// ubuntu: Canonical's base images (26.04 built with rockcraft/umoci, older releases on Launchpad).
// os-release point releases are approximate; 20.04 and 18.04 have left the library (frozen).
import type { CatalogRepo } from './types.ts';
import { PATH, image, ubuntuOs, oneShot } from './build.ts';
import { UBUNTU_26_04, UBUNTU_24_04, UBUNTU_22_04, UBUNTU_20_04, UBUNTU_18_04 } from './bases.ts';

const tools = ['bash', 'apt-get', 'apt', 'dpkg'];
const startup = oneShot('exits 0 at once without -it');

export const ubuntu: CatalogRepo = {
  name: 'ubuntu',
  official: true,
  description: 'Ubuntu is a Debian-based Linux operating system based on free software.',
  stars: 17200,
  images: [
    image({
      tags: ['latest', '26.04', 'resolute', 'resolute-20260811.1', 'rolling'],
      created: '2026-07-24T12:48:28Z',
      base: UBUNTU_26_04,
      layers: [],
      history: [],
      config: { Env: [PATH], Cmd: ['/bin/bash'], Labels: { 'org.opencontainers.image.version': '26.04', 'org.opencontainers.image.title': 'ubuntu' } },
      os: ubuntuOs('26.04', 'Ubuntu 26.04 LTS', tools),
      startup: startup,
    }),
    image({
      tags: ['24.04', 'noble', 'noble-20260810'],
      created: '2026-08-12T16:57:31Z',
      base: UBUNTU_24_04,
      layers: [],
      history: [],
      config: { Env: [PATH], Cmd: ['/bin/bash'], Labels: { 'org.opencontainers.image.ref.name': 'ubuntu', 'org.opencontainers.image.version': '24.04' } },
      os: ubuntuOs('24.04', 'Ubuntu 24.04.4 LTS', tools),
      startup: startup,
    }),
    image({
      tags: ['22.04', 'jammy', 'jammy-20260810'],
      created: '2026-08-12T16:55:02Z',
      base: UBUNTU_22_04,
      layers: [],
      history: [],
      config: { Env: [PATH], Cmd: ['/bin/bash'], Labels: { 'org.opencontainers.image.ref.name': 'ubuntu', 'org.opencontainers.image.version': '22.04' } },
      os: ubuntuOs('22.04', 'Ubuntu 22.04.5 LTS', tools),
      startup: startup,
    }),
    image({
      tags: ['20.04', 'focal', 'focal-20250404'],
      created: '2025-04-08T10:42:28Z',
      base: UBUNTU_20_04,
      layers: [],
      history: [],
      config: { Env: [PATH], Cmd: ['/bin/bash'], Labels: { 'org.opencontainers.image.ref.name': 'ubuntu', 'org.opencontainers.image.version': '20.04' } },
      os: ubuntuOs('20.04', 'Ubuntu 20.04.6 LTS', tools),
      startup: startup,
      frozen: true,
    }),
    image({
      tags: ['18.04', 'bionic', 'bionic-20230530'],
      created: '2023-05-30T09:32:09Z',
      base: UBUNTU_18_04,
      layers: [],
      history: [],
      config: { Env: [PATH], Cmd: ['/bin/bash'], Labels: { 'org.opencontainers.image.ref.name': 'ubuntu', 'org.opencontainers.image.version': '18.04' } },
      os: ubuntuOs('18.04', 'Ubuntu 18.04.6 LTS', tools),
      startup: startup,
      frozen: true,
    }),
  ],
};
