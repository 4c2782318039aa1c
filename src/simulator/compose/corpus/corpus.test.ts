// Every corpus stack loads, validates and normalises; the details learners depend on come out as
// compose computes them; `config` prints each and a first `up` plans one container per replica.
import { describe, expect, it } from 'vitest';
import { configYaml } from '../config/marshal.ts';
import { serviceScale } from '../load/consistency.ts';
import { memoryFiles } from '../load/file-access.ts';
import { loadProject } from '../load/loader.ts';
import type { Project } from '../model.ts';
import { plan } from '../plan/plan.ts';
import * as a from './stacks-a.ts';
import * as b from './stacks-b.ts';
import type { Stack } from './stacks-a.ts';

const STACKS: Stack[] = [
  a.webappPostgres, a.wordpressMariadb, a.nextcloud, a.zulip, a.traefikWhoami, a.prometheusGrafana,
  b.giteaPostgres, b.mernStack, b.elasticKibana, b.portainer, b.pgadminProfiles, b.nginxNetworks, b.devOverride,
];

async function load(stack: Stack): Promise<{ project: Project; warnings: string[] }> {
  const files = Object.fromEntries(Object.entries(stack.files).map(([k, v]) => [`${stack.dir}/${k}`, v]));
  const r = await loadProject({ files: memoryFiles(files), cwd: stack.dir, env: { HOME: '/home/learner', ...stack.env } });
  if (!r.ok) throw new Error(`${stack.name}: ${r.error.message}`);
  return { project: r.project, warnings: r.warnings.map((w) => w.message) };
}

