// The volume store on its own: creation rules, references, removal, sizes and prune, over a
// bare engine (the commands' behaviour is tested through the CLI in cli/commands/volume/).
import { describe, expect, it } from 'vitest';
import { createWorld, Engine } from './engine.ts';
import { createMemoryFs } from '../fs/memory-fs.ts';
import { pruneVolumes, listVolumes } from './volume-query.ts';
import { createVolume, getVolume, removeVolume, volumeIsEmpty, volumeSize, volumeTree } from './volumes.ts';
import type { ContainerRecord } from './state.ts';

const T0 = Date.UTC(2026, 10, 25, 10, 0, 0);

function engine(): Engine {
  return new Engine(createWorld(1, T0), () => T0);
}

/** A container record that mounts `volume` (only the fields the store reads). */
function user(e: Engine, id: string, volume: string, created = T0): void {
  e.state.containers[id] = { id, created, mounts: [{ Type: 'volume', Name: volume, Source: '', Destination: '/d', Mode: '', RW: true, Propagation: '' }] } as ContainerRecord;
}

describe('volume store', () => {
  it('creates named and anonymous volumes, each with an empty tree', () => {
    const e = engine();
    expect(createVolume(e, 'data', { labels: {}, options: {} })).toEqual({ name: 'data', driver: 'local', created: T0, labels: {}, anonymous: false, options: {} });
    const anon = createVolume(e, '');
    expect(anon.name).toMatch(/^[0-9a-f]{64}$/);
    expect(anon).toMatchObject({ labels: { 'com.docker.volume.anonymous': '' }, anonymous: true, options: null });
    expect(volumeIsEmpty(e, 'data')).toBe(true);
    expect(Object.keys(e.state.volumeData)).toEqual(['data', anon.name]);
  });

  it('counts file and symlink bytes as the size', () => {
    const e = engine();
    createVolume(e, 'data');
    const fs = createMemoryFs({ now: () => T0, tree: volumeTree(e, 'data') });
    fs.mkdir('/sub');
    fs.writeFile('/sub/a.txt', 'héllo\n');
    fs.symlink('sub/a.txt', '/link');
    expect(volumeSize(e, 'data')).toBe(7 + 9);
    expect(volumeIsEmpty(e, 'data')).toBe(false);
  });

  it('keeps a referenced volume; removes an unreferenced one with its data', () => {
    const e = engine();
    createVolume(e, 'data');
    user(e, 'c2', 'data', T0 + 5);
    user(e, 'c1', 'data');
    expect(() => removeVolume(e, 'data', true)).toThrow('remove data: volume is in use - [c1, c2]');
    delete e.state.containers.c1;
    delete e.state.containers.c2;
    removeVolume(e, 'data');
    expect(e.state.volumes).toEqual({});
    expect(e.state.volumeData).toEqual({});
    expect(() => getVolume(e, 'data')).toThrow('get data: no such volume');
    expect(() => removeVolume(e, 'data', true)).not.toThrow();
  });

  it('lists by dangling and prunes unreferenced anonymous volumes, or all with all=true', () => {
    const e = engine();
    createVolume(e, 'named');
    const anon = createVolume(e, '').name;
    createVolume(e, 'used');
    createVolume(e, 'tmp', { options: { type: 'tmpfs', device: 'tmpfs' } });
    user(e, 'c1', 'used');
    expect(listVolumes(e, { dangling: ['true'] }).map((v) => v.name)).toEqual(['named', anon, 'tmp']);
    expect(pruneVolumes(e, {})).toEqual({ deleted: [anon], reclaimed: 0 });
    expect(pruneVolumes(e, { all: ['1'] })).toEqual({ deleted: ['named'], reclaimed: 0 });
    expect(Object.keys(e.state.volumes).sort()).toEqual(['tmp', 'used']);
  });

  it('tolerates a snapshot without volumeData', () => {
    const e = engine();
    createVolume(e, 'data');
    delete (e.state as Partial<typeof e.state>).volumeData;
    expect(volumeTree(e, 'data').children).toEqual({});
  });
});
