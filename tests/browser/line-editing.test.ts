// The line editor's drawing checked against real xterm.js: random editing keys go to a narrow
// terminal and to the pure editor model, and after each key the screen's line and cursor must
// match the model, across wrapped rows and the right-margin edge case.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { createEditor, editLine, type EditorState } from '../../src/components/Terminal/line-editor.ts';
import { launchChromium } from './chromium.ts';

const PROMPT = 'learner@dockyard:~$ ';

/** Playwright key names and the xterm data each sends. Text keys send themselves. */
const KEYS: Record<string, string> = {
  ArrowLeft: '\x1b[D',
  ArrowRight: '\x1b[C',
  Backspace: '\x7f',
  Delete: '\x1b[3~',
  Home: '\x1b[H',
  End: '\x1b[F',
  'Control+w': '\x17',
  'Control+k': '\x0b',
  'Control+ArrowLeft': '\x1b[1;5D',
  'Control+ArrowRight': '\x1b[1;5C',
};
const TEXTS = ['a', 'bc', 'run ', 'docker '];

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 420, height: 600 } });
  await page.goto(`${inject('baseUrl')}/playground/`);
  await page.waitForSelector('[data-terminal][data-status="ready"]', { timeout: 15_000 });
});

afterAll(async () => {
  await browser?.close();
});

/** The logical line under the cursor (wrapped rows joined) and the cursor's cell within it. */
function readCursorLine(p: Page) {
  return p.evaluate(
    () =>
      new Promise<{ text: string; cell: number; cols: number }>((resolve) => {
        const term = window.__dockyardTerm;
        if (!term) throw new Error('no terminal');
        term.write('', () => {
          const b = term.buffer.active;
          const y = b.cursorY + b.baseY;
          let start = y;
          while (start > 0 && b.getLine(start)?.isWrapped) start--;
          let end = y;
          while (b.getLine(end + 1)?.isWrapped) end++;
          let text = '';
          for (let i = start; i <= end; i++) text += b.getLine(i)?.translateToString(false) ?? '';
          resolve({ text: text.trimEnd(), cell: (y - start) * term.cols + b.cursorX, cols: term.cols });
        });
      }),
  );
}

it('draws wrapped lines and the cursor exactly where the editor model says', async () => {
  let seed = 7;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const names = Object.keys(KEYS);
  let model: EditorState = createEditor();
  const { cols } = await readCursorLine(page);
  expect(cols).toBeLessThan(60); // narrow enough that lines wrap
  for (let i = 0; i < 300; i++) {
    if (random(2) === 0) {
      const text = TEXTS[random(TEXTS.length)];
      await page.keyboard.type(text);
      for (const ch of text) model = editLine(model, ch).state;
    } else {
      const name = names[random(names.length)];
      await page.keyboard.press(name);
      model = editLine(model, KEYS[name]).state;
    }
    if (model.line.length > 3 * cols) {
      await page.keyboard.press('Control+u');
      model = editLine(model, '\x15').state;
    }
    const screen = await readCursorLine(page);
    const want = { text: (PROMPT + model.line).trimEnd(), cell: PROMPT.length + model.cursor, cols };
    expect(screen, `after key ${i}`).toEqual(want);
  }
});
