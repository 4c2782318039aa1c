import { test } from 'vitest';
import { loadProject } from './load/loader.ts';
import { memoryFiles } from './load/file-access.ts';
import { configYaml } from './config/marshal.ts';
test('x', async () => {
  const files = memoryFiles({
    '/home/learner/app/compose.yaml': `services:
  web:
    build: .
    ports:
      - "8080:80"
      - 9000
    environment:
      - DB_HOST=db
      - SECRET
      - EMPTY=
      - DEBUG=true
    command: npm run dev -- --host 0.0.0.0
    depends_on:
      db:
        condition: service_healthy
    volumes:
      - ./html:/usr/share/nginx/html:ro
      - data:/data
    restart: "no"
    labels:
      traefik.http.routers.web.rule: "Host(\`example.com\`)"
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: \${PW:-example}
      PGPORT: 5432
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U postgres -d postgres && echo this is a very long line that needs folding ok"]
      interval: 10s
      timeout: 1m30s
      retries: 5
    secrets:
      - db_password
    expose:
      - 5432
volumes:
  data:
secrets:
  db_password:
    file: ./db_password.txt
`,
  });
  const r = await loadProject({ files, cwd: '/home/learner/app', env: { HOME: '/home/learner' } });
  if (!r.ok) { console.log(r.error.message); return; }
  console.log(configYaml(r.project));
});
