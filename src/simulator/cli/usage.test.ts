import { describe, expect, it } from 'vitest';
import { argsError, commandHelp, flagUsages, groupHelp, groupUseLine } from './usage.ts';
import type { CommandSpec } from './command.ts';

const rm: CommandSpec = {
  name: 'rm',
  use: 'rm [OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Remove one or more containers',
  aliasesLine: 'docker container rm, docker container remove, docker rm',
  flags: [
    { name: 'force', short: 'f', type: 'bool', usage: 'Force the removal of a running container (uses SIGKILL)' },
    { name: 'link', short: 'l', type: 'bool', usage: 'Remove the specified link' },
    { name: 'volumes', short: 'v', type: 'bool', usage: 'Remove anonymous volumes associated with the container' },
  ],
  run: () => 0,
};

describe('help text', () => {
  it('lays out a command as docker rm --help does', () => {
    expect(commandHelp('docker', rm)).toBe(
      [
        'Usage:  docker rm [OPTIONS] CONTAINER [CONTAINER...]',
        '',
        'Remove one or more containers',
        '',
        'Aliases:',
        '  docker container rm, docker container remove, docker rm',
        '',
        'Options:',
        '  -f, --force     Force the removal of a running container (uses SIGKILL)',
        '  -l, --link      Remove the specified link',
        '  -v, --volumes   Remove anonymous volumes associated with the container',
        '',
      ].join('\n'),
    );
  });
  it('aligns type labels and wraps long usage at 80 columns as pflag does', () => {
    const text = flagUsages([
      { name: 'all', short: 'a', type: 'bool', usage: 'Show all containers (default shows just running)' },
      { name: 'filter', short: 'f', type: 'list', typeLabel: 'filter', usage: 'Filter output based on conditions provided' },
      { name: 'format', type: 'string', usage: "Format output using a custom template:\n'table':            Print output in table format with column headers (default)" },
    ]);
    expect(text.split('\n')[0]).toBe('  -a, --all             Show all containers (default shows just running)');
    expect(text.split('\n')[1]).toBe('  -f, --filter filter   Filter output based on conditions provided');
    expect(text.split('\n')[2]).toBe('      --format string   Format output using a custom template:');
    expect(text.split('\n')[3]).toBe("                        'table':            Print output in table format");
    expect(text.split('\n')[4]).toBe('                        with column headers (default)');
  });
});

describe('group help and argument errors', () => {
  const noop = () => 0;
  const sub = (name: string, short: string): CommandSpec => ({ name, use: `${name} [OPTIONS]`, short, flags: [], run: noop });

  it('lists subcommands by name, padded to cobra NamePadding', () => {
    const group = { name: 'volume', use: 'volume COMMAND', short: 'Manage volumes', commands: [sub('rm', 'Remove one or more volumes'), sub('create', 'Create a volume')] };
    expect(groupHelp('docker volume', group)).toBe(
      [
        'Usage:  docker volume COMMAND',
        '',
        'Manage volumes',
        '',
        'Commands:',
        '  create      Create a volume',
        '  rm          Remove one or more volumes',
        '',
        "Run 'docker volume COMMAND --help' for more information on a command.",
        '',
      ].join('\n'),
    );
    expect(groupUseLine(group)).toBe('docker volume COMMAND');
  });

  it("words each of cli/required.go's messages", () => {
    const spec = (args: CommandSpec['args']): CommandSpec => ({ ...sub('x', ''), use: 'x ARG', args });
    const tail = "\n\nUsage:  docker x ARG\n\nRun 'docker x --help' for more information";
    expect(argsError('docker x', spec({ min: 2, max: 2 }), 'docker', 1)).toBe(`docker: 'docker x' requires 2 arguments${tail}`);
    expect(argsError('docker x', spec({ min: 1, max: 1 }), 'docker', 0)).toBe(`docker: 'docker x' requires 1 argument${tail}`);
    expect(argsError('docker x', spec({ min: 1, max: 2 }), 'docker', 3)).toBe(`docker: 'docker x' requires at least 1 and at most 2 arguments${tail}`);
    expect(argsError('docker x', spec({ max: 1 }), 'docker', 2)).toBe(`docker: 'docker x' requires at most 1 argument${tail}`);
    expect(argsError('docker x', spec({ max: 0 }), 'docker', 1)).toBe(`docker: 'docker x' accepts no arguments${tail}`);
    expect(argsError('docker x', spec({ min: 2 }), 'docker', 1)).toBe(
      "docker: 'docker x' requires at least 2 arguments\n\nUsage:  docker x ARG\n\nSee 'docker x --help' for more information",
    );
    expect(argsError('docker x', spec({ min: 1 }), 'docker', 1)).toBeUndefined();
  });
});
