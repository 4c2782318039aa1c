import { describe, expect, it } from 'vitest';
import { fail, flagError, ok, setup } from './test-setup.ts';

const FILE = `services:
  web:
    image: "nginx:\${TAG:-alpine}"
    command: echo $$HOME
    depends_on: [db]
    profiles: [front]
  db:
    image: postgres
    environment:
      PASSWORD: $SECRET
    volumes:
      - data:/var/lib/postgresql/data
volumes:
  data: {}
  unused: {}
`;

const unset = (at: string) => `time="2026-11-25T10:00:${at}Z" level=warning msg="The \\"SECRET\\" variable is not set. Defaulting to a blank string."\n`;

describe('docker compose config', () => {
  it('prints the interpolated, normalised model with "$" escaped as "$$"', async () => {
    const s = await setup({ images: [], files: { 'app/compose.yaml': FILE } });
    expect(await s.run('SECRET=s3 TAG=1.29 docker compose --profile front config')).toEqual(ok(`name: app
services:
  db:
    environment:
      PASSWORD: s3
    image: postgres
    networks:
      default: null
    volumes:
      - type: volume
        source: data
        target: /var/lib/postgresql/data
        volume: {}
  web:
    profiles:
      - front
    command:
      - echo
      - $$HOME
    depends_on:
      db:
        condition: service_started
        required: true
    image: nginx:1.29
    networks:
      default: null
networks:
  default:
    name: app_default
volumes:
  data:
    name: app_data
`));
  });

  it('--format json marshals as compose-go does (sorted top-level keys, null command/entrypoint, no final newline)', async () => {
    const s = await setup({ images: [], files: { 'app/compose.yaml': 'services:\n  db:\n    image: postgres\n    ports: ["5432:5432"]\n' } });
    expect(await s.run('docker compose config --format json')).toEqual(ok(`{
  "name": "app",
  "networks": {
    "default": {
      "name": "app_default"
    }
  },
  "services": {
    "db": {
      "command": null,
      "entrypoint": null,
      "image": "postgres",
      "networks": {
        "default": null
      },
      "ports": [
        {
          "mode": "ingress",
          "target": 5432,
          "published": "5432",
          "protocol": "tcp"
        }
      ]
    }
  }
}`));
  });

  it('lists services (dependency order), volumes, networks, profiles, images and hashes', async () => {
    const s = await setup({ images: [], files: { 'app/compose.yaml': FILE } });
    expect(await s.run('SECRET= docker compose --profile front config --services')).toEqual(ok('db\nweb\n'));
    expect(await s.run('SECRET= docker compose config --volumes')).toEqual(ok('data\n'));
    expect(await s.run('SECRET= docker compose config --networks')).toEqual(ok('default\n'));
    expect(await s.run('SECRET= docker compose config --profiles')).toEqual(ok('front\n'));
    expect(await s.run('SECRET= docker compose --profile front config --images')).toEqual(ok('postgres\nnginx:alpine\n'));
    const hashes = await s.run("SECRET= docker compose --profile front config --hash '*'");
    expect(hashes.stdout).toMatch(/^db [0-9a-f]{64}\nweb [0-9a-f]{64}\n$/);
    expect(await s.run('SECRET= docker compose config --hash web')).toEqual(fail('no such service: web: disabled\n'));
    expect(await s.run('SECRET= docker compose config --environment')).toEqual(ok([
      'COMPOSE_PROJECT_NAME=app', 'HOME=/home/learner', 'LANG=C.UTF-8', 'LOGNAME=learner', 'PATH=/usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games',
      'PWD=/home/learner/app', 'SECRET=', 'SHELL=/bin/bash', 'SHLVL=1', 'TERM=xterm-256color', 'USER=learner', '_=/usr/bin/docker', '',
    ].join('\n')));
  });

  it('warns about unset variables on stderr; -q only validates; --no-interpolate keeps the text', async () => {
    const s = await setup({ images: [], files: { 'app/compose.yaml': FILE } });
    expect(await s.run('docker compose config -q')).toEqual(ok('', unset('01')));
    const raw = await s.run('docker compose config --no-interpolate');
    expect(raw.stderr).toBe('');
    expect(raw.stdout).toContain('      PASSWORD: $SECRET\n');
  });

  it('-o writes the model to a file', async () => {
    const s = await setup({ images: [], files: { 'app/compose.yaml': 'services:\n  db:\n    image: postgres\n' } });
    expect(await s.run('docker compose config -o out.yaml')).toEqual(ok(''));
    expect(await s.run('cat out.yaml')).toEqual(ok('name: app\nservices:\n  db:\n    image: postgres\n    networks:\n      default: null\nnetworks:\n  default:\n    name: app_default\n'));
  });

  it('fails on a bad format, an invalid file, no file and an unknown flag', async () => {
    const s = await setup({ images: [], files: { 'app/compose.yaml': 'services:\n  db:\n    image: postgres\n' } });
    expect(await s.run('docker compose config --format toml')).toEqual(fail('unsupported format "toml"\n'));
    await s.run("echo 'services:\n  db:\n    imag: postgres' > compose.yaml");
    expect(await s.run('docker compose config')).toEqual(fail("validating /home/learner/app/compose.yaml: services.db additional properties 'imag' not allowed\n"));
    await s.run('cd /');
    expect(await s.run('docker compose config')).toEqual(fail('no configuration file provided: not found\n'));
    expect(await s.run('docker compose config --json')).toEqual(flagError('unknown flag: --json'));
  });

  it('prints its help', async () => {
    const s = await setup({ images: [] });
    expect(await s.run('docker compose config --help')).toEqual(ok(`Usage:  docker compose config [OPTIONS] [SERVICE...]

Parse, resolve and render compose file in canonical format

Options:
      --dry-run                 Execute command in dry run mode
      --environment             Print environment used for interpolation.
      --format string           Format the output. Values: [yaml | json]
      --hash string             Print the service config hash, one per line.
      --images                  Print the image names, one per line.
      --lock-image-digests      Produces an override file with image digests
      --models                  Print the model names, one per line.
      --networks                Print the network names, one per line.
      --no-consistency          Don't check model consistency - warning:
                                may produce invalid Compose output
      --no-env-resolution       Don't resolve service env files
      --no-interpolate          Don't interpolate environment variables
      --no-normalize            Don't normalize compose model
      --no-path-resolution      Don't resolve file paths
  -o, --output string           Save to file (default to stdout)
      --profiles                Print the profile names, one per line.
  -q, --quiet                   Only validate the configuration, don't
                                print anything
      --resolve-image-digests   Pin image tags to digests
      --services                Print the service names, one per line.
      --variables               Print model variables and default values.
      --volumes                 Print the volume names, one per line.
`));
  });
});
