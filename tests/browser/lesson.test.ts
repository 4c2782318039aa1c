// A lesson in real Chromium: run commands by click and by keyboard, read the answers from the
// screen, watch the state panel and the goals change; reload and find world, history and progress
// restored; reset; survive corrupt and disabled storage with a notice; pass axe-core.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './chromium.ts';
import { terminalText, visibleText, waitForText } from './screen.ts';

const PROMPT = 'learner@dockyard:~$';
const LESSON = '/lessons/first-container/';
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
let context: BrowserContext;
let page: Page;
const problems: string[] = [];

function watch(p: Page): void {
  const origin = new URL(inject('baseUrl')).origin;
  p.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  p.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  p.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) problems.push(`external request: ${r.url()}`);
  });
}

async function open(p: Page, path = LESSON): Promise<void> {
  await p.goto(`${inject('baseUrl')}${path}`);
  await p.waitForSelector('[data-terminal][data-status="ready"]', { timeout: 15_000 });
}

/** The command's answer: the text between its line and the next prompt. */
async function runAndRead(p: Page, command: string, how: () => Promise<void>): Promise<string> {
  const before = (await terminalText(p)).split('\n').filter((l) => l.startsWith(PROMPT)).length;
  await how();
  const text = await waitForText(p, (t) => t.split('\n').filter((l) => l.startsWith(PROMPT)).length === before + 1 && t.endsWith(PROMPT));
  const start = text.lastIndexOf(`${PROMPT} ${command}`);
  expect(start, `the screen shows the command ${command}`).toBeGreaterThanOrEqual(0);
  return text.slice(start + PROMPT.length + command.length + 2, text.lastIndexOf(PROMPT)).trim();
}

const goalDone = (p: Page, i: number) => p.locator(`[data-goal="${i}"]`).getAttribute('data-done');
const summary = (p: Page) => p.locator('[data-panel-summary]').innerText();

async function axeViolations(p: Page): Promise<string[]> {
  await p.evaluate(AXE); // evaluate, not a <script>: the page's CSP rightly refuses inline scripts
  const result = await p.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  page = await context.newPage();
  watch(page);
});

afterAll(async () => {
  await browser?.close();
});

