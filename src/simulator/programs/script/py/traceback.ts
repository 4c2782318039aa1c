// CPython's report of an uncaught exception: "Traceback (most recent call last):", a File/line/
// in-function entry per frame with its source line, the caret under a name that is not defined,
// the frozen os frame of an environ lookup, then "Type: message".
import type { PyRaise } from './values.ts';
import { str } from './values.ts';

export interface Frame { name: string; line: number }

export function traceback(e: PyRaise & { frames?: Frame[]; col?: number; width?: number; frozen?: string }, file: string, source: string, outer = ''): string {
  const lines = source.split('\n');
  const frames = e.frames ?? [{ name: '<module>', line: e.line ?? 1 }];
  let out = `Traceback (most recent call last):\n${outer}`;
  frames.forEach((f, i) => {
    const text = lines[f.line - 1] ?? '';
    const trimmed = text.trim();
    out += `  File "${file}", line ${f.line}, in ${f.name}\n`;
    if (trimmed) out += `    ${trimmed}\n`;
    const last = i === frames.length - 1;
    if (last && e.col !== undefined && e.width !== undefined && trimmed.length > e.width) {
      const indent = text.length - text.trimStart().length;
      out += `    ${' '.repeat(Math.max(0, e.col - 1 - indent))}${'^'.repeat(e.width)}\n`;
    }
  });
  if (e.frozen) out += e.frozen;
  const msg = str(e.exc);
  return `${out}${e.exc.type}${msg ? `: ${msg}` : ''}\n`;
}

/** The Flask 3.1.2 frames above a view that raised (flask/app.py as the server calls the view). */
export function flaskFrames(site: string): string {
  const f = `${site}/flask/app.py`;
  return `  File "${f}", line 1511, in wsgi_app\n    response = self.full_dispatch_request()\n  File "${f}", line 919, in full_dispatch_request\n    rv = self.handle_user_exception(e)\n  File "${f}", line 917, in full_dispatch_request\n    rv = self.dispatch_request()\n  File "${f}", line 902, in dispatch_request\n    return self.ensure_sync(self.view_functions[rule.endpoint])(**view_args)  # type: ignore[no-any-return]\n           ${'~'.repeat(52)}${'^'.repeat(13)}\n`;
}
