// npm run bench [name filter]: runs every bench/*.bench.ts, prints the median cost of each benchmark, compares it
// with the previous run, and writes bench/results.json (not committed; keep a copy to compare across commits).
//
// A file's name says where it runs: name.node.bench.ts in Node, name.chromium.bench.ts in headless Chromium (for
// code that needs the DOM, such as DOMParser), name.bench.ts in both. See bench/README.md.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { chromium } from 'playwright';
import { createServer, createServerModuleRunner } from 'vite';
import { chromiumArgs, chromiumFound, chromiumPath } from '../scripts/chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const resultsFile = new URL('results.json', import.meta.url).pathname;
const filter = process.argv[2] ?? '';

function environmentsOf(file) {
  if (file.endsWith('.node.bench.ts')) return ['node'];
  if (file.endsWith('.chromium.bench.ts')) return ['chromium'];
  return ['node', 'chromium'];
}

function git(...args) {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

const files = (await readdir(new URL('.', import.meta.url))).filter(file => file.endsWith('.bench.ts') && file.includes(filter)).sort();
if (!files.length) {
  console.error(`No benchmark in bench/ matches "${filter}".`);
  process.exit(1);
}
const needsChromium = files.some(file => environmentsOf(file).includes('chromium'));
if (needsChromium && !chromiumFound) {
  console.error(`No Chromium at ${chromiumPath}: install it or set CHROME_PATH (see README).`);
  process.exit(1);
}

const server = await createServer({
  root,
  configFile: false,
  logLevel: 'error',
  appType: 'mpa',
  publicDir: false,
  server: { host: '127.0.0.1', port: 0, hmr: false, watch: null },
});
const runs = [];
const environments = { node: process.version };
let browser;
try {
  const runner = createServerModuleRunner(server.environments.ssr, { hmr: false });
  if (needsChromium) {
    await server.listen();
    browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs, '--js-flags=--expose-gc'] });
    environments.chromium = browser.version();
  }
  for (const file of files) {
    for (const environment of environmentsOf(file)) {
      process.stdout.write(`measuring ${file} in ${environment}…\n`);
      const results = environment === 'node' ? await inNode(runner, file) : await inChromium(browser, file);
      for (const result of results) runs.push({ file, environment, ...result });
    }
  }
} finally {
  await browser?.close();
  await server.close();
}

async function inNode(runner, file) {
  const { measureAll } = await runner.import('/bench/harness.ts');
  const module = await runner.import(`/bench/${file}`);
  return measureAll(module.default);
}

async function inChromium(browser, file) {
  const page = await browser.newPage();
  try {
    const errors = [];
    page.on('pageerror', error => errors.push(error.message));
    await page.goto(new URL(`/bench/chromium.html?file=/bench/${file}`, server.resolvedUrls.local[0]).href);
    await page.waitForFunction(() => window.benchOutcome !== undefined, null, { timeout: 10 * 60_000 });
    const outcome = await page.evaluate(() => window.benchOutcome);
    if ('error' in outcome) throw new Error(`${file} failed in Chromium: ${outcome.error}${errors.length ? `\n${errors.join('\n')}` : ''}`);
    return outcome.results;
  } finally {
    await page.close();
  }
}

const previous = existsSync(resultsFile) ? JSON.parse(await readFile(resultsFile, 'utf8')) : null;
const keyOf = run => `${run.file}\u0000${run.environment}\u0000${run.name}`;
const before = new Map((previous?.runs ?? []).map(run => [keyOf(run), run]));

const commit = git('rev-parse', '--short', 'HEAD');
const dirty = git('status', '--porcelain', '--untracked-files=no') !== '';
const report = { date: new Date().toISOString(), commit, dirty, environments, runs };
await writeFile(resultsFile, `${JSON.stringify(report, null, 2)}\n`);

const number = value => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));
const rate = value => (value >= 1e6 ? `${(value / 1e6).toFixed(2)}M` : value >= 1e3 ? `${(value / 1e3).toFixed(1)}k` : value.toFixed(0));
const rows = runs.map(run => {
  const old = before.get(keyOf(run));
  const change = old ? `${run.nsPerOp >= old.nsPerOp ? '+' : ''}${(((run.nsPerOp - old.nsPerOp) / old.nsPerOp) * 100).toFixed(1)}%` : '';
  return [run.file, run.environment, run.name, number(run.nsPerOp), rate(run.opsPerSecond), `±${(run.spread * 100).toFixed(1)}%`, change];
});
const header = ['file', 'env', 'benchmark', 'ns/op', 'ops/s', 'spread', previous ? `vs ${previous.commit}${previous.dirty ? '+' : ''}` : ''];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map(row => row[column].length)));
const line = row => row.map((cell, column) => (column >= 3 ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join('  ');
console.log(`\ncommit ${commit}${dirty ? ' with uncommitted changes' : ''}; ${Object.entries(environments).map(([name, version]) => `${name} ${version}`).join(', ')}`);
console.log('median of 15 samples per benchmark; spread is the interquartile range relative to the median\n');
console.log(line(header));
for (const row of rows) console.log(line(row));
console.log(`\nwritten to bench/results.json`);
