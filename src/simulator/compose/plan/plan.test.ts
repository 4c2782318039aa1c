// plan() as data. The expected plans of the first group are docker/compose's own
// reconcile_test.go cases (pkg/compose), printed in Plan.String()'s format.
import { describe, expect, it } from 'vitest';
import type { Project, ServiceConfig } from '../model.ts';
import { networkHash, serviceHash, volumeHash } from './hash.ts';
import { plan } from './plan.ts';
import { planToString } from './plan-builder.ts';
import type { ActualState, ObservedContainer, PlanOptions } from './types.ts';

function project(services: ServiceConfig[], extra: Partial<Project> = {}): Project {
  return {
    name: 'myproject', workingDir: '/p', composeFiles: [], environment: {}, disabledServices: {},
    networks: {}, volumes: {}, secrets: {}, configs: {}, extensions: {},
    services: Object.fromEntries(services.map((s) => [s.name, s])),
    ...extra,
  };
}

function ctr(service: ServiceConfig | string, id: string, number: number, extra: Partial<ObservedContainer> = {}): ObservedContainer {
  const name = typeof service === 'string' ? service : service.name;
  const hash = typeof service === 'string' ? 'oldhash' : serviceHash(service);
  return { id, name: `myproject-${name}-${number}`, service: name, number, state: 'running', configHash: hash, created: number, ...extra };
}

const empty: ActualState = { containers: [], networks: [], volumes: [] };
const show = (p: Project, a: ActualState = empty, o: PlanOptions = {}) => planToString(plan(p, a, o).nodes);

