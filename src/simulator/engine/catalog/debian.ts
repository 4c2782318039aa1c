// debian: debuerreotype rootfs images; -slim drops docs, man pages and locales. Their single
// layer is the first layer of every image built FROM them (bases.ts). bullseye is frozen.
import type { CatalogRepo } from './types.ts';
import { PATH, image, debianOs, oneShot } from './build.ts';
import { TRIXIE, TRIXIE_SLIM, BOOKWORM, BOOKWORM_SLIM, BULLSEYE, BULLSEYE_SLIM } from './bases.ts';

const tools = ['bash', 'apt-get', 'apt', 'dpkg'];
const startup = oneShot('exits 0 at once without -it');

export const debian: CatalogRepo = {
  name: 'debian',
  official: true,
  description: "Debian is a Linux distribution that's composed entirely of free and open-source software.",
  stars: 5200,
  images: [
    image({
      tags: ['latest', 'trixie', '13', '13.6', 'trixie-20260803', 'stable'],
      created: '2026-08-24T00:00:00Z',
      base: TRIXIE,
      layers: [],
      history: [],
      config: { Env: [PATH], Entrypoint: [], Cmd: ['bash'] },
      os: debianOs('13', tools),
      startup: startup,
    }),
    image({
      tags: ['trixie-slim', '13-slim', '13.6-slim', 'trixie-20260803-slim', 'stable-slim'],
      created: '2026-09-18T00:00:00Z',
      base: TRIXIE_SLIM,
      layers: [],
      history: [],
      config: { Env: [PATH], Entrypoint: [], Cmd: ['bash'] },
      os: debianOs('13', tools),
      startup: startup,
    }),
    image({
      tags: ['bookworm', '12', '12.15', 'bookworm-20260803', 'oldstable'],
      created: '2026-08-03T00:00:00Z',
      base: BOOKWORM,
      layers: [],
      history: [],
      config: { Env: [PATH], Entrypoint: [], Cmd: ['bash'] },
      os: debianOs('12', tools),
      startup: startup,
    }),
    image({
      tags: ['bookworm-slim', '12-slim', '12.15-slim', 'bookworm-20260803-slim'],
      created: '2026-08-03T00:00:00Z',
      base: BOOKWORM_SLIM,
      layers: [],
      history: [],
      config: { Env: [PATH], Entrypoint: [], Cmd: ['bash'] },
      os: debianOs('12', tools),
      startup: startup,
    }),
    image({
      tags: ['bullseye', '11', '11.11', 'bullseye-20260706'],
      created: '2026-07-06T00:00:00Z',
      base: BULLSEYE,
      layers: [],
      history: [],
      config: { Env: [PATH], Entrypoint: [], Cmd: ['bash'] },
      os: debianOs('11', tools),
      startup: startup,
      frozen: true,
    }),
    image({
      tags: ['bullseye-slim', '11-slim', '11.11-slim', 'bullseye-20260706-slim'],
      created: '2026-07-06T00:00:00Z',
      base: BULLSEYE_SLIM,
      layers: [],
      history: [],
      config: { Env: [PATH], Entrypoint: [], Cmd: ['bash'] },
      os: debianOs('11', tools),
      startup: startup,
      frozen: true,
    }),
  ],
};
