// Serves the built site (dist/, from `astro build`; this setup builds nothing) on a free
// localhost port for the browser tests, and hands them its URL.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dist = fileURLToPath(new URL('../../dist', import.meta.url));
  if (!existsSync(`${dist}/playground/index.html`)) {
    throw new Error(`No built site in ${dist}: run \`npm run build\` first (npm run test:browser does).`);
  }
  const server = await startStaticServer(dist);
  project.provide('baseUrl', server.url);
  return () => server.close();
}