describe('plan: docker/compose reconcile_test.go cases', () => {
  it('creates missing networks, sorted', () => {
    const p = project([], { networks: { frontend: { name: 'myproject_frontend' }, backend: { name: 'myproject_backend' } } });
    expect(show(p)).toBe('[] -> #1 network:backend, CreateNetwork, not found\n[] -> #2 network:frontend, CreateNetwork, not found\n');
  });

  it('leaves a matching network and skips external ones', () => {
    const nw = { name: 'myproject_frontend' };
    const p = project([], { networks: { frontend: nw, ext: { name: 'external_net', external: true } } });
    expect(show(p, { ...empty, networks: [{ id: 'net1', name: 'myproject_frontend', key: 'frontend', configHash: networkHash(nw) }] })).toBe('');
  });

  it('recreates a diverged network around its containers', () => {
    const web: ServiceConfig = { name: 'web', scale: 1, networks: { frontend: {} } };
    const p = project([web], { networks: { frontend: { name: 'myproject_frontend', driver: 'overlay' } } });
    const actual: ActualState = {
      containers: [ctr(web, 'c1aabbccddee', 1, { networkIds: ['net1'] })],
      networks: [{ id: 'net1', name: 'myproject_frontend', key: 'frontend', configHash: 'oldhash' }],
      volumes: [],
    };
    expect(show(p, actual)).toBe(`[] -> #1 service:web:1, StopContainer, network frontend config changed
[1] -> #2 service:web:1, DisconnectNetwork, network frontend recreate
[2] -> #3 network:frontend, RemoveNetwork, config hash diverged
[3] -> #4 network:frontend, CreateNetwork, recreate after config change
[4] -> #5 service:web:1, ConnectNetwork, network frontend recreate
`);
  });

  it('creates the first container', () => {
    expect(show(project([{ name: 'web', scale: 1 }]))).toBe('[] -> #1 service:web:1, CreateContainer, no existing container\n');
  });

  it('leaves a running, up-to-date container (and reports it unchanged)', () => {
    const web: ServiceConfig = { name: 'web', scale: 1 };
    const result = plan(project([web]), { ...empty, containers: [ctr(web, 'c1', 1)] });
    expect([result.nodes, result.unchanged.map((c) => c.name)]).toEqual([[], ['myproject-web-1']]);
  });

  const RECREATE = `[] -> #1 service:web:1, CreateContainer, config changed (tmpName) [recreate:web:1]
[1] -> #2 service:web:1, StopContainer, replaced by #1 [recreate:web:1]
[2] -> #3 service:web:1, RemoveContainer, replaced by #1 [recreate:web:1]
[3] -> #4 service:web:1, RenameContainer, finalize recreate [recreate:web:1]
`;

  it('recreates a container whose config hash changed, via a temporary name', () => {
    const result = plan(project([{ name: 'web', scale: 1 }]), { ...empty, containers: [ctr('web', 'c1aabbccddee', 1)] });
    expect(planToString(result.nodes)).toBe(RECREATE);
    expect(result.nodes[0].op).toMatchObject({ name: 'c1aabbccddee_myproject-web-1', inheritFrom: 'c1aabbccddee' });
    expect(result.nodes[3].op).toMatchObject({ name: 'myproject-web-1', createNodeId: 1 });
  });

  it('scales up with the next numbers and down from the highest', () => {
    const web3: ServiceConfig = { name: 'web', scale: 3 };
    expect(show(project([web3]), { ...empty, containers: [ctr(web3, 'c1', 1)] })).toBe(
      '[] -> #1 service:web:2, CreateContainer, no existing container\n[] -> #2 service:web:3, CreateContainer, no existing container\n',
    );
    const web1: ServiceConfig = { name: 'web', scale: 1 };
    expect(show(project([web1]), { ...empty, containers: [ctr(web1, 'c1', 1), ctr(web1, 'c2', 2)] })).toBe(
      '[] -> #1 service:web:2, StopContainer, scale down\n[1] -> #2 service:web:2, RemoveContainer, scale down\n',
    );
  });

  it('follows --force-recreate and --no-recreate', () => {
    const web: ServiceConfig = { name: 'web', scale: 1 };
    expect(show(project([web]), { ...empty, containers: [ctr(web, 'c1aabbccddee', 1)] }, { recreate: 'force' })).toBe(RECREATE);
    expect(show(project([web]), { ...empty, containers: [ctr('web', 'c1', 1)] }, { recreate: 'never' })).toBe('');
  });

  it('leaves an exited container for the start phase', () => {
    const web: ServiceConfig = { name: 'web', scale: 1 };
    expect(show(project([web]), { ...empty, containers: [ctr(web, 'c1', 1, { state: 'exited' })] })).toBe('');
  });

  it('orders dependents after their dependencies', () => {
    const db: ServiceConfig = { name: 'db', scale: 1 };
    const web: ServiceConfig = { name: 'web', scale: 1, dependsOn: { db: { condition: 'service_started', required: true, restart: false } } };
    expect(show(project([db, web]))).toBe(
      '[] -> #1 service:db:1, CreateContainer, no existing container\n[1] -> #2 service:web:1, CreateContainer, no existing container\n',
    );
    const db0: ServiceConfig = { name: 'db', scale: 0 };
    expect(show(project([db0, web]), { ...empty, containers: [ctr(db0, 'c1', 1)] })).toBe(`[] -> #1 service:db:1, StopContainer, scale down
[1] -> #2 service:db:1, RemoveContainer, scale down
[2] -> #3 service:web:1, CreateContainer, no existing container
`);
  });

  it('removes orphans with --remove-orphans', () => {
    const orphan = ctr('old', 'orphan1', 1);
    const result = plan(project([]), { ...empty, containers: [orphan] }, { removeOrphans: true });
    expect(planToString(result.nodes)).toBe(
      '[] -> #1 orphan:myproject-old-1, StopContainer, orphaned container\n[1] -> #2 orphan:myproject-old-1, RemoveContainer, orphaned container\n',
    );
    expect(plan(project([]), { ...empty, containers: [orphan] }).orphans.map((c) => c.name)).toEqual(['myproject-old-1']);
  });
});

