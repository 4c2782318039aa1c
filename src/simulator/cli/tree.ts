// The docker command tree: management commands (docker container, docker image ...) and the
// top-level commands, including the legacy short forms (docker rm = docker container rm).
// Each group's folder exports its commands; this file only assembles them.
import type { CommandSpec, GroupSpec } from './command.ts';
import { composeGroup } from './commands/compose/index.ts';
import { containerCommands, containerTopLevel } from './commands/container/index.ts';
import { contextCommands } from './commands/context/index.ts';
import { builderCommands, buildxCommands } from './commands/buildx/index.ts';
import { imageCommands, imageTopLevel } from './commands/image/index.ts';
import { networkCommands } from './commands/network/index.ts';
import { registryTopLevel } from './commands/registry/index.ts';
import { systemCommands, systemTopLevel } from './commands/system/index.ts';
import { volumeCommands } from './commands/volume/index.ts';

export interface CommandTree {
  groups: GroupSpec[];
  top: CommandSpec[];
}

let tree: CommandTree | undefined;

export function commandTree(): CommandTree {
  tree ??= {
    groups: [
      { name: 'builder', short: 'Manage builds', commands: builderCommands },
      { name: 'buildx', short: 'Docker Buildx', commands: buildxCommands },
      composeGroup,
      { name: 'container', short: 'Manage containers', commands: containerCommands },
      { name: 'context', short: 'Manage contexts', commands: contextCommands },
      { name: 'image', short: 'Manage images', commands: imageCommands },
      { name: 'network', short: 'Manage networks', commands: networkCommands },
      { name: 'system', short: 'Manage Docker', commands: systemCommands },
      { name: 'volume', use: 'volume COMMAND', short: 'Manage volumes', commands: volumeCommands },
    ],
    top: [...containerTopLevel, ...imageTopLevel, ...registryTopLevel, ...systemTopLevel],
  };
  return tree;
}

/** The legacy top-level form of a command: same behaviour, its own name and use line. */
export function topLevel(spec: CommandSpec, name = spec.name, use = spec.use): CommandSpec {
  return { ...spec, name, use, aliases: [] };
}
