// Schema messages as compose-go (santhosh-tekuri/jsonschema v6 + schema.go) prints them; several
// expectations are compose-go's own loader_test.go assertions.
import { describe, expect, it } from 'vitest';
import { composeSpec } from './compose-spec.ts';
import { validateSchema } from './validator.ts';

const check = (doc: unknown) => validateSchema(composeSpec, doc);
const svc = (service: Record<string, unknown>) => check({ services: { web: service } });

describe('compose schema messages', () => {
  it('accepts a valid file', () => {
    expect(check({ name: 'app', services: { web: { image: 'nginx', ports: ['80:80'], 'x-note': 1 } }, 'x-common': {} })).toBeUndefined();
  });

  it('reports unknown keys', () => {
    expect(svc({ imag: 'nginx' })).toBe("services.web additional properties 'imag' not allowed");
    expect(svc({ image: 'nginx', port: [80], enviroment: [] })).toBe("services.web additional properties 'port', 'enviroment' not allowed");
    expect(check({ servics: {} })).toBe(" additional properties 'servics' not allowed");
  });

  it('reports wrong types with "mapping" for objects', () => {
    expect(svc({ image: 'nginx', ports: '80:80' })).toBe('services.web.ports must be a array');
    expect(svc({ image: ['busybox', 'latest'] })).toBe('services.web.image must be a string');
    expect(check({ services: [{ foo: { image: 'busybox' } }] })).toBe('services must be a mapping');
    expect(check({ services: { foo: 'busybox' } })).toBe('services.foo must be a mapping');
    expect(check({ networks: { default: 'bridge' } })).toBe('networks.default must be a mapping or null');
    expect(svc({ image: 'x', environment: { FOO: ['1'] } })).toBe('services.web.environment.FOO must be a boolean, null, number or string');
    expect(svc({ image: 'x', environment: 'FOO=1' })).toBe('services.web.environment must be a mapping');
    expect(svc({ image: 'x', deploy: { replicas: 1.5 } })).toBe('services.web.deploy.replicas must be a integer or string');
  });

  it('reports depends_on mistakes at the deepest level', () => {
    expect(svc({ image: 'x', depends_on: { db: { required: true } } })).toBe("services.web.depends_on.db missing property 'condition'");
    expect(svc({ image: 'x', depends_on: { db: { condition: 'service_ready' } } })).toBe(
      "services.web.depends_on.db.condition value must be one of 'service_started', 'service_healthy', 'service_completed_successfully'",
    );
    expect(svc({ image: 'x', depends_on: 'db' })).toBe('services.web.depends_on must be a array');
  });

  it('reports volume and port entries', () => {
    expect(svc({ image: 'x', volumes: [{ type: 'tmpfs', target: '/t', foo: 1 }] })).toBe("services.web.volumes.0 additional properties 'foo' not allowed");
    expect(svc({ image: 'x', volumes: [{ type: 'disk', target: '/t' }] })).toBe(
      "services.web.volumes.0.type value must be one of 'bind', 'volume', 'tmpfs', 'cluster', 'npipe', 'image'",
    );
    // oneOf: both branches fail at volumes.0; the first (string) wins the tie
    expect(svc({ image: 'x', volumes: [{ source: 'a', target: '/t' }] })).toBe('services.web.volumes.0 must be a string');
    expect(svc({ image: 'x', volumes: [{ type: 'tmpfs', target: '/t', tmpfs: { size: -1 } }] })).toBe('services.web.volumes.0.tmpfs.size must be greater than or equal to 0');
    expect(svc({ image: 'x', ports: ['80:80', '80:80'] })).toBe('services.web.ports items at 0 and 1 are equal');
    expect(svc({ image: 'x', ports: [true] })).toBe('services.web.ports.0 must be a number');
  });

  it('reports patterns and ranges', () => {
    expect(svc({ image: 'x', container_name: 'a' })).toBe("services.web.container_name 'a' does not match pattern '[a-zA-Z0-9][a-zA-Z0-9_.-]+'");
    expect(svc({ image: 'x', cpu_percent: 150 })).toBe('services.web.cpu_percent must be a string');
    expect(svc({ image: 'x', oom_score_adj: 1001 })).toBe('services.web.oom_score_adj must be a string');
    expect(svc({ image: 'x', healthcheck: { test: 'true', retries: 'x', intervall: '5s' } })).toBe("services.web.healthcheck additional properties 'intervall' not allowed");
    expect(check({ services: { 'my web': { image: 'x' } } })).toBe("services additional properties 'my web' not allowed");
  });
});
