// `docker image ...` commands and their top-level forms (docker pull, docker images, docker rmi,
// docker tag, docker history, docker save, docker load), registered as docker/cli's image/cmd.go
// does.
import type { CommandSpec } from '../../command.ts';
import { build } from './build.ts';
import { history } from './history.ts';
import { inspect } from './inspect.ts';
import { load } from './load.ts';
import { ls } from './ls.ts';
import { prune } from './prune.ts';
import { pull } from './pull.ts';
import { push } from './push.ts';
import { rm } from './rm.ts';
import { save } from './save.ts';
import { tag } from './tag.ts';

/** The legacy top-level form of a command: same behaviour, its own name and use line. */
function topLevel(spec: CommandSpec, name = spec.name, use = spec.use): CommandSpec {
  return { ...spec, name, use, aliases: [] };
}

export const imageCommands: CommandSpec[] = [build, history, load, pull, push, save, tag, ls, rm, inspect, prune];

/** Top-level forms: docker pull, docker images (image ls), docker rmi (image rm), docker history, docker tag. */
export const imageTopLevel: CommandSpec[] = [
  topLevel(build),
  topLevel(pull),
  topLevel(push),
  topLevel(ls, 'images', 'images [OPTIONS] [REPOSITORY[:TAG]]'),
  topLevel(rm, 'rmi', 'rmi [OPTIONS] IMAGE [IMAGE...]'),
  topLevel(tag),
  topLevel(history),
  topLevel(save),
  topLevel(load),
];
