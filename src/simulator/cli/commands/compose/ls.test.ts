import { describe, expect, it } from 'vitest';
import { fail, flagError, lines, ok, setup, STACK } from './test-setup.ts';

const FILES = { 'app/compose.yaml': STACK, 'blog/docker-compose.yml': 'services:\n  db:\n    image: redis:alpine\n' };

async function twoProjects() {
  const s = await setup({ up: true, files: FILES });
  await s.run('cd ../blog');
  await s.run('docker compose up -d');
  await s.run('docker compose stop');
  return s;
}

describe('docker compose ls', () => {
  it('lists the projects with running containers, their status counts and config files', async () => {
    const s = await twoProjects();
    expect(await s.run('docker compose ls')).toEqual(ok(lines(
      'NAME                STATUS              CONFIG FILES',
      'app                 running(2)          /home/learner/app/compose.yaml',
    )));
    expect(await s.run('docker compose ls -a')).toEqual(ok(lines(
      'NAME                STATUS              CONFIG FILES',
      'app                 running(2)          /home/learner/app/compose.yaml',
      'blog                exited(1)           /home/learner/blog/docker-compose.yml',
    )));
  });

  it('counts each state of a project, sorted: "exited(1), running(1)"', async () => {
    const s = await setup({ up: true });
    await s.run('docker compose stop cache');
    expect(await s.run('docker compose ls -a')).toEqual(ok(lines(
      'NAME                STATUS                  CONFIG FILES',
      'app                 exited(1), running(1)   /home/learner/app/compose.yaml',
    )));
  });

  it('-q, --filter name=, --format json', async () => {
    const s = await twoProjects();
    expect(await s.run('docker compose ls -aq')).toEqual(ok('app\nblog\n'));
    expect(await s.run('docker compose ls -a --filter name=bl -q')).toEqual(ok('blog\n'));
    expect(await s.run('docker compose ls -a --format json')).toEqual(ok(
      '[{"Name":"app","Status":"running(2)","ConfigFiles":"/home/learner/app/compose.yaml"},{"Name":"blog","Status":"exited(1)","ConfigFiles":"/home/learner/blog/docker-compose.yml"}]\n',
    ));
    expect(await s.run('docker compose ls --filter name=nothing --format json')).toEqual(ok('[]\n'));
  });

  it('fails on a bad filter or format, an argument and an unknown flag', async () => {
    const s = await setup();
    expect(await s.run('docker compose ls --filter status=running')).toEqual(fail("invalid filter 'status'\n"));
    expect(await s.run('docker compose ls --filter foo')).toEqual(fail('invalid argument "foo" for "--filter" flag: bad format of filter (expected name=value)\n'));
    expect(await s.run('docker compose ls --format yaml')).toEqual(fail('format value "yaml" could not be parsed: parsing failed\n'));
    expect(await s.run('docker compose ls extra')).toEqual(fail('unknown command "extra" for "docker compose ls"\n'));
    expect(await s.run('docker compose ls --services')).toEqual(flagError('unknown flag: --services'));
  });

  it('prints its help', async () => {
    const s = await setup({ images: [] });
    expect(await s.run('docker compose ls --help')).toEqual(ok(`Usage:  docker compose ls [OPTIONS]

List running compose projects

Options:
  -a, --all             Show all stopped Compose projects
      --dry-run         Execute command in dry run mode
      --filter filter   Filter output based on conditions provided
      --format string   Format the output. Values: [table | json]
                        (default "table")
  -q, --quiet           Only display project names
`));
  });
});
