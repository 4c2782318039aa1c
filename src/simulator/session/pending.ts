// A session before its code is loaded (see ../simulator.ts): the terminal shows a prompt, and
// Ctrl+C drops a half-typed line, straight from the session's plain state, so the shells, the
// runtime and the docker CLI can load with the first command. Mirrors Session.prompt,
// Shell.prompt and ContainerFrame.restore; session/pending.test.ts checks they agree.
import type { WorldState } from '../engine/state.ts';
import { prompt, PS2 } from '../shell/prompt.ts';
import type { ShellSnapshot } from '../shell/shell.ts';
import { getVar } from '../shell/state.ts';
import type { FrameSnapshot } from './container-frame.ts';
import { HOME, HOST_NAME, HOST_USER, LEARNER } from './host-fs.ts';
import type { SessionState } from './session.ts';

/** A container shell survives a restore while its container still runs the process it belongs to. */
export function frameLives(world: WorldState, snap: Pick<FrameSnapshot, 'containerId' | 'startedAt'>): boolean {
  const c = world.containers[snap.containerId];
  return !!c && c.state.startedAt === snap.startedAt && c.state.status === 'running';
}

interface Who {
  name: string;
  uid: number;
  hostname: string;
}

function shellPrompt(snap: ShellSnapshot | undefined, who: Who): string {
  if (!snap) return prompt({ flavour: 'bash', user: who.name, uid: who.uid, hostname: who.hostname, cwd: HOME, home: HOME });
  if (snap.buffer !== '') return PS2;
  const top = snap.frames[snap.frames.length - 1];
  return prompt({ flavour: top.flavour, user: who.name, uid: who.uid, hostname: who.hostname, cwd: top.state.cwd, home: getVar(top.state, 'HOME') });
}

/** The container shell the session will show on top, if any. */
function topFrame(state: SessionState, world: WorldState): FrameSnapshot | undefined {
  for (let i = state.frames.length - 1; i >= 0; i--) if (frameLives(world, state.frames[i])) return state.frames[i];
  return undefined;
}

/** Session.prompt of the session this state restores to. */
export function pendingPrompt(state: SessionState, world: WorldState): string {
  const frame = topFrame(state, world);
  if (!frame) return shellPrompt(state.host.shell, { name: HOST_USER, uid: LEARNER.uid, hostname: HOST_NAME });
  if (!frame.tty) return '';
  const c = world.containers[frame.containerId];
  return shellPrompt(frame.shell, { name: frame.user.name ?? 'I have no name!', uid: frame.user.uid, hostname: c.config.Hostname });
}

/** Session.interrupt with nothing running: the top shell forgets its half-typed line. */
export function pendingInterrupt(state: SessionState, world: WorldState): void {
  const shell = topFrame(state, world)?.shell ?? state.host.shell;
  if (shell) shell.buffer = '';
}
