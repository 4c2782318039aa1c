// The progress a containerd-store pull reports, simulated in time (daemon/containerd/progress.go):
// the unpacker hands each layer from the first missing snapshot chain upward to the fetch
// handlers ("Pulling fs layer"); bottom layers whose chain is already unpacked are skipped
// silently. Every 100 ms the daemon reports each tracked blob as Downloading, Download complete
// (or Already exists when the blob was there before), and each finished layer as Extracting
// until its snapshot is committed ("Pull complete"). Unpacking is sequential, bottom first.

export interface ProgressEvent {
  /** Layer short id, or the tag for "Pulling from"; absent for plain messages. */
  id?: string;
  status: string;
  /** jsonstream's progressDetail: present on progress updates, absent on plain messages. */
  progress?: { current: number; total: number; units?: string; hideCounts?: boolean };
}

export interface TimelineBlob {
  id: string;
  size: number;
  /** Unpacked size; undefined for blobs that are not layers (attestations). */
  unpacked?: number;
  /** The blob is in the content store already. */
  present: boolean;
}

export interface TimedEvent {
  at: number;
  event: ProgressEvent;
}

/** Simulated speeds: bytes per ms per download stream, and of extraction. */
const DOWNLOAD_BPMS = 11_000;
const DOWNLOAD_LATENCY = 180;
const EXTRACT_BPMS = 70_000;
const EXTRACT_OVERHEAD = 40;
const MAX_DOWNLOADS = 3;
const TICK = 100;

interface Job extends TimelineBlob {
  start: number;
  end: number;
  layer: boolean;
  prepared: number;
  committed: number;
  activeSince?: number;
}

function schedule(blobs: TimelineBlob[]): Job[] {
  const slots = Array.from({ length: MAX_DOWNLOADS }, () => 0);
  const jobs: Job[] = blobs.map((b) => {
    const job: Job = { ...b, start: 0, end: 0, layer: b.unpacked !== undefined, prepared: 0, committed: 0 };
    if (!b.present) {
      const slot = slots.indexOf(Math.min(...slots));
      job.start = slots[slot];
      job.end = job.start + DOWNLOAD_LATENCY + Math.ceil(b.size / DOWNLOAD_BPMS);
      slots[slot] = job.end;
    }
    return job;
  });
  let previous = 0;
  for (const job of jobs.filter((j) => j.layer)) {
    job.prepared = previous;
    const begin = Math.max(job.end, previous);
    job.committed = begin + EXTRACT_OVERHEAD + Math.ceil((job.unpacked ?? 0) / EXTRACT_BPMS);
    previous = job.committed;
  }
  return jobs;
}

function downloadUpdate(job: Job, t: number): ProgressEvent | undefined {
  const current = Math.floor((job.size * (t - job.start - DOWNLOAD_LATENCY)) / (job.end - job.start - DOWNLOAD_LATENCY));
  if (current <= 0) return undefined;
  return { id: job.id, status: 'Downloading', progress: { current: Math.min(current, job.size), total: job.size } };
}

/** One UpdateProgress round at time t: tracked blobs first, then the layers being unpacked. */
function tick(t: number, tracked: Job[], unpacking: Job[], out: TimedEvent[]): void {
  for (const job of [...tracked]) {
    if (!job.present && t < job.end) {
      if (t > job.start) {
        const ev = downloadUpdate(job, t);
        if (ev) out.push({ at: t, event: ev });
      }
      continue;
    }
    const status = job.present ? 'Already exists' : 'Download complete';
    out.push({ at: t, event: { id: job.id, status, progress: { current: 0, total: 0, hideCounts: true } } });
    tracked.splice(tracked.indexOf(job), 1);
    if (job.layer) unpacking.push(job);
  }
  for (const job of [...unpacking]) {
    if (job.committed <= t) {
      out.push({ at: t, event: { id: job.id, status: 'Pull complete', progress: { current: 0, total: 0, hideCounts: true } } });
      unpacking.splice(unpacking.indexOf(job), 1);
    } else if (job.prepared <= t) {
      job.activeSince ??= t;
      const seconds = Math.floor((t - job.activeSince) / 1000);
      out.push({ at: t, event: { id: job.id, status: 'Extracting', progress: { current: 1 + seconds, total: 0, units: 's' } } });
    }
  }
}

/**
 * The layer progress of one pull, after "Pulling from": `layers` from the first missing chain
 * up, then the non-layer blobs fetched with them. Returns the events and the time taken.
 */
export function pullTimeline(layers: TimelineBlob[], others: TimelineBlob[]): { events: TimedEvent[]; duration: number } {
  const jobs = schedule([...layers, ...others]);
  const events: TimedEvent[] = layers.map((l) => ({ at: 0, event: { id: l.id, status: 'Pulling fs layer', progress: { current: 0, total: 0 } } }));
  const duration = Math.max(0, ...jobs.map((j) => (j.layer ? j.committed : j.end)));
  const tracked = [...jobs];
  const unpacking: Job[] = [];
  for (let t = TICK; t < duration; t += TICK) tick(t, tracked, unpacking, events);
  // The final round after the pull finished (showProgress's last UpdateProgress).
  tick(duration, tracked, unpacking, events);
  return { events, duration };
}
