// The service models, a chunk loaded on first use (../models.ts): which model runs a program,
// found by the program's name (mongod, mysqld, apache2-foreground ...) or, for images whose own
// entrypoint wraps the server (/run.sh, /entrypoint.sh), by the image's repository.
import type { ContainerRecord } from '../../state.ts';
import type { HttpService } from '../../http/types.ts';
import { mongod } from './mongod.ts';
import { postgres } from './postgres.ts';
import { mysqld } from './mysqld.ts';
import { mariadbd } from './mariadbd.ts';
import { apache } from './apache-php.ts';
import { redis } from './redis.ts';
import { memcached } from './memcached.ts';
import { rabbitmq } from './rabbitmq.ts';
import { elasticsearch } from './elasticsearch.ts';
import { traefik } from './traefik.ts';
import { grafana } from './grafana.ts';
import { prometheus } from './prometheus.ts';
import { portainer } from './portainer.ts';
import { gitea } from './gitea.ts';
import { pgadmin } from './pgadmin.ts';
import { nginx } from './nginx.ts';
import { whoami } from './whoami.ts';
import { mongoExpress } from './mongo-express.ts';
import { kibana } from './kibana.ts';
import { adminer } from './adminer.ts';
import { zulip } from './zulip.ts';
import { registryServer } from '../../registry/server/model.ts';
import type { ServiceModel, ServicePack } from './types.ts';
import { processArgv } from './process-argv.ts';

const MODELS: ServiceModel[] = [registryServer, mongod, postgres, mysqld, mariadbd, apache, redis, memcached, rabbitmq, elasticsearch, traefik, grafana, prometheus, portainer, gitea, pgadmin, nginx, whoami, mongoExpress, kibana, adminer, zulip];

const BY_PROGRAM: Record<string, ServiceModel> = Object.fromEntries(MODELS.map((m) => [m.program, m]));

/** Programs that are another model's, by the name the image runs them under. */
const ALIASES: Record<string, string> = {};

/** Repositories whose entrypoint is a wrapper script: the model of the server it starts. */
const BY_REPO: Record<string, string> = { registry: 'registry', 'grafana/grafana': 'grafana', 'gitea/gitea': 'gitea', 'docker.gitea.com/gitea': 'gitea', 'dpage/pgadmin4': 'pgadmin4', 'traefik/whoami': 'traefik-whoami', kibana: 'kibana', 'docker.elastic.co/kibana/kibana': 'kibana', adminer: 'adminer', 'ghcr.io/zulip/zulip-server': 'zulip' };

export function servicePack(): ServicePack {
  const http: Record<string, HttpService> = {};
  for (const m of MODELS) if (m.http) http[m.program] = m.http;
  return {
    modelFor: (program, repo) => BY_PROGRAM[ALIASES[program] ?? program] ?? (repo ? BY_PROGRAM[BY_REPO[repo]] : undefined),
    modelOf: (c: ContainerRecord) => (c.process ? BY_PROGRAM[c.process.program] : undefined),
    argvOf: (engine, c) => (c.process && BY_PROGRAM[c.process.program] ? processArgv(engine, c, c.process.program) : undefined),
    http,
  };
}
