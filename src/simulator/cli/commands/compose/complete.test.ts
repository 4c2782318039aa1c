// Tab completion of `docker compose`: subcommands after the root flags (whose values are skipped),
// the root flags and the values compose completes, and service names for the subcommands that
// take them, read from the project's containers (the project found as compose finds it).
import { describe, expect, it } from 'vitest';
import { composeCommands } from './index.ts';
import { setup } from './test-setup.ts';

const SUBCOMMANDS = composeCommands.map((c) => c.name).sort();
const at = (line: string, candidates: string[]) => ({ start: line.length - (/\S*$/.exec(line)?.[0].length ?? 0), candidates });

describe('docker compose tab completion', () => {
  it('lists the subcommands, after root flags and their values too', async () => {
    const s = await setup({ images: [] });
    for (const line of ['docker compose ', 'docker compose -f compose.yaml -p demo ', 'docker compose --project-name=demo --dry-run ', 'docker compose --progress plain ']) {
      expect(s.sim.complete(line)).toEqual(at(line, SUBCOMMANDS));
    }
    expect(s.sim.complete('docker compose -f x.yml u')).toEqual(at('docker compose -f x.yml u', ['up']));
    expect(s.sim.complete('docker compose --pro')).toEqual(at('docker compose --pro', ['--profile', '--progress', '--project-directory', '--project-name']));
    expect(s.sim.complete('docker compose --progress ')).toEqual(at('docker compose --progress ', ['auto', 'json', 'plain', 'quiet', 'tty']));
    expect(s.sim.complete('docker compose -f ')).toEqual(at('docker compose -f ', []));
  });

  it('completes service names from the project of the working directory', async () => {
    const s = await setup({ up: true });
    for (const line of ['docker compose logs ', 'docker compose exec ', 'docker compose restart ', 'docker compose -p app stop ', 'docker compose logs --tail 5 ']) {
      expect(s.sim.complete(line)).toEqual(at(line, ['cache', 'web']));
    }
    expect(s.sim.complete('docker compose logs w')).toEqual(at('docker compose logs w', ['web']));
    expect(s.sim.complete('docker compose ls ')).toEqual(at('docker compose ls ', []));
    expect(s.sim.complete('docker compose logs --t')).toEqual(at('docker compose logs --t', ['--tail', '--timestamps']));
    expect(s.sim.complete('docker compose -p ')).toEqual(at('docker compose -p ', ['app']));
    // Below the project directory compose still finds the file; above it, no project.
    await s.run('mkdir sub && cd sub');
    expect(s.sim.complete('docker compose ps ')).toEqual(at('docker compose ps ', ['cache', 'web']));
    await s.run('cd ../..');
    expect(s.sim.complete('docker compose ps ')).toEqual(at('docker compose ps ', []));
    expect(s.sim.complete('docker compose -f app/compose.yaml ps ')).toEqual(at('docker compose -f app/compose.yaml ps ', ['cache', 'web']));
    expect(s.sim.complete('docker compose -p other ps ')).toEqual(at('docker compose -p other ps ', []));
  });
});