describe('plan: compose up options', () => {
  const db: ServiceConfig = { name: 'db', image: 'postgres', networks: { default: null }, volumes: [{ type: 'volume', source: 'data', target: '/var/lib/postgresql/data' }] };
  const web: ServiceConfig = { name: 'web', image: 'nginx', networks: { default: null }, dependsOn: { db: { condition: 'service_healthy', required: true, restart: true } } };
  const stack = project([web, db], { networks: { default: { name: 'myproject_default' } }, volumes: { data: { name: 'myproject_data' } } });

  it('plans a first `up`: network, volume, then containers in dependency order', () => {
    expect(show(stack)).toBe(`[] -> #1 network:default, CreateNetwork, not found
[] -> #2 volume:data, CreateVolume, not found
[1,2] -> #3 service:db:1, CreateContainer, no existing container
[1,3] -> #4 service:web:1, CreateContainer, no existing container
`);
  });

  it('recreates only what changed and stops restart:true dependents first', () => {
    const changedDb: ServiceConfig = { ...db, image: 'postgres:17' };
    const actual: ActualState = {
      containers: [ctr(db, 'dbid000000001', 1), ctr(web, 'webid00000001', 1)],
      networks: [{ id: 'n1', name: 'myproject_default', key: 'default', configHash: networkHash({ name: 'myproject_default' }) }],
      volumes: [{ name: 'myproject_data', key: 'data', configHash: volumeHash({ name: 'myproject_data' }) }],
    };
    const result = plan({ ...stack, services: { web, db: changedDb } }, actual);
    expect(planToString(result.nodes)).toBe(`[] -> #1 service:web:1, StopContainer, dependency db being recreated
[1] -> #2 service:db:1, CreateContainer, config changed (tmpName) [recreate:db:1]
[2] -> #3 service:db:1, StopContainer, replaced by #2 [recreate:db:1]
[3] -> #4 service:db:1, RemoveContainer, replaced by #2 [recreate:db:1]
[4] -> #5 service:db:1, RenameContainer, finalize recreate [recreate:db:1]
`);
    expect(result.unchanged).toEqual([]);
  });

  it('applies --scale and --no-deps', () => {
    expect(show(stack, empty, { services: ['web'], noDeps: true, scale: { web: 2 } })).toBe(`[] -> #1 network:default, CreateNetwork, not found
[] -> #2 volume:data, CreateVolume, not found
[1] -> #3 service:web:1, CreateContainer, no existing container
[1] -> #4 service:web:2, CreateContainer, no existing container
`);
  });

  it('refuses cycles and required dependencies on disabled services, as NewGraph does', () => {
    const dep = { condition: 'service_started' as const, required: true, restart: false };
    const cyclic = project([{ name: 'a', image: 'x', dependsOn: { b: dep } }, { name: 'b', image: 'x', dependsOn: { a: dep } }]);
    expect(() => plan(cyclic, empty)).toThrow('cycle found: a -> b -> a');
    const p = project([{ name: 'web', image: 'x', dependsOn: { debug: dep } }]);
    p.disabledServices.debug = { name: 'debug', image: 'x', profiles: ['dev', 'debug'] };
    expect(() => plan(p, empty)).toThrow('service debug is required by web but is disabled. Can be enabled by profiles [dev debug]');
    expect(show(project([{ name: 'web', image: 'x', dependsOn: { gone: { ...dep, required: false } } }]))).toBe(
      '[] -> #1 service:web:1, CreateContainer, no existing container\n',
    );
  });

  it('names containers after container_name when set', () => {
    const result = plan(project([{ name: 'proxy', image: 'traefik', containerName: 'traefik' }]), empty);
    expect(result.nodes[0].op).toMatchObject({ type: 'CreateContainer', name: 'traefik', number: 1 });
  });

  it('asks before recreating a diverged volume and declines by default', () => {
    const actual: ActualState = { ...empty, volumes: [{ name: 'myproject_data', key: 'data', configHash: 'old' }] };
    const asked: string[] = [];
    const declined = plan(project([], { volumes: { data: { name: 'myproject_data' } } }), actual, { confirm: (m) => (asked.push(m), false) });
    expect([declined.nodes, asked]).toEqual([[], ['Volume "myproject_data" exists but doesn\'t match configuration in compose file. Recreate (data will be lost)?']]);
    const dbc = ctr(db, 'dbid000000001', 1);
    const confirmed = plan({ ...stack, services: { db } }, { ...actual, containers: [dbc] }, { confirm: () => true });
    expect(planToString(confirmed.nodes)).toBe(`[] -> #1 network:default, CreateNetwork, not found
[] -> #2 service:db:1, StopContainer, mounted volume config changed
[2] -> #3 service:db:1, RemoveContainer, mounted volume config changed
[3] -> #4 volume:data, RemoveVolume, config hash diverged
[4] -> #5 volume:data, CreateVolume, recreate after config change
[1,5] -> #6 service:db:1, CreateContainer, no existing container
`);
  });
});
