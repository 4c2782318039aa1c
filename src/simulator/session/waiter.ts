// Waiting on behalf of the learner (an attached container, `logs -f`, `sleep`): real time when
// the clock is real, virtual time (the clock jumps, nothing waits) when a clock is injected.
// Ctrl+C (interrupt) ends any wait at once. Time passing runs the world's events through
// `settle` (the runtime's, so processes woken by them run before the wait ends).
import type { Engine } from '../engine/engine.ts';

export type WaitResult = 'elapsed' | 'interrupted' | 'changed';

/** Virtual-time waits one `run` may take before it counts as interrupted. */
const MAX_VIRTUAL_WAITS = 5_000;

export class Waiter {
  private readonly engine: Engine;
  private readonly virtual: boolean;
  private readonly settle: () => Promise<void>;
  private wake?: (r: WaitResult) => void;
  private pendingInterrupt = false;
  /** Virtual-time waits since the last reset (one `run`). */
  private virtualWaits = 0;
  /** Told when a wait starts that only a change or Ctrl+C ends (RunIO.onWait of the `run`). */
  onWait?: () => void;

  constructor(engine: Engine, virtual: boolean, settle?: () => Promise<void>) {
    this.engine = engine;
    this.virtual = virtual;
    this.settle = settle ?? (async () => engine.tick());
  }

  /** Ctrl+C: ends the current wait; remembered briefly if none is in progress. */
  interrupt(): void {
    if (this.wake) this.wake('interrupted');
    else this.pendingInterrupt = true;
  }

  /** Forget an interrupt that arrived while nothing was waiting. */
  reset(): void {
    this.pendingInterrupt = false;
    this.virtualWaits = 0;
  }

  /**
   * Wait up to `ms` (Infinity: until interrupted), returning early with 'changed' when
   * `untilChange` and the world changes. Scheduled events (a process exiting) count as changes.
   */
  async wait(ms: number, untilChange = false): Promise<WaitResult> {
    if (this.pendingInterrupt) {
      this.pendingInterrupt = false;
      return 'interrupted';
    }
    // Processes may still be running (a container's main process just started): let them reach
    // their next wait first; a change they make meanwhile is a change the caller waits for.
    let changed = false;
    const off = untilChange ? this.engine.subscribe(() => (changed = true)) : undefined;
    await this.settle();
    off?.();
    if (changed) return 'changed';
    const start = this.engine.now();
    const deadline = start + ms;
    const next = this.engine.nextEventAt();
    const target = untilChange && next !== undefined ? Math.min(deadline, Math.max(next, start)) : deadline;
    if (this.virtual) {
      if (target === Infinity) return this.block(untilChange);
      // Let a Ctrl+C from the caller land, and end a wait chain that would never end by itself
      // (an attached `while true; do ...; sleep 1; done`) as if the learner had pressed it.
      if (target > start) await new Promise<void>((resolve) => setTimeout(() => resolve(), 0));
      if (this.pendingInterrupt || ++this.virtualWaits > MAX_VIRTUAL_WAITS) {
        this.pendingInterrupt = false;
        return 'interrupted';
      }
      this.engine.advance(target - start);
      await this.settle();
      return untilChange && target < deadline ? 'changed' : 'elapsed';
    }
    return this.realWait(target - start, untilChange, target < deadline);
  }

  private block(untilChange: boolean): Promise<WaitResult> {
    this.onWait?.();
    return new Promise((resolve) => {
      const off = untilChange ? this.engine.subscribe(() => finish('changed')) : undefined;
      const finish = (r: WaitResult) => {
        off?.();
        this.wake = undefined;
        resolve(r);
      };
      this.wake = finish;
    });
  }

  private realWait(ms: number, untilChange: boolean, eventFirst: boolean): Promise<WaitResult> {
    this.onWait?.();
    return new Promise((resolve) => {
      let timer: unknown;
      const off = untilChange ? this.engine.subscribe(() => finish('changed')) : undefined;
      const finish = (r: WaitResult) => {
        if (timer !== undefined) clearTimeout(timer);
        off?.();
        this.wake = undefined;
        resolve(r);
      };
      this.wake = finish;
      if (ms !== Infinity) {
        timer = setTimeout(() => {
          timer = undefined;
          void this.settle().then(() => finish(untilChange && eventFirst ? 'changed' : 'elapsed'));
        }, Math.max(0, Math.min(ms, 2 ** 31 - 1)));
      }
    });
  }
}
