import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

const NOW = Date.UTC(2026, 10, 25, 10, 0, 0);
const HEADERS_2 = 'Date: Wed, 25 Nov 2026 10:00:00 GMT\r\nDocker-Distribution-Api-Version: registry/2.0\r\nX-Content-Type-Options: nosniff\r\n\r\n';

async function registry(image = 'registry:2') {
  const sim = createSimulator({ seed: 1, clock: () => NOW });
  await sim.run(`docker run -d -p 5000:5000 --name reg ${image}`);
  return sim;
}

describe('the registry image (distribution) answering the registry API', () => {
  it('answers GET /v2/ with {} and its headers (2.x adds its config file’s nosniff header)', async () => {
    const sim = await registry();
    expect((await sim.run('curl -si localhost:5000/v2/')).stdout).toBe(
      `HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Type: application/json; charset=utf-8\r\n${HEADERS_2.replace('10:00:00', '10:00:01')}{}`,
    );
    const v3 = await registry('registry:3');
    expect((await v3.run('curl -si localhost:5000/v2/')).stdout).toBe(
      'HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Type: application/json\r\nDate: Wed, 25 Nov 2026 10:00:01 GMT\r\nDocker-Distribution-Api-Version: registry/2.0\r\n\r\n{}',
    );
    expect(await sim.http?.('http://localhost:5000/v2/_catalog')).toMatchObject({ status: 200, body: '{"repositories":[]}\n' });
  });

  it('logs each request as distribution does: logrus on stderr, the combined access log on stdout', async () => {
    const sim = await registry();
    await sim.run('curl -s localhost:5000/v2/');
    expect((await sim.run('docker logs reg 2>/dev/null')).stdout).toBe('172.17.0.1 - - [25/Nov/2026:10:00:01 +0000] "GET /v2/ HTTP/1.1" 200 2 "" "curl/8.14.1"\n');
    expect((await sim.run('docker logs reg 2>&1 >/dev/null | tail -n 1')).stdout).toBe(
      'time="2026-11-25T10:00:01.071000Z" level=info msg="response completed" go.version=go1.20.8 http.request.host="localhost:5000" ' +
        'http.request.id=be500ba0-c4c9-48fb-a062-bfcba73f075f http.request.method=GET http.request.remoteaddr="172.17.0.1:44385" http.request.uri=/v2/ ' +
        'http.request.useragent=curl/8.14.1 http.response.contenttype="application/json; charset=utf-8" http.response.duration="901µs" ' +
        'http.response.status=200 http.response.written=2 instance.id=7c1f0a52-9d4e-4c3b-8e6a-1b2d3f4a5c6e service=registry version=2.8.3\n',
    );
  });

  it('has the errcode envelope for unknown names, tags and unsupported operations, and Go’s 404 and 405', async () => {
    const sim = await registry();
    expect((await sim.run('curl -s localhost:5000/v2/app/tags/list')).stdout).toBe(
      '{"errors":[{"code":"NAME_UNKNOWN","message":"repository name not known to registry","detail":{"name":"app"}}]}\n',
    );
    expect((await sim.run('curl -s localhost:5000/v2/app/manifests/latest')).stdout).toBe(
      '{"errors":[{"code":"MANIFEST_UNKNOWN","message":"manifest unknown","detail":{"Tag":"latest"}}]}\n',
    );
    expect((await sim.run('curl -s -X DELETE localhost:5000/v2/app/manifests/latest')).stdout).toBe(
      '{"errors":[{"code":"UNSUPPORTED","message":"The operation is unsupported."}]}\n',
    );
    expect((await sim.run('curl -s localhost:5000/v3/')).stdout).toBe('404 page not found\n');
    expect((await sim.run('curl -si -X DELETE localhost:5000/v2/_catalog')).stdout).toBe(
      'HTTP/1.1 405 Method Not Allowed\r\nAllow: GET\r\nContent-Length: 19\r\nContent-Type: text/plain; charset=utf-8\r\n' +
        `${HEADERS_2.replace('10:00:00', '10:00:01')}Method Not Allowed\n`,
    );
  });

  it('keeps what was pushed in its volume: a named volume survives the container, an anonymous one goes with -v', async () => {
    const sim = createSimulator({ seed: 1, clock: () => NOW });
    await sim.run('docker pull -q alpine');
    await sim.run('docker tag alpine localhost:5000/tools/alpine:3');
    await sim.run('docker run -d -p 5000:5000 -v regdata:/var/lib/registry --name reg registry:2');
    await sim.run('docker push -q localhost:5000/tools/alpine:3');
    expect((await sim.run('docker exec reg cat /var/lib/registry/docker/registry/v2/repositories/tools/alpine/_manifests/tags/3/current/link')).stdout).toBe(
      'sha256:183a3210c1c6cf5369ca3a04a94d07850b200ceb55040ccc9c3520a1471d4ca7',
    );
    await sim.run('docker rm -f reg');
    await sim.run('docker run -d -p 5000:5000 -v regdata:/var/lib/registry --name reg registry:2');
    expect((await sim.run('curl -s localhost:5000/v2/_catalog')).stdout).toBe('{"repositories":["tools/alpine"]}\n');
    await sim.run('docker rm -f -v reg');
    await sim.run('docker run -d -p 5000:5000 --name reg registry:2');
    expect((await sim.run('curl -s localhost:5000/v2/tools/alpine/tags/list')).stdout).toContain('NAME_UNKNOWN');
  });
});
