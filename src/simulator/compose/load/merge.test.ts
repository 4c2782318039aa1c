// -f base.yaml -f override.yaml: compose-go override.Merge + EnforceUnicity, seen through the
// loaded project.
import { describe, expect, it } from 'vitest';
import { memoryFiles } from './file-access.ts';
import { loadProject } from './loader.ts';

const P = '/home/learner/site';
const BASE = `services:
  web:
    image: nginx:1.25
    command: ["nginx", "-g", "daemon off;"]
    ports: ["8080:80"]
    environment:
      A: "1"
      B: "1"
    volumes: ["./html:/usr/share/nginx/html"]
    depends_on: [db]
    labels: [tier=front]
  db:
    image: postgres:16
`;
const OVERRIDE = `services:
  web:
    image: nginx:1.27
    command: nginx-debug -g "daemon off;"
    ports: ["8443:443", "8080:80"]
    environment:
      - B=2
      - C=3
    volumes: ["./conf:/usr/share/nginx/html:ro"]
    depends_on:
      cache:
        condition: service_healthy
    labels:
      owner: me
  cache:
    image: redis:7
`;

async function loadBoth() {
  const r = await loadProject({
    files: memoryFiles({ [`${P}/base.yaml`]: BASE, [`${P}/override.yaml`]: OVERRIDE }),
    cwd: P,
    env: {},
    configFiles: ['base.yaml', 'override.yaml'],
  });
  if (!r.ok) throw r.error;
  return r.project;
}

describe('merging -f files', () => {
  it('replaces scalars and command, merges maps, appends and de-duplicates lists', async () => {
    const web = (await loadBoth()).services.web;
    expect(web.image).toBe('nginx:1.27');
    expect(web.command).toEqual(['nginx-debug', '-g', 'daemon off;']);
    expect(web.ports).toEqual([
      { mode: 'ingress', target: 80, published: '8080', protocol: 'tcp' },
      { mode: 'ingress', target: 443, published: '8443', protocol: 'tcp' },
    ]);
    expect(web.environment).toEqual({ A: '1', B: '2', C: '3' });
    expect(web.labels).toEqual({ tier: 'front', owner: 'me' });
  });

  it('replaces a mount on the same target', async () => {
    const web = (await loadBoth()).services.web;
    expect(web.volumes).toEqual([{ type: 'bind', source: `${P}/conf`, target: '/usr/share/nginx/html', readOnly: true, bind: { createHostPath: true } }]);
  });

  it('merges depends_on written as a list and as a map', async () => {
    const web = (await loadBoth()).services.web;
    expect(web.dependsOn).toEqual({
      db: { condition: 'service_started', restart: false, required: true },
      cache: { condition: 'service_healthy', restart: false, required: true },
    });
  });

  it('keeps file order in composeFiles and adds new services', async () => {
    const p = await loadBoth();
    expect([p.composeFiles, Object.keys(p.services)]).toEqual([[`${P}/base.yaml`, `${P}/override.yaml`], ['web', 'db', 'cache']]);
  });
});
