// Secrets and configs as compose gives them to a container: files bind-mounted read-only
// (/run/secrets/NAME, /NAME or the target), inline `content:` and `environment:` values copied in
// before the start (mode 0444, root-owned unless uid/gid/mode say otherwise).
import { describe, expect, it } from 'vitest';
import { fail, lines, ok, setup } from './test-setup.ts';

const STACK = `services:
  web:
    image: nginx:alpine
    environment:
      - API_TOKEN
    secrets:
      - db_password
      - api_token
      - source: api_token
        target: token_copy
        mode: 0400
        uid: "101"
    configs:
      - app_config
      - source: inline
        target: /etc/app/inline.conf
      - source: from_env
        target: motd
secrets:
  db_password:
    file: ./db_password.txt
  api_token:
    environment: API_TOKEN
configs:
  app_config:
    file: ./app.json
  inline:
    content: |
      listen 8080
      name \${COMPOSE_PROJECT_NAME}
  from_env:
    environment: MOTD
`;

const FILES = { 'app/compose.yaml': STACK, 'app/db_password.txt': 's3cret\n', 'app/app.json': '{"debug": true}\n', 'app/.env': 'API_TOKEN=tok-123\nMOTD=hello\n' };

describe('docker compose secrets and configs', () => {
  it('mounts file ones and copies inline and environment ones in before the start', async () => {
    const s = await setup({ files: FILES, images: ['nginx:alpine'], up: true });
    expect(await s.run('docker compose exec web cat /run/secrets/db_password /run/secrets/api_token /app_config /etc/app/inline.conf /motd')).toEqual(
      ok('s3cret\ntok-123{"debug": true}\nlisten 8080\nname app\nhello'),
    );
    expect(await s.run('docker compose exec web ls -ln /run/secrets/api_token /run/secrets/token_copy /etc/app/inline.conf')).toEqual(
      ok(expect.stringMatching(/^-r--r--r-- +1 0 +0 .*\/etc\/app\/inline.conf\n-r--r--r-- +1 0 +0 .*\/run\/secrets\/api_token\n-r-------- +1 101 +0 .*\/run\/secrets\/token_copy\n$/) as unknown as string),
    );
    expect(await s.run('docker compose exec web sh -c "echo x > /app_config"')).toEqual(fail('sh: can\'t create /app_config: Read-only file system\n', 1));
  });

  it('fails the start when an environment secret is not set', async () => {
    const s = await setup({ files: { ...FILES, 'app/.env': 'MOTD=hello\n' }, images: ['nginx:alpine'] });
    expect(await s.run('docker compose up -d')).toEqual(
      fail(lines(
        ' Network app_default Creating ', ' Network app_default Created ',
        ' Container app-web-1 Creating ', ' Container app-web-1 Created ',
        'environment variable "API_TOKEN" required by secret "app_api_token" is not set',
      )),
    );
  });

  it('a read-only service takes only file secrets', async () => {
    const s = await setup({ files: { ...FILES, 'app/compose.yaml': STACK.replace('    image: nginx:alpine\n', '    image: nginx:alpine\n    read_only: true\n') }, images: ['nginx:alpine'] });
    const r = await s.run('docker compose up -d');
    expect([r.exitCode, r.stderr.split('\n').slice(-2)]).toEqual([1, ['cannot create secret "app_api_token" in read-only service web: `file` is the sole supported option', '']]);
  });
});
