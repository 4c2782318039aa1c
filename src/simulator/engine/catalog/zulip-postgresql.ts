// zulip/zulip-postgresql: PostgreSQL for Zulip, the standard postgres image plus the dictionary
// files Zulip's full-text search uses (docker-zulip: "extends the standard postgresql image").
// Here built on the catalog's postgres:14 with its Dockerfile's three steps (hunspell-en-us and
// the tsearch links, Zulip's stop-word list, an initdb script). Not in shared/data/images.json:
// the build date (taken as a rebuild on the current postgres:14) and the sizes are estimates.
import type { CatalogRepo } from './types.ts';
import { asBase, image } from './build.ts';
import { postgres } from './postgres.ts';

const pg14 = postgres.images.find((im) => im.tags.includes('14'));
if (!pg14) throw new Error('catalog: zulip-postgresql needs postgres:14');

export const zulipPostgresql: CatalogRepo = {
  name: 'zulip/zulip-postgresql',
  official: false,
  description: 'PostgreSQL with the dictionaries and stop words Zulip\u2019s full-text search uses',
  stars: 10,
  images: [
    image({
      tags: ['14', 'latest'],
      created: '2026-09-19T04:10:52Z',
      base: asBase(pg14),
      seed: 'zulip/zulip-postgresql:14',
      layers: [1890000, 1372, 688],
      history: [
        'RUN /bin/sh -c apt-get update && apt-get install -y       hunspell-en-us     && rm -rf /var/lib/apt/lists/*     && ln -sf /usr/share/hunspell/en_US.dic /usr/share/postgresql/$PG_MAJOR/tsearch_data/en_us.dict     && ln -sf /usr/share/hunspell/en_US.aff /usr/share/postgresql/$PG_MAJOR/tsearch_data/en_us.affix # buildkit',
        'COPY zulip_english.stop /usr/share/postgresql/$PG_MAJOR/tsearch_data/zulip_english.stop # buildkit',
        'COPY setup_tsearch_data.sh /docker-entrypoint-initdb.d/zulip-setup.sh # buildkit',
      ],
      config: { Env: pg14.config.Env, Entrypoint: pg14.config.Entrypoint, Cmd: pg14.config.Cmd, ExposedPorts: Object.keys(pg14.config.ExposedPorts ?? {}), Volumes: Object.keys(pg14.config.Volumes ?? {}), StopSignal: pg14.config.StopSignal },
      // the postgres repository's runtime programs (image-fs RUNTIMES is by repository name)
      os: { ...pg14.osInfo, tools: [...pg14.osInfo.tools, 'postgres', 'psql', 'pg_ctl', 'initdb', 'pg_dump', 'createdb', 'pg_isready', 'gosu'] },
      startup: pg14.startup,
    }),
  ],
};
