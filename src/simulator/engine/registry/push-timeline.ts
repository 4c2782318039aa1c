// The progress a containerd-store push reports, simulated in time (moby daemon/containerd/
// progress.go, pushProgress): every 100 ms, and once more when the push ends, each tracked blob
// (layers; the manifests and config are not shown) is reported as "Waiting" until its upload
// has a status (the existence check and the upload request are in flight; "Unavailable" instead
// while retrying with a single-platform manifest), "Pushing" with its byte count, then "Pushed",
// "Layer already exists" or "Mounted from <repo>" once done. At most five uploads run at once
// (the daemon's max-concurrent-uploads). Blobs are listed bottom layer first (the daemon walks a
// Go map: its order varies from run to run).
import type { ProgressEvent, TimedEvent } from '../pull-timeline.ts';

export type BlobAction = { kind: 'exists' } | { kind: 'mount'; from: string } | { kind: 'upload' };

export interface PushBlob {
  /** Short id (12 hex). */
  id: string;
  size: number;
  action: BlobAction;
}

export interface PushSpeed {
  /** One request's round trip, ms. */
  latency: number;
  /** Upload bytes per ms. */
  bytesPerMs: number;
}

const TICK = 100;
const MAX_UPLOADS = 5;

interface Job extends PushBlob {
  /** When the tracker first has a status for it (the upload was accepted, or it is done). */
  statusAt: number;
  /** When bytes start and stop flowing (uploads). */
  sendAt: number;
  sentAt: number;
  end: number;
}

function schedule(blobs: PushBlob[], speed: PushSpeed): Job[] {
  const slots = Array.from({ length: MAX_UPLOADS }, () => 0);
  return blobs.map((b) => {
    const slot = slots.indexOf(Math.min(...slots));
    const start = slots[slot];
    const rounds = b.action.kind === 'exists' ? 1 : 2;
    const sendAt = start + rounds * speed.latency;
    const sentAt = b.action.kind === 'upload' ? sendAt + Math.ceil(b.size / speed.bytesPerMs) : sendAt;
    const end = b.action.kind === 'upload' ? sentAt + speed.latency : sendAt;
    slots[slot] = end;
    return { ...b, statusAt: b.action.kind === 'upload' ? sendAt : end, sendAt, sentAt, end };
  });
}

function doneStatus(job: Job): string {
  if (job.action.kind === 'exists') return 'Layer already exists';
  if (job.action.kind === 'mount') return `Mounted from ${job.action.from}`;
  return 'Pushed';
}

const bare = (id: string, status: string): ProgressEvent => ({ id, status, progress: { current: 0, total: 0 } });

/** One UpdateProgress round at time t over the jobs still tracked. */
function tick(t: number, jobs: Job[], waiting: string, out: TimedEvent[]): void {
  for (const job of [...jobs]) {
    if (t >= job.end) {
      out.push({ at: t, event: bare(job.id, doneStatus(job)) });
      jobs.splice(jobs.indexOf(job), 1);
      continue;
    }
    const sent = Math.min(job.size, Math.floor((job.size * (t - job.sendAt)) / Math.max(1, job.sentAt - job.sendAt)));
    if (t < job.statusAt || sent <= 0) out.push({ at: t, event: bare(job.id, waiting) });
    else out.push({ at: t, event: { id: job.id, status: 'Pushing', progress: { current: sent, total: job.size } } });
  }
}

/** The events of one push's blobs and the time it takes; `waiting` is "Unavailable" on a retry. */
export function pushTimeline(blobs: PushBlob[], speed: PushSpeed, waiting = 'Waiting'): { events: TimedEvent[]; duration: number } {
  const jobs = schedule(blobs, speed);
  const duration = Math.max(0, ...jobs.map((j) => j.end));
  const events: TimedEvent[] = [];
  const tracked = [...jobs];
  for (let t = TICK; t < duration; t += TICK) tick(t, tracked, waiting, events);
  tick(duration, tracked, waiting, events);
  return { events, duration };
}

/** The last round of a push that failed at once: every blob still waits for an answer. */
export function failedPushEvents(blobs: PushBlob[]): ProgressEvent[] {
  return blobs.map((b) => bare(b.id, 'Waiting'));
}
