// The workspace chunk, loaded on demand: one simulator (restored from storage, or built from the
// starting world), the terminal on it, the state panel drawing it, and, on a lesson page, the
// goals evaluated after every change. Stores persist the world and history; the learner's
// progress goes to the progress store, which the lesson page's own script displays.
// The simulator and xterm.js are chunks of their own (boot.ts fetches all three at once), so each
// shows in `npm run budgets` and they download and compile side by side.
import type { Simulator } from '../../simulator/index.ts';
import { createPreview, type HttpCall } from '../StatePanel/preview.ts';
import { createPanelView } from '../StatePanel/render-panel.ts';
import { TerminalSession, type SimulatorPort } from '../Terminal/terminal-session.ts';
import { historyStore, setHistory } from '../../stores/history.ts';
import { notify } from '../../stores/notices.ts';
import { prefsStore } from '../../stores/prefs.ts';
import { progressStore, recordGoals } from '../../stores/progress.ts';
import { worldStore } from '../../stores/world.ts';
import { readConfig, type WorkspaceConfig } from './config.ts';
import { GOALS_EVENT, type GoalsEventDetail } from './events.ts';

export interface WorkspaceHandle {
  run(commands: readonly string[]): void;
  reset(): Promise<void>;
  setScreenReader(on: boolean): void;
}


function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0];
}

type SimulatorModule = typeof import('../../simulator/index.ts');

/** The starting world: a fresh simulator with the lesson's files, after its setup commands. */
async function startingWorld({ createSimulator }: SimulatorModule, cfg: WorkspaceConfig): Promise<Simulator> {
  const sim = createSimulator({ seed: cfg.seed ?? randomSeed(), files: cfg.files });
  for (const line of cfg.setup) {
    const r = await sim.run(line);
    if (r.exitCode !== 0) console.warn(`dockyard: setup \`${line}\` exited ${r.exitCode}: ${r.stderr}`);
  }
  return sim;
}

/** The saved world, or undefined when there is none or it cannot be restored (then a notice). */
function savedWorld({ createSimulator }: SimulatorModule, snapshot: unknown): Simulator | undefined {
  if (snapshot === null || snapshot === undefined) return undefined;
  try {
    return createSimulator({ state: snapshot });
  } catch (error) {
    console.warn('dockyard: saved world not restored', error);
    notify('world-incompatible');
    return undefined;
  }
}

export async function startWorkspace(root: HTMLElement, host: HTMLElement): Promise<WorkspaceHandle> {
  // Marks for `npm run budgets` (scripts/measure-budgets.mjs): where start-up time goes.
  const [simulator, { openTerminal }] = await Promise.all([import('../../simulator/index.ts'), import('../Terminal/mount.ts')]);
  const { evaluateGoals, viewWorld } = simulator;
  performance.mark('dockyard:workspace-evaluated');
  const cfg = readConfig(host);
  const worlds = worldStore(cfg.workspace);
  const history = historyStore(cfg.workspace);
  const prefs = prefsStore();
  const saved = savedWorld(simulator, worlds.getState().snapshot);
  const restored = saved !== undefined;
  let sim: Simulator = saved ?? (await startingWorld(simulator, cfg));

  performance.mark('dockyard:sim-ready');
  const panelRoot = root.querySelector<HTMLElement>('[data-state-panel]');
  const panel = panelRoot ? createPanelView(panelRoot) : undefined;
  // The preview needs the simulator's HTTP method (feature-detected: older simulators lack it).
  const preview = panelRoot
    ? createPreview(panelRoot, () => {
        const http = (sim as { http?: HttpCall }).http;
        return typeof http === 'function' ? (url) => http.call(sim, url) : undefined;
      })
    : undefined;
  const refresh = () => {
    timer = undefined;
    const snapshot = sim.snapshot();
    worlds.setState({ snapshot });
    const world = viewWorld(snapshot);
    panel?.render(world);
    preview?.update(world);
    if (cfg.lesson) {
      const results = evaluateGoals(cfg.lesson.goals, snapshot);
      recordGoals(progressStore(), cfg.lesson.slug, results.map((r) => r.done));
      document.dispatchEvent(new CustomEvent<GoalsEventDetail>(GOALS_EVENT, { detail: { slug: cfg.lesson.slug, results } }));
    }
  };
  // World events come in bursts (a pull); redraw at most every 150 ms, and at once after a command.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const soon = () => (timer ??= setTimeout(refresh, 150));
  let unsubscribe = sim.subscribe(soon);

  const port: SimulatorPort = {
    get prompt() {
      return sim.prompt;
    },
    get echo() {
      return sim.echo;
    },
    run: (line, io) => sim.run(line, io),
    interrupt: () => sim.interrupt(),
    endOfInput: (io) => sim.endOfInput?.(io) ?? Promise.resolve({ stdout: '', stderr: '', exitCode: 0 }),
    interruptInput: (io) => sim.interruptInput?.(io) ?? Promise.resolve({ stdout: '', stderr: '', exitCode: 130 }),
    complete: (line, cursor) => sim.complete(line, cursor),
  };
  const screen = host.querySelector<HTMLElement>('[data-terminal-screen]') ?? host;
  const terminal = openTerminal(screen, { screenReader: prefs.getState().screenReader });
  performance.mark('dockyard:xterm-open');
  const session = new TerminalSession(
    terminal.port,
    port,
    (status) => {
      host.dataset.status = status;
      if (status === 'ready') {
        clearTimeout(timer);
        refresh();
      }
    },
    { history: history.getState().lines, onHistory: (lines) => setHistory(history, lines) },
  );
  terminal.term.onData((data) => session.input(data));
  terminal.onResize(() => session.resize());
  session.start(restored ? cfg.greetingBack : cfg.greeting);
  terminal.term.focus();
  performance.mark('dockyard:terminal-ready');

  return {
    run(commands) {
      session.typeCommands(commands);
      terminal.term.focus();
    },
    async reset() {
      session.input('\x03');
      await Promise.race([session.whenIdle(), new Promise((r) => setTimeout(r, 500))]);
      unsubscribe();
      sim = await startingWorld(simulator, cfg);
      unsubscribe = sim.subscribe(soon);
      session.restart(cfg.greeting);
      refresh();
      terminal.term.focus();
    },
    setScreenReader(on) {
      terminal.term.options.screenReaderMode = on;
      prefs.setState({ screenReader: on });
    },
  };
}
