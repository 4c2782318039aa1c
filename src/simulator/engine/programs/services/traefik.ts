// Traefik as its image runs it: static configuration from --flags (or /etc/traefik/traefik.yml),
// its entrypoints (":80" named http by default), the API/dashboard on 8080 with
// --api.insecure=true, and the Docker provider, which reads the containers' labels through the
// mounted /var/run/docker.sock (traefik-proxy.ts routes by them). Logs in its console format.
import type { Engine } from '../../engine.ts';
import type { ContainerRecord } from '../../state.ts';
import type { ProgramContext } from '../types.ts';
import { filesOf, filesOfContainer, isoSeconds, lines, running, serverArgs, tagVersion } from './common.ts';
import { dockerSocketMounted, entrypoints, has, traefikConfig } from './traefik-config.ts';
import { traefikHttp } from './traefik-proxy.ts';
import type { ServiceModel } from './types.ts';

function start(ctx: ProgramContext, argv: string[]) {
  const cfg = traefikConfig(filesOf(ctx), argv.slice(1));
  const v = tagVersion(ctx.catalogImage, '3.7.11');
  const t = isoSeconds(ctx.now);
  const providers = ['*traefik.Provider', ...(has(cfg, 'providers.docker') ? ['*docker.Provider'] : []), '*acme.ChallengeTLSALPN'];
  const out = [
    `${t} INF Traefik version ${v} built on ${ctx.catalogImage?.created ?? t} version=${v}`,
    `${t} INF `,
    'Stats collection is disabled.',
    'Help us improve Traefik by turning this feature on :)',
    'More details on: https://doc.traefik.io/traefik/contributing/data-collection/',
    '',
    `${t} INF Starting provider aggregator *aggregator.ProviderAggregator`,
    ...providers.map((p) => `${t} INF Starting provider ${p}`),
  ];
  if (has(cfg, 'providers.docker') && !dockerSocketMounted(ctx.container)) {
    out.push(`${t} ERR Provider error, retrying in 662.622589ms error="Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?" providerName=docker`);
  }
  return running('traefik', lines('stdout', out));
}

function ports(engine: Engine, c: ContainerRecord): number[] {
  return [...entrypoints(traefikConfig(filesOfContainer(engine, c), serverArgs(engine, c).slice(1))).values()];
}

export const traefik: ServiceModel = {
  program: 'traefik',
  start,
  ports,
  http: { ...traefikHttp, listens: ports },
};
