// The daemon's event log (moby daemon/events): what `docker events` and `docker system events`
// read. Each event is a type (container, image, network, volume), an action and an actor (an ID
// and attributes: a container's labels, image and name; an image's labels and name ...). The
// daemon keeps only the last 256 in memory (eventsLimit); `--since` can reach no further back.
import type { Engine } from './engine.ts';
import type { ContainerRecord, EventRecord, NetworkRecord } from './state.ts';

const EVENTS_LIMIT = 256;

/** Record an event at `at` (the simulated time it happened). */
export function logEvent(engine: Engine, type: EventRecord['type'], action: string, id: string, attrs: Record<string, string>, at = engine.now()): void {
  const log = (engine.state.events ??= []);
  const seq = (log[log.length - 1]?.seq ?? 0) + 1;
  log.push({ seq, time: at, type, action, id, attrs });
  if (log.length > EVENTS_LIMIT) log.splice(0, log.length - EVENTS_LIMIT);
}

/** LogContainerEventWithAttributes: the container's labels, then image and name, then `extra`. */
export function logContainerEvent(engine: Engine, c: ContainerRecord, action: string, extra: Record<string, string> = {}, at = engine.now()): void {
  logEvent(engine, 'container', action, c.id, { ...c.config.Labels, image: c.config.Image, name: c.name, ...extra }, at);
}

/** LogNetworkEventWithAttributes for a container joining or leaving a network. */
export function logEndpointEvent(engine: Engine, c: ContainerRecord, net: NetworkRecord | undefined, action: 'connect' | 'disconnect', at = engine.now()): void {
  if (!net) return;
  logEvent(engine, 'network', action, net.id, { container: c.id, name: net.name, type: net.driver }, at);
}

/** The network events of a whole sandbox: every network the container is attached to. */
export function logSandboxEvents(engine: Engine, c: ContainerRecord, action: 'connect' | 'disconnect', at = engine.now()): void {
  for (const [name, ep] of Object.entries(c.networks ?? {})) {
    const net = engine.state.networks[ep.NetworkID] ?? Object.values(engine.state.networks).find((n) => n.name === name);
    logEndpointEvent(engine, c, net, action, at);
  }
}

/** An image event: the image's labels (when it still exists) and the name it is known by. */
export function logImageEvent(engine: Engine, id: string, name: string, action: string, at = engine.now()): void {
  const image = Object.values(engine.state.images).find((im) => im.id === id || im.repoTags.includes(id));
  logEvent(engine, 'image', action, id, { ...(image?.config.Labels ?? {}), ...(name ? { name } : {}) }, at);
}

/** The events from `since` to `until` (ms, inclusive; either open), oldest first. */
export function eventsBetween(engine: Engine, since?: number, until?: number): EventRecord[] {
  return (engine.state.events ?? []).filter((e) => (since === undefined || e.time >= since) && (until === undefined || e.time <= until));
}
