// prom/prometheus: the Prometheus server on the Prometheus busybox base (glibc BusyBox, so its first layer is
// busybox:1.37's) or on distroless static (no shell). Sizes are estimates. v3.4.0 (2025-05-17,
// kept on Docker Hub: frozen) is v3.14.0's steps with its version; its go version, build date and sizes are estimates.
import type { CatalogImage, CatalogRepo } from './types.ts';
import { PATH, L, derive, image, os, server, olderRelease } from './build.ts';
import { DISTROLESS_STATIC, BUSYBOX_GLIBC_1_37 } from './bases.ts';

const startup = server({ listensOn: ['9090/tcp'], logLines: ['time=<YYYY-MM-DDTHH:MM:SS.uuuuuuZ> level=INFO source=main.go:1589 msg="No time or size retention was set so using the default time retention" duration=15d', 'time=<YYYY-MM-DDTHH:MM:SS.uuuuuuZ> level=INFO source=main.go:1640 msg="Starting Prometheus Server" mode=server version="(version=3.14.0, branch=HEAD, revision=4991cf19021affb3c6f832549276d73bd52a1103)"', 'time=<YYYY-MM-DDTHH:MM:SS.uuuuuuZ> level=INFO source=main.go:1645 msg="operational information" build_context="(go=go1.25.9, platform=linux/amd64, user=root@prometheus-build, date=20260805-10:41:27, tags=netgo,builtinassets)" host_details="(Linux 6.12.48-dockyard x86_64 <hostname> (none))" fd_limits="(soft=1048576, hard=1048576)" vm_limits="(soft=unlimited, hard=unlimited)"', 'time=<YYYY-MM-DDTHH:MM:SS.uuuuuuZ> level=INFO source=web.go:727 msg="Start listening for connections" component=web address=0.0.0.0:9090', 'time=<YYYY-MM-DDTHH:MM:SS.uuuuuuZ> level=INFO source=main.go:1492 msg="TSDB started"', 'time=<YYYY-MM-DDTHH:MM:SS.uuuuuuZ> level=INFO source=main.go:1690 msg="Loading configuration file" filename=/etc/prometheus/prometheus.yml', 'time=<YYYY-MM-DDTHH:MM:SS.uuuuuuZ> level=INFO source=main.go:1729 msg="Completed loading of configuration file" db_storage=1.42µs remote_storage=2.01µs web_handler=690ns query_engine=1.2µs scrape=412.3µs scrape_sd=57.9µs notify=1.1µs notify_sd=880ns rules=2.3µs tracing=6.7µs filename=/etc/prometheus/prometheus.yml totalDuration=1.613ms', 'time=<YYYY-MM-DDTHH:MM:SS.uuuuuuZ> level=INFO source=main.go:1453 msg="Server is ready to receive web requests."'], dataDir: '/prometheus', logStream: 'stderr' });

const PROM_BUSYBOX = derive(BUSYBOX_GLIBC_1_37, [L('prometheus-busybox:rootfs', 1362846, 3379200)], ['COPY /rootfs / # buildkit']);

/** The current images followed by v3.4.0 (busybox), built as the latest was. */
function withV340(current: CatalogImage[]): CatalogImage[] {
  const im = olderRelease({ from: current[0], baseSteps: PROM_BUSYBOX.history.length, was: '3.14.0', version: '3.4.0', tags: ['v3.4.0'], created: '2025-05-17T14:02:36Z', base: PROM_BUSYBOX, seed: 'prom/prometheus:v3.4.0', layers: [60900000, 48700000, 540, 88412, 93, 512], os: os('busybox', null, '1.37.0', '/bin/sh', current[0].osInfo.tools) });
  const logLines = im.startup.logLines.map((l) => l.replace('go=go1.25.9', 'go=go1.24.3').replace('date=20260805-10:41:27', 'date=20250517-13:54:02').replace('revision=4991cf19021affb3c6f832549276d73bd52a1103', 'revision=7b7c2f4a9e31d0c5b8d6a42f1e03c9d8b5a7e612'));
  return [...current, { ...im, startup: { ...im.startup, logLines } }];
}

