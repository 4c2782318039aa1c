// Where the browser tests find Chromium: $CHROMIUM_PATH, else Debian's /usr/bin/chromium.
// Shared by scripts/ensure-chromium.mjs and tests/browser/chromium.ts.
import { accessSync, constants } from 'node:fs';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** @param {string} path */
function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The Chromium executable to use, or undefined when there is none.
 * @returns {{ path: string | undefined, fromEnv: boolean }}
 */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return { path: isExecutable(fromEnv) ? fromEnv : undefined, fromEnv: true };
  return { path: isExecutable(DEFAULT_CHROMIUM) ? DEFAULT_CHROMIUM : undefined, fromEnv: false };
}
