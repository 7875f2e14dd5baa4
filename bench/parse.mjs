// Feed parse throughput in headless Chromium, where the parser runs in production.
//
//   node bench/parse.mjs
//
// Builds parseFeed alone (minified, as the drop-in would ship it) into a temporary folder, serves it with
// the largest well-formed corpus feeds from 127.0.0.1, and times parseFeed on their bytes (decoding
// included) inside the page. Prints MB/s per file as the median of several runs, the bundle's gzip size,
// and writes everything to bench/parse-results.json. Without ../shared/corpus it prints a note and exits 0.
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { build } from 'vite';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { corpusDirectory, corpusFound, repositoryRoot } from '../scripts/corpus.mjs';

const FILES = 8;
const RUNS = 7;
// Each run repeats the parse until this much time has passed, so small files are timed over many parses.
const RUN_MILLISECONDS = 300;

if (!corpusFound) {
  console.log(`${corpusDirectory} is absent: no corpus to benchmark, nothing measured.`);
  process.exit(0);
}

const expected = JSON.parse(await readFile(join(corpusDirectory, 'expected.json'), 'utf8')).files;
const candidates = Object.entries(expected).filter(([path, facts]) => !path.startsWith('weather/') && !facts.malformed);
const sized = await Promise.all(candidates.map(async ([path]) => ({ path, bytes: (await stat(join(corpusDirectory, path))).size })));
const files = sized.sort((a, b) => b.bytes - a.bytes).slice(0, FILES);

const outDir = await mkdtemp(join(tmpdir(), 'news-widgets-parse-bench-'));
let browser;
let server;
try {
  await build({
    configFile: false,
    root: repositoryRoot,
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      lib: { entry: join(repositoryRoot, 'src/data/parse-feed.ts'), formats: ['es'], fileName: () => 'parser.js' },
      rolldownOptions: { output: { minify: true } },
    },
  });
  const parser = await readFile(join(outDir, 'parser.js'));
  const bundle = { raw: parser.length, gzip: gzipSync(parser, { level: 9 }).length };

  server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (path === '/') return response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>parse bench</title>');
    if (path === '/parser.js') return response.writeHead(200, { 'content-type': 'text/javascript' }).end(parser);
    const file = files.find(entry => `/corpus/${entry.path}` === path);
    if (file) return response.writeHead(200, { 'content-type': 'application/octet-stream' }).end(await readFile(join(corpusDirectory, file.path)));
    response.writeHead(404).end();
  });
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;

  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const page = await browser.newPage();
  await page.goto(origin);
  const measured = await page.evaluate(
    async ({ files, runs, runMilliseconds }) => {
      const { parseFeed } = await import('/parser.js');
      const results = [];
      for (const file of files) {
        const body = await (await fetch(`/corpus/${file.path}`)).arrayBuffer();
        const url = `https://corpus.example/${file.path}`;
        // Warm-up: let the engine compile the hot paths before timing.
        for (let i = 0; i < 5; i++) parseFeed(body, { url });
        const speeds = [];
        let items = 0;
        for (let run = 0; run < runs; run++) {
          let parses = 0;
          const start = performance.now();
          let elapsed = 0;
          while (elapsed < runMilliseconds) {
            items = parseFeed(body, { url }).items.length;
            parses++;
            elapsed = performance.now() - start;
          }
          speeds.push((body.byteLength * parses) / 1e6 / (elapsed / 1000));
        }
        results.push({ path: file.path, bytes: body.byteLength, items, speeds });
      }
      return results;
    },
    { files, runs: RUNS, runMilliseconds: RUN_MILLISECONDS },
  );

  const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const rows = measured.map(result => ({ ...result, medianMBps: Number(median(result.speeds).toFixed(2)), speeds: result.speeds.map(speed => Number(speed.toFixed(2))) }));
  console.log(`parseFeed throughput in Chromium ${browser.version()}, median of ${RUNS} runs of ${RUN_MILLISECONDS} ms each:`);
  for (const row of rows) {
    console.log(`  ${row.path.padEnd(48)} ${(row.bytes / 1024).toFixed(1).padStart(7)} KB ${String(row.items).padStart(4)} items ${row.medianMBps.toFixed(2).padStart(8)} MB/s`);
  }
  const overall = median(rows.map(row => row.medianMBps));
  console.log(`  median over files: ${overall.toFixed(2)} MB/s`);
  console.log(`parseFeed bundle alone (minified): ${(bundle.raw / 1024).toFixed(2)} KB raw, ${(bundle.gzip / 1024).toFixed(2)} KB gzip`);
  await writeFile(
    new URL('./parse-results.json', import.meta.url),
    `${JSON.stringify({ measuredAt: new Date().toISOString(), chromium: browser.version(), runs: RUNS, runMilliseconds: RUN_MILLISECONDS, bundle, medianMBps: overall, files: rows }, null, 2)}\n`,
  );
} finally {
  await browser?.close();
  server?.close();
  await rm(outDir, { recursive: true, force: true });
}
