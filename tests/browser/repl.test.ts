// A program reading the terminal, in real Chromium: redis-cli under `docker exec -it` shows its
// own prompt, answers a command typed on the keyboard, and Ctrl+C at its prompt ends it; docker's
// [y/N] question takes its answer on the row it was asked on.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchChromium } from './chromium.ts';
import { waitForText } from './screen.ts';

const PROMPT = 'learner@dockyard:~$';
const REDIS = '127.0.0.1:6379>';

let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.goto(`${inject('baseUrl')}/playground/`);
  await page.waitForSelector('[data-terminal][data-status="ready"]', { timeout: 15_000 });
  await page.locator('[data-terminal-screen]').click();
});

afterAll(async () => {
  await browser?.close();
});

/** Type a line and wait until the screen's last line is `prompt` again, after `seen`. */
async function enter(line: string, prompt: string, seen = 0): Promise<string> {
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
  return waitForText(page, (t) => t.length > seen + line.length && t.endsWith(prompt), 60_000);
}

it('runs redis-cli at its own prompt and leaves it on Ctrl+C', async () => {
  let text = await waitForText(page, (t) => t.endsWith(PROMPT));
  text = await enter('docker run -d --name cache redis', PROMPT, text.length);
  text = await enter('docker exec -it cache redis-cli', REDIS, text.length);
  text = await enter('set greeting hello', REDIS, text.length);
  expect(text.split('\n').slice(-3)).toEqual([`${REDIS} set greeting hello`, 'OK', REDIS]);
  text = await enter('get greeting', REDIS, text.length);
  expect(text.split('\n').slice(-3)).toEqual([`${REDIS} get greeting`, '"hello"', REDIS]);
  await page.keyboard.press('Control+c');
  text = await waitForText(page, (t) => t.endsWith(PROMPT));
  expect(text.split('\n').slice(-2)).toEqual([`${REDIS} ^C`, PROMPT]);
  expect(problems).toEqual([]);
});

it('answers docker’s [y/N] question on the row it was asked on', async () => {
  let text = await waitForText(page, (t) => t.endsWith(PROMPT));
  await page.keyboard.type('docker container prune');
  await page.keyboard.press('Enter');
  text = await waitForText(page, (t) => t.endsWith('Are you sure you want to continue? [y/N]'));
  await page.keyboard.type('n');
  text = await waitForText(page, (t) => t.endsWith('[y/N] n'));
  await page.keyboard.press('Enter');
  text = await waitForText(page, (t) => t.endsWith(PROMPT));
  expect(text.split('\n').slice(-3)).toEqual(['WARNING! This will remove all stopped containers.', 'Are you sure you want to continue? [y/N] n', PROMPT]);
  expect(problems).toEqual([]);
});
