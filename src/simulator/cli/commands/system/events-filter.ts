// The daemon's event filter (moby daemon/events/filter.go): every key given must match. type
// and event are exact (health_status, exec_create and exec_start by prefix); container,
// network, volume, plugin ... match the actor's ID or name attribute by prefix, whatever the
// event's type (so only the container's own events pass container=web); image matches an
// image event's ID or name, or a container event's image, with or without the tag; label
// matches the attributes ("key" or "key=value").
import type { EventRecord } from '../../../engine/state.ts';

export type EventFilters = Map<string, string[]>;

function exact(f: EventFilters, key: string, ...values: string[]): boolean {
  const want = f.get(key);
  return !want || want.some((w) => values.includes(w));
}

/** fuzzyMatchName: the actor's ID or its name attribute starts with a wanted value (any event type). */
function fuzzyActor(f: EventFilters, key: string, e: EventRecord): boolean {
  const want = f.get(key);
  if (!want) return true;
  const name = e.attrs.name ?? '';
  return want.some((w) => e.id.startsWith(w) || name.startsWith(w));
}

function stripTag(image: string): string {
  const at = image.indexOf('@');
  if (at !== -1) return image.slice(0, at);
  const colon = image.lastIndexOf(':');
  return colon > image.lastIndexOf('/') ? image.slice(0, colon) : image;
}

function matchImage(f: EventFilters, e: EventRecord): boolean {
  const name = e.attrs[e.type === 'image' ? 'name' : 'image'] ?? '';
  return exact(f, 'image', e.id, name, stripTag(e.id), stripTag(name));
}

function matchLabels(f: EventFilters, attrs: Record<string, string>): boolean {
  return (f.get('label') ?? []).every((l) => {
    const i = l.indexOf('=');
    return i === -1 ? l in attrs : attrs[l.slice(0, i)] === l.slice(i + 1);
  });
}

export function eventMatches(f: EventFilters, e: EventRecord): boolean {
  const fuzzyEvent = (f.get('event') ?? []).some((v) => ['health_status', 'exec_create', 'exec_start'].includes(v));
  return (
    (fuzzyEvent ? (f.get('event') ?? []).some((v) => e.action.startsWith(v)) : exact(f, 'event', e.action)) &&
    exact(f, 'type', e.type) &&
    exact(f, 'scope', 'local') &&
    fuzzyActor(f, 'container', e) &&
    fuzzyActor(f, 'network', e) &&
    fuzzyActor(f, 'volume', e) &&
    fuzzyActor(f, 'plugin', e) &&
    fuzzyActor(f, 'service', e) &&
    fuzzyActor(f, 'node', e) &&
    fuzzyActor(f, 'secret', e) &&
    fuzzyActor(f, 'config', e) &&
    matchImage(f, e) &&
    matchLabels(f, e.attrs)
  );
}
