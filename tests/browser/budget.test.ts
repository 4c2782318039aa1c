// The terminal's bundle budget in the real page (issue 7): what a lesson page loads once the
// terminal starts (the workspace, xterm.js and the simulator's start-up chunk) stays within
// 150 KB gzipped, and the rest of the simulator loads with the first command. `npm run budgets`
// prints the same figures with timings; tests/bundle/ checks the simulator's share at unit level.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './chromium.ts';
import { waitForText } from './screen.ts';

const TERMINAL_BUDGET = 150 * 1024;
const DIST = fileURLToPath(new URL('../../dist', import.meta.url));
const PROMPT = 'learner@dockyard:~$';

let browser: Browser;
let page: Page;

/** Scripts fetched since `from` (a performance.now() time), by URL path. */
function scriptsSince(p: Page, from: number | 'workspace-import'): Promise<string[]> {
  return p.evaluate((t) => {
    const start = t === 'workspace-import' ? (performance.getEntriesByName('dockyard:workspace-import')[0]?.startTime ?? 0) : t;
    return performance
      .getEntriesByType('resource')
      .filter((e) => e.startTime >= start && new URL(e.name).pathname.endsWith('.js'))
      .map((e) => new URL(e.name).pathname);
  }, from);
}

const gzip = (path: string) => gzipSync(readFileSync(`${DIST}${path}`), { level: 9 }).length;

beforeAll(async () => {
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
});

afterAll(async () => {
  await browser?.close();
});

describe('the terminal’s bundle budget', () => {
  it('loads at most 150 KB gzipped when the terminal starts, the simulator’s runtime not among it', async () => {
    await page.goto(`${inject('baseUrl')}/lessons/first-container/`);
    await page.waitForSelector('[data-terminal][data-status="ready"]', { timeout: 15_000 });
    await waitForText(page, (t) => t.endsWith(PROMPT));
    const scripts = await scriptsSince(page, 'workspace-import');
    const total = scripts.reduce((n, s) => n + gzip(s), 0);
    expect(total, scripts.map((s) => `${s} ${(gzip(s) / 1024).toFixed(1)} KB`).join(', ')).toBeLessThanOrEqual(TERMINAL_BUDGET);
    expect(scripts.some((s) => /\/simulator-live\./.test(s))).toBe(false);
  });

  it('tab-completes before the first command, which then loads the runtime and answers', async () => {
    await page.locator('.xterm-screen').click();
    await page.keyboard.type('docker ru');
    await page.keyboard.press('Tab');
    await waitForText(page, (t) => t.endsWith(`${PROMPT} docker run`));
    const before = await page.evaluate(() => performance.now());
    await page.keyboard.type(' hello-world');
    await page.keyboard.press('Enter');
    await waitForText(page, (t) => t.includes('Hello from Docker!') && t.endsWith(PROMPT));
    const loaded = await scriptsSince(page, before);
    expect(loaded.some((s) => /\/simulator-live\./.test(s))).toBe(true);
    expect(loaded.some((s) => /\/hello-world\./.test(s))).toBe(true);
    expect(loaded.some((s) => /\/postgres\./.test(s))).toBe(false);
  });
});
