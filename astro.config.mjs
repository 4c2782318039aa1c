// Dockyard is a static site: every page is prerendered to dist/ and served as plain files.
// Styles stay in external files and scripts stay bundled modules, so a strict
// Content-Security-Policy (no 'unsafe-inline' for scripts) fits the output.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  output: 'static',
  trailingSlash: 'ignore',
  integrations: [mdx()],
  build: {
    format: 'directory',
    inlineStylesheets: 'never',
  },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  vite: {
    // Never inline small scripts into the HTML: keeps CSP free of 'unsafe-inline'.
    build: { assetsInlineLimit: 0 },
  },
});
