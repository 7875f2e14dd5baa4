// npm run bench [name filter]: runs every bench/*.bench.ts, prints the median cost of each benchmark, compares it
// with the previous run, and writes bench/results.json (not committed; keep a copy to compare across commits).
// Then it reports the figures of the budgets in docs/budgets.md: the elements measured in Chromium (bench/elements/), a page
// of the four widgets against a plain page that fetches the same files (bench/elements/page-load.ts), the gzip sizes
// of the build (building it first when dist/ has none), and the parse throughput bench/parse.mjs has just measured.
//
// A file's name says where it runs: name.node.bench.ts in Node, name.chromium.bench.ts in headless Chromium (for
// code that needs the DOM, such as DOMParser), name.bench.ts in both. See bench/README.md.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { chromium } from 'playwright';
import { createServer, createServerModuleRunner } from 'vite';
import { chromiumArgs, chromiumFound, chromiumPath } from '../scripts/chromium.mjs';
import { measureSizes } from '../scripts/size.mjs';

const started = performance.now();
const root = new URL('..', import.meta.url).pathname;
const resultsFile = new URL('results.json', import.meta.url).pathname;
const filter = process.argv[2] ?? '';
// Visits of each page in the page-load comparison (after one unmeasured visit of each).
const PAGE_LOAD_ROUNDS = 11;

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
// The budget figures, by the name the filter matches.
const sections = ['elements', 'page-load', 'sizes', 'parse'].filter(name => name.includes(filter));
if (!files.length && !sections.length) {
  console.error(`No benchmark in bench/ matches "${filter}".`);
  process.exit(1);
}
const needsChromium = files.some(file => environmentsOf(file).includes('chromium')) || sections.includes('elements') || sections.includes('page-load');
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
  // Lit's production build, as pages run it: its development build checks and warns, which costs time.
  resolve: { conditions: ['module', 'browser', 'production'] },
});
const runs = [];
const environments = { node: process.version };
let elements = null;
let pageLoad = null;
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
      progress(`${file} in ${environment}`);
      const results = environment === 'node' ? await inNode(runner, file) : await inChromium(browser, file);
      for (const result of results) runs.push({ file, environment, ...result });
    }
  }
  if (sections.includes('elements')) elements = await report(browser, '/bench/elements/report.ts');
  if (sections.includes('page-load')) {
    const { comparePageLoad } = await runner.import('/bench/elements/page-load.ts');
    pageLoad = await comparePageLoad(browser, PAGE_LOAD_ROUNDS, progress);
  }
} finally {
  await browser?.close();
  await server.close();
}

