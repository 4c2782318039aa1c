import { describe, expect, it } from 'vitest';
import { fail, flagError, idOf, lines, ok, setup } from './test-setup.ts';

const HEADER = 'NAME          IMAGE          COMMAND                  SERVICE   CREATED         STATUS        PORTS';

describe('docker compose ps', () => {
  it('lists the running containers sorted by name, with compose columns', async () => {
    const s = await setup({ up: true });
    expect(await s.run('docker compose ps')).toEqual(ok(lines(
      HEADER,
      'app-cache-1   redis:alpine   "docker-entrypoint.s…"   cache     2 seconds ago   Up 1 second   6379/tcp',
      'app-web-1     nginx:alpine   "/docker-entrypoint.…"   web       2 seconds ago   Up 1 second   0.0.0.0:8080->80/tcp, [::]:8080->80/tcp',
    )));
  });

  it('-q prints full IDs, --services the service names, a service argument narrows the list', async () => {
    const s = await setup({ up: true });
    expect(await s.run('docker compose ps -q')).toEqual(ok(lines(idOf(s, 'app-cache-1'), idOf(s, 'app-web-1'))));
    expect(await s.run('docker compose ps --services')).toEqual(ok('cache\nweb\n'));
    const r = await s.run('docker compose ps --format "{{.Name}} {{.Service}} {{.State}}" web');
    expect(r).toEqual(ok('app-web-1 web running\n'));
  });

  it('shows stopped containers only with -a or a status filter', async () => {
    const s = await setup({ up: true });
    await s.run('docker compose stop cache');
    expect(await s.run('docker compose ps --format "{{.Name}}"')).toEqual(ok('app-web-1\n'));
    expect(await s.run('docker compose ps -a --format "table {{.Name}}\t{{.Status}}"')).toEqual(ok(lines(
      'NAME          STATUS',
      'app-cache-1   Exited (0) 2 seconds ago',
      'app-web-1     Up 3 seconds',
    )));
    expect(await s.run('docker compose ps --status exited --format "{{.Name}} {{.ExitCode}}"')).toEqual(ok('app-cache-1 0\n'));
    expect(await s.run('docker compose ps --filter status=running -q')).toEqual(ok(`${idOf(s, 'app-web-1')}\n`));
  });

  it('--format json prints one object per container, as docker/cli marshals the context', async () => {
    const s = await setup({ up: true });
    await s.run('docker compose stop cache');
    const r = await s.run('docker compose ps --format json');
    expect(r.stderr).toBe('');
    const web = JSON.parse(r.stdout.trim());
    expect(Object.keys(web)).toEqual([
      'Command', 'CreatedAt', 'ExitCode', 'Health', 'ID', 'Image', 'Labels', 'LocalVolumes', 'Mounts', 'Name', 'Names',
      'Networks', 'Ports', 'Project', 'Publishers', 'RunningFor', 'Service', 'Size', 'State', 'Status',
    ]);
    expect(web).toMatchObject({
      ID: idOf(s, 'app-web-1').slice(0, 12), Name: 'app-web-1', Project: 'app', Service: 'web', State: 'running', Networks: 'app_default',
      Publishers: [{ URL: '0.0.0.0', TargetPort: 80, PublishedPort: 8080, Protocol: 'tcp' }, { URL: '::', TargetPort: 80, PublishedPort: 8080, Protocol: 'tcp' }],
    });
    // json.Marshal escapes ">" inside the context's MarshalJSON.
    expect(r.stdout).toContain('"Ports":"0.0.0.0:8080-\\u003e80/tcp, [::]:8080-\\u003e80/tcp"');
  });

  it('prints only the header before anything is up', async () => {
    const s = await setup();
    expect(await s.run('docker compose ps')).toEqual(ok('NAME      IMAGE     COMMAND   SERVICE   CREATED   STATUS    PORTS\n'));
  });

  it('fails on a bad filter, an unknown service, a bad template, a missing file and an unknown flag', async () => {
    const s = await setup({ up: true });
    expect(await s.run('docker compose ps --filter foo')).toEqual(fail('arguments to --filter should be in form KEY=VAL\n'));
    expect(await s.run('docker compose ps --filter source=x')).toEqual(fail('not implemented\n'));
    expect(await s.run('docker compose ps --filter bar=1')).toEqual(fail('unknown filter bar\n'));
    expect(await s.run('docker compose ps nope')).toEqual(fail('no such service: nope\n'));
    expect(await s.run("docker compose ps --format '{{.Foo}}'")).toEqual(
      fail('template parsing error: template: :1:2: executing "" at <.Foo>: can\'t evaluate field Foo in type *formatter.ContainerContext\n'),
    );
    await s.run('cd /');
    expect(await s.run('docker compose ps')).toEqual(fail('no configuration file provided: not found\n'));
    expect(await s.run('docker compose ps --foo')).toEqual(flagError('unknown flag: --foo'));
  });

  it('with -p alone lists the project from its labels, wherever the shell is', async () => {
    const s = await setup({ up: true });
    await s.run('cd /');
    expect(await s.run('docker compose -p app ps --format "{{.Name}}"')).toEqual(ok('app-cache-1\napp-web-1\n'));
  });

  it('prints its help', async () => {
    const s = await setup();
    const r = await s.run('docker compose ps --help');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe(`Usage:  docker compose ps [OPTIONS] [SERVICE...]

List containers

Options:
  -a, --all                  Show all stopped containers (including those
                             created by the run command)
      --dry-run              Execute command in dry run mode
      --filter string        Filter services by a property (supported
                             filters: status)
      --format string        Format output using a custom template:
                             'table':            Print output in table
                             format with column headers (default)
                             'table TEMPLATE':   Print output in table
                             format using the given Go template
                             'json':             Print in JSON format
                             'TEMPLATE':         Print output using the
                             given Go template.
                             Refer to
                             https://docs.docker.com/go/formatting/ for
                             more information about formatting output
                             with templates (default "table")
      --no-trunc             Don't truncate output
      --orphans              Include orphaned services (not declared by
                             project) (default true)
  -q, --quiet                Only display IDs
      --services             Display services
      --status stringArray   Filter services by status. Values: [paused |
                             restarting | removing | running | dead |
                             created | exited]
`);
  });
});
