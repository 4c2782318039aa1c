// The probes health checks and compose files run (pg_isready, mysqladmin ping,
// rabbitmq-diagnostics, rabbitmqctl) through the public API, locally and across a network.
import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../index.ts';

let now = Date.UTC(2026, 10, 25, 10, 0, 0);
const sim = createSimulator({ seed: 1, clock: () => now });
const run = (line: string) => {
  now += 1000;
  return sim.run(line);
};

describe('health probes', () => {
  it('pg_isready reports the server of its own container or the one a name reaches', async () => {
    await run('docker pull -q postgres');
    await run('docker pull -q mysql');
    await run('docker pull -q rabbitmq');
    await run('docker network create back');
    await run('docker run -d --name pg --network back -e POSTGRES_PASSWORD=x postgres');
    expect(await run('docker exec pg pg_isready')).toEqual({ stdout: '/var/run/postgresql:5432 - accepting connections\n', stderr: '', exitCode: 0 });
    expect(await run('docker exec pg pg_isready -U postgres -h pg')).toEqual({ stdout: 'pg:5432 - accepting connections\n', stderr: '', exitCode: 0 });
    expect(await run('docker exec pg pg_isready -h nosuch')).toEqual({ stdout: 'nosuch:5432 - no response\n', stderr: '', exitCode: 2 });
    expect(await run('docker exec pg pg_isready -p 5433 -q')).toEqual({ stdout: '', stderr: '', exitCode: 2 });
  });
  it('mysqladmin ping, and its errors for a name that does not resolve or a port nothing serves', async () => {
    await run('docker run -d --name my --network back -e MYSQL_ROOT_PASSWORD=x mysql');
    expect(await run('docker exec my mysqladmin ping -h127.0.0.1')).toEqual({ stdout: 'mysqld is alive\n', stderr: '', exitCode: 0 });
    expect(await run('docker exec my mysqladmin -h nosuch ping')).toEqual({ stdout: '', stderr: 'mysqladmin: connect to server at \'nosuch\' failed\nerror: \'Unknown MySQL server host \'nosuch\' (-2)\'\n', exitCode: 1 });
    expect(await run('docker exec my mysqladmin -h pg ping')).toEqual({ stdout: '', stderr: 'mysqladmin: connect to server at \'pg\' failed\nerror: \'Can\'t connect to MySQL server on \'pg:3306\' (111)\'\n', exitCode: 1 });
  });
  it('a health check with pg_isready makes the container healthy', async () => {
    await run('docker run -d --name pgh --health-cmd \"pg_isready -U postgres\" --health-interval 2s -e POSTGRES_PASSWORD=x postgres');
    await run('sleep 5');
    expect(await run('docker inspect -f \'{{.State.Health.Status}}\' pgh')).toEqual({ stdout: 'healthy\n', stderr: '', exitCode: 0 });
  });
  it('rabbitmq-diagnostics and rabbitmqctl', async () => {
    await run('docker run -d --name rmq rabbitmq');
    expect(await run('docker exec rmq rabbitmq-diagnostics ping')).toEqual({ stdout: 'Will ping rabbit@d86a5ec19172. This only checks if the OS process is running and registered with epmd. Timeout: 60000 ms.\nPing succeeded\n', stderr: '', exitCode: 0 });
    expect(await run('docker exec rmq rabbitmq-diagnostics -q check_running')).toEqual({ stdout: 'RabbitMQ on node rabbit@d86a5ec19172 is fully booted and running\n', stderr: '', exitCode: 0 });
    expect(await run('docker exec rmq rabbitmqctl list_users')).toEqual({ stdout: 'Listing users ...\nuser\ttags\nguest\t[administrator]\n', stderr: '', exitCode: 0 });
  });
});
