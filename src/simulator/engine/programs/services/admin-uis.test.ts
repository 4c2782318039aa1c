// The images compose stacks put beside their databases, through the public API: traefik/whoami
// (the request dump, behind Traefik too), mongo-express (its start-up, basic auth, /status, no
// server), Kibana (available with Elasticsearch, 503 without), Adminer (PHP's built-in server
// log and the login form) and phpMyAdmin (PMA_HOST and the accounts the server initialised).
import { beforeEach, describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

let now = 0;
let sim: ReturnType<typeof createSimulator>;
const run = async (line: string) => {
  now += 1000;
  return sim.run(line);
};
const ok = (stdout: string, stderr = '') => ({ stdout, stderr, exitCode: 0 });

beforeEach(async () => {
  now = Date.UTC(2026, 10, 25, 10, 0, 0);
  sim = createSimulator({ seed: 1, clock: () => now });
  await run('docker network create app');
});

describe('traefik/whoami', () => {
  it('prints its host, addresses, the client and the request as Go writes it', async () => {
    await run('docker run -d --name who --network app -p 8000:80 traefik/whoami');
    const host = (await run("docker inspect -f '{{.Config.Hostname}}' who")).stdout.trim();
    expect(await run('docker logs who')).toEqual(ok('', `${(await run("docker inspect -f '{{.State.StartedAt}}' who")).stdout.slice(0, 19).replace(/-/g, '/').replace('T', ' ')} Starting up on port 80\n`));
    const r = await run('curl -s "localhost:8000/hello?x=1"');
    expect(r.stdout).toMatch(new RegExp(`^Hostname: ${host}\\nIP: 127\\.0\\.0\\.1\\nIP: ::1\\nIP: 172\\.18\\.0\\.2\\nRemoteAddr: 172\\.18\\.0\\.1:\\d+\\nGET /hello\\?x=1 HTTP/1\\.1\\r\\nHost: localhost:8000\\r\\nUser-Agent: curl/8\\.14\\.1\\r\\nAccept: \\*/\\*\\r\\n\\r\\n$`));
    expect(await run('curl -s -o /dev/null -w "%{http_code}" localhost:8000/health')).toEqual(ok('200'));
  });

  it('shows the headers Traefik adds when it routes to it', async () => {
    await run('docker run -d --name rp --network app -p 80:80 -v /var/run/docker.sock:/var/run/docker.sock traefik:v3 --providers.docker --entrypoints.web.address=:80');
    await run("docker run -d --name who --network app -l 'traefik.http.routers.w.rule=Host(`whoami.localhost`)' traefik/whoami");
    const proxy = (await run("docker inspect -f '{{.Config.Hostname}}' rp")).stdout.trim();
    const out = (await run("curl -s -H 'Host: whoami.localhost' localhost")).stdout;
    expect(out.split('\n').slice(4, 5)[0]).toMatch(/^RemoteAddr: 172\.18\.0\.2:\d+$/);
    expect(out.split('\n').slice(5).join('\n')).toBe(
      `GET / HTTP/1.1\r\nHost: whoami.localhost\r\nUser-Agent: curl/8.14.1\r\nAccept: */*\r\nAccept-Encoding: gzip\r\nX-Forwarded-For: 172.18.0.1\r\nX-Forwarded-Host: whoami.localhost\r\nX-Forwarded-Port: 80\r\nX-Forwarded-Proto: http\r\nX-Forwarded-Server: ${proxy}\r\nX-Real-Ip: 172.18.0.1\r\n\r\n`,
    );
  });
});

describe('mongo-express', () => {
  const BANNER = 'No custom config.js found, loading config.default.js\nWelcome to mongo-express 1.0.2\n------------------------\n\n\n';

  it('waits for its server, listens on 8081 and asks for basic auth (admin:pass by default)', async () => {
    await run('docker run -d --name mongo --network app -e MONGO_INITDB_ROOT_USERNAME=root -e MONGO_INITDB_ROOT_PASSWORD=example mongo');
    await run('docker run -d --name me --network app -p 8081:8081 -e ME_CONFIG_MONGODB_URL=mongodb://root:example@mongo:27017/ mongo-express');
    expect(await run('docker logs me')).toEqual(
      ok(`Waiting for mongo:27017...\n${BANNER}Mongo Express server listening at http://0.0.0.0:8081\n`, 'Server is open to allow connections from anyone (0.0.0.0)\nbasicAuth credentials are "admin:pass", it is recommended you change this in your config.js!\n'),
    );
    expect((await run('curl -si localhost:8081/')).stdout).toMatch(/^HTTP\/1\.1 401 Unauthorized\r\nX-Powered-By: Express\r\nWWW-Authenticate: Basic realm="Authorization Required"\r\nDate: .*\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\nContent-Length: 12\r\n\r\nUnauthorized$/);
    expect((await run('curl -s -H "Authorization: Basic YWRtaW46cGFzcw==" localhost:8081/')).stdout).toContain('<title>Home - Mongo Express</title>');
    expect(await run('curl -s localhost:8081/status')).toEqual(ok('{"status":"ok"}'));
    expect((await run('docker logs --tail 1 me')).stdout).toMatch(/^\x1b\[0mGET \/ \x1b\[32m200\x1b\[0m \d+\.\d{3} ms - \d+\x1b\[0m\n$/);
  });

  it('says when basic auth is off, and gives up on a server it cannot reach', async () => {
    await run('docker run -d --name mongo --network app mongo');
    await run('docker run -d --name me --network app -e ME_CONFIG_BASICAUTH=false mongo-express');
    expect((await run('docker logs me')).stderr).toBe('Server is open to allow connections from anyone (0.0.0.0)\nBasic authentication is disabled. It is recommended to set the useBasicAuth to true in the config.js.\n');
    await run('docker run -d --name lost mongo-express');
    const logs = await run('docker logs lost');
    expect(logs.stdout.split('\n').slice(0, 3)).toEqual(['Waiting for mongo:27017...', expect.stringMatching(/^Wed Nov 25 10:00:\d\d UTC 2026 retrying to connect to mongo:27017 \(2\/10\)$/), expect.stringMatching(/\(3\/10\)$/)]);
    expect(logs.stderr.split('\n').slice(0, 2)).toEqual(['/docker-entrypoint.sh: line 15: mongo: Name does not resolve', '/docker-entrypoint.sh: line 15: /dev/tcp/mongo/27017: Invalid argument']);
    expect(logs.stderr.endsWith('Could not connect to database using connectionString: mongodb://mongo:27017"\nMongoServerSelectionError: getaddrinfo ENOTFOUND mongo\n\nNode.js v22.22.1\n')).toBe(true);
  });
});

describe('kibana', () => {
  it('is available with an Elasticsearch without security, and not ready without one', async () => {
    await run('docker run -d --name es01 --network app -e discovery.type=single-node -e xpack.security.enabled=false docker.elastic.co/elasticsearch/elasticsearch:9.0.2');
    await run('docker run -d --name kib --network app -p 5601:5601 -e ELASTICSEARCH_HOSTS=http://es01:9200 docker.elastic.co/kibana/kibana:9.0.2');
    const logs = (await run('docker logs kib')).stdout.split('\n');
    expect(logs[0]).toMatch(/^\[2026-11-25T10:\d\d:\d\d\.\d{3}\+00:00\]\[INFO \]\[root\] Kibana is starting$/);
    expect(logs.at(-2)).toMatch(/\]\[INFO \]\[status\] Kibana is now available$/);
    expect((await run('curl -s localhost:5601/api/status')).stdout).toMatch(/"version":\{"number":"9\.0\.2".*"overall":\{"level":"available"/);
    await run('docker run -d --name kib2 -p 5602:5601 kibana:9.5.2');
    expect((await run('docker logs kib2')).stdout).toMatch(/\]\[ERROR\]\[elasticsearch-service\] Unable to retrieve version information from Elasticsearch nodes\. getaddrinfo ENOTFOUND elasticsearch\n$/);
    expect(await run('curl -s -w " %{http_code}" localhost:5602/')).toEqual(ok('Kibana server is not ready yet 503'));
  });
});

describe('adminer', () => {
  it('runs PHP\'s built-in server as adminer and logs each request', async () => {
    await run('docker run -d --name adm -p 8080:8080 adminer');
    expect((await run('docker logs adm')).stderr).toMatch(/^\[Wed Nov 25 10:\d\d:\d\d 2026\] PHP 8\.4\.22 Development Server \(http:\/\/\[::\]:8080\) started\n$/);
    expect((await run('curl -s localhost:8080/')).stdout).toContain('<title>Login - Adminer</title>');
    expect((await run('curl -s localhost:8080/')).stdout).toContain('<input name="auth[server]" value="db" title="hostname[:port]"');
    expect((await run('docker logs --tail 3 adm')).stderr).toMatch(/^(\[Wed Nov 25 10:\d\d:\d\d 2026\]) \[::ffff:172\.17\.0\.1\]:(\d+) Accepted\n\1 \[::ffff:172\.17\.0\.1\]:\2 \[200\]: GET \/\n\1 \[::ffff:172\.17\.0\.1\]:\2 Closing\n$/);
    expect((await run('docker top adm')).stdout.split('\n')[1]).toMatch(/^100 +\d+ +\d+ +0 +10:00 +\? +00:00:00 +php -S \[::\]:8080 -t \/var\/www\/html$/);
  });
});

describe('phpmyadmin', () => {
  it('logs in to PMA_HOST with the accounts the server initialised', async () => {
    await run('docker run -d --name db --network app -e MARIADB_ROOT_PASSWORD=pw mariadb');
    await run('docker run -d --name pma --network app -p 8080:80 -e PMA_HOST=db phpmyadmin');
    expect((await run('curl -s localhost:8080/')).stdout).toContain('<title>phpMyAdmin</title>');
    const bad = (await run("curl -s -d 'pma_username=root&pma_password=nope' localhost:8080/index.php")).stdout;
    expect(bad).toContain("mysqli::real_connect(): (HY000/1045): Access denied for user 'root'@'172.18.0.3' (using password: YES)");
    expect((await run("curl -s -o /dev/null -w '%{http_code}' -d 'pma_username=root&pma_password=pw' localhost:8080/index.php")).stdout).toBe('302');
    await run('docker run -d --name pma2 -p 8081:80 -e PMA_HOST=nodb phpmyadmin');
    expect((await run("curl -s -d 'pma_username=root&pma_password=pw' localhost:8081/index.php")).stdout).toContain('mysqli::real_connect(): php_network_getaddresses: getaddrinfo for nodb failed: Name or service not known');
  });
});
