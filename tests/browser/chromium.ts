// Launches the system Chromium through playwright-core (Playwright's own browser download is
// not available here): $CHROMIUM_PATH, else /usr/bin/chromium. See scripts/ensure-chromium.mjs.
import { chromium, type Browser } from 'playwright-core';
import { findChromium } from '../../scripts/chromium-path.mjs';

export async function launchChromium(): Promise<Browser> {
  const { path } = findChromium();
  if (!path) {
    throw new Error('No Chromium found: set CHROMIUM_PATH or run `node scripts/ensure-chromium.mjs`.');
  }
  return chromium.launch({
    executablePath: path,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
