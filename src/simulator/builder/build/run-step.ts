// RUN: the command runs by the simulated shell against the stage's files (a union of its layers
// and a fresh writable layer that becomes the step's layer), as root or the stage's USER, on a
// clock of its own. Output is kept with the time it was written, for BuildKit's `#5 0.123 hi`.
import { resolveUser } from '../../engine/containers/user.ts';
import type { Layer } from '../../fs/layer.ts';
import type { Mount } from '../../fs/mount-store.ts';
import type { LayerEntry } from '../../fs/types.ts';
import { asUser, createUnionFs } from '../../fs/union-fs.ts';
import { KERNEL, systemShell } from '../../runtime/container-host.ts';
import { runtimeProgram } from '../../runtime/programs.ts';
import { toolchainProgram } from '../../programs/toolchain/index.ts';
import { pkgProgram } from '../../programs/pkg/hook.ts';
import { scriptProgram } from '../../programs/script/hook.ts';
import { userProgram } from '../../programs/users/hook.ts';
import type { ShellHost } from '../../shell/context.ts';
import { DEFAULT_LIMITS } from '../../shell/context.ts';
import { runArgv } from '../../shell/shell.ts';

export interface RunSpec {
  layers: readonly Layer[];
  argv: string[];
  env: Record<string, string>;
  cwd: string;
  user: string;
  /** The simulated time the process starts at. */
  start: number;
  /** RUN --mount's mounts (and a heredoc script at /dev/pipes): seen while running, never in the layer. */
  mounts?: Mount[];
}

export interface RunOutcome {
  /** null: the program could not be started (no /bin/sh in scratch). */
  exitCode: number | null;
  output: { at: number; text: string }[];
  upper: Record<string, LayerEntry>;
  /** When the process ended. */
  end: number;
}

export async function runStep(spec: RunSpec): Promise<RunOutcome> {
  const upper: Record<string, LayerEntry> = {};
  let t = spec.start;
  const root = createUnionFs({ layers: spec.layers, upper, mounts: spec.mounts, now: () => t });
  const user = resolveUser(root, spec.user);
  const output: RunOutcome['output'] = [];
  const host: ShellHost = {
    fs: asUser(root, { uid: user.uid, gid: user.gid }, () => t),
    user: { name: user.name ?? 'I have no name!', uid: user.uid, gid: user.gid, home: user.home },
    hostname: 'buildkitsandbox',
    flavour: systemShell(root),
    pid: 1,
    now: () => t,
    wait: (ms) => {
      if (Number.isFinite(ms)) t += ms;
      return Promise.resolve('elapsed');
    },
    kernel: KERNEL,
    onOutput: (text) => output.push({ at: t, text }),
  };
  const toolchain = toolchainProgram(host);
  const pkg = pkgProgram({ fs: host.fs, uid: user.uid, now: () => t, work: (ms) => host.wait?.(ms) ?? Promise.resolve() });
  const script = scriptProgram({ fs: host.fs, now: () => t, wait: host.wait ?? (() => Promise.resolve('elapsed')), uid: user.uid });
  const users = userProgram({ fs: host.fs, uid: user.uid, now: () => t });
  host.external = (req) => pkg(req) ?? script(req) ?? toolchain(req) ?? users(req) ?? runtimeProgram(req);
  const env = { HOME: user.home, ...spec.env };
  const r = await runArgv(host, spec.argv, { cwd: spec.cwd || '/', env }, DEFAULT_LIMITS, false);
  return { exitCode: r ? r.exitCode : null, output, upper, end: t };
}
