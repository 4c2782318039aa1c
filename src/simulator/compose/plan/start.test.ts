// The start phase as data: dependency order, waits for healthy/completed dependencies, --wait.
import { describe, expect, it } from 'vitest';
import type { Project, ServiceConfig, ServiceDependency } from '../model.ts';
import { withSelectedServices } from './select.ts';
import { startSteps, waitMessages } from './start.ts';

const dep = (condition: ServiceDependency['condition'], required = true): ServiceDependency => ({ condition, required, restart: false });

function project(services: ServiceConfig[]): Project {
  return {
    name: 'nc', workingDir: '/p', composeFiles: [], environment: {}, disabledServices: {}, networks: {}, volumes: {},
    secrets: {}, configs: {}, extensions: {}, services: Object.fromEntries(services.map((s) => [s.name, s])),
  };
}

const nextcloud = project([
  { name: 'app', image: 'nextcloud', dependsOn: { db: dep('service_healthy'), redis: dep('service_started') } },
  { name: 'cron', image: 'nextcloud', dependsOn: { app: dep('service_started') } },
  { name: 'db', image: 'postgres' },
  { name: 'redis', image: 'redis' },
  { name: 'migrate', image: 'nextcloud', deploy: { replicas: 0 } },
]);

describe('startSteps', () => {
  it('starts dependencies first and waits only for healthy/completed conditions', () => {
    expect(startSteps(nextcloud)).toEqual([
      { type: 'StartService', service: 'db' },
      { type: 'StartService', service: 'redis' },
      { type: 'WaitFor', service: 'app', dependency: 'db', condition: 'service_healthy', required: true },
      { type: 'StartService', service: 'app' },
      { type: 'StartService', service: 'cron' },
    ]);
  });

  it('waits for a one-shot job to complete', () => {
    const p = project([
      { name: 'migrate', image: 'app', command: ['migrate'] },
      { name: 'web', image: 'app', dependsOn: { migrate: dep('service_completed_successfully') } },
    ]);
    expect(startSteps(p, { wait: true })).toEqual([
      { type: 'StartService', service: 'migrate' },
      { type: 'WaitFor', service: 'web', dependency: 'migrate', condition: 'service_completed_successfully', required: true },
      { type: 'StartService', service: 'web' },
      { type: 'WaitFor', service: 'nc', dependency: 'migrate', condition: 'service_completed_successfully', required: true },
      { type: 'WaitFor', service: 'nc', dependency: 'web', condition: 'running_or_healthy', required: true },
    ]);
  });

  it('does not wait for services left out by --no-deps', () => {
    expect(startSteps(withSelectedServices(nextcloud, ['app'], true))).toEqual([{ type: 'StartService', service: 'app' }]);
  });

  it('has the failure texts', () => {
    expect(waitMessages.dependencyFailed(waitMessages.unhealthy('nc-db-1'))).toBe('dependency failed to start: container nc-db-1 is unhealthy');
    expect(waitMessages.notCompleted('migrate', 1)).toBe('service "migrate" didn\'t complete successfully: exit 1');
  });
});
