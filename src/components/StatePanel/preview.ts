// The preview: what `localhost:PORT` answers for each port a running container publishes, fetched
// through the simulator's HTTP method and shown in a sandboxed iframe that runs no scripts (an
// empty `sandbox` attribute: no scripts, no forms, no same-origin access). Shown only when the
// simulator has an HTTP method and something is published.
import type { WorldView } from '../../simulator/index.ts';
import { h } from './dom.ts';

export interface PublishedPort {
  /** 'localhost:8080' */
  address: string;
  port: string;
  containers: string[];
}

type HttpAnswer = { status: number; headers: Record<string, string>; body: string } | { error: string };
export type HttpCall = (url: string) => Promise<HttpAnswer>;

/** Host ports published by running containers, in port order. */
export function publishedPorts(world: WorldView): PublishedPort[] {
  const byPort = new Map<string, string[]>();
  for (const c of world.containers) {
    if (c.status !== 'running') continue;
    for (const p of c.ports) if (p.hostPort && p.containerPort.endsWith('/tcp')) byPort.set(p.hostPort, [...new Set([...(byPort.get(p.hostPort) ?? []), c.name])]);
  }
  return [...byPort.entries()]
    .sort((a, b) => Number(a[0]) - Number(b[0]))
    .map(([port, containers]) => ({ address: `localhost:${port}`, port, containers }));
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

/** What the iframe shows: an HTML answer as the page itself, anything else as plain text. */
export function previewDocument(answer: { headers: Record<string, string>; body: string }): string {
  const type = Object.entries(answer.headers).find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? '';
  return /html/i.test(type) ? answer.body : `<pre style="white-space:pre-wrap;font:13px monospace">${escapeHtml(answer.body)}</pre>`;
}

export interface PreviewView {
  update(world: WorldView): void;
}

export function createPreview(root: HTMLElement, http: () => HttpCall | undefined): PreviewView {
  const box = root.querySelector<HTMLElement>('[data-preview]');
  const ports = box?.querySelector<HTMLElement>('[data-preview-ports]');
  const status = box?.querySelector<HTMLElement>('[data-preview-status]');
  const frame = box?.querySelector<HTMLIFrameElement>('[data-preview-frame]');
  let shown = '';

  async function open(target: PublishedPort): Promise<void> {
    const call = http();
    if (!call || !status || !frame) return;
    status.textContent = `Asking ${target.address}…`;
    let answer: HttpAnswer;
    try {
      answer = await call(`http://${target.address}/`);
    } catch {
      answer = { error: 'The simulator could not make the request.' };
    }
    if ('error' in answer) {
      status.textContent = `${target.address}: ${answer.error}`;
      frame.hidden = true;
      return;
    }
    status.textContent = `${target.address} answered HTTP ${answer.status}.`;
    frame.title = `What ${target.address} answers`;
    frame.srcdoc = previewDocument(answer);
    frame.hidden = false;
  }

  return {
    update(world) {
      if (!box || !ports) return;
      const list = http() ? publishedPorts(world) : [];
      box.hidden = list.length === 0;
      const key = JSON.stringify(list);
      if (key === shown) return;
      shown = key;
      ports.replaceChildren(
        ...list.map((p) => {
          const b = h('button', { type: 'button', class: 'tool-button' }, p.address);
          b.setAttribute('aria-label', `Preview ${p.address} (${p.containers.join(', ')})`);
          b.addEventListener('click', () => void open(p));
          return b;
        }),
      );
    },
  };
}