function progress(step) {
  process.stdout.write(`measuring ${step}… (${((performance.now() - started) / 1000).toFixed(0)} s)\n`);
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

/** Runs a report module (see bench/chromium.ts) in a page of its own and returns what it found. */
async function report(browser, module) {
  const page = await browser.newPage();
  try {
    const errors = [];
    page.on('pageerror', error => errors.push(error.message));
    // The page's used JS heap after a full collection, through the DevTools protocol: performance.memory only
    // changes every so often, even with precise memory info asked for.
    const devtools = await page.context().newCDPSession(page);
    await page.exposeFunction('benchHeap', async () => {
      await devtools.send('HeapProfiler.collectGarbage');
      return (await devtools.send('Runtime.getHeapUsage')).usedSize;
    });
    await page.exposeFunction('benchProgress', progress);
    await page.goto(new URL(`/bench/chromium.html?report=${module}`, server.resolvedUrls.local[0]).href);
    await page.waitForFunction(() => window.benchOutcome !== undefined, null, { timeout: 10 * 60_000, polling: 500 });
    const outcome = await page.evaluate(() => window.benchOutcome);
    if ('error' in outcome) throw new Error(`${module} failed in Chromium: ${outcome.error}${errors.length ? `\n${errors.join('\n')}` : ''}`);
    return outcome.report;
  } finally {
    await page.close();
  }
}

let sizes = null;
if (sections.includes('sizes')) {
  if (!existsSync(new URL('../cdn/news-widgets.js', import.meta.url))) {
    process.stdout.write('building cdn/ and dist/ for the sizes…\n');
    // Vite's dev server above set NODE_ENV=development, under which the build would bundle lit's development build.
    const environment = { ...process.env };
    delete environment.NODE_ENV;
    execFileSync('npm', ['run', 'build'], { cwd: root, env: environment, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  sizes = await measureSizes();
}

// bench/parse.mjs runs just before this script in `npm run bench` and leaves its figures in parse-results.json.
const parseFile = new URL('parse-results.json', import.meta.url);
const parse = sections.includes('parse') && existsSync(parseFile) ? JSON.parse(await readFile(parseFile, 'utf8')) : null;

const previous = existsSync(resultsFile) ? JSON.parse(await readFile(resultsFile, 'utf8')) : null;
const keyOf = run => `${run.file}\u0000${run.environment}\u0000${run.name}`;
const before = new Map((previous?.runs ?? []).map(run => [keyOf(run), run]));

const commit = git('rev-parse', '--short', 'HEAD');
const dirty = git('status', '--porcelain', '--untracked-files=no') !== '';
const results = { date: new Date().toISOString(), commit, dirty, environments, runs, elements, pageLoad, sizes, parse };
await writeFile(resultsFile, `${JSON.stringify(results, null, 2)}\n`);

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
if (rows.length) {
  console.log('median of 15 samples per benchmark; spread is the interquartile range relative to the median\n');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}
const budgets = budgetRows({ elements, pageLoad, sizes, parse });
if (budgets.length) {
  console.log('\nbudgets of docs/budgets.md (timings are of one run on this machine; exact figures are also asserted by npm test)\n');
  const titles = ['figure', 'measured', 'budget', ''];
  const columns = titles.map((title, column) => Math.max(title.length, ...budgets.map(row => row[column].length)));
  const budgetLine = row => row.map((cell, column) => cell.padEnd(columns[column])).join('  ').trimEnd();
  console.log(budgetLine(titles));
  for (const row of budgets) console.log(budgetLine(row));
}
console.log(`\nwritten to bench/results.json`);
if (budgets.some(row => row[3] === 'OVER')) console.log('some figures are over their budget (marked OVER)');

/** One row per figure: what, the measurement, the budget it is held to (if any), and ok or OVER. */
function budgetRows({ elements, pageLoad, sizes, parse }) {
  const table = [];
  const check = ok => (ok ? 'ok' : 'OVER');
  const ms = value => `${value.toFixed(1)} ms`;
  const kb = bytes => `${(bytes / 1024).toFixed(2)} KB`;
  if (elements) {
    for (const { items, runs, newsList, vanilla, ratio } of elements.rendering) {
      // docs/budgets.md: 1.10x for 1,000 stories, 1.20x for 10,000.
      const budget = items >= 10_000 ? 1.2 : 1.1;
      table.push([
        `a. draw ${items.toLocaleString('en')} stories, news-list / vanilla (medians of ${runs})`,
        `${ms(newsList)} / ${ms(vanilla)} = ${ratio.toFixed(2)}x`,
        `<= ${budget.toFixed(2)}x`,
        check(ratio <= budget),
      ]);
    }
    const { createdElements, createdNodes, removedElements, removedNodes, storyElements, createdElsewhere } = elements.refresh;
    table.push([
      'b. refresh adding 1 story: elements created / removed',
      `${createdElements} / ${removedElements} (nodes ${createdNodes} / ${removedNodes})`,
      `${storyElements} (one story) / 0`,
      check(createdElements === storyElements && createdElsewhere === 0 && removedNodes === 0),
    ]);
    const { widgets, requests } = elements.sharedRequests;
    table.push([`c. ${widgets} widgets with one src: requests`, String(requests), '1', check(requests === 1)]);
    const sources = elements.sharedSources;
    const perSource = Object.values(sources.requests);
    table.push([`c. ${sources.widgets} lists over the same ${perSource.length} sources: requests per source`, perSource.join(' / '), '1 each', check(perSource.every(count => count === 1))]);
    for (const { name, value, moved } of elements.layoutShift) {
      // An article's length is unknown until it arrives: what moves under it is reported, not held to 0.
      const article = name === 'news-article';
      table.push([
        `d. layout shift (content under it moved), data after 1 s: ${name}`,
        `${value.toFixed(4)} (${Number(moved.toFixed(2))} px)`,
        article ? '0' : '0 (0 px)',
        check(value === 0 && (article || moved === 0)),
      ]);
    }
    const { cycles, timers, listeners, minuteTimers, schedules, heap } = elements.leftovers;
    const times = `${cycles.toLocaleString('en')} mount/unmount cycles`;
    table.push([`e. ${times}: live timers before -> after`, `${timers.before} -> ${timers.after}`, 'no growth', check(timers.after <= timers.before)]);
    table.push([`e. ${times}: window/document listeners`, `${listeners.before} -> ${listeners.after}`, 'no growth', check(listeners.after <= listeners.before)]);
    table.push([`e. ${times}: minute timers, refresh schedules`, `${minuteTimers}, ${schedules}`, '0, 0', check(minuteTimers === 0 && schedules === 0)]);
    if (heap) {
      const mb = bytes => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
      const growth = heap.after - heap.before;
      table.push([`e. ${times}: JS heap after gc`, `${mb(heap.before)} -> ${mb(heap.after)} (${growth >= 0 ? '+' : ''}${(growth / 1024).toFixed(0)} KB)`, 'noise', '']);
    }
  }
  if (sizes) {
    const { dropin } = sizes;
    table.push([`f. gzip: drop-in (${dropin.files.join(' + ')})`, kb(dropin.gzip), `<= ${kb(dropin.budget)}`, check(dropin.gzip <= dropin.budget)]);
    // The package's entries (chunks they share are in results.json), then the drop-in's chunks loaded on demand.
    const entries = sizes.packageFiles.filter(row => !/-[\w-]{8}\.js$/.test(row.file) && row.file !== 'news-widgets.js');
    for (const row of entries) table.push([`f. gzip: npm entry ${row.file} (lit, dompurify external)`, kb(row.gzip), '', '']);
    for (const row of sizes.lazy) table.push([`f. gzip: loaded on demand: ${row.file}`, kb(row.gzip), '', '']);
    if (sizes.bundle) table.push(['f. gzip: the single file cdn/news-widgets.bundle.js (everything inlined)', kb(sizes.bundle.gzip), '', '']);
    if (sizes.feedPage) table.push(['f. gzip: a page with a feed element (drop-in + parser)', kb(sizes.feedPage.gzip), '', '']);
    table.push(['f. gzip: a page with every element (not DOMPurify)', kb(sizes.everyElement.gzip), '', '']);
  }
  if (parse) {
    for (const file of parse.files) table.push([`g. parse ${file.path} (${(file.bytes / 1024).toFixed(0)} KB, ${file.items} items)`, `${file.medianMBps.toFixed(2)} MB/s`, '', '']);
    table.push([`g. parse: median over files (parser ${kb(parse.bundle.gzip)} gzip)`, `${parse.medianMBps.toFixed(2)} MB/s`, '', '']);
  }
  if (pageLoad) {
    const { rounds, widgets, plain, ratio, roundRatio } = pageLoad;
    table.push([`h. data shown, page of four widgets / plain page of the same files (medians of ${rounds})`, `${ms(widgets.shown)} / ${ms(plain.shown)} = ${ratio.toFixed(2)}x (per round ${roundRatio.toFixed(2)}x)`, '<= 1.5x', check(ratio <= 1.5)]);
    table.push(['h. first data request started, widgets (drop-in arrived) / plain', `${ms(widgets.firstRequest)} (${ms(widgets.dropinLoaded)}) / ${ms(plain.firstRequest)}`, '', '']);
    table.push(['h. last data response ended, widgets / plain', `${ms(widgets.lastResponse)} / ${ms(plain.lastResponse)}`, '', '']);
    const order = Object.entries(widgets.ready).sort(([, a], [, b]) => a - b);
    table.push(['h. each widget ready (median)', order.map(([tag, at]) => `${tag} ${at.toFixed(0)}`).join(', ') + ' ms', '', '']);
    const shift = summary => `${summary.layoutShift.toFixed(4)} (most ${summary.layoutShiftMax.toFixed(4)})`;
    table.push(['h. whole-page layout shift from navigation: widget page', shift(widgets), '<= 0.05', check(widgets.layoutShiftMax <= 0.05)]);
    table.push(['h. whole-page layout shift from navigation: plain page', shift(plain), '', '']);
  }
  return table;
}
