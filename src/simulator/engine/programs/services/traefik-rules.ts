// Traefik's routers as the Docker provider builds them from container labels
// (traefik.http.routers.<name>.rule/.entrypoints/.service, traefik.http.services.<name>
// .loadbalancer.server.port, traefik.enable, traefik.docker.network), and its rule language:
// Host, Path, PathPrefix, Method, Header joined by &&, ||, ! and parentheses.
import type { HttpRequest } from '../../http/types.ts';
import { endpointsOf } from '../../network/endpoint-config.ts';
import type { ContainerRecord } from '../../state.ts';

export interface Router {
  name: string;
  rule: string;
  entryPoints: string[];
  service: string;
  container: ContainerRecord;
  port: number | undefined;
  network: string | undefined;
}

function normalize(name: string): string {
  return name.replace(/[^a-zA-Z0-9-]+/g, '-');
}

/** The routers one container's labels define (a default one when it has none). */
export function containerRouters(c: ContainerRecord, exposedByDefault: boolean, eps: string[]): Router[] {
  const labels = c.config.Labels ?? {};
  const enabled = labels['traefik.enable'] === 'true' || (exposedByDefault && labels['traefik.enable'] !== 'false');
  if (!enabled) return [];
  const project = labels['com.docker.compose.project'];
  const service = normalize(labels['com.docker.compose.service'] ? `${labels['com.docker.compose.service']}-${project}` : c.name.replace(/^\//, ''));
  const names = new Set<string>();
  for (const k of Object.keys(labels)) {
    const m = /^traefik\.http\.routers\.([^.]+)\./.exec(k);
    if (m) names.add(m[1]);
  }
  const svcPort = Object.entries(labels).find(([k]) => /^traefik\.http\.services\.[^.]+\.loadbalancer\.server\.port$/.test(k))?.[1];
  const exposed = Object.keys(c.config.ExposedPorts ?? {}).filter((p) => p.endsWith('/tcp'));
  const port = svcPort ? Number(svcPort) : exposed.length === 1 ? Number(exposed[0].split('/')[0]) : undefined;
  const list = names.size ? [...names] : [service];
  return list.map((name) => ({
    name: `${name}@docker`,
    rule: labels[`traefik.http.routers.${name}.rule`] ?? `Host(\`${service}\`)`,
    entryPoints: labels[`traefik.http.routers.${name}.entrypoints`]?.split(',').map((s) => s.trim()) ?? eps,
    service: `${labels[`traefik.http.routers.${name}.service`] ?? service}@docker`,
    container: c,
    port,
    network: labels['traefik.docker.network'],
  }));
}

/** The address traefik forwards to: the container's IP on the chosen (or a shared) network. */
export function backendIp(r: Router, shared: Set<string>): string | undefined {
  const eps = Object.entries(endpointsOf(r.container)).filter(([, ep]) => ep.IPAddress && ep.EndpointID);
  const pick = r.network ? eps.find(([n]) => n === r.network || n.endsWith(`_${r.network}`)) : eps.find(([, ep]) => shared.has(ep.NetworkID));
  return pick?.[1].IPAddress;
}

type Tok = string;

function tokens(rule: string): Tok[] {
  return rule.match(/&&|\|\||!|\(|\)|\w+\((?:`[^`]*`|"[^"]*"|\s|,)*\)/g) ?? [];
}

function args(call: string): string[] {
  return [...call.matchAll(/`([^`]*)`|"([^"]*)"/g)].map((m) => m[1] ?? m[2]);
}

function matcher(call: string, req: HttpRequest): boolean {
  const name = call.slice(0, call.indexOf('('));
  const a = args(call);
  const host = (req.headers.find(([k]) => k.toLowerCase() === 'host')?.[1] ?? '').replace(/:\d+$/, '').toLowerCase();
  const path = req.target.split('?')[0];
  switch (name) {
    case 'Host': return a.some((h) => h.toLowerCase() === host);
    case 'Path': return a.includes(path);
    case 'PathPrefix': return a.some((p) => path.startsWith(p));
    case 'Method': return a.includes(req.method);
    case 'Header': return req.headers.some(([k, v]) => k.toLowerCase() === a[0]?.toLowerCase() && v === a[1]);
    default: return false;
  }
}

/** Whether a request matches a rule. */
export function ruleMatches(rule: string, req: HttpRequest): boolean {
  const toks = tokens(rule);
  let i = 0;
  const or = (): boolean => {
    let v = and();
    while (toks[i] === '||') {
      i++;
      v = and() || v;
    }
    return v;
  };
  const and = (): boolean => {
    let v = unary();
    while (toks[i] === '&&') {
      i++;
      v = unary() && v;
    }
    return v;
  };
  const unary = (): boolean => {
    const t = toks[i++];
    if (t === '!') return !unary();
    if (t === '(') {
      const v = or();
      i++;
      return v;
    }
    return t !== undefined && matcher(t, req);
  };
  return toks.length > 0 && or();
}
