// Attached `docker compose up` (docker/compose v5 pkg/compose/up.go runInteractiveUp, attach.go,
// monitor.go, printer.go): "Attaching to db-1, web-1", the start phase, then each attached
// container's output with its prefix until every monitored container has exited; a die prints
// "web-1 exited with code 0". Ctrl+C stops the stack ("Gracefully Stopping... press Ctrl+C
// again to force"), a second one kills it; the command then ends with 130.
import type { ApplyContext } from '../../../compose/apply/context.ts';
import { RESOURCE_COMPOSE, containerId, ev } from '../../../compose/apply/events.ts';
import type { Project } from '../../../compose/index.ts';
import { CliError, Interrupted } from '../../../errors/cli-error.ts';
import { killContainer } from '../../../engine/containers/stop.ts';
import type { ContainerRecord } from '../../../engine/state.ts';
import { formatLogTimestamp } from '../../../util/format/units.ts';
import type { CommandContext } from '../../command.ts';
import { LogConsumer } from './log-consumer.ts';
import type { ComposeProgress } from './progress.ts';
import { composeGlobals, nameWithoutProject, projectContainers, serviceOf } from './project.ts';
import type { UpOptions } from './up-options.ts';

interface Watched {
  id: string;
  name: string;
  service: string;
  logIndex: number;
}

interface Monitored {
  name: string;
  service: string;
  finishedAt: number;
}

/** The services to attach to (runUp): --attach, else the named ones (and deps) minus --no-attach. */
export function attachServices(project: Project, o: UpOptions, args: string[]): string[] {
  if (o.attach.length) {
    const unknown = o.attach.filter((s) => !Object.hasOwn(project.services, s));
    if (unknown.length) throw new CliError(`cannot attach to services not included in up: ${unknown.join(', ')}`, 1);
    return o.attach.filter((s) => !o.noAttach.includes(s));
  }
  const set = new Set<string>();
  const visit = (name: string) => {
    const s = project.services[name];
    if (!s || set.has(name)) return;
    if (s.other?.attach !== false) set.add(name);
    if (o.attachDependencies) for (const d of Object.keys(s.dependsOn ?? {})) visit(d);
  };
  for (const name of args.length ? args : Object.keys(project.services)) visit(name);
  return [...set].filter((s) => !o.noAttach.includes(s)).sort();
}

export class UpSession {
  private readonly ctx: CommandContext;
  private readonly project: Project;
  private readonly o: UpOptions;
  private readonly args: string[];
  private readonly progress: ComposeProgress;
  private readonly consumer: LogConsumer;
  private watched: Watched[] = [];
  private readonly monitored = new Map<string, Monitored>();
  private exitCode = 0;
  private aborting = false;
  private captured = false;

  constructor(ctx: CommandContext, project: Project, o: UpOptions, args: string[], progress: ComposeProgress) {
    this.ctx = ctx;
    this.project = project;
    this.o = o;
    this.args = args;
    this.progress = progress;
    const ansi = composeGlobals(ctx).ansi;
    this.consumer = new LogConsumer(ctx, { color: !o.noColor && (ansi === 'always' || (ansi === 'auto' && ctx.tty)), prefix: !o.noPrefix });
  }

  /** attach(): the containers whose output is followed, announced on stdout; the monitor's set. */
  private attach(): void {
    const services = attachServices(this.project, this.o, this.args);
    const engine = this.ctx.engine;
    const containers = projectContainers(engine, this.project.name, services.length ? { services } : {});
    if (containers.length) this.ctx.stdout.write(`Attaching to ${containers.map(nameWithoutProject).join(', ')}\n`);
    this.watched = containers.map((c) => ({ id: c.id, name: nameWithoutProject(c), service: serviceOf(c), logIndex: c.logs.length }));
    const monitor = this.args.length ? this.args : services;
    for (const c of projectContainers(engine, this.project.name, monitor.length ? { services: monitor } : {})) {
      this.monitored.set(c.id, { name: nameWithoutProject(c), service: serviceOf(c), finishedAt: c.state.finishedAt });
    }
  }

