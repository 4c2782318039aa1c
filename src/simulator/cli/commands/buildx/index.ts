// `docker buildx ...` (the buildx CLI plugin) and the `docker builder` commands the CLI forwards
// to it (cmd/docker/builder.go: `docker builder prune` runs `docker buildx prune`). Only the
// build-cache and version commands are simulated; `docker build` is image/build.ts.
import type { CommandSpec } from '../../command.ts';
import { build } from '../image/build.ts';
import { prune } from './prune.ts';
import { version } from './version.ts';

export const builderCommands: CommandSpec[] = [build, prune, version];

export const buildxCommands: CommandSpec[] = [build, prune, version];