describe('lesson 1', () => {
  it('opens with the text, an empty world and no goal done', async () => {
    await open(page);
    await expect(page.locator('h1').innerText()).resolves.toBe('Your first container');
    await waitForText(page, (t) => t.endsWith(PROMPT));
    expect(await terminalText(page)).toContain('This terminal is for the lesson "Your first container".');
    expect(await summary(page)).toBe('0 images, 0 containers');
    expect(await goalDone(page, 0)).toBe('false');
    await expect(page.locator('[data-goal-count]').innerText()).resolves.toBe('Goals 0 of 3');
  });

  it('runs a command from its Run button and shows the answer, the panel and a goal done', async () => {
    const answer = await runAndRead(page, 'docker run hello-world', () =>
      page.locator('button[data-run="docker run hello-world"]').first().click(),
    );
    expect(answer).toContain("Unable to find image 'hello-world:latest' locally");
    expect(answer).toContain('Hello from Docker!');
    // The screen shows the end of the message (the start has scrolled into the scrollback).
    expect(await visibleText(page)).toContain('For more examples and ideas, visit:');
    await page.waitForFunction(() => document.querySelector('[data-goal="0"]')?.getAttribute('data-done') === 'true');
    expect(await page.locator('[data-goal="0"] [data-goal-state]').innerText()).toBe('Done.');
    expect(await page.locator('[data-goal-announcer]').innerText()).toContain('Goal done: Run the hello-world image.');
    expect(await summary(page)).toBe('1 image, 1 container (0 running)');
    expect(await page.locator('.panel-list--containers .badge').innerText()).toBe('Exited (0)');
    expect(await page.locator('.panel-list--images strong').innerText()).toBe('hello-world:latest');
    expect(await page.locator('[data-goal="1"] [data-goal-state]').innerText()).toBe(
      'Not done yet: There is no container named greeter yet.',
    );
  });

  it('runs a typed command and opens a container’s details', async () => {
    await page.locator('.xterm-screen').click();
    const answer = await runAndRead(page, 'docker run --name greeter hello-world', async () => {
      await page.keyboard.type('docker run --name greeter hello-world');
      await page.keyboard.press('Enter');
    });
    expect(answer).toMatch(/^Hello from Docker!/);
    await page.waitForFunction(() => document.querySelector('[data-goal="1"]')?.getAttribute('data-done') === 'true');
    await expect(page.locator('[data-goal-count]').innerText()).resolves.toBe('Goals 2 of 3');
    expect(await page.locator('[data-complete]').isVisible()).toBe(false);
    expect(await summary(page)).toBe('1 image, 2 containers (0 running)');
    const card = page.locator('.panel-list--containers .panel-item', { hasText: 'greeter' });
    await card.locator('summary').click();
    expect(await card.locator('figcaption').innerText()).toBe(
      'Lifecycle: created, running, paused, exited, removed. greeter is exited. From here: docker start greeter, docker rm greeter.',
    );
    expect(await card.locator('.lc-state--current text').textContent()).toBe('exited');
  });

  it('enters an Ubuntu container, looks around, leaves with Ctrl+D and completes the lesson', async () => {
    await page.locator('button[data-run="docker run -it ubuntu bash"]').click();
    const inside = /root@[0-9a-f]{12}:\/# ?$/;
    await waitForText(page, (t) => inside.test(t));
    await page.waitForFunction(() => document.querySelector('.panel-list--containers .badge')?.textContent === 'Running');
    await page.keyboard.type('cat /etc/os-release');
    await page.keyboard.press('Enter');
    expect(await waitForText(page, (t) => t.includes('NAME="Ubuntu"') && inside.test(t))).toContain('ID=ubuntu');
    await page.keyboard.press('Control+D');
    const text = await waitForText(page, (t) => t.endsWith(PROMPT));
    expect(text).toMatch(/root@[0-9a-f]{12}:\/# exit\n/);
    await page.waitForFunction(() => document.querySelector('[data-goal="2"]')?.getAttribute('data-done') === 'true');
    await expect(page.locator('[data-goal-count]').innerText()).resolves.toBe('Goals 3 of 3');
    expect(await page.locator('[data-complete]').isVisible()).toBe(true);
    expect(await page.locator('[data-goal-announcer]').innerText()).toContain('Every goal is done: lesson complete.');
    expect(await summary(page)).toBe('2 images, 3 containers (0 running)');
  });

  it('reveals hints one at a time and the solution', async () => {
    const next = page.locator('[data-hint-next]');
    expect(await page.locator('[data-hint]:visible').count()).toBe(0);
    await next.click();
    expect(await page.locator('[data-hint]:visible').count()).toBe(1);
    await expect(next.innerText()).resolves.toBe('Show another hint (2 of 4)');
    await page.locator('[data-solution-toggle]').click();
    expect(await page.locator('#solution').isVisible()).toBe(true);
    expect(await page.locator('#solution code').innerText()).toContain('docker run --name greeter hello-world');
  });

  it('switches xterm’s screen reader mode on, and remembers it', async () => {
    const toggle = page.locator('[data-screen-reader]');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await page.waitForSelector('.xterm-accessibility-tree', { state: 'attached' });
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('dockyard:prefs') ?? '{}').state?.screenReader)).toBe(true);
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
  });

  it('resizes the split from the keyboard', async () => {
    const splitter = page.locator('[data-splitter]');
    await splitter.focus();
    await page.keyboard.press('ArrowRight');
    expect(await splitter.getAttribute('aria-valuenow')).toBe('55');
    await page.keyboard.press('Home');
    expect(await splitter.getAttribute('aria-valuenow')).toBe('25');
    await page.keyboard.press('Enter');
    expect(await splitter.getAttribute('aria-valuenow')).toBe('50');
  });

  it('restores the world, history, progress and hints after a reload', async () => {
    await page.reload();
    // Progress shows before the terminal has loaded, from storage alone.
    expect(await goalDone(page, 1)).toBe('true');
    await page.waitForSelector('[data-terminal][data-status="ready"]');
    const text = await waitForText(page, (t) => t.endsWith(PROMPT));
    expect(text).toContain('Welcome back to "Your first container".');
    await page.waitForFunction(() => document.querySelector('[data-panel-summary]')?.textContent === '2 images, 3 containers (0 running)');
    expect(await page.locator('[data-hint]:visible').count()).toBe(1);
    await page.locator('.xterm-screen').click();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await waitForText(page, (t) => t.endsWith(`${PROMPT} docker run -it ubuntu bash`));
    await page.keyboard.press('Control+U');
    const answer = await runAndRead(page, 'docker ps -a', async () => {
      await page.keyboard.type('docker ps -a');
      await page.keyboard.press('Enter');
    });
    expect(answer).toMatch(/^CONTAINER ID +IMAGE +COMMAND/);
    expect(answer).toMatch(/ greeter$/m);
  });

  it('shows the lesson complete on the home page', async () => {
    await page.goto(`${inject('baseUrl')}/`);
    const card = page.locator('[data-lesson-card][data-slug="first-container"]');
    await expect(card.locator('[data-progress]').innerText()).resolves.toBe('Complete ✓');
    await expect(page.locator('[data-lesson-card][data-slug="images-and-tags"] [data-progress]').innerText()).resolves.toBe(
      'Not started · 5 goals',
    );
  });

  it('keeps the playground’s world apart from the lesson’s', async () => {
    await open(page, '/playground/');
    await waitForText(page, (t) => t.endsWith(PROMPT));
    expect(await summary(page)).toBe('0 images, 0 containers');
    await runAndRead(page, 'docker pull alpine', async () => {
      await page.locator('.xterm-screen').click();
      await page.keyboard.type('docker pull alpine');
      await page.keyboard.press('Enter');
    });
    await page.waitForFunction(() => document.querySelector('[data-panel-summary]')?.textContent === '1 image, 0 containers');
    await page.reload();
    await page.waitForSelector('[data-terminal][data-status="ready"]');
    expect(await waitForText(page, (t) => t.endsWith(PROMPT))).toContain('Welcome back to the Dockyard playground');
    await page.waitForFunction(() => document.querySelector('[data-panel-summary]')?.textContent === '1 image, 0 containers');
  });

  it('previews what a published port answers, in a frame that runs no scripts', async () => {
    await runAndRead(page, 'docker run -d --name web -p 8080:80 nginx', async () => {
      await page.locator('.xterm-screen').click();
      await page.keyboard.type('docker run -d --name web -p 8080:80 nginx');
      await page.keyboard.press('Enter');
    });
    const button = page.locator('[data-preview-ports] button', { hasText: 'localhost:8080' });
    await button.click();
    await expect(page.locator('[data-preview-status]').innerText()).resolves.toBe('localhost:8080 answered HTTP 200.');
    const frame = page.locator('[data-preview-frame]');
    expect(await frame.getAttribute('sandbox')).toBe('');
    expect(await page.frameLocator('[data-preview-frame]').locator('h1').innerText()).toBe('Welcome to nginx!');
  });

  it('resets to the starting world, keeping history and completion', async () => {
    await open(page);
    page.once('dialog', (d) => void d.accept());
    await page.locator('[data-reset]').click();
    await page.waitForFunction(() => document.querySelector('[data-panel-summary]')?.textContent === '0 images, 0 containers');
    await page.waitForFunction(() => document.querySelector('[data-goal="0"]')?.getAttribute('data-done') === 'false');
    const text = await waitForText(page, (t) => t.endsWith(PROMPT));
    expect(text.startsWith('This terminal is for the lesson')).toBe(true);
    expect(await page.locator('[data-complete]').isVisible()).toBe(true);
    await page.locator('.xterm-screen').click();
    await page.keyboard.press('ArrowUp');
    await waitForText(page, (t) => t.endsWith(`${PROMPT} docker ps -a`));
    await page.keyboard.press('Control+U');
  });

  it('has no serious or critical accessibility problems (axe-core), light and dark', async () => {
    await page.locator('[data-hint-next]').click();
    expect(await axeViolations(page)).toEqual([]);
    await page.selectOption('[data-theme-select]', 'dark');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await axeViolations(page)).toEqual([]);
    await page.selectOption('[data-theme-select]', 'system');
  });

  it('loaded nothing from other origins and logged no errors', () => {
    expect(problems).toEqual([]);
  });
});

