// Feed parsing against its peers, in one headless Chromium page, and inputs made to cost time, in Node.
//
//   node bench/parse.mjs            (npm run bench runs it first)
//
// 1. Builds parseFeed alone (minified, as the drop-in ships it) and the peers (feedsmith, fast-xml-parser; rss-parser's
//    own browser build) into a temporary folder and serves them from 127.0.0.1 with the feeds below.
// 2. In the page, for each feed, runs every parser in turn, the order rotating from round to round, ROUNDS times; a
//    sample repeats one parser until SAMPLE_MILLISECONDS have passed and gives its time per parse. parseFeed gets the
//    response's bytes (decoding included); the peers get the text `response.text()` gives, as a page would hand them.
//    fast-xml-parser only builds raw objects (no feed fields); on the JSON Feed the peers that read no JSON are left
//    out and JSON.parse is the floor. Each round's ratio is parseFeed's time over the peer's: below 1 is faster.
// 3. In Node, parses each input of bench/crafted-inputs.mjs with the same build and reports its time against the 100 ms
//    budget (median of CRAFTED_RUNS, after one unmeasured run).
// Prints everything and writes bench/parse-results.json. Without ../shared/corpus it prints a note and exits 0.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { build } from 'vite';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { corpusDirectory, corpusFound, repositoryRoot } from '../scripts/corpus.mjs';
import { CRAFTED_INPUTS } from './crafted-inputs.mjs';

const ROUNDS = 9;
const SAMPLE_MILLISECONDS = 150;
const CRAFTED_RUNS = 5;
const CRAFTED_BUDGET_MS = 100;

const FEEDS = [
  { name: 'Guardian RSS', path: 'rss/rss-parser-guardian-us.xml' },
  { name: 'Daring Fireball Atom', path: 'atom/rsparser-daringfireball.xml' },
  { name: 'windows-1251 RSS', path: 'rss/node-feedparser-oren-ru-windows-1251.xml' },
  { name: 'inessential JSON Feed', path: 'jsonfeed/rsparser-inessential.json', json: true },
  { name: 'generated RSS of 1,000 items', path: 'generated-1000.xml' },
];

if (!corpusFound) {
  console.log(`${corpusDirectory} is absent: no corpus to benchmark, nothing measured.`);
  process.exit(0);
}

/** An RSS feed of 1,000 items shaped like a news site's: escaped HTML, a picture, categories, a creator. */
function generatedFeed() {
  const items = Array.from({ length: 1000 }, (_, i) => `<item><title>Story ${i}: the council votes on the tram line &amp; the budget</title>
<link>https://news.example/2026/12/story-${i}</link><guid isPermaLink="false">story-${i}</guid><pubDate>Tue, 01 Dec 2026 10:${String(i % 60).padStart(2, '0')}:00 GMT</pubDate>
<dc:creator>Reporter ${i % 17}</dc:creator><category>City</category><category>Transport</category>
<media:content url="https://img.example/${i}.jpg" width="800" height="450" medium="image"/>
<description>&lt;p&gt;The council met on Tuesday to vote on story ${i}. &lt;a href="https://news.example/${i}"&gt;Read more&lt;/a&gt;&lt;/p&gt;</description></item>`);
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
<channel><title>Generated</title><link>https://news.example/</link>${items.join('\n')}</channel></rss>`;
}

const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round2 = value => Number(value.toFixed(2));

