// Project names as compose-go's loader treats them: NormalizeProjectName (lowercase, keep only
// [a-z0-9_-], strip leading "_" and "-") and the error for an explicit name that is not already
// normal (`-p My_App`, COMPOSE_PROJECT_NAME).
import { ComposeError } from '../errors.ts';

export function normalizeProjectName(name: string): string {
  const kept = (name.toLowerCase().match(/[a-z0-9_-]/g) ?? []).join('');
  return kept.replace(/^[_-]+/, '');
}

/** loader.InvalidProjectNameErr (the name is printed with Go's %q). */
export function invalidProjectName(name: string): ComposeError {
  return new ComposeError(
    'invalid',
    `invalid project name ${JSON.stringify(name)}: must consist only of lowercase alphanumeric characters, hyphens, and underscores as well as start with a letter or number`,
  );
}

/** Throws unless an explicitly given name is already normalised (cli.WithName, loader.projectName). */
export function checkExplicitName(name: string): void {
  if (name !== normalizeProjectName(name)) throw invalidProjectName(name);
}
