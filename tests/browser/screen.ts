// Reads the playground terminal's text from the page. `terminalText` reads xterm's buffer
// (scrollback included) through the page's test hook; `visibleText` reads the rows xterm's
// DOM renderer shows, so a test also sees what a learner sees.
import type { Page } from 'playwright-core';

export async function terminalText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const term = window.__dockyardTerm;
    if (!term) return '';
    const buffer = term.buffer.active;
    const lines: string[] = [];
    for (let i = 0; i < buffer.length; i++) {
      const line = buffer.getLine(i);
      if (!line) continue;
      const text = line.translateToString(true);
      if (line.isWrapped && lines.length > 0) lines[lines.length - 1] += text;
      else lines.push(text);
    }
    return lines.join('\n').trimEnd();
  });
}

export async function visibleText(page: Page): Promise<string> {
  return page.$$eval('.xterm-rows > div', (rows) =>
    rows
      .map((row) => (row.textContent ?? '').replace(/\u00a0/g, ' ').trimEnd())
      .join('\n')
      .trimEnd(),
  );
}

/** Wait until the terminal's text satisfies `done`; fail with the text seen so far. */
export async function waitForText(page: Page, done: (text: string) => boolean, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let text = '';
  while (Date.now() < deadline) {
    text = await terminalText(page);
    if (done(text)) return text;
    await page.waitForTimeout(50);
  }
  throw new Error(`Timed out waiting for the terminal. It shows:\n${text}`);
}