const outDir = await mkdtemp(join(tmpdir(), 'news-widgets-parse-bench-'));
let browser;
let server;
try {
  const bundle = async (entry, fileName) => {
    await build({
      configFile: false,
      root: repositoryRoot,
      logLevel: 'warn',
      publicDir: false,
      build: { outDir, emptyOutDir: false, target: 'es2022', lib: { entry, formats: ['es'], fileName: () => fileName }, rolldownOptions: { output: { minify: true } } },
    });
    return readFile(join(outDir, fileName));
  };
  const parser = await bundle(join(repositoryRoot, 'src/data/parse-feed.ts'), 'parser.js');
  const peers = await bundle(join(repositoryRoot, 'bench/peers.ts'), 'peers.js');
  const rssParser = await readFile(join(repositoryRoot, 'node_modules/rss-parser/dist/rss-parser.min.js'));
  const sizes = { parser: gzipSync(parser, { level: 9 }).length, peers: gzipSync(peers, { level: 9 }).length, rssParser: gzipSync(rssParser, { level: 9 }).length };
  const generated = Buffer.from(generatedFeed());

  // Crafted inputs in Node, with the same build, before the browser starts: nothing else runs beside them.
  const { parseFeed } = await import(pathToFileURL(join(outDir, 'parser.js')).href);
  const crafted = [];
  for (const input of CRAFTED_INPUTS) {
    const body = input.body();
    const once = () => {
      const start = performance.now();
      let outcome;
      try {
        const { items } = parseFeed(body, { url: 'https://crafted.example/feed' });
        // What a widget shows is timed too: the summaries are read when first asked for.
        for (const item of items) if (item.summary.length < 0) throw new Error('unreachable');
        outcome = `${items.length} items`;
      } catch (error) {
        outcome = `${error.kind ?? 'uncaught'} error`;
      }
      return { milliseconds: performance.now() - start, outcome };
    };
    once();
    const runs = Array.from({ length: CRAFTED_RUNS }, once);
    const times = runs.map(run => run.milliseconds);
    crafted.push({ name: input.name, bytes: body.length, outcome: runs[0].outcome, medianMs: round2(median(times)), minMs: round2(Math.min(...times)), maxMs: round2(Math.max(...times)) });
  }

  const craftedLoad = loadavg().map(load => load.toFixed(1)).join(' ');

  server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const send = (type, body) => response.writeHead(200, { 'content-type': type }).end(body);
    if (path === '/') return send('text/html', '<!doctype html><title>parse bench</title>');
    if (path === '/parser.js') return send('text/javascript', parser);
    if (path === '/peers.js') return send('text/javascript', peers);
    if (path === '/rss-parser.js') return send('text/javascript', rssParser);
    if (path === '/feeds/generated-1000.xml') return send('application/octet-stream', generated);
    const feed = FEEDS.find(entry => `/feeds/${entry.path}` === path);
    if (feed) return send('application/octet-stream', await readFile(join(corpusDirectory, feed.path)));
    response.writeHead(404).end();
  });
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;

  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const page = await browser.newPage();
  await page.goto(origin);
  await page.addScriptTag({ url: '/rss-parser.js' });
  const measured = await page.evaluate(
    async ({ feeds, rounds, sampleMilliseconds }) => {
      const { parseFeed } = await import('/parser.js');
      const { feedsmithParse, XMLParser } = await import('/peers.js');
      const rssParser = new window.RSSParser();
      const results = [];
      for (const feed of feeds) {
        const response = await fetch(`/feeds/${feed.path}`);
        const bytes = await response.clone().arrayBuffer();
        const text = await response.text();
        const url = `https://corpus.example/${feed.path}`;
        const parsers = {
          parseFeed: () => parseFeed(bytes, { url }),
          feedsmith: () => feedsmithParse(text),
          ...(feed.json
            ? { 'JSON.parse': () => JSON.parse(text), 'parseFeed on text': () => parseFeed(text, { url }) }
            : { 'fast-xml-parser': () => new XMLParser({ ignoreAttributes: false }).parse(text), 'rss-parser': () => rssParser.parseString(text) }),
        };
        const names = Object.keys(parsers);
        // What each found, once, so the figures can be read next to what was parsed.
        const found = {};
        for (const name of names) {
          const value = await parsers[name]();
          found[name] = name.startsWith('parseFeed') ? value.items.length : name === 'feedsmith' ? (value.feed.items ?? value.feed.entries ?? []).length : name === 'rss-parser' ? value.items.length : 'raw';
        }
        const sample = async name => {
          const run = parsers[name];
          let parses = 0;
          const start = performance.now();
          let elapsed = 0;
          while (elapsed < sampleMilliseconds) {
            await run();
            parses++;
            elapsed = performance.now() - start;
          }
          return elapsed / parses;
        };
        for (const name of names) await sample(name);
        const times = Object.fromEntries(names.map(name => [name, []]));
        for (let round = 0; round < rounds; round++) {
          for (let i = 0; i < names.length; i++) {
            const name = names[(round + i) % names.length];
            times[name].push(await sample(name));
          }
        }
        results.push({ ...feed, bytes: bytes.byteLength, found, times });
      }
      return results;
    },
    { feeds: FEEDS, rounds: ROUNDS, sampleMilliseconds: SAMPLE_MILLISECONDS },
  );

  const files = measured.map(result => {
    const ours = result.times.parseFeed;
    const peers = Object.keys(result.times)
      .filter(name => !name.startsWith('parseFeed'))
      .map(name => {
        const ratios = ours.map((time, round) => time / result.times[name][round]);
        return { name, found: result.found[name], medianMs: round2(median(result.times[name]) * 1000) / 1000, ratio: { median: round2(median(ratios)), min: round2(Math.min(...ratios)), max: round2(Math.max(...ratios)) } };
      });
    // On the JSON Feed, parseFeed given the decoded text too, against JSON.parse of the same text.
    const onText = result.times['parseFeed on text'];
    if (onText) {
      const ratios = onText.map((time, round) => time / result.times['JSON.parse'][round]);
      peers.push({ name: 'JSON.parse, parseFeed on text', found: 'raw', medianMs: round2(median(onText) * 1000) / 1000, ratio: { median: round2(median(ratios)), min: round2(Math.min(...ratios)), max: round2(Math.max(...ratios)) } });
    }
    const medianMs = median(ours);
    return {
      name: result.name,
      path: result.path,
      bytes: result.bytes,
      items: result.found.parseFeed,
      medianMs: Number(medianMs.toFixed(3)),
      medianMBps: round2(result.bytes / 1e6 / (medianMs / 1000)),
      peers,
    };
  });

  console.log(`parseFeed against its peers in Chromium ${browser.version()}, ${ROUNDS} interleaved rounds of ${SAMPLE_MILLISECONDS} ms samples (load average ${loadavg().map(load => load.toFixed(1)).join(' ')});`);
  console.log('ratio = parseFeed time / peer time (below 1: parseFeed is faster), median [range] over rounds:');
  for (const file of files) {
    console.log(`  ${file.name} (${(file.bytes / 1024).toFixed(1)} KB, ${file.items} items): parseFeed ${file.medianMs.toFixed(2)} ms, ${file.medianMBps} MB/s`);
    for (const peer of file.peers) {
      console.log(`    vs ${peer.name.padEnd(30)} ${peer.ratio.median.toFixed(2)} [${peer.ratio.min.toFixed(2)}-${peer.ratio.max.toFixed(2)}]   (${peer.name} ${peer.medianMs.toFixed(2)} ms, found ${peer.found})`);
    }
  }
  console.log(`gzip -9: parseFeed alone ${(sizes.parser / 1024).toFixed(2)} KB; feedsmith + fast-xml-parser bundle ${(sizes.peers / 1024).toFixed(2)} KB; rss-parser ${(sizes.rssParser / 1024).toFixed(2)} KB`);
  console.log(`inputs made to cost time, in Node ${process.version} (median of ${CRAFTED_RUNS} [range]; budget ${CRAFTED_BUDGET_MS} ms; load average then ${craftedLoad}):`);
  for (const row of crafted) {
    console.log(`  ${row.medianMs <= CRAFTED_BUDGET_MS ? 'ok  ' : 'OVER'} ${row.name.padEnd(60)} ${row.medianMs.toFixed(1).padStart(7)} ms [${row.minMs.toFixed(1)}-${row.maxMs.toFixed(1)}]  ${(row.bytes / 1024).toFixed(0)} KB, ${row.outcome}`);
  }
  const overall = median(files.map(file => file.medianMBps));
  await writeFile(
    new URL('./parse-results.json', import.meta.url),
    `${JSON.stringify({ measuredAt: new Date().toISOString(), chromium: browser.version(), node: process.version, rounds: ROUNDS, sampleMilliseconds: SAMPLE_MILLISECONDS, bundle: { raw: parser.length, gzip: sizes.parser }, peerSizes: sizes, medianMBps: overall, files, crafted }, null, 2)}\n`,
  );
} finally {
  await browser?.close();
  server?.close();
  await rm(outDir, { recursive: true, force: true });
}
