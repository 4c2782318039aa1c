// The shell's view of a container (a ShellHost): its filesystem as the process's user, its
// hostname, the host's kernel, PID 1 and the exec'd processes for `ps`, and which shell `sh`
// is there (dash on debian and ubuntu, busybox ash on alpine and busybox).
import type { ContainerRecord } from '../engine/state.ts';
import type { Engine } from '../engine/engine.ts';
import { containerFs } from '../engine/containers/container-fs.ts';
import type { ExecUser } from '../engine/containers/user.ts';
import { HOST } from '../engine/daemon-version.ts';
import { basename } from '../fs/path.ts';
import type { Vfs } from '../fs/types.ts';
import type { ExternalRequest, Flavour, ProcessInfo, ShellHost } from '../shell/context.ts';
import { containerDbProgram } from '../programs/db/index.ts';
import { containerNetProgram } from '../programs/net/index.ts';
import { containerServiceClient } from '../programs/svc/index.ts';
import { containerPkgProgram } from '../programs/pkg/hook.ts';
import { containerScriptProgram } from '../programs/script/hook.ts';
import { toolchainProgram } from '../programs/toolchain/index.ts';
import { userProgram } from '../programs/users/hook.ts';
import { runtimeProgram } from './programs.ts';

/** uname -r/-v/-m: a container shares the host's kernel. */
export const KERNEL = { release: HOST.kernel, version: '#1 SMP PREEMPT_DYNAMIC Debian 6.12.48-1 (2025-09-20)', machine: 'x86_64' };

/** The shell /bin/sh is in these files: busybox ash or dash. */
export function systemShell(fs: Vfs): Flavour {
  try {
    const real = basename(fs.realpath('/bin/sh'));
    return real === 'busybox' || real === 'ash' ? 'busybox' : real === 'bash' ? 'bash' : 'dash';
  } catch {
    return 'busybox';
  }
}

export interface ContainerHostOptions {
  user: ExecUser;
  /** This process's PID inside the container (1 for the main process). */
  pid: number;
  now: () => number;
  wait: (ms: number) => Promise<'elapsed' | 'interrupted'>;
  processes: () => ProcessInfo[];
  onOutput?: (text: string, stream: 'stdout' | 'stderr') => void;
  waitsSuspend?: boolean;
  /** The flavour to start with (the interactive shell's); default the system shell's. */
  flavour?: Flavour;
  external?: (req: ExternalRequest) => Promise<number> | number | undefined;
}

export function containerShellHost(engine: Engine, c: ContainerRecord, o: ContainerHostOptions): ShellHost {
  const fs = containerFs(engine, c, { user: { uid: o.user.uid, gid: o.user.gid }, now: o.now });
  const host: ShellHost = {
    fs,
    user: { name: o.user.name ?? 'I have no name!', uid: o.user.uid, gid: o.user.gid, home: o.user.home },
    hostname: c.config.Hostname,
    flavour: o.flavour ?? systemShell(fs),
    pid: o.pid,
    now: o.now,
    processes: o.processes,
    signal: (pid) => o.processes().some((p) => p.pid === pid),
    wait: o.wait,
    kernel: KERNEL,
  };
  if (o.onOutput) host.onOutput = o.onOutput;
  if (o.waitsSuspend) host.waitsSuspend = true;
  const net = containerNetProgram(engine, c, fs, o.wait);
  const db = containerDbProgram(engine, c, fs, host.user.name);
  const svc = containerServiceClient(engine, c);
  const pkg = containerPkgProgram(engine, fs, o);
  const script = containerScriptProgram(engine, c, fs, o);
  const tool = toolchainProgram(host);
  const users = userProgram({ fs, uid: o.user.uid, now: o.now });
  host.external = o.external ?? ((req) => net(req) ?? db(req) ?? svc(req) ?? pkg(req) ?? script(req) ?? tool(req) ?? users(req) ?? runtimeProgram(req));
  return host;
}
