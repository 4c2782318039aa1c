// The other service models through the public API: Elasticsearch's bootstrap checks and TLS,
// Prometheus, Grafana, RabbitMQ's management plugin, Traefik routing by labels, pgAdmin's
// checks, Portainer, Gitea, memcached and redis: what each logs, requires, listens on and serves.
import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

let now = Date.UTC(2026, 10, 25, 10, 0, 0);
const sim = createSimulator({ seed: 1, clock: () => now });
const run = (line: string) => {
  now += 1000;
  return sim.run(line);
};

describe('service models', () => {
  it('elasticsearch without single-node discovery fails its bootstrap checks and exits 78', async () => {
    await run('docker pull -q elasticsearch:9.5.2');
    expect(await run('docker run --name es0 elasticsearch:9.5.2')).toEqual({ stdout: '{\"@timestamp\":\"2026-11-25T10:01:24.589Z\", \"log.level\": \"INFO\", \"message\":\"version[9.5.2], pid[78], build[docker/3c0cb3b40cfe9a5fc8ccf23c69a1725d5c2693e9/2026-08-26T11:04:32Z], OS[Linux/6.12.48-dockyard/amd64], JVM[Oracle Corporation/OpenJDK 64-Bit Server VM/24.0.2/24.0.2+12-54]\", \"ecs.version\": \"1.2.0\",\"service.name\":\"ES_ECS\",\"event.dataset\":\"elasticsearch.server\",\"process.thread.name\":\"main\",\"log.logger\":\"org.elasticsearch.node.Node\",\"elasticsearch.node.name\":\"ae993a0ba8c8\",\"elasticsearch.cluster.name\":\"docker-cluster\"}\n{\"@timestamp\":\"2026-11-25T10:01:24.589Z\", \"log.level\": \"INFO\", \"message\":\"JVM home [/usr/share/elasticsearch/jdk], using bundled JDK [true]\", \"ecs.version\": \"1.2.0\",\"service.name\":\"ES_ECS\",\"event.dataset\":\"elasticsearch.server\",\"process.thread.name\":\"main\",\"log.logger\":\"org.elasticsearch.node.Node\",\"elasticsearch.node.name\":\"ae993a0ba8c8\",\"elasticsearch.cluster.name\":\"docker-cluster\"}\nERROR: [2] bootstrap checks failed. You must address the points described in the following [2] lines before starting Elasticsearch.\nbootstrap check failure [1] of [2]: max virtual memory areas vm.max_map_count [65530] is too low, increase to at least [262144]\nbootstrap check failure [2] of [2]: the default discovery settings are unsuitable for production use; at least one of [discovery.seed_hosts, discovery.seed_providers, cluster.initial_master_nodes] must be configured\nERROR: Elasticsearch did not exit normally - check the logs at /usr/share/elasticsearch/logs/docker-cluster.log\n', stderr: '', exitCode: 78 });
    await run('docker run --name es1 -e discovery.seed_hosts=es0 elasticsearch:9.5.2');
    expect(await run('docker logs es1 | grep -v \'^{\'')).toEqual({ stdout: 'ERROR: [1] bootstrap checks failed. You must address the points described in the following [1] lines before starting Elasticsearch.\nbootstrap check failure [1] of [1]: max virtual memory areas vm.max_map_count [65530] is too low, increase to at least [262144]\nERROR: Elasticsearch did not exit normally - check the logs at /usr/share/elasticsearch/logs/docker-cluster.log\n', stderr: '', exitCode: 0 });
  });
  it('single-node without security answers JSON on 9200; with security, plain HTTP gets an empty reply', async () => {
    await run('docker run -d --name es -p 9200:9200 -e discovery.type=single-node -e xpack.security.enabled=false elasticsearch:9.5.2');
    expect(await run('curl -s localhost:9200/_cluster/health')).toEqual({ stdout: '{\"cluster_name\":\"docker-cluster\",\"status\":\"green\",\"timed_out\":false,\"number_of_nodes\":1,\"number_of_data_nodes\":1,\"active_primary_shards\":0,\"active_shards\":0,\"relocating_shards\":0,\"initializing_shards\":0,\"unassigned_shards\":0,\"unassigned_primary_shards\":0,\"delayed_unassigned_shards\":0,\"number_of_pending_tasks\":0,\"number_of_in_flight_fetch\":0,\"task_max_waiting_in_queue_millis\":0,\"active_shards_percent_as_number\":100.0}', stderr: '', exitCode: 0 });
    expect(await run('curl -s localhost:9200/nope')).toEqual({ stdout: '{\"error\":\"no handler found for uri [/nope] and method [GET]\"}', stderr: '', exitCode: 0 });
    await run('docker run -d --name ess -p 9201:9200 -e discovery.type=single-node -e ELASTIC_PASSWORD=changeme elasticsearch:9.5.2');
    expect(await run('docker logs ess | grep -v \'^{\'')).toEqual({ stdout: '\n━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n✅ Elasticsearch security features have been automatically configured!\n✅ Authentication is enabled and cluster connections are encrypted.\n\nℹ️  HTTP CA certificate SHA-256 fingerprint:\n  045b568d1d80fab057137fb50f4a9040f59c041a404ac2d1a34dd096695102db\n\n━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n\n', stderr: '', exitCode: 0 });
    expect(await run('curl localhost:9201')).toEqual({ stdout: '', stderr: 'curl: (52) Empty reply from server\n', exitCode: 52 });
  });
  it('prometheus: health, readiness, its own target, and a config path that is a directory', async () => {
    await run('docker pull -q prom/prometheus');
    await run('docker run -d --name prom -p 9090:9090 prom/prometheus');
    expect(await run('curl -s localhost:9090/-/healthy')).toEqual({ stdout: 'Prometheus Server is Healthy.\n', stderr: '', exitCode: 0 });
    expect(await run('curl -s localhost:9090/-/ready')).toEqual({ stdout: 'Prometheus Server is Ready.\n', stderr: '', exitCode: 0 });
    expect(await run('curl -si localhost:9090 | grep \'HTTP/\\|Location\'')).toEqual({ stdout: 'HTTP/1.1 302 Found\r\nLocation: /query\r\n', stderr: '', exitCode: 0 });
    expect(await run('docker run --name prom2 -v /home/learner/missing.yml:/etc/prometheus/prometheus.yml prom/prometheus')).toEqual({ stdout: '', stderr: 'time=2026-11-25T10:01:49.214Z level=INFO source=main.go:1585 msg=\"Starting Prometheus Server\" mode=server version=\"(version=3.14.0, branch=HEAD, revision=31400a1b2c3d4e5f)\"\ntime=2026-11-25T10:01:49.214Z level=ERROR source=main.go:667 msg=\"Error loading config (--config.file=/etc/prometheus/prometheus.yml)\" file=/etc/prometheus/prometheus.yml err=\"read /etc/prometheus/prometheus.yml: is a directory\"\n', exitCode: 2 });
  });
  it('grafana: its log names every GF_ override (secrets masked); /api/health and the login redirect', async () => {
    await run('docker pull -q grafana/grafana');
    await run('docker run -d --name gf -p 3000:3000 -e GF_SECURITY_ADMIN_PASSWORD=s3cret -e GF_SERVER_ROOT_URL=http://localhost:3000 grafana/grafana');
    expect(await run('docker logs gf | grep \'GF_SE\'')).toEqual({ stdout: 'logger=settings t=2026-11-25T10:02:06.902000000Z level=info msg=\"Config overridden from Environment variable\" var=\"GF_SECURITY_ADMIN_PASSWORD=*********\"\nlogger=settings t=2026-11-25T10:02:06.902000000Z level=info msg=\"Config overridden from Environment variable\" var=\"GF_SERVER_ROOT_URL=http://localhost:3000\"\n', stderr: '', exitCode: 0 });
    expect(await run('docker logs -n 1 gf')).toEqual({ stdout: 'logger=http.server t=2026-11-25T10:02:06.902000000Z level=info msg=\"HTTP Server Listen\" address=[::]:3000 protocol=http subUrl= socket=\n', stderr: '', exitCode: 0 });
    expect(await run('curl -s localhost:3000/api/health')).toEqual({ stdout: '{\n  \"commit\": \"f2562974a3\",\n  \"database\": \"ok\",\n  \"version\": \"13.3.1\"\n}', stderr: '', exitCode: 0 });
    expect(await run('curl -si localhost:3000 | grep \'HTTP/\\|Location\'')).toEqual({ stdout: 'HTTP/1.1 302 Found\r\nLocation: /login\r\n', stderr: '', exitCode: 0 });
  });
  it('rabbitmq: the management UI, its API behind basic authentication, the diagnostics ping', async () => {
    await run('docker pull -q rabbitmq:management');
    await run('docker run -d --name rmq -p 15672:15672 -e RABBITMQ_DEFAULT_USER=admin -e RABBITMQ_DEFAULT_PASS=pw rabbitmq:management');
    expect(await run('docker logs rmq | grep \"user \'admin\'\\|listener\\|complete\"')).toEqual({ stdout: '2026-11-25 10:02:20.600000+00:00 [info] <0.712.0> Created user \'admin\'\n2026-11-25 10:02:20.600000+00:00 [info] <0.712.0> Successfully set user tags for user \'admin\' to [administrator]\n2026-11-25 10:02:20.600000+00:00 [info] <0.712.0> Successfully set permissions for user \'admin\' in virtual host \'/\' to \'.*\', \'.*\', \'.*\'\n2026-11-25 10:02:20.600000+00:00 [info] <0.893.0> started TCP listener on [::]:5672\n2026-11-25 10:02:20.600000+00:00 [info] <0.932.0> Management plugin: HTTP (non-TLS) listener started on port 15672\n2026-11-25 10:02:20.600000+00:00 [info] <0.940.0> Prometheus metrics: HTTP (non-TLS) listener started on port 15692\n2026-11-25 10:02:20.600000+00:00 [info] <0.9.0> Ready to start client connection listeners\n2026-11-25 10:02:20.600000+00:00 [info] <0.9.0> Server startup complete; 4 plugins started.\n completed with 4 plugins.\n', stderr: '', exitCode: 0 });
    expect(await run('curl -s localhost:15672 | grep \'<title>\'')).toEqual({ stdout: '    <title>RabbitMQ Management</title>\n', stderr: '', exitCode: 0 });
    expect(await run('curl -s localhost:15672/api/whoami')).toEqual({ stdout: '{\"error\":\"not_authorized\",\"reason\":\"Not_Authorized\"}', stderr: '', exitCode: 0 });
    expect(await run('curl -s -H \"Authorization: Basic YWRtaW46cHc=\" localhost:15672/api/whoami')).toEqual({ stdout: '{\"name\":\"admin\",\"tags\":[\"administrator\"],\"is_internal_user\":true}', stderr: '', exitCode: 0 });
    expect(await run('docker exec rmq rabbitmq-diagnostics -q ping')).toEqual({ stdout: 'Ping succeeded\n', stderr: '', exitCode: 0 });
    expect(await run('docker run --name rmq2 -e RABBITMQ_DEFAULT_USER_FILE=/run/secrets/user rabbitmq:management')).toEqual({ stdout: '', stderr: 'error: RABBITMQ_DEFAULT_USER_FILE is set but deprecated\nerror: deprecated environment variables detected\n\nPlease use a configuration file instead; visit https://www.rabbitmq.com/configure.html to learn more\n\n', exitCode: 1 });
  });
  it('traefik routes by container labels over a shared network; nothing matching is its 404', async () => {
    await run('docker pull -q traefik');
    await run('docker pull -q nginx');
    await run('docker network create edge');
    await run('docker run -d --name proxy --network edge -p 80:80 -p 8080:8080 -v /var/run/docker.sock:/var/run/docker.sock traefik --api.insecure=true --providers.docker=true --providers.docker.exposedbydefault=false');
    await run('docker run -d --name site --network edge -l traefik.enable=true -l \"traefik.http.routers.site.rule=Host(\\`site.localhost\\`) && PathPrefix(\\`/\\`)\" nginx');
    expect(await run('curl -s -H \"Host: site.localhost\" localhost | grep \'<title>\'')).toEqual({ stdout: '<title>Welcome to nginx!</title>\n', stderr: '', exitCode: 0 });
    expect(await run('curl -s localhost')).toEqual({ stdout: '404 page not found\n', stderr: '', exitCode: 0 });
    expect(await run('curl -s localhost:8080/api/http/routers')).toEqual({ stdout: '[{\"entryPoints\":[\"http\"],\"service\":\"site\",\"rule\":\"Host(`site.localhost`) && PathPrefix(`/`)\",\"priority\":41,\"status\":\"enabled\",\"using\":[\"http\"],\"name\":\"site@docker\",\"provider\":\"docker\"}]', stderr: '', exitCode: 0 });
    expect(await run('docker logs -n 1 site')).toEqual({ stdout: '172.18.0.2 - - [25/Nov/2026:10:02:44 +0000] \"GET / HTTP/1.1\" 200 896 \"-\" \"curl/8.14.1\" \"172.18.0.1\"\n', stderr: '', exitCode: 0 });
  });
  it('without the Docker socket the provider cannot connect', async () => {
    await run('docker run -d --name t2 traefik --providers.docker');
    expect(await run('docker logs -n 1 t2')).toEqual({ stdout: '2026-11-25T10:02:48Z ERR Provider error, retrying in 662.622589ms error=\"Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\" providerName=docker\n', stderr: '', exitCode: 0 });
  });
  it('pgadmin needs its email and password, and refuses a special-use domain', async () => {
    await run('docker pull -q dpage/pgadmin4');
    expect(await run('docker run --name pga0 -e PGADMIN_DEFAULT_EMAIL=admin@example.com dpage/pgadmin4')).toEqual({ stdout: 'You need to define the PGADMIN_DEFAULT_EMAIL and PGADMIN_DEFAULT_PASSWORD or PGADMIN_DEFAULT_PASSWORD_FILE environment variables.\n', stderr: '', exitCode: 1 });
    expect(await run('docker run --name pga1 -e PGADMIN_DEFAULT_EMAIL=admin@site.local -e PGADMIN_DEFAULT_PASSWORD=x dpage/pgadmin4')).toEqual({ stdout: 'email config is {\'CHECK_EMAIL_DELIVERABILITY\': False, \'ALLOW_SPECIAL_EMAIL_DOMAINS\': []}\n\'admin@site.local\' does not appear to be a valid email address. Please reset the PGADMIN_DEFAULT_EMAIL environment variable and try again.\n', stderr: '', exitCode: 1 });
    await run('docker run -d --name pga -p 5050:80 -e PGADMIN_DEFAULT_EMAIL=admin@example.com -e PGADMIN_DEFAULT_PASSWORD=x dpage/pgadmin4');
    expect(await run('docker logs pga')).toEqual({ stdout: 'email config is {\'CHECK_EMAIL_DELIVERABILITY\': False, \'ALLOW_SPECIAL_EMAIL_DOMAINS\': []}\nNOTE: Configuring authentication for SERVER mode.\n\n', stderr: '[2026-11-25 10:03:09 +0000] [1] [INFO] Starting gunicorn 23.0.0\n[2026-11-25 10:03:09 +0000] [1] [INFO] Listening at: http://[::]:80 (1)\n[2026-11-25 10:03:09 +0000] [1] [INFO] Using worker: gthread\n[2026-11-25 10:03:09 +0000] [119] [INFO] Booting worker with pid: 119\n', exitCode: 0 });
    expect(await run('curl -s localhost:5050/misc/ping')).toEqual({ stdout: 'PING', stderr: '', exitCode: 0 });
    expect(await run('docker logs -n 1 pga')).toEqual({ stdout: '172.17.0.1 - - [25/Nov/2026:10:03:11 +0000] \"GET /misc/ping HTTP/1.1\" 200 4 \"-\" \"curl/8.14.1\"\n', stderr: '', exitCode: 0 });
  });
  it('portainer, gitea, memcached and redis start and answer where they listen', async () => {
    await run('docker pull -q portainer/portainer-ce');
    await run('docker run -d --name pt -p 9000:9000 portainer/portainer-ce');
    expect(await run('docker logs -n 2 pt')).toEqual({ stdout: '', stderr: '2026/11/25 10:03AM INF github.com/portainer/portainer/api/http/server.go:349 > starting HTTPS server | bind_address=:9443\n2026/11/25 10:03AM INF github.com/portainer/portainer/api/http/server.go:365 > starting HTTP server | bind_address=:9000\n', exitCode: 0 });
    expect(await run('curl -s localhost:9000 | grep -o \'<title>.*</title>\'')).toEqual({ stdout: '<title>Portainer</title>\n', stderr: '', exitCode: 0 });
    await run('docker pull -q gitea/gitea');
    await run('docker run -d --name gt -p 3001:3000 -v gitea:/data gitea/gitea');
    expect(await run('docker logs gt | head -4')).toEqual({ stdout: 'Generating /data/ssh/ssh_host_ed25519_key...\nGenerating /data/ssh/ssh_host_rsa_key...\nGenerating /data/ssh/ssh_host_ecdsa_key...\nServer listening on :: port 22.\n', stderr: '', exitCode: 0 });
    expect(await run('curl -s localhost:3001 | grep \'<title>\'')).toEqual({ stdout: '\t<title>Installation - Gitea: Git with a cup of tea</title>\n', stderr: '', exitCode: 0 });
    await run('docker rm -f gt');
    await run('docker run -d --name gt2 -v gitea:/data gitea/gitea');
    expect(await run('docker logs gt2 | head -2')).toEqual({ stdout: 'Server listening on :: port 22.\nServer listening on 0.0.0.0 port 22.\n', stderr: '', exitCode: 0 });
    await run('docker pull -q memcached');
    await run('docker run -d --name mc memcached -m 64 -c 1024');
    expect(await run('docker logs mc')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    await run('docker pull -q redis');
    await run('docker run -d --name rd -v rdata:/data redis redis-server --appendonly yes --requirepass s3cret');
    expect(await run('docker logs rd')).toEqual({ stdout: 'Starting Redis Server\n1:C 25 Nov 2026 10:03:51.465 * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo\n1:C 25 Nov 2026 10:03:51.465 * Redis version=8.10.1, bits=64, commit=00000000, modified=1, pid=1, just started\n1:C 25 Nov 2026 10:03:51.465 # Configuration loaded\n1:M 25 Nov 2026 10:03:51.465 * monotonic clock: POSIX clock_gettime\n1:M 25 Nov 2026 10:03:51.465 * Running mode=standalone, port=6379.\n1:M 25 Nov 2026 10:03:51.465 * Server initialized\n1:M 25 Nov 2026 10:03:51.465 * Creating AOF base file appendonly.aof.1.base.rdb on server start\n1:M 25 Nov 2026 10:03:51.465 * Creating AOF incr file appendonly.aof.1.incr.aof on server start\n1:M 25 Nov 2026 10:03:51.465 * Ready to accept connections tcp\n', stderr: '', exitCode: 0 });
    await run('docker stop rd');
    expect(await run('docker logs -n 5 rd')).toEqual({ stdout: '1:signal-handler (1795601033) Received SIGTERM scheduling shutdown...\n1:M 25 Nov 2026 10:03:53.465 * User requested shutdown...\n1:M 25 Nov 2026 10:03:53.465 * Saving the final RDB snapshot before exiting.\n1:M 25 Nov 2026 10:03:53.465 * DB saved on disk\n1:M 25 Nov 2026 10:03:53.465 # Redis is now ready to exit, bye bye...\n', stderr: '', exitCode: 0 });
  });
  it('a one-line shell script that execs the server (compose\'s way to read a secret) runs the server', async () => {
    await run('docker run -d --name rd2 -e PW=abc redis sh -euc \'exec redis-server --requirepass \"$PW\" --port 7000\'');
    expect(await run('docker logs rd2 | grep \'Running\\|Configuration\'')).toEqual({ stdout: '1:C 25 Nov 2026 10:03:55.465 # Configuration loaded\n1:M 25 Nov 2026 10:03:55.465 * Running mode=standalone, port=7000.\n', stderr: '', exitCode: 0 });
    expect(await run('docker ps -f name=rd2 --format \'{{.Status}}\'')).toEqual({ stdout: 'Up 2 seconds\n', stderr: '', exitCode: 0 });
  });
});
