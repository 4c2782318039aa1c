import { describe, expect, it } from 'vitest';
import { createSimulator } from '../../../index.ts';

const NOW = Date.UTC(2026, 10, 25, 10, 0, 0);
const sim0 = () => createSimulator({ seed: 1, clock: () => NOW });
const fail = (stderr: string, exitCode = 1) => ({ stdout: '', stderr, exitCode });

describe('docker search', () => {
  it('prints the NAME / DESCRIPTION / STARS / OFFICIAL table, descriptions cut at 45 columns', async () => {
    const sim = sim0();
    expect(await sim.run('docker search --limit 3 o')).toEqual({
      stdout:
        'NAME       DESCRIPTION                                     STARS     OFFICIAL\n' +
        'postgres   The PostgreSQL object-relational database sy…   14300     [OK]\n' +
        'node       Node.js is a JavaScript-based platform for s…   13900     [OK]\n' +
        'mongo      MongoDB document databases provide high avai…   10600     [OK]\n',
      stderr: '',
      exitCode: 0,
    });
    expect((await sim.run('docker search --no-trunc --limit 1 postgres')).stdout).toBe(
      'NAME       DESCRIPTION                                                                                 STARS     OFFICIAL\n' +
        'postgres   The PostgreSQL object-relational database system provides reliability and data integrity.   14300     [OK]\n',
    );
  });

  it('filters by is-official and stars after the limit, and formats with a template or JSON', async () => {
    const sim = sim0();
    expect((await sim.run('docker search -f is-official=false --format "{{.Name}} {{.StarCount}}" grafana')).stdout).toBe('grafana/grafana 3300\n');
    // The Hub answers five; elasticsearch (6300 stars) is then filtered out.
    expect((await sim.run('docker search -f stars=10000 --limit 5 --format "{{.Name}}" e')).stdout).toBe('postgres\nnode\nredis\nalpine\n');
    expect((await sim.run('docker search --format json registry')).stdout).toBe(
      '{"Description":"Distribution implementation for storing and …","IsOfficial":"true","Name":"registry","StarCount":"4200"}\n',
    );
  });

  it('finds repositories pushed to the simulated Hub', async () => {
    const sim = sim0();
    await sim.run('docker pull -q alpine');
    await sim.run('docker tag alpine learner/tools');
    await sim.run('echo secret | docker login -u learner --password-stdin');
    await sim.run('docker push -q learner/tools');
    expect((await sim.run('docker search tools')).stdout).toBe('NAME            DESCRIPTION   STARS     OFFICIAL\nlearner/tools                 0         \n');
  });

  it("has the daemon's errors for filters, limits and terms", async () => {
    const sim = sim0();
    expect(await sim.run('docker search -f stars=abc x')).toEqual(fail(`Error response from daemon: invalid filter 'stars=abc': strconv.Atoi: parsing "abc": invalid syntax\n`));
    expect(await sim.run('docker search -f is-official=maybe x')).toEqual(fail("Error response from daemon: invalid filter 'is-official=[maybe]'\n"));
    expect(await sim.run('docker search -f foo=bar x')).toEqual(fail("Error response from daemon: invalid filter 'foo'\n"));
    expect(await sim.run('docker search --limit 101 x')).toEqual(fail('Error response from daemon: limit 101 is outside the range of [1, 100]\n'));
    expect(await sim.run('docker search http://x')).toEqual(fail('Error response from daemon: invalid repository name: repository name (http://x) should not have a scheme\n'));
    expect(await sim.run('docker search -f nope x')).toEqual(
      fail('invalid argument "nope" for "-f, --filter" flag: bad format of filter (expected name=value)\n\nUsage:  docker search [OPTIONS] TERM\n\nRun \'docker search --help\' for more information\n', 125),
    );
  });

  it('warns about is-automated, which finds nothing when true', async () => {
    const sim = sim0();
    expect(await sim.run('docker search -f is-automated=true nginx')).toEqual({
      stdout: 'NAME      DESCRIPTION   STARS     OFFICIAL\n',
      stderr: 'WARNING: the "is-automated" filter is deprecated, and searching for "is-automated=true" will not yield any results in future.\n',
      exitCode: 0,
    });
  });

  it('needs exactly one term', async () => {
    const sim = sim0();
    expect(await sim.run('docker search')).toEqual(
      fail("docker: 'docker search' requires 1 argument\n\nUsage:  docker search [OPTIONS] TERM\n\nRun 'docker search --help' for more information\n"),
    );
    expect((await sim.run('docker search --bogus x')).exitCode).toBe(125);
  });
});