export const prometheus: CatalogRepo = {
  name: 'prom/prometheus',
  official: false,
  description: 'The Prometheus monitoring system and time series database.',
  stars: 1800,
  images: withV340([
    image({
      tags: ['latest', 'v3.14.0'],
      created: '2026-08-05T10:58:22Z',
      base: PROM_BUSYBOX,
      seed: 'prom/prometheus:latest',
      layers: [65100000, 51200000, 540, 95126, 93, 512],
      history: [
        'LABEL maintainer=The Prometheus Authors <prometheus-developers@googlegroups.com>',
        'LABEL org.opencontainers.image.source=https://github.com/prometheus/prometheus',
        'ARG ARCH=amd64',
        'ARG OS=linux',
        'COPY .build/linux-amd64/prometheus /bin/prometheus # buildkit',
        'COPY .build/linux-amd64/promtool /bin/promtool # buildkit',
        'COPY documentation/examples/prometheus.yml /etc/prometheus/prometheus.yml # buildkit',
        'COPY LICENSE NOTICE npm_licenses.tar.bz2 / # buildkit',
        'WORKDIR /prometheus',
        'RUN |2 ARCH=amd64 OS=linux /bin/sh -c chown -R nobody:nobody /etc/prometheus /prometheus && chmod g+w /prometheus # buildkit',
        'USER nobody',
        'EXPOSE map[9090/tcp:{}]',
        'VOLUME [/prometheus]',
        'ENTRYPOINT ["/bin/prometheus"]',
        'CMD ["--config.file=/etc/prometheus/prometheus.yml" "--storage.tsdb.path=/prometheus"]',
      ],
      config: { Env: [PATH], Entrypoint: ['/bin/prometheus'], Cmd: ['--config.file=/etc/prometheus/prometheus.yml', '--storage.tsdb.path=/prometheus'], ExposedPorts: ['9090/tcp'], Volumes: ['/prometheus'], WorkingDir: '/prometheus', User: 'nobody', Labels: { maintainer: 'The Prometheus Authors <prometheus-developers@googlegroups.com>', 'org.opencontainers.image.source': 'https://github.com/prometheus/prometheus' } },
      os: os('busybox', null, null, '/bin/sh', ['wget', 'ps', 'vi', 'nc', 'top', 'prometheus', 'promtool']),
      startup: startup,
    }),
    image({
      tags: ['v3.14.0-distroless'],
      created: '2026-08-05T10:59:40Z',
      base: DISTROLESS_STATIC,
      seed: 'prom/prometheus:v3.14.0-distroless',
      layers: [60400000, 47500000, 540, 95126, 93],
      history: [
        'LABEL maintainer=The Prometheus Authors <prometheus-developers@googlegroups.com>',
        'LABEL org.opencontainers.image.source=https://github.com/prometheus/prometheus',
        'ARG ARCH=amd64',
        'ARG OS=linux',
        'COPY --chown=nobody:nobody .build/linux-amd64/prometheus /bin/prometheus # buildkit',
        'COPY --chown=nobody:nobody .build/linux-amd64/promtool /bin/promtool # buildkit',
        'COPY --chown=nobody:nobody documentation/examples/prometheus.yml /etc/prometheus/prometheus.yml # buildkit',
        'COPY LICENSE NOTICE npm_licenses.tar.bz2 / # buildkit',
        'WORKDIR /prometheus',
        'USER nobody',
        'EXPOSE map[9090/tcp:{}]',
        'VOLUME [/prometheus]',
        'ENTRYPOINT ["/bin/prometheus"]',
        'CMD ["--config.file=/etc/prometheus/prometheus.yml" "--storage.tsdb.path=/prometheus"]',
      ],
      config: { Env: [PATH], Entrypoint: ['/bin/prometheus'], Cmd: ['--config.file=/etc/prometheus/prometheus.yml', '--storage.tsdb.path=/prometheus'], ExposedPorts: ['9090/tcp'], Volumes: ['/prometheus'], WorkingDir: '/prometheus', User: 'nobody', Labels: { maintainer: 'The Prometheus Authors <prometheus-developers@googlegroups.com>', 'org.opencontainers.image.source': 'https://github.com/prometheus/prometheus' } },
      os: os('distroless', 'Distroless', '13', null, ['prometheus', 'promtool']),
      startup: startup,
    }),
  ]),
  content: {
    '/etc/prometheus/prometheus.yml': 'global:\n  scrape_interval: 15s\n  evaluation_interval: 15s\nalerting:\n  alertmanagers:\n    - static_configs:\n        - targets:\nrule_files:\nscrape_configs:\n  - job_name: "prometheus"\n    static_configs:\n      - targets: ["localhost:9090"]\n        labels:\n          app: "prometheus"\n    scrape_native_histograms: true\n',
  },
};
