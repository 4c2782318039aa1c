// phpmyadmin: phpMyAdmin 5.2.3 on php:8.3-apache (official image, phpmyadmin/docker
// apache/Dockerfile @452a995: PHP extensions, the release tarball in /var/www/html, its
// config.inc.php reading PMA_HOST/PMA_PORT/PMA_ARBITRARY ..., /docker-entrypoint.sh, CMD
// apache2-foreground on 80). Not in shared/data/images.json: the date and sizes are estimates.
import type { CatalogRepo } from './types.ts';
import { image, debianOs, server } from './build.ts';
import { php83Apache } from './php.ts';
import { asBase } from './build.ts';

const PMA = { VERSION: '5.2.3', SHA256: '57881348297c4412f86c410547cf76b4d8a236574dd2c6b7d6a2beebe7fc44e3', URL: 'https://files.phpmyadmin.net/phpMyAdmin/${VERSION}/phpMyAdmin-${VERSION}-all-languages.tar.xz' };
const UPLOAD = { URL: 'https://github.com/php/pecl-php-uploadprogress/archive/refs/tags/uploadprogress-2.0.2.tar.gz', SHA256: 'fe3f6cdfcedad563c970c4fd1cda31e422cfc0df5cc9a217d8c80ed3c8d137f5' };
const LABELS = {
  'org.opencontainers.image.authors': 'The phpMyAdmin Team <developers@phpmyadmin.net>',
  'org.opencontainers.image.description': 'Run phpMyAdmin with Alpine, Apache and PHP FPM.',
  'org.opencontainers.image.documentation': 'https://github.com/phpmyadmin/docker#readme',
  'org.opencontainers.image.licenses': 'GPL-2.0-only',
  'org.opencontainers.image.source': 'https://github.com/phpmyadmin/docker.git',
  'org.opencontainers.image.title': 'Official phpMyAdmin Docker image',
  'org.opencontainers.image.url': 'https://github.com/phpmyadmin/docker#readme',
  'org.opencontainers.image.vendor': 'phpMyAdmin',
  'org.opencontainers.image.version': PMA.VERSION,
};

const startup = server({
  listensOn: ['80/tcp'],
  logLines: ["AH00558: apache2: Could not reliably determine the server's fully qualified domain name, using <container IP>. Set the 'ServerName' directive globally to suppress this message"],
  logStream: 'stderr',
});

export const phpmyadmin: CatalogRepo = {
  name: 'phpmyadmin',
  official: true,
  description: 'phpMyAdmin - A web interface for MySQL and MariaDB.',
  stars: 1200,
  images: [
    image({
      tags: ['latest', '5.2.3', '5.2', '5', 'apache', '5.2.3-apache', '5.2-apache', '5-apache'],
      created: '2026-09-19T05:42:18Z',
      base: asBase(php83Apache),
      seed: 'phpmyadmin:5.2.3-apache',
      layers: [3380000, 1240, 14100000, 1398, 1123, 2106],
      history: [
        `ENV UPLOAD_PROGRESS_EXT_URL=${UPLOAD.URL}`,
        `ENV UPLOAD_PROGRESS_SHA256=${UPLOAD.SHA256}`,
        'RUN /bin/sh -c set -ex;         apt-get update;     apt-get install -y --no-install-recommends         gnupg         dirmngr     ;         savedAptMark="$(apt-mark showmanual)"; # buildkit',
        'ENV PMA_SSL_DIR=/etc/phpmyadmin/ssl',
        'ENV MAX_EXECUTION_TIME=600',
        'ENV MEMORY_LIMIT=512M',
        'ENV UPLOAD_LIMIT=2048K',
        'ENV TZ=UTC',
        'ENV SESSION_SAVE_PATH=/sessions',
        'RUN /bin/sh -c set -ex;     mkdir $SESSION_SAVE_PATH;     mkdir -p $PMA_SSL_DIR;     chmod 1777 $SESSION_SAVE_PATH; # buildkit',
        'USER www-data:www-data',
        `ENV VERSION=${PMA.VERSION}`,
        `ENV SHA256=${PMA.SHA256}`,
        `ENV URL=${PMA.URL.replace(/\$\{VERSION\}/g, PMA.VERSION)}`,
        `LABEL ${Object.entries(LABELS).map(([k, v]) => `${k}=${v}`).join(' ')}`,
        'RUN /bin/sh -c set -ex;     export GNUPGHOME="$(mktemp -d)";     export GPGKEY="3D06A59ECE730EB71B511C17CE752F178259BD92";     curl -fsSL -o phpMyAdmin.tar.xz $URL; # buildkit',
        'COPY --chown=www-data:www-data config.inc.php /etc/phpmyadmin/config.inc.php # buildkit',
        'COPY --chown=www-data:www-data helpers.php /etc/phpmyadmin/helpers.php # buildkit',
        'COPY docker-entrypoint.sh /docker-entrypoint.sh # buildkit',
        'USER root',
        'ENTRYPOINT ["/docker-entrypoint.sh"]',
        'CMD ["apache2-foreground"]',
      ],
      config: {
        Env: [
          ...php83Apache.config.Env,
          `UPLOAD_PROGRESS_EXT_URL=${UPLOAD.URL}`, `UPLOAD_PROGRESS_SHA256=${UPLOAD.SHA256}`, 'PMA_SSL_DIR=/etc/phpmyadmin/ssl', 'MAX_EXECUTION_TIME=600', 'MEMORY_LIMIT=512M', 'UPLOAD_LIMIT=2048K', 'TZ=UTC', 'SESSION_SAVE_PATH=/sessions',
          `VERSION=${PMA.VERSION}`, `SHA256=${PMA.SHA256}`, `URL=${PMA.URL.replace(/\$\{VERSION\}/g, PMA.VERSION)}`,
        ],
        Entrypoint: ['/docker-entrypoint.sh'],
        Cmd: ['apache2-foreground'],
        ExposedPorts: Object.keys(php83Apache.config.ExposedPorts ?? {}),
        WorkingDir: php83Apache.config.WorkingDir,
        User: 'root',
        Labels: LABELS,
        StopSignal: php83Apache.config.StopSignal,
      },
      os: debianOs('13', php83Apache.osInfo.tools),
      startup,
    }),
  ],
};
