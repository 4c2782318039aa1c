// adminer: Adminer, the single-file database manager (official image, TimWolla/docker-adminer
// 5/Dockerfile @7088bf0: php:8.4-alpine, PHP's built-in server as user adminer on [::]:8080,
// STOPSIGNAL SIGINT, Adminer 5.5.0 with its real download checksums). Not in
// shared/data/images.json: the php:8.4-alpine base is php:8.3-alpine's steps with 8.4's version
// (8.4.22, estimated; its checksum a stand-in), and the date (a rebuild after the php base's) and
// the sizes are estimates.
import type { CatalogRepo } from './types.ts';
import { PATH, EMPTY_LAYER, derive, image, alpineOs, server } from './build.ts';
import { ALPINE_3_24 } from './bases.ts';
import { php83Alpine } from './php.ts';
import { sha256Hex } from '../../util/sha256.ts';

const PHP = '8.4.22';
const PHP_SHA256 = sha256Hex(`php-${PHP}.tar.xz`);
const GPG_84 = 'AFD8691FDAEDF03BDF6E460563F15A9B715376CA 9D7F99A0CB8F05C8A6958D6256A97AF7600A39A6 0616E93D95AF471243E26761770426E17EBBB3DD';
const GPG_83 = '1198C0117593497A5EC5C199286AF1F9897469DC C28D937575603EB4ABB725861C0779DC5C0A9DE4 AFD8691FDAEDF03BDF6E460563F15A9B715376CA';

/** php 8.3's text with 8.4's version, checksum and release keys. */
function as84(text: string): string {
  return text.split('8.3.33').join(PHP).split(/e293ed620cec74651bb4a071317892a478aa6840fab22db45c72d77cd42f9676/).join(PHP_SHA256).split(GPG_83).join(GPG_84);
}

const PHP_84_ALPINE = derive(ALPINE_3_24, [6300000, 1046, 121, 7410000, 590, 16900000, 2421, 308, 299], php83Alpine.history.slice(ALPINE_3_24.history.length).map((h) => as84(h.created_by)), 'php:8.4-alpine');

const ADMINER_SHA = 'd7494bb10abc7c5c7709fd134ab1bd6ebd3b37aabef6d11c42985209864e4dc9';
const ADMINER_SRC_SHA = 'df469c31699848c7523f67204530bd7e3126c4f5048107f526232ccc5d0fe1f7';

const startup = server({
  listensOn: ['8080/tcp'],
  logLines: ['[<Www Mon DD HH:MM:SS YYYY>] PHP 8.4.22 Development Server (http://[::]:8080) started'],
  logStream: 'stderr',
});

export const adminer: CatalogRepo = {
  name: 'adminer',
  official: true,
  description: 'Database management in a single PHP file.',
  stars: 1100,
  images: [
    image({
      tags: ['latest', '5', '5.5', '5.5.0', 'standalone', '5-standalone', '5.5-standalone', '5.5.0-standalone'],
      created: '2026-08-21T03:11:48Z',
      base: PHP_84_ALPINE,
      seed: 'adminer:5.5.0',
      layers: [311, 2860, EMPTY_LAYER, 9170000, 2250, 1690000, 462],
      history: [
        'RUN /bin/sh -c echo "upload_max_filesize = 128M" >> /usr/local/etc/php/conf.d/0-upload_large_dumps.ini &&\techo "post_max_size = 128M" >> /usr/local/etc/php/conf.d/0-upload_large_dumps.ini &&\techo "memory_limit = 1G" >> /usr/local/etc/php/conf.d/0-upload_large_dumps.ini # buildkit',
        'STOPSIGNAL SIGINT',
        'RUN /bin/sh -c addgroup -S adminer &&\tadduser -S -G adminer adminer &&\tmkdir -p /var/www/html &&\tmkdir /var/www/html/plugins-enabled &&\tchown -R adminer:adminer /var/www/html # buildkit',
        'WORKDIR /var/www/html',
        'RUN /bin/sh -c set -x &&\tapk add --no-cache --virtual .build-deps \tpostgresql-dev \tsqlite-dev \tunixodbc-dev \tfreetds-dev &&\tdocker-php-ext-configure pdo_odbc --with-pdo-odbc=unixODBC,/usr &&\tdocker-php-ext-install \tmysqli \tpdo_pgsql \tpdo_sqlite \tpdo_odbc \tpdo_dblib # buildkit',
        'COPY *.php /var/www/html/ # buildkit',
        'ENV ADMINER_VERSION=5.5.0',
        `ENV ADMINER_DOWNLOAD_SHA256=${ADMINER_SHA}`,
        `ENV ADMINER_SRC_DOWNLOAD_SHA256=${ADMINER_SRC_SHA}`,
        'RUN /bin/sh -c set -x &&\tcurl -fsSL https://github.com/vrana/adminer/releases/download/v$ADMINER_VERSION/adminer-$ADMINER_VERSION.php -o adminer.php &&\techo "$ADMINER_DOWNLOAD_SHA256  adminer.php" |sha256sum -c - # buildkit',
        'COPY entrypoint.sh /usr/local/bin/ # buildkit',
        'ENTRYPOINT ["entrypoint.sh" "docker-php-entrypoint"]',
        'USER adminer',
        'CMD ["php" "-S" "[::]:8080" "-t" "/var/www/html"]',
        'EXPOSE map[8080/tcp:{}]',
      ],
      config: {
        Env: [PATH, ...php83Alpine.config.Env.filter((e) => e !== PATH).map(as84), 'ADMINER_VERSION=5.5.0', `ADMINER_DOWNLOAD_SHA256=${ADMINER_SHA}`, `ADMINER_SRC_DOWNLOAD_SHA256=${ADMINER_SRC_SHA}`],
        Entrypoint: ['entrypoint.sh', 'docker-php-entrypoint'],
        Cmd: ['php', '-S', '[::]:8080', '-t', '/var/www/html'],
        ExposedPorts: ['8080/tcp'],
        WorkingDir: '/var/www/html',
        User: 'adminer',
        StopSignal: 'SIGINT',
      },
      os: alpineOs('3.24.1', ['php', 'pecl', 'docker-php-ext-install']),
      startup,
    }),
  ],
};
