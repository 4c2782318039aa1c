// loadProject end to end: finding files, naming the project, and every error and warning text.
import { describe, expect, it } from 'vitest';
import { memoryFiles } from './file-access.ts';
import { loadProject, type LoadOptions } from './loader.ts';

const P = '/home/learner/app';

async function load(files: Record<string, string>, options: Partial<LoadOptions> = {}) {
  return loadProject({ files: memoryFiles(files), cwd: P, env: { HOME: '/home/learner' }, ...options });
}

async function error(files: Record<string, string>, options: Partial<LoadOptions> = {}): Promise<string> {
  const r = await load(files, options);
  if (r.ok) throw new Error('expected a load error');
  return r.error.message;
}

const WEB = 'services:\n  web:\n    image: nginx\n';

describe('finding the compose file', () => {
  it('fails without one', async () => {
    expect(await error({ '/home/learner/other/x.txt': '' })).toBe('no configuration file provided: not found');
  });

  it('prefers compose.yaml and warns about the others', async () => {
    const r = await load({ [`${P}/compose.yaml`]: WEB, [`${P}/docker-compose.yml`]: WEB, [`${P}/compose.yml`]: WEB });
    expect(r.ok && r.project.composeFiles).toEqual([`${P}/compose.yaml`]);
    expect(r.warnings.map((w) => w.message)).toEqual([
      `Found multiple config files with supported names: ${P}/compose.yaml, ${P}/compose.yml, ${P}/docker-compose.yml`,
      `Using ${P}/compose.yaml`,
    ]);
  });

  it('searches parent directories and takes the project directory from the file', async () => {
    const r = await load({ [`${P}/docker-compose.yml`]: WEB, [`${P}/src/main.js`]: '' }, { cwd: `${P}/src` });
    expect(r.ok && [r.project.name, r.project.workingDir, r.project.composeFiles]).toEqual(['app', P, [`${P}/docker-compose.yml`]]);
  });

  it('adds compose.override.yaml beside the file', async () => {
    const r = await load({ [`${P}/compose.yaml`]: WEB, [`${P}/compose.override.yaml`]: 'services:\n  web:\n    ports: ["8080:80"]\n' });
    expect(r.ok && r.project.composeFiles).toEqual([`${P}/compose.yaml`, `${P}/compose.override.yaml`]);
    expect(r.ok && r.project.services.web.ports).toEqual([{ mode: 'ingress', target: 80, published: '8080', protocol: 'tcp' }]);
  });

  it('reads -f files relative to the working directory', async () => {
    expect(await error({ [`${P}/compose.yaml`]: WEB }, { configFiles: ['nope.yaml'] })).toBe(`open ${P}/nope.yaml: no such file or directory`);
    const r = await load({ [`${P}/deploy/prod.yaml`]: WEB }, { configFiles: ['deploy/prod.yaml'] });
    expect(r.ok && [r.project.name, r.project.workingDir]).toEqual(['deploy', `${P}/deploy`]);
  });

  it('reads COMPOSE_FILE when no -f is given', async () => {
    const r = await load({ [`${P}/a.yaml`]: WEB, [`${P}/b.yaml`]: 'services:\n  web:\n    image: httpd\n' }, { env: { COMPOSE_FILE: 'a.yaml:b.yaml' } });
    expect(r.ok && r.project.services.web.image).toBe('httpd');
  });
});

describe('the project name', () => {
  it('comes from the directory, normalised', async () => {
    const r = await load({ '/home/learner/My_Site.v2/compose.yaml': WEB }, { cwd: '/home/learner/My_Site.v2' });
    expect(r.ok && r.project.name).toBe('my_sitev2');
    const r2 = await load({ '/srv/__API/compose.yaml': WEB }, { cwd: '/srv/__API' });
    expect(r2.ok && r2.project.name).toBe('api');
  });

  it('comes from -p, which must already be normal', async () => {
    const r = await load({ [`${P}/compose.yaml`]: WEB }, { projectName: 'demo' });
    expect(r.ok && r.project.name).toBe('demo');
    expect(await error({ [`${P}/compose.yaml`]: WEB }, { projectName: 'My App' })).toBe(
      'invalid project name "My App": must consist only of lowercase alphanumeric characters, hyphens, and underscores as well as start with a letter or number',
    );
  });

  it('comes from name: (interpolated and normalised) or COMPOSE_PROJECT_NAME in .env', async () => {
    const r = await load({ [`${P}/compose.yaml`]: `name: \${STACK:-Shop}\n${WEB}` });
    expect(r.ok && r.project.name).toBe('shop');
    const r2 = await load({ [`${P}/compose.yaml`]: `name: shop\n${WEB}`, [`${P}/.env`]: 'COMPOSE_PROJECT_NAME=fromenv\n' });
    expect(r2.ok && r2.project.name).toBe('fromenv');
  });

  it('is interpolated as COMPOSE_PROJECT_NAME', async () => {
    const r = await load({ [`${P}/compose.yaml`]: 'services:\n  web:\n    image: ${COMPOSE_PROJECT_NAME}-web\n' });
    expect(r.ok && r.project.services.web.image).toBe('app-web');
  });
});

