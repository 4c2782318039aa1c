// The playground in real Chromium: the page loads only from its own origin under a strict CSP,
// the terminal shows a prompt, and a command typed on the keyboard gets its answer on screen.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './chromium.ts';
import { terminalText, visibleText, waitForText } from './screen.ts';

const PROMPT = 'learner@dockyard:~$ ';

/**
 * The command typed at the prompt and the answer the screen must then show. Keep both here:
 * when the simulator grows, change these two lines and nothing else.
 */
const COMMAND = 'docker --version';
const EXPECTED_ANSWER = /^Docker version \d+\.\d+\.\d+, build [0-9a-f]{7}$/m;

let browser: Browser;
let page: Page;
const problems: string[] = [];

/** How many lines start with the host prompt: each is one time the shell asked for input. */
const prompts = (text: string) => text.split('\n').filter((l) => l.startsWith(PROMPT.trimEnd())).length;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const origin = new URL(inject('baseUrl')).origin;
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) problems.push(`external request: ${r.url()}`);
  });
});

afterAll(async () => {
  await browser?.close();
});

describe('home page', () => {
  it('links to the lessons and the playground, with only small same-origin scripts', async () => {
    await page.goto(`${inject('baseUrl')}/`);
    await expect(page.locator('h1').textContent()).resolves.toContain('Docker');
    expect(await page.locator('a[href="/playground/"]').count()).toBeGreaterThan(0);
    expect(await page.locator('a[href^="/lessons/"]').count()).toBeGreaterThan(2);
    const scripts = await page.locator('script[src]').evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).src));
    expect(scripts.every((src) => src.startsWith(new URL(inject('baseUrl')).origin))).toBe(true);
    expect(await page.locator('script:not([src])').count()).toBe(0);
  });
});

describe('playground', () => {
  it('shows the prompt once the terminal is ready', async () => {
    await page.goto(`${inject('baseUrl')}/playground/`);
    await page.waitForSelector('[data-terminal][data-status="ready"]', { timeout: 15_000 });
    const text = await waitForText(page, (t) => t.endsWith(PROMPT.trimEnd()));
    expect(text).toContain('Welcome to the Dockyard playground');
    expect(await visibleText(page)).toContain(PROMPT.trimEnd());
  });

  it(`answers \`${COMMAND}\` typed at the prompt`, async () => {
    const before = prompts(await terminalText(page));
    await page.locator('.xterm-screen').click();
    await page.keyboard.type(COMMAND);
    await page.keyboard.press('Enter');
    // Done when the command's line is followed by a fresh prompt.
    const text = await waitForText(page, (t) => prompts(t) === before + 1 && t.endsWith(PROMPT.trimEnd()));
    const afterCommand = text.slice(text.lastIndexOf(`${PROMPT}${COMMAND}`));
    expect(afterCommand).toMatch(EXPECTED_ANSWER);
    expect(await visibleText(page)).toMatch(EXPECTED_ANSWER);
  });

  it('edits the line and recalls history from the keyboard', async () => {
    await page.keyboard.type('docker psx');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Control+U');
    await page.keyboard.press('ArrowUp');
    const text = await waitForText(page, (t) => t.endsWith(`${PROMPT}${COMMAND}`));
    expect(text.split('\n').at(-1)).toBe(`${PROMPT}${COMMAND}`);
    await page.keyboard.press('Control+C');
    await waitForText(page, (t) => t.endsWith(`${PROMPT}${COMMAND}^C\n${PROMPT.trimEnd()}`));
  });

  it('lets the keyboard leave the terminal with Esc then Tab', async () => {
    const terminalFocused = () =>
      page.evaluate(() => document.activeElement?.classList.contains('xterm-helper-textarea') ?? false);
    await page.locator('.xterm-screen').click();
    expect(await terminalFocused()).toBe(true);
    await page.keyboard.press('Tab'); // alone, Tab completes
    expect(await terminalFocused()).toBe(true);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    expect(await terminalFocused()).toBe(false);
  });

  it('loaded nothing from other origins and logged no errors', () => {
    expect(problems).toEqual([]);
  });
});
