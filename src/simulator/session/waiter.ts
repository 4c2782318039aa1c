// Waiting on behalf of the learner (an attached container, `logs -f`, `sleep`): real time when
// the clock is real, virtual time (the clock jumps, nothing waits) when a clock is injected.
// Ctrl+C (interrupt) ends any wait at once.
import type { Engine } from '../engine/engine.ts';

export type WaitResult = 'elapsed' | 'interrupted' | 'changed';

export class Waiter {
  private readonly engine: Engine;
  private readonly virtual: boolean;
  private wake?: (r: WaitResult) => void;
  private pendingInterrupt = false;

  constructor(engine: Engine, virtual: boolean) {
    this.engine = engine;
    this.virtual = virtual;
  }

  /** Ctrl+C: ends the current wait; remembered briefly if none is in progress. */
  interrupt(): void {
    if (this.wake) this.wake('interrupted');
    else this.pendingInterrupt = true;
  }

  /** Forget an interrupt that arrived while nothing was waiting. */
  reset(): void {
    this.pendingInterrupt = false;
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
    const start = this.engine.now();
    const deadline = start + ms;
    const next = this.engine.nextEventAt();
    const target = untilChange && next !== undefined ? Math.min(deadline, Math.max(next, start)) : deadline;
    if (this.virtual) {
      if (target === Infinity) return this.block(untilChange);
      this.engine.advance(target - start);
      this.engine.tick();
      return untilChange && target < deadline ? 'changed' : 'elapsed';
    }
    return this.realWait(target - start, untilChange, target < deadline);
  }

  private block(untilChange: boolean): Promise<WaitResult> {
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
          this.engine.tick();
          finish(untilChange && eventFirst ? 'changed' : 'elapsed');
        }, Math.max(0, Math.min(ms, 2 ** 31 - 1)));
      }
    });
  }
}