describe('corpus', () => {
  it.each(STACKS.map((s) => [s.name, s] as const))('%s loads, prints and plans', async (_name, stack) => {
    const { project } = await load(stack);
    expect(configYaml(project)).toMatch(/^name: [a-z0-9_-]+\nservices:\n/);
    const first = plan(project, { containers: [], networks: [], volumes: [] });
    const creates = first.nodes.filter((n) => n.op.type === 'CreateContainer').length;
    expect(creates).toBe(Object.values(project.services).reduce((sum, s) => sum + serviceScale(s), 0));
  });

  it('web app + postgres: interpolation from .env, $$ kept literal, healthy dependency', async () => {
    const { project, warnings } = await load(a.webappPostgres);
    expect(warnings).toEqual([]);
    const { web, db } = project.services;
    expect(web.environment).toEqual({ DATABASE_URL: 'postgres://blog:change-me@db:5432/blog', DJANGO_DEBUG: null });
    expect(web.build).toEqual({ context: '/home/learner/blog', dockerfile: 'Dockerfile' });
    expect(web.command).toEqual(['python', 'manage.py', 'runserver', '0.0.0.0:8000']);
    expect(db.healthcheck?.test).toEqual(['CMD-SHELL', 'pg_isready -U ${POSTGRES_USER} -d ${POSTGRES_DB}']);
    expect(db.environment).toEqual({ POSTGRES_USER: 'blog', POSTGRES_PASSWORD: 'change-me', POSTGRES_DB: 'blog' });
    expect(web.dependsOn).toEqual({ db: { condition: 'service_healthy', restart: false, required: true } });
  });

  it('wordpress: docker-compose.yml, obsolete version, exposed ports', async () => {
    const { project, warnings } = await load(a.wordpressMariadb);
    expect(warnings).toEqual([
      '/home/learner/my_wordpress/docker-compose.yml: the attribute `version` is obsolete, it will be ignored, please remove it to avoid potential confusion',
    ]);
    expect(project.name).toBe('my_wordpress');
    expect(project.services.db.command).toEqual(['--default-authentication-plugin=mysql_native_password']);
    expect(project.services.db.expose).toEqual(['3306', '33060']);
    expect(project.volumes).toEqual({ db_data: { name: 'my_wordpress_db_data' }, wp_data: { name: 'my_wordpress_wp_data' } });
  });

  it('nextcloud: env_file, host-bound port, SELinux labels, short depends_on', async () => {
    const { project } = await load(a.nextcloud);
    const { app, cron, db } = project.services;
    expect(db.environment).toEqual({ POSTGRES_PASSWORD: 'nextcloud-db-pass', POSTGRES_DB: 'nextcloud', POSTGRES_USER: 'nextcloud' });
    expect(app.environment).toMatchObject({ POSTGRES_HOST: 'db', REDIS_HOST: 'redis', POSTGRES_USER: 'nextcloud' });
    expect(app.ports).toEqual([{ mode: 'ingress', hostIp: '127.0.0.1', target: 80, published: '8080', protocol: 'tcp' }]);
    // ":Z" sets bind.selinux even on a named volume (format.ParseVolume), then create_host_path defaults in
    expect(db.volumes?.[0]).toEqual({ type: 'volume', source: 'db', target: '/var/lib/postgresql/data', volume: {}, bind: { selinux: 'Z', createHostPath: true } });
    expect(cron.entrypoint).toEqual(['/cron.sh']);
    expect(cron.dependsOn).toEqual({
      db: { condition: 'service_started', restart: false, required: true },
      redis: { condition: 'service_started', restart: false, required: true },
    });
    expect(db.healthcheck).toEqual({ test: ['CMD', 'pg_isready', '-U', 'nextcloud'], intervalNs: 10e9, startPeriodNs: 30e9 });
  });

  it('zulip: secrets from files under /run/secrets, an anchored list, ulimits', async () => {
    const { project } = await load(a.zulip);
    const { zulip, memcached } = project.services;
    expect(zulip.secrets?.map((s) => s.target)).toEqual([
      '/run/secrets/zulip__postgres_password', '/run/secrets/zulip__rabbitmq_password', '/run/secrets/zulip__memcached_password',
      '/run/secrets/zulip__redis_password', '/run/secrets/zulip__secret_key',
    ]);
    expect(project.secrets.zulip__secret_key).toEqual({ name: 'zulip_zulip__secret_key', file: '/home/learner/zulip/secrets/secret_key' });
    expect(memcached.command?.[2]).toBe(`echo 'mech_list: plain' > "$SASL_CONF_PATH"\necho "zulip@$HOSTNAME:$(cat $MEMCACHED_PASSWORD_FILE)" > "$MEMCACHED_SASL_PWDB"\nexec memcached -S\n`);
    expect(zulip.ulimits).toEqual({ nofile: { soft: 1000000, hard: 1048576 } });
    expect(zulip.environment?.SETTING_EXTERNAL_HOST).toBe('localhost.localdomain');
  });

  it('traefik: replicas, labels from a list, a read-only socket bind', async () => {
    const { project } = await load(a.traefikWhoami);
    expect(project.services.whoami.deploy).toEqual({ replicas: 2 });
    expect(project.services.whoami.labels?.['traefik.http.routers.whoami.rule']).toBe('Host(`whoami.localhost`)');
    expect(project.services['reverse-proxy'].volumes).toEqual([
      { type: 'bind', source: '/var/run/docker.sock', target: '/var/run/docker.sock', readOnly: true, bind: { createHostPath: true } },
    ]);
  });

  it('gitea: only its own network, no default one', async () => {
    const { project } = await load(b.giteaPostgres);
    expect(project.networks).toEqual({ gitea: { name: 'gitea_gitea', external: false } });
    expect(project.services.server.networks).toEqual({ gitea: null });
    expect(project.services.server.containerName).toBe('gitea');
  });

  it('mern: build args, anonymous volume, defaulted port', async () => {
    const { project } = await load(b.mernStack);
    expect(project.services.api.build).toEqual({ context: '/home/learner/mern/api', dockerfile: 'Dockerfile.dev', args: { NODE_VERSION: '22' } });
    expect(project.services.api.volumes?.[1]).toEqual({ type: 'volume', target: '/usr/src/app/node_modules', volume: {} });
    expect(project.services.api.ports?.[0].published).toBe('4000');
  });

  it('elasticsearch: .env values, byte sizes, negative ulimits', async () => {
    const { project } = await load(b.elasticKibana);
    expect(project.services.es01.image).toBe('docker.elastic.co/elasticsearch/elasticsearch:9.0.2');
    expect(project.services.es01.memLimit).toBe(1073741824);
    expect(project.services.es01.ulimits).toEqual({ memlock: { soft: -1, hard: -1 } });
    expect(project.volumes.esdata01).toEqual({ name: 'elk_esdata01', driver: 'local' });
  });

  it('profiles, long port syntax and a named project', async () => {
    const { project } = await load(b.pgadminProfiles);
    expect([project.name, Object.keys(project.services), Object.keys(project.disabledServices)]).toEqual(['pgstack', ['postgres'], ['pgadmin']]);
    expect(project.disabledServices.pgadmin.ports).toEqual([{ mode: 'ingress', target: 80, published: '5050', protocol: 'tcp' }]);
    expect(project.volumes.pg.name).toBe('pgstack_pg');
  });

  it('anchors merged with <<, aliases, internal network, string healthcheck', async () => {
    const { project } = await load(b.nginxNetworks);
    const { app, proxy } = project.services;
    expect(app.restart).toBe('unless-stopped');
    expect(app.logging).toEqual({ driver: 'json-file', options: { 'max-size': '10m' } });
    expect(app.networks).toEqual({ front: { aliases: ['shop', 'shop.internal'] }, back: {} });
    expect(app.healthcheck).toEqual({ test: ['CMD-SHELL', 'wget -qO- http://localhost:3000/health || exit 1'], intervalNs: 30e9, startPeriodNs: 60e9 });
    expect(proxy.volumes?.[1]).toEqual({ type: 'tmpfs', target: '/var/cache/nginx' });
    expect(project.networks.back).toEqual({ name: 'shop_back', internal: true });
  });

  it('an override file beside the base one', async () => {
    const { project } = await load(b.devOverride);
    expect(project.composeFiles).toEqual(['/home/learner/api/compose.yaml', '/home/learner/api/compose.override.yaml']);
    const api = project.services.api;
    expect([api.image, api.build?.context, api.environment]).toEqual(['example/api:latest', '/home/learner/api', { LOG_LEVEL: 'debug' }]);
    expect(api.configs).toEqual([{ source: 'app_config', target: '/etc/api/config.json' }]);
  });
});
