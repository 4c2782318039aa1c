import { describe, expect, it } from 'vitest';
import { fail, ok, setup } from './test-setup.ts';

const HELP = `Usage:  docker volume COMMAND

Manage volumes

Commands:
  create      Create a volume
  inspect     Display detailed information on one or more volumes
  ls          List volumes
  prune       Remove unused local volumes
  rm          Remove one or more volumes

Run 'docker volume COMMAND --help' for more information on a command.
`;

describe('docker volume', () => {
  it('prints its help: on stdout with --help, on stderr alone (exit 0)', async () => {
    const { sim } = setup();
    expect(await sim.run('docker volume --help')).toEqual(ok(HELP));
    expect(await sim.run('docker volume')).toEqual({ stdout: '', stderr: HELP, exitCode: 0 });
    expect(await sim.run('docker help volume')).toEqual(ok(HELP));
  });

  it('reports an unknown subcommand', async () => {
    const { sim } = setup();
    expect(await sim.run('docker volume list-all')).toEqual(
      fail("docker: unknown command: docker volume list-all\n\nUsage:  docker volume COMMAND\n\nRun 'docker volume --help' for more information\n"),
    );
  });
});
