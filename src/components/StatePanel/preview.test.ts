import { describe, expect, it } from 'vitest';
import { viewWorld } from '../../simulator/index.ts';
import { previewDocument, publishedPorts } from './preview.ts';

const container = (name: string, status: string, ports: Record<string, { HostIp: string; HostPort: string }[]>) => ({
  id: name,
  name,
  state: { status },
  hostConfig: { PortBindings: ports },
});

describe('publishedPorts', () => {
  it('lists the TCP host ports of running containers, once each, in port order', () => {
    const world = viewWorld({
      version: 1,
      world: {
        containers: {
          a: container('web', 'running', { '80/tcp': [{ HostIp: '', HostPort: '8080' }, { HostIp: '::', HostPort: '8080' }] }),
          b: container('api', 'running', { '3000/tcp': [{ HostIp: '127.0.0.1', HostPort: '3000' }], '53/udp': [{ HostIp: '', HostPort: '53' }] }),
          c: container('old', 'exited', { '80/tcp': [{ HostIp: '', HostPort: '9090' }] }),
        },
      },
    });
    expect(publishedPorts(world)).toEqual([
      { address: 'localhost:3000', port: '3000', containers: ['api'] },
      { address: 'localhost:8080', port: '8080', containers: ['web'] },
    ]);
  });
});

describe('previewDocument', () => {
  it('shows HTML as a page and anything else as escaped text', () => {
    expect(previewDocument({ headers: { 'Content-Type': 'text/html' }, body: '<h1>Hi</h1>' })).toBe('<h1>Hi</h1>');
    expect(previewDocument({ headers: { 'content-type': 'application/json' }, body: '{"a":"<b>"}' })).toBe(
      '<pre style="white-space:pre-wrap;font:13px monospace">{&quot;a&quot;:&quot;&lt;b&gt;&quot;}</pre>',
    );
  });
});