describe('parse and validation errors', () => {
  const bad = `${P}/compose.yaml`;
  it('prints YAML errors as go-yaml does, prefixed only when -p is given', async () => {
    const text = 'services:\n  web:\n    image: nginx: latest\n';
    expect(await error({ [bad]: text })).toBe('go-yaml load error in scanner at L3.C17: mapping values are not allowed in this context');
    expect(await error({ [bad]: text }, { projectName: 'x' })).toBe(
      `failed to parse ${bad}: go-yaml load error in scanner at L3.C17: mapping values are not allowed in this context`,
    );
  });

  it('reports duplicate keys', async () => {
    expect(await error({ [bad]: 'services:\n  web:\n    image: a\n    image: b\n' })).toBe(
      `failed to parse ${bad}: yaml: construct errors: line 4: mapping key "image" already defined at line 3`,
    );
    expect(await error({ [bad]: `${WEB}services: {}\n` })).toBe('yaml: construct errors: line 4: mapping key "services" already defined at line 1');
  });

  it('prefixes schema errors with the file', async () => {
    expect(await error({ [bad]: 'services:\n  web:\n    imag: nginx\n' })).toBe(`validating ${bad}: services.web additional properties 'imag' not allowed`);
    expect(await error({ [bad]: 'services:\n  web:\n    image: nginx\n    ports: "80:80"\n' })).toBe(`validating ${bad}: services.web.ports must be a array`);
  });

  it('rejects what is not a mapping of string keys, and empty files', async () => {
    expect(await error({ [bad]: '- web\n' })).toBe('yaml: construct errors: line 1: cannot construct !!seq into cli.named');
    expect(await error({ [bad]: 'services\n' })).toBe('yaml: construct errors: line 1: cannot construct !!str `services` into cli.named');
    expect(await error({ [bad]: '- web\n' }, { projectName: 'x' })).toBe('top-level object must be a mapping');
    expect(await error({ [bad]: 'services:\n  web:\n    image: x\n  123:\n    image: y\n' })).toBe('non-string key in services: 123');
    expect(await error({ [bad]: '# nothing yet\n' })).toBe('empty compose file');
  });

  it('fails on invalid short syntax', async () => {
    expect(await error({ [bad]: 'services:\n  web:\n    image: x\n    ports: ["eighty"]\n' })).toBe('invalid containerPort: eighty');
  });

  it('warns that version is obsolete, once per file', async () => {
    const r = await load({ [bad]: `version: "3.9"\n${WEB}` });
    expect(r.warnings).toEqual([
      { level: 'warning', message: `${bad}: the attribute \`version\` is obsolete, it will be ignored, please remove it to avoid potential confusion` },
    ]);
  });
});

describe('interpolation', () => {
  const file = `${P}/compose.yaml`;
  it('takes .env, then the shell environment wins', async () => {
    const text = 'services:\n  db:\n    image: postgres:${PG_TAG}\n    environment:\n      POSTGRES_USER: ${DB_USER}\n';
    const r = await load({ [file]: text, [`${P}/.env`]: 'PG_TAG=16\nDB_USER=app\n' }, { env: { DB_USER: 'shell' } });
    expect(r.ok && [r.project.services.db.image, r.project.services.db.environment]).toEqual(['postgres:16', { POSTGRES_USER: 'shell' }]);
  });

  it('names the path of a failed required variable', async () => {
    const text = 'services:\n  db:\n    image: postgres\n    environment:\n      POSTGRES_PASSWORD: ${DB_PASSWORD:?set it in .env}\n';
    expect(await error({ [file]: text })).toBe(
      'error while interpolating services.db.environment.POSTGRES_PASSWORD: required variable DB_PASSWORD is missing a value: set it in .env',
    );
    const list = 'services:\n  db:\n    image: postgres\n    environment:\n      - PW=${DB_PASSWORD?}\n';
    expect(await error({ [file]: list })).toBe('error while interpolating services.db.environment.[]: required variable DB_PASSWORD is missing a value');
  });

  it('explains a malformed expression', async () => {
    expect(await error({ [file]: 'services:\n  web:\n    image: nginx:${1TAG}\n' })).toBe(
      'invalid interpolation format for services.web.image.\nYou may need to escape any $ with another $.\nnginx:${1TAG}',
    );
  });

  it('warns about unset variables and casts typed fields', async () => {
    const text = 'services:\n  web:\n    image: nginx:${TAG}\n    read_only: ${RO:-true}\n    ports:\n      - target: ${PORT:-80}\n';
    const r = await load({ [file]: text });
    expect(r.warnings.map((w) => w.message)).toEqual(['The "TAG" variable is not set. Defaulting to a blank string.']);
    expect(r.ok && [r.project.services.web.image, r.project.services.web.readOnly, r.project.services.web.ports]).toEqual([
      'nginx:', true, [{ mode: 'ingress', target: 80, protocol: 'tcp' }],
    ]);
    expect(await error({ [file]: 'services:\n  web:\n    image: x\n    read_only: ${RO:-maybe}\n' })).toBe(
      'error while interpolating services.web.read_only: failed to cast to expected type: invalid boolean: maybe',
    );
  });

  it('reports a missing --env-file', async () => {
    expect(await error({ [file]: WEB }, { envFiles: ['prod.env'] })).toBe(`couldn't find env file: ${P}/prod.env`);
  });
});

