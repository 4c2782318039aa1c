// kibana: Elastic's UI for Elasticsearch, in the official library (`kibana`) and on Elastic's
// registry (docker.elastic.co/kibana/kibana, which also keeps 9.0.2); the 9.x line only. Built from
// elastic/dockerfiles kibana/Dockerfile: UBI 9 minimal, tini, the Kibana tree in
// /usr/share/kibana, ENTRYPOINT ["/bin/tini" "--"], CMD ["/usr/local/bin/kibana-docker"], USER
// 1000, EXPOSE 5601; its kibana.yml points at http://elasticsearch:9200 unless ELASTICSEARCH_HOSTS
// says otherwise. Versions match the elasticsearch images here; not in shared/data/images.json:
// dates follow the Elasticsearch builds, log lines are approximate and sizes are estimates.
import type { CatalogImage, CatalogRepo } from './types.ts';
import { EMPTY_LAYER, image, os, server } from './build.ts';
import { UBI9_MINIMAL } from './bases.ts';
import { olderRelease } from './elastic-registry.ts';

const startup = server({
  listensOn: ['5601/tcp'],
  logLines: ['[<ts>][INFO ][root] Kibana is starting', '[<ts>][INFO ][http.server.Kibana] http server running at http://0.0.0.0:5601', '[<ts>][INFO ][status] Kibana is now available'],
  exitBehaviour: 'runs until stopped; answers 503 "Kibana server is not ready yet" until Elasticsearch answers',
});

const tools = ['bash', 'curl', 'microdnf', 'rpm', 'tini'];

function kibanaImage(version: string, created: string, seed: string, layers: number[]): CatalogImage {
  const labels = { 'org.label-schema.license': 'Elastic License', 'org.label-schema.name': 'Kibana', 'org.label-schema.schema-version': '1.0', 'org.label-schema.url': 'https://www.elastic.co/products/kibana', 'org.label-schema.vendor': 'Elastic', 'org.label-schema.version': version, 'org.opencontainers.image.title': 'Kibana', 'org.opencontainers.image.vendor': 'Elastic', 'org.opencontainers.image.version': version };
  return image({
    tags: [version],
    created,
    base: UBI9_MINIMAL,
    seed,
    layers: [layers[0], layers[1], EMPTY_LAYER, layers[2], 117, 2418, 5120, 3306],
    history: [
      'RUN /bin/sh -c for iter in 1 2 3 4 5 6 7 8 9 10; do       microdnf update -y &&       microdnf install -y fontconfig liberation-fonts-common freetype shadow-utils nss findutils &&       microdnf clean all &&       exit_code=0 # buildkit',
      'COPY /bin/tini /bin/tini # buildkit',
      'WORKDIR /usr/share/kibana',
      'COPY --chown=1000:0 /usr/share/kibana /usr/share/kibana # buildkit',
      'RUN /bin/sh -c ln -s /usr/share/kibana /opt/kibana # buildkit',
      'ENV ELASTIC_CONTAINER=true',
      'ENV PATH=/usr/share/kibana/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      'COPY --chown=1000:0 config/kibana.yml /usr/share/kibana/config/kibana.yml # buildkit',
      'COPY bin/kibana-docker /usr/local/bin/ # buildkit',
      'RUN /bin/sh -c groupadd --gid 1000 kibana &&     useradd --uid 1000 --gid 1000 -G 0       --home-dir /usr/share/kibana --no-create-home       kibana # buildkit',
      `LABEL org.label-schema.license=Elastic License org.label-schema.name=Kibana org.label-schema.schema-version=1.0 org.label-schema.url=https://www.elastic.co/products/kibana org.label-schema.vendor=Elastic org.label-schema.version=${version} org.opencontainers.image.title=Kibana org.opencontainers.image.vendor=Elastic org.opencontainers.image.version=${version}`,
      'EXPOSE map[5601/tcp:{}]',
      'ENTRYPOINT ["/bin/tini" "--"]',
      'CMD ["/usr/local/bin/kibana-docker"]',
      'USER 1000',
    ],
    config: { Env: ['PATH=/usr/share/kibana/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'ELASTIC_CONTAINER=true'], Entrypoint: ['/bin/tini', '--'], Cmd: ['/usr/local/bin/kibana-docker'], ExposedPorts: ['5601/tcp'], WorkingDir: '/usr/share/kibana', User: '1000', Labels: labels },
    os: os('rhel', 'Red Hat Enterprise Linux 9.7 (Plow)', '9.7', '/bin/bash', tools),
    startup,
  });
}

const images = [
  kibanaImage('9.5.2', '2026-08-26T11:21:47Z', 'kibana:9.5.2', [21400000, 372000, 412000000]),
  kibanaImage('9.4.5', '2026-08-26T11:19:05Z', 'kibana:9.4.5', [21400000, 372000, 405000000]),
];

export const kibana: CatalogRepo = {
  name: 'kibana',
  official: true,
  description: 'Kibana gives shape to any kind of data — structured and unstructured — indexed in Elasticsearch.',
  stars: 2700,
  images,
};

export const elasticRegistryKibana: CatalogRepo = {
  ...kibana,
  name: 'docker.elastic.co/kibana/kibana',
  official: false,
  images: [...images, olderRelease(images[0], '9.0.2', '2025-06-03T15:02:48Z', 'docker.elastic.co/kibana/kibana:9.0.2', [21100000, 372000, EMPTY_LAYER, 398000000, 117, 2418, 5120, 3306])],
};
