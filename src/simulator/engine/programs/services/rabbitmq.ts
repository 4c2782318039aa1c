// rabbitmq-server as the rabbitmq image runs it: the entrypoint rejects the deprecated
// RABBITMQ_SSL_* / *_FILE variables; the broker prints its banner and boot log (trimmed) on
// stdout, creates the default vhost and user (RABBITMQ_DEFAULT_USER/PASS, guest/guest) the
// first time its node's data directory (named after the hostname) is empty, and listens on 5672
// (AMQP), 15692 (Prometheus) and with the management plugin 15672 (rabbitmq-http.ts).
import type { Engine } from '../../engine.ts';
import type { ContainerRecord } from '../../state.ts';
import type { OutputChunk, ProgramContext } from '../types.ts';
import { erlangTime, exists, failed, filesOf, lines, running, writeFiles } from './common.ts';
import { hasManagement, rabbitHttp, rabbitUser } from './rabbitmq-http.ts';
import type { ServiceModel } from './types.ts';

const DEPRECATED = [
  'RABBITMQ_DEFAULT_PASS_FILE', 'RABBITMQ_DEFAULT_USER_FILE', 'RABBITMQ_MANAGEMENT_SSL_CACERTFILE', 'RABBITMQ_MANAGEMENT_SSL_CERTFILE', 'RABBITMQ_MANAGEMENT_SSL_DEPTH',
  'RABBITMQ_MANAGEMENT_SSL_FAIL_IF_NO_PEER_CERT', 'RABBITMQ_MANAGEMENT_SSL_KEYFILE', 'RABBITMQ_MANAGEMENT_SSL_VERIFY', 'RABBITMQ_SSL_CACERTFILE', 'RABBITMQ_SSL_CERTFILE',
  'RABBITMQ_SSL_DEPTH', 'RABBITMQ_SSL_FAIL_IF_NO_PEER_CERT', 'RABBITMQ_SSL_KEYFILE', 'RABBITMQ_SSL_VERIFY', 'RABBITMQ_VM_MEMORY_HIGH_WATERMARK',
];

function plugins(management: boolean): string[] {
  return management ? ['rabbitmq_prometheus', 'rabbitmq_management', 'rabbitmq_management_agent', 'rabbitmq_web_dispatch'] : ['rabbitmq_prometheus'];
}

function banner(v: string, otp: string, management: boolean): string[] {
  const confs = ['/etc/rabbitmq/conf.d/10-defaults.conf', ...(management ? ['/etc/rabbitmq/conf.d/20-management_agent.disable_metrics_collector.conf'] : [])];
  return [
    '', `  ##  ##      RabbitMQ ${v}`, '  ##  ##', '  ##########  Copyright (c) 2007-2026 Broadcom Inc and/or its subsidiaries', '  ######  ##',
    '  ##########  Licensed under the MPL 2.0. Website: https://rabbitmq.com', '', `  Erlang:      ${otp} [jit]`,
    '  Release series support status: see https://www.rabbitmq.com/release-information', '',
    '  Doc guides:  https://www.rabbitmq.com/docs', '  Support:     https://www.rabbitmq.com/docs/contact', '  Tutorials:   https://www.rabbitmq.com/tutorials',
    '  Monitoring:  https://www.rabbitmq.com/docs/monitoring', '  Upgrading:   https://www.rabbitmq.com/docs/upgrade', '', '  Logs: <stdout>', '',
    `  Config file(s): ${confs.join('\n                 ')}`, '',
  ];
}

function bootLines(ctx: ProgramContext, fresh: boolean, management: boolean): string[] {
  const t = erlangTime(ctx.now);
  const node = `rabbit@${ctx.container.config.Hostname}`;
  const { user } = rabbitUser(ctx.env);
  const ps = plugins(management);
  const setup = fresh
    ? [`Adding vhost '/' (description: 'Default virtual host', tags: [])`, `Created user '${user}'`, `Successfully set user tags for user '${user}' to [administrator]`, `Successfully set permissions for user '${user}' in virtual host '/' to '.*', '.*', '.*'`]
    : [];
  const info = (pid: string, msg: string) => `${t} [info] <0.${pid}.0> ${msg}`;
  return [
    info('254', ` node           : ${node}`),
    info('254', ' home dir       : /var/lib/rabbitmq'),
    info('254', ` data dir       : /var/lib/rabbitmq/mnesia/${node}`),
    ...setup.map((m) => info('712', m)),
    info('893', 'started TCP listener on [::]:5672'),
    ...(management ? [info('932', 'Management plugin: HTTP (non-TLS) listener started on port 15672')] : []),
    info('940', 'Prometheus metrics: HTTP (non-TLS) listener started on port 15692'),
    info('9', 'Ready to start client connection listeners'),
    info('9', `Server startup complete; ${ps.length} plugins started.`),
    ...ps.map((p) => info('9', ` * ${p}`)),
  ];
}

function start(ctx: ProgramContext) {
  const bad = DEPRECATED.filter((k) => ctx.env[k]);
  if (bad.length) {
    const msg = [...bad.map((k) => `error: ${k} is set but deprecated`), 'error: deprecated environment variables detected', '', 'Please use a configuration file instead; visit https://www.rabbitmq.com/configure.html to learn more', ''];
    return failed('rabbitmq-server', lines('stderr', msg));
  }
  const fs = filesOf(ctx);
  const dataDir = `/var/lib/rabbitmq/mnesia/rabbit@${ctx.container.config.Hostname}`;
  const fresh = !exists(fs, dataDir);
  writeFiles(fs, { [`${dataDir}/`]: '', '/var/lib/rabbitmq/.erlang.cookie': 'DOCKYARDCOOKIE' }, 999);
  const management = hasManagement(ctx.engine, ctx.container);
  const v = ctx.env.RABBITMQ_VERSION ?? '4.3.5';
  const t = erlangTime(ctx.now);
  const output: OutputChunk[] = [
    ...lines('stdout', [`${t} [notice] <0.44.0> Application syslog exited with reason: stopped`, `${t} [notice] <0.254.0> Logging: switching to configured handler(s); following messages may not be visible in this log output`]),
    ...lines('stdout', banner(v, ctx.env.OTP_VERSION ?? '27.3.4', management)),
    { stream: 'stdout', text: `  Starting broker...${t} [info] <0.254.0> \n` },
    ...lines('stdout', bootLines(ctx, fresh, management)),
    { stream: 'stdout', text: ` completed with ${plugins(management).length} plugins.\n` },
  ];
  return running('rabbitmq-server', output);
}

function stop(_engine: Engine, _c: ContainerRecord, at: number): OutputChunk[] {
  const t = erlangTime(at);
  return lines('stdout', [`${t} [info] <0.804.0> RabbitMQ is asked to stop...`, `${t} [info] <0.804.0> Successfully stopped RabbitMQ and its dependencies`, `${t} [info] <0.9.0> Halting Erlang VM with the following applications:`]);
}

export const rabbitmq: ServiceModel = {
  program: 'rabbitmq-server',
  start,
  ports: (engine, c) => [4369, 5672, 15692, 25672, ...(hasManagement(engine, c) ? [15672] : [])],
  http: rabbitHttp,
  stop,
};