  /** New output of the attached containers (in time order), then the exits since the last look. */
  flush(): void {
    const entries: { t: number; order: number; w: Watched; c: ContainerRecord; i: number }[] = [];
    this.watched.forEach((w, order) => {
      const c = this.ctx.engine.state.containers[w.id];
      if (!c) return;
      for (let i = w.logIndex; i < c.logs.length; i++) entries.push({ t: c.logs[i].t, order, w, c, i });
      w.logIndex = c.logs.length;
    });
    entries.sort((a, b) => a.t - b.t || a.order - b.order || a.i - b.i);
    for (const { w, c, i } of entries) {
      const text = c.logs[i].text.replace(/\n$/, '');
      this.consumer.log(w.name, this.o.timestamps ? `${formatLogTimestamp(c.logs[i].t)} ${text}` : text, c.logs[i].stream);
    }
    for (const [id, m] of this.monitored) this.checkExit(id, m);
  }

  /** The monitor's die event: a status line, the container dropped unless restarting. */
  private checkExit(id: string, m: Monitored): void {
    const c = this.ctx.engine.state.containers[id];
    if (!c) {
      this.monitored.delete(id);
      return;
    }
    if (c.state.finishedAt <= m.finishedAt) return;
    m.finishedAt = c.state.finishedAt;
    const code = c.state.exitCode;
    if (c.state.status === 'restarting' || c.state.status === 'running') {
      this.consumer.status(m.name, `exited with code ${code} (restarting)`);
      return;
    }
    this.consumer.status(m.name, `exited with code ${code}`);
    this.monitored.delete(id);
    // The listeners in compose's order: stopOnFirstExit, then captureExitCodeFrom.
    if (!this.aborting && (this.o.abortOnExit || (this.o.abortOnFailure && code !== 0))) {
      this.aborting = true;
      this.exitCode = code;
      this.progress.on({ id: RESOURCE_COMPOSE, status: 'working', text: 'Stopping', details: 'Aborting on container exit...' });
    }
    if (this.o.exitCodeFrom === m.service && !this.captured) {
      this.captured = true;
      this.exitCode = code;
    }
  }

  /** stopApplication, and on a second Ctrl+C killApplication. */
  private async stopAll(ac: ApplyContext): Promise<void> {
    const { stopProject } = await import('../../../compose/apply/index.ts');
    try {
      await stopProject(ac, this.project, { services: this.args });
    } catch (e) {
      if (!(e instanceof Interrupted)) throw e;
      for (const c of projectContainers(this.ctx.engine, this.project.name, { services: this.args.length ? this.args : undefined, all: false })) {
        this.progress.on(ev.killing(containerId(c.name)));
        killContainer(this.ctx.engine, c, 'SIGKILL');
        this.progress.on(ev.killed(containerId(c.name)));
      }
    }
    this.ctx.engine.tick();
    this.flush();
  }

  /** The first Ctrl+C: "Gracefully Stopping...", then the stack is stopped. */
  private async gracefulStop(ac: ApplyContext): Promise<void> {
    this.progress.on({ id: RESOURCE_COMPOSE, status: 'working', text: 'Stopping', details: 'Gracefully Stopping... press Ctrl+C again to force' });
    await this.stopAll(ac);
  }

  /** Everything after create(): attach, start, follow until the end or Ctrl+C. */
  async run(ac: ApplyContext): Promise<number> {
    this.attach();
    const { startProject } = await import('../../../compose/apply/index.ts');
    try {
      await startProject(ac, this.project);
    } catch (e) {
      // Ctrl+C while the start phase waits: the event loop stops the stack all the same.
      if (e instanceof Interrupted) await this.gracefulStop(ac);
      throw e;
    }
    this.flush();
    while (this.monitored.size > 0) {
      if (this.aborting) {
        await this.stopAll(ac);
        break;
      }
      const r = await this.ctx.waitForChange();
      this.ctx.engine.tick();
      this.flush();
      if (r !== 'interrupted') continue;
      await this.gracefulStop(ac);
      throw new Interrupted(130);
    }
    if (this.exitCode === 0) return 0;
    this.ctx.stderr.write('\n');
    return this.exitCode;
  }
}