describe('consistency', () => {
  const file = `${P}/compose.yaml`;
  const cases: Array<[string, string]> = [
    ['services:\n  web:\n    ports: ["80:80"]\n', 'service "web" has neither an image nor a build context specified: invalid compose project'],
    ['services:\n  web:\n    image: x\n    networks: [front]\n', 'service "web" refers to undefined network front: invalid compose project'],
    ['services:\n  web:\n    image: x\n    volumes: ["data:/data"]\n', 'service "web" refers to undefined volume data: invalid compose project'],
    ['services:\n  web:\n    image: x\n    secrets: [pw]\n', 'service "web" refers to undefined secret pw: invalid compose project'],
    ['services:\n  web:\n    image: x\n    depends_on: [db]\n', 'service "web" depends on undefined service "db": invalid compose project'],
    ['services:\n  a:\n    image: x\n    depends_on: [b]\n  b:\n    image: x\n    depends_on: [a]\n', 'dependency cycle detected: a -> b -> a'],
    ['services:\n  web:\n    image: x\n    healthcheck:\n      test: ["curl", "-f", "localhost"]\n', 'healthcheck.test must start either by "CMD", "CMD-SHELL" or "NONE"'],
    ['secrets:\n  pw: {}\nservices:\n  web:\n    image: x\n', 'secrets.pw: one of file|environment must be set'],
    ['services:\n  web:\n    image: x\n    container_name: web\n    deploy:\n      replicas: 2\n', "services.deploy.replicas: can't set container_name and web as container name must be unique: invalid compose project"],
  ];
  it.each(cases)('%j', async (text, expected) => {
    expect(await error({ [file]: text })).toBe(expected);
  });
});

describe('env_file', () => {
  const file = `${P}/compose.yaml`;
  it('merges files under environment, which wins', async () => {
    const text = 'services:\n  web:\n    image: x\n    env_file: [common.env, web.env]\n    environment:\n      MODE: compose\n';
    const r = await load({ [file]: text, [`${P}/common.env`]: 'MODE=common\nA=1\nB=1\n', [`${P}/web.env`]: 'B=2\n' });
    expect(r.ok && r.project.services.web).toEqual({ name: 'web', image: 'x', environment: { MODE: 'compose', A: '1', B: '2' }, networks: { default: null } });
  });

  it('fails on a missing required file, skips an optional one', async () => {
    expect(await error({ [file]: 'services:\n  web:\n    image: x\n    env_file: web.env\n' })).toBe(
      `env file ${P}/web.env not found: stat ${P}/web.env: no such file or directory`,
    );
    const r = await load({ [file]: 'services:\n  web:\n    image: x\n    env_file:\n      - path: web.env\n        required: false\n' });
    expect(r.ok).toBe(true);
  });
});

describe('profiles', () => {
  it('leaves profiled services disabled unless activated', async () => {
    const text = 'services:\n  web:\n    image: x\n  debug:\n    image: busybox\n    profiles: [debug]\n';
    const r = await load({ [`${P}/compose.yaml`]: text });
    expect(r.ok && [Object.keys(r.project.services), Object.keys(r.project.disabledServices)]).toEqual([['web'], ['debug']]);
    const r2 = await load({ [`${P}/compose.yaml`]: text }, { env: { COMPOSE_PROFILES: 'debug' } });
    expect(r2.ok && Object.keys(r2.project.services)).toEqual(['web', 'debug']);
  });
});
