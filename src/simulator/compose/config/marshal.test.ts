// `docker compose config` output: key order from compose-go's structs, defaults filled in by
// normalisation, go-yaml's quoting and folding, "$" escaped as "$$".
import { describe, expect, it } from 'vitest';
import { memoryFiles } from '../load/file-access.ts';
import { loadProject } from '../load/loader.ts';
import { configYaml, profileNames, serviceNamesInDependencyOrder } from './marshal.ts';
import { emitYaml } from './yaml-emit.ts';

const P = '/home/learner/blog';

async function config(text: string, extra: Record<string, string> = {}): Promise<string> {
  const r = await loadProject({ files: memoryFiles({ [`${P}/compose.yaml`]: text, ...extra }), cwd: P, env: { HOME: '/home/learner' } });
  if (!r.ok) throw r.error;
  return configYaml(r.project);
}

describe('configYaml', () => {
  it('prints the normalised model', async () => {
    const text = `services:
  web:
    build: .
    ports: ["8000:8000"]
    environment:
      DATABASE_URL: postgres://blog:\${DB_PASSWORD:-secret}@db:5432/blog
      DEBUG: "true"
    depends_on:
      db:
        condition: service_healthy
    volumes: [".:/code"]
  db:
    image: postgres:16-alpine
    environment:
      - POSTGRES_DB=blog
      - POSTGRES_PASSWORD
    volumes: [db-data:/var/lib/postgresql/data]
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U blog"]
      interval: 5s
      retries: 5
volumes:
  db-data:
`;
    expect(await config(text)).toBe(`name: blog
services:
  db:
    environment:
      POSTGRES_DB: blog
      POSTGRES_PASSWORD: null
    healthcheck:
      test:
        - CMD-SHELL
        - pg_isready -U blog
      interval: 5s
      retries: 5
    image: postgres:16-alpine
    networks:
      default: null
    volumes:
      - type: volume
        source: db-data
        target: /var/lib/postgresql/data
        volume: {}
  web:
    build:
      context: ${P}
      dockerfile: Dockerfile
    depends_on:
      db:
        condition: service_healthy
        required: true
    environment:
      DATABASE_URL: postgres://blog:secret@db:5432/blog
      DEBUG: "true"
    networks:
      default: null
    ports:
      - mode: ingress
        target: 8000
        published: "8000"
        protocol: tcp
    volumes:
      - type: bind
        source: ${P}
        target: /code
        bind: {}
networks:
  default:
    name: blog_default
volumes:
  db-data:
    name: blog_db-data
`);
  });

  it('escapes $ as $$ and quotes what would not read back as a string', async () => {
    const text = `services:
  app:
    image: alpine
    command: ["sh", "-c", "echo $$HOME"]
    restart: "no"
    user: "1000"
    environment:
      EMPTY: ""
      STAR: "*"
      NOTE: "a: b"
    working_dir: /app
`;
    expect(await config(text)).toBe(`name: blog
services:
  app:
    command:
      - sh
      - -c
      - echo $$HOME
    environment:
      EMPTY: ""
      NOTE: 'a: b'
      STAR: '*'
    image: alpine
    networks:
      default: null
    restart: 'no'
    user: "1000"
    working_dir: /app
networks:
  default:
    name: blog_default
`);
  });

  it('prints secrets, expose, labels and x- extensions', async () => {
    const text = `x-logging: &log
  driver: local
services:
  api:
    image: example/api:1.0
    expose: [3000]
    labels:
      - "traefik.enable=true"
    secrets:
      - source: api_key
        mode: 0440
    stop_grace_period: 90s
secrets:
  api_key:
    file: ./secrets/api_key.txt
`;
    expect(await config(text)).toBe(`name: blog
services:
  api:
    expose:
      - "3000"
    image: example/api:1.0
    labels:
      traefik.enable: "true"
    networks:
      default: null
    secrets:
      - source: api_key
        target: /run/secrets/api_key
        mode: "0440"
    stop_grace_period: 1m30s
networks:
  default:
    name: blog_default
secrets:
  api_key:
    name: blog_api_key
    file: ${P}/secrets/api_key.txt
x-logging:
  driver: local
`);
  });

  it('lists services in dependency order and profiles sorted', async () => {
    const text = 'services:\n  web:\n    image: x\n    depends_on: [api]\n  api:\n    image: x\n    depends_on: [db]\n  db:\n    image: x\n  tools:\n    image: x\n    profiles: [dev, debug]\n';
    const r = await loadProject({ files: memoryFiles({ [`${P}/compose.yaml`]: text }), cwd: P, env: {} });
    if (!r.ok) throw r.error;
    expect(serviceNamesInDependencyOrder(r.project)).toEqual(['db', 'api', 'web']);
    expect(profileNames(r.project)).toEqual(['debug', 'dev']);
  });
});

describe('emitYaml', () => {
  it('folds long plain scalars past column 80 and writes multi-line strings as literal blocks', () => {
    const long = 'pg_isready --host localhost --port 5432 --username postgres --dbname application_production';
    const out = emitYaml({ kind: 'map', entries: [['test', { kind: 'seq', items: [{ kind: 'str', value: long }] }], ['script', { kind: 'str', value: 'set -e\necho done\n' }]] });
    expect(out).toBe(`test:
  - pg_isready --host localhost --port 5432 --username postgres --dbname application_production
script: |
  set -e
  echo done
`);
    const longer = `${long} --timeout 30 --quiet`;
    expect(emitYaml({ kind: 'map', entries: [['k', { kind: 'str', value: longer }]] })).toBe(
      'k: pg_isready --host localhost --port 5432 --username postgres --dbname application_production\n  --timeout 30 --quiet\n',
    );
  });
});