describe('damaged or missing storage', () => {
  it('recovers from corrupt saved state with a notice, and the lesson works', async () => {
    await page.evaluate(() => {
      localStorage.setItem('dockyard:progress', '{"state": {"lessons": 42}, "version": 1}');
      localStorage.setItem('dockyard:world:lesson:first-container', '{not json');
      localStorage.setItem('dockyard:history:lesson:first-container', 'null');
    });
    await open(page);
    await expect(page.locator('[data-notice="storage-corrupt"]').innerText()).resolves.toContain('could not be read');
    expect(await goalDone(page, 0)).toBe('false');
    const answer = await runAndRead(page, 'docker run hello-world', () => page.locator('button[data-run="docker run hello-world"]').first().click());
    expect(answer).toContain('Hello from Docker!');
    await page.waitForFunction(() => document.querySelector('[data-goal="0"]')?.getAttribute('data-done') === 'true');
    // The bad entries were replaced by good ones.
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('dockyard:progress') ?? 'null'));
    expect(saved.state.lessons['first-container'].goals).toEqual([true, false, false]);
  });

  it('restarts a saved world from another simulator version afresh, with a notice', async () => {
    await page.evaluate(() => localStorage.setItem('dockyard:world:lesson:first-container', JSON.stringify({ state: { snapshot: { version: 999 } }, version: 1 })));
    await open(page);
    await expect(page.locator('[data-notice="world-incompatible"]').innerText()).resolves.toContain('cannot be restored');
    expect(await summary(page)).toBe('0 images, 0 containers');
  });

  it('works in memory when the browser refuses storage, with a notice', async () => {
    const blocked = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await blocked.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const p = await blocked.newPage();
    await open(p);
    await expect(p.locator('[data-notice="storage-unavailable"]').innerText()).resolves.toContain('does not let this site save');
    const answer = await runAndRead(p, 'docker run hello-world', () => p.locator('button[data-run="docker run hello-world"]').first().click());
    expect(answer).toContain('Hello from Docker!');
    await p.waitForFunction(() => document.querySelector('[data-goal="0"]')?.getAttribute('data-done') === 'true');
    await blocked.close();
  });

  it('keeps going when storage is full', async () => {
    const full = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await full.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('quota', 'QuotaExceededError');
      };
    });
    const p = await full.newPage();
    await open(p);
    const answer = await runAndRead(p, 'docker run hello-world', () => p.locator('button[data-run="docker run hello-world"]').first().click());
    expect(answer).toContain('Hello from Docker!');
    await expect(p.locator('[data-notice="storage-full"]').innerText()).resolves.toContain('storage for this site is full');
    await full.close();
  });
});

describe('phone layout', () => {
  it('stacks the text above the workspace and runs commands by click', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true });
    const p = await phone.newPage();
    await p.goto(`${inject('baseUrl')}${LESSON}`);
    const reading = await p.locator('.lesson__reading').boundingBox();
    const workspace = await p.locator('.lesson__workspace').boundingBox();
    expect(reading && workspace && workspace.y > reading.y + reading.height - 1).toBe(true);
    expect(await p.locator('[data-splitter]').isVisible()).toBe(false);
    await p.locator('button[data-run="docker ps"]').first().tap();
    await p.waitForSelector('[data-terminal][data-status="ready"]');
    await waitForText(p, (t) => t.includes('CONTAINER ID') && t.endsWith(PROMPT));
    await phone.close();
  });
});
