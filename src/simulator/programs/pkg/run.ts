// The package managers' entry point, loaded on first use: one module per manager, each loaded
// when its name is run (apt-get in a Debian build does not load npm's model).
import type { ExternalRequest } from '../../shell/context.ts';
import type { PkgHost } from './hook.ts';

export async function runPkg(req: ExternalRequest, host: PkgHost): Promise<number> {
  switch (req.name) {
    case 'apt-get':
    case 'apt':
      return (await import('./apt/apt-get.ts')).aptGet(req, host);
    case 'apk':
      return (await import('./apk.ts')).apk(req, host);
    case 'npm':
      return (await import('./npm/npm.ts')).npm(req, host);
    case 'yarn':
    case 'yarnpkg':
      return (await import('./npm/yarn.ts')).yarn(req, host);
    default:
      return (await import('./pip.ts')).pip(req, host);
  }
}
