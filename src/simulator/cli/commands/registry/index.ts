// docker/cli's registry commands (cli/command/registry): login, logout and search, which exist
// only as top-level commands (there is no `docker registry` management command).
import type { CommandSpec } from '../../command.ts';
import { login } from './login.ts';
import { logout } from './logout.ts';
import { search } from './search.ts';

export const registryTopLevel: CommandSpec[] = [login, logout, search];
