// The front-end build tools a package.json script runs from node_modules/.bin, as models of what
// they write: `vite build` (dist/index.html and hashed assets, Vite's size report),
// `react-scripts build` (build/ with static/js and static/css, CRA's report) and `tsc` (the .ts
// files under rootDir emitted to outDir as .js; type checking is not modelled).
import { isDir, listFiles, readText, shortHash, urlHash, writeOut, type Tool } from './common.ts';

function kb(bytes: number): string {
  return (bytes / 1000).toFixed(2);
}

function versionOf(t: Tool, pkg: string, fallback: string): string {
  const text = readText(t.fs, `${t.cwd}/node_modules/${pkg}/package.json`);
  return (text && /"version"\s*:\s*"([^"]+)"/.exec(text)?.[1]) || fallback;
}

function sources(t: Tool, dir: string): string {
  return listFiles(t.fs, dir, ['.js', '.jsx', '.ts', '.tsx', '.vue', '.svelte', '.css']).map((f) => readText(t.fs, f) ?? '').join('\n');
}

async function vite(t: Tool): Promise<number> {
  const start = t.now();
  const index = readText(t.fs, `${t.cwd}/index.html`);
  t.out(`vite v${versionOf(t, 'vite', '7.1.7')} building for production...\n`);
  if (index === undefined) {
    t.err(`error during build:\nCould not resolve entry module "index.html".\n`);
    return 1;
  }
  const src = sources(t, `${t.cwd}/src`);
  const modules = listFiles(t.fs, `${t.cwd}/src`, ['.js', '.jsx', '.ts', '.tsx', '.vue', '.svelte', '.css']).length;
  await t.work(900 + modules * 40);
  const js = `assets/index-${urlHash(`js${src}`)}.js`;
  const css = `assets/index-${urlHash(`css${src}`)}.css`;
  const jsSize = 142_000 + src.length;
  const html = index.replace(/<script[^>]*src="[^"]*"[^>]*><\/script>/, `<script type="module" crossorigin src="/${js}"></script>\n    <link rel="stylesheet" crossorigin href="/${css}">`);
  writeOut(t.fs, `${t.cwd}/dist/index.html`, html);
  writeOut(t.fs, `${t.cwd}/dist/${js}`, '', 0o644, jsSize);
  writeOut(t.fs, `${t.cwd}/dist/${css}`, '', 0o644, 1_390);
  const rows: [string, number][] = [['index.html', html.length], [css, 1_390], [js, jsSize]];
  const w = Math.max(...rows.map(([n]) => `dist/${n}`.length));
  const sw = Math.max(...rows.map(([, s]) => kb(s).length));
  t.out(`transforming...\n✓ ${modules + 1} modules transformed.\nrendering chunks...\ncomputing gzip size...\n`);
  for (const [n, s] of rows) t.out(`${`dist/${n}`.padEnd(w + 2)}${kb(s).padStart(sw)} kB │ gzip: ${kb(Math.round(s * 0.32)).padStart(sw - 1)} kB\n`);
  t.out(`✓ built in ${((t.now() - start) / 1000).toFixed(2)}s\n`);
  return 0;
}

async function reactScripts(t: Tool): Promise<number> {
  const html = readText(t.fs, `${t.cwd}/public/index.html`);
  t.out('Creating an optimized production build...\n');
  if (html === undefined) {
    t.err('Could not find a required file.\n  Name: index.html\n  Searched in: ' + `${t.cwd}/public\n`);
    return 1;
  }
  const src = sources(t, `${t.cwd}/src`);
  await t.work(6000);
  const js = `static/js/main.${shortHash(`js${src}`)}.js`;
  const css = `static/css/main.${shortHash(`css${src}`)}.css`;
  writeOut(t.fs, `${t.cwd}/build/index.html`, html.replace(/%PUBLIC_URL%/g, ''));
  writeOut(t.fs, `${t.cwd}/build/${js}`, '', 0o644, 143_000 + src.length);
  writeOut(t.fs, `${t.cwd}/build/${css}`, '', 0o644, 1_000);
  t.out(`Compiled successfully.\n\nFile sizes after gzip:\n\n  46.61 kB  build/${js}\n  513 B     build/${css}\n\n`);
  t.out('The project was built assuming it is hosted at /.\nYou can control this with the homepage field in your package.json.\n\nThe build folder is ready to be deployed.\nYou may serve it with a static server:\n\n  npm install -g serve\n  serve -s build\n\nFind out more about deployment here:\n\n  https://cra.link/deployment\n\n');
  return 0;
}

async function tsc(t: Tool): Promise<number> {
  const config = readText(t.fs, `${t.cwd}/tsconfig.json`);
  const opt = (k: string) => (config ? new RegExp(`"${k}"\\s*:\\s*"([^"]*)"`).exec(config)?.[1] : undefined);
  const outDir = t.req.argv.includes('--outDir') ? t.req.argv[t.req.argv.indexOf('--outDir') + 1] : opt('outDir');
  const rootDir = opt('rootDir') ?? (isDir(t.fs, `${t.cwd}/src`) ? 'src' : '.');
  const files = listFiles(t.fs, t.abs(rootDir), ['.ts', '.tsx']).filter((f) => !f.endsWith('.d.ts'));
  await t.work(1500 + files.length * 100);
  for (const f of files) {
    const rel = f.slice(t.abs(rootDir).length + 1).replace(/\.tsx?$/, '.js');
    const dest = outDir ? `${t.abs(outDir)}/${rel}` : f.replace(/\.tsx?$/, '.js');
    writeOut(t.fs, dest, `"use strict";\n${readText(t.fs, f) ?? ''}`);
  }
  return 0;
}

export function frontend(t: Tool): Promise<number> {
  if (t.req.name === 'vite') return vite(t);
  if (t.req.name === 'react-scripts') return reactScripts(t);
  return tsc(t);
}
