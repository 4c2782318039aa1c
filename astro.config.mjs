// Dockyard is a static site: every page is prerendered to dist/ and served as plain files.
// Styles stay in external files and scripts stay bundled modules, so a strict
// Content-Security-Policy (no 'unsafe-inline' for scripts) fits the output.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { runnableCommands } from './src/components/Lesson/run-transformer.ts';
import { simulatorChunks } from './scripts/simulator-chunks.mjs';

const chunks = simulatorChunks();

export default defineConfig({
  output: 'static',
  trailingSlash: 'ignore',
  integrations: [mdx()],
  markdown: {
    // Highlighted at build time in both themes; CSS picks one (see src/styles/code.css).
    shikiConfig: {
      themes: { light: 'github-light', dark: 'github-dark' },
      defaultColor: false,
      langs: ['sh', 'dockerfile', 'yaml', 'json'],
      transformers: [runnableCommands()],
    },
  },
  build: {
    format: 'directory',
    inlineStylesheets: 'never',
  },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  vite: {
    plugins: [chunks.plugin],
    build: {
      // Never inline small scripts into the HTML: keeps CSP free of 'unsafe-inline'.
      assetsInlineLimit: 0,
      // The simulator's start-up code in one chunk, its runtime in another (see the script).
      rolldownOptions: { output: { codeSplitting: { groups: chunks.groups } } },
    },
  },
});
