// Package managers as the shells' `external` hook, in a container and in a build's RUN step:
// apt-get/apt, apk, pip/pip3, npm and yarn. This module stays tiny (it is on the core path): it
// decides by the program's name, then loads the model (./run.ts and the managers) on first use.
import type { Engine } from '../../engine/engine.ts';
import type { Vfs } from '../../fs/types.ts';
import type { ContainerHostOptions } from '../../runtime/container-host.ts';
import type { ExternalRequest } from '../../shell/context.ts';

/** What a package manager works on: the process's files and user, and the passing of time. */
export interface PkgHost {
  fs: Vfs;
  uid: number;
  now(): number;
  /** Simulated work (downloading, unpacking): time passes for the process. */
  work(ms: number): Promise<unknown>;
}

export type PkgProgram = (req: ExternalRequest) => Promise<number> | undefined;

const NAMES = new Set(['apt-get', 'apt', 'apk', 'pip', 'pip3', 'npm', 'yarn', 'yarnpkg']);

/** Whether `name` is one of the modelled package managers (pip3.13 and the like included). */
export function isPkgProgram(name: string): boolean {
  return NAMES.has(name) || /^pip3\.\d+$/.test(name);
}

/** `python -m pip ...` is pip too. */
const pythonPip = (req: ExternalRequest) => /^python(3(\.\d+)?)?$/.test(req.name) && req.argv[1] === '-m' && req.argv[2] === 'pip';

export function pkgProgram(host: PkgHost): PkgProgram {
  return (req) => (isPkgProgram(req.name) || pythonPip(req) ? import('./run.ts').then((m) => m.runPkg(req, host)) : undefined);
}

/** In a container: exec'd and interactive work advances the engine's clock; a main process waits on it. */
export function containerPkgProgram(engine: Engine, fs: Vfs, o: ContainerHostOptions): PkgProgram {
  const work = o.waitsSuspend ? (ms: number) => o.wait(ms) : async (ms: number) => engine.advance(ms);
  return pkgProgram({ fs, uid: o.user.uid, now: o.now, work });
}
