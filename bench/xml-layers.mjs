// How the XML layer was chosen: our feed-specific reader (src/data/xml.ts) against two small, well-kept tokenizers,
// each building the same kind of tree, on the largest corpus feeds and the malformed ones. Not part of npm run bench:
// the other tokenizers are not dependencies. To run it:
//
//   npm install --no-save htmlparser2@12.0.0 saxes@6.0.0 && node bench/xml-layers.mjs
//
// Prints each one's gzip size (bundled alone, minified), its time per document in Node (median of 9 samples of
// 100 ms, the three run one after another), and which malformed corpus files it reads at all.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { corpusDirectory, corpusFound } from '../scripts/corpus.mjs';

if (!corpusFound) {
  console.log(`${corpusDirectory} is absent: nothing measured.`);
  process.exit(0);
}

// The same tree from each tokenizer's events: elements with attributes, children and text in order.
const ENTRIES = {
  'ours (src/data/xml.ts, with namespaces)': `export { parseXml } from ${JSON.stringify(new URL('../src/data/xml.ts', import.meta.url).pathname)};`,
  'htmlparser2 12, xmlMode (no namespaces)': `import { Parser } from 'htmlparser2';
    export function parseXml(text) {
      let root = null, current = null;
      const parser = new Parser({
        onopentag(name, attributes) { const element = { name, attributes, parent: current, children: [], nodes: [] }; if (current) { current.children.push(element); current.nodes.push(element); } else root ??= element; current = element; },
        ontext(text) { current?.nodes.push(text); },
        onclosetag() { current = current?.parent ?? null; },
      }, { xmlMode: true, decodeEntities: true, recognizeCDATA: true });
      parser.write(text); parser.end();
      return root;
    }`,
  'saxes 6, xmlns (namespaces)': `import { SaxesParser } from 'saxes';
    export function parseXml(text) {
      let root = null, current = null;
      const parser = new SaxesParser({ xmlns: true });
      parser.on('opentag', node => { const element = { name: node.local, ns: node.uri, attributes: node.attributes, parent: current, children: [], nodes: [] }; if (current) { current.children.push(element); current.nodes.push(element); } else root = element; current = element; });
      parser.on('text', text => current?.nodes.push(text));
      parser.on('cdata', text => current?.nodes.push(text));
      parser.on('closetag', () => { current = current?.parent ?? null; });
      parser.write(text).close();
      return root;
    }`,
};

const expected = JSON.parse(readFileSync(`${corpusDirectory}/expected.json`, 'utf8')).files;
const FILES = ['rss/rss-parser-guardian-us.xml', 'atom/rsparser-daringfireball.xml', 'atom/node-feedparser-tpm-xml-base.xml', 'rdf/feeder-slashdot-rdf.xml', 'rss/feeder-suspilne-ukrainian.xml'];
const malformed = Object.keys(expected).filter(path => expected[path].malformed && path.endsWith('.xml'));
const text = path => {
  const bytes = readFileSync(`${corpusDirectory}/${path}`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
};
const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

for (const [name, contents] of Object.entries(ENTRIES)) {
  const bundle = await build({ stdin: { contents, resolveDir: new URL('.', import.meta.url).pathname, loader: 'ts' }, bundle: true, minify: true, format: 'esm', write: false, platform: 'neutral', mainFields: ['module', 'main'] });
  const code = bundle.outputFiles[0].text;
  const { parseXml } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  console.log(`${name}: ${(gzipSync(code, { level: 9 }).length / 1024).toFixed(2)} KB gzip`);
  for (const path of FILES) {
    const document = text(path);
    for (let i = 0; i < 20; i++) parseXml(document);
    const samples = [];
    for (let sample = 0; sample < 9; sample++) {
      let parses = 0;
      const start = performance.now();
      while (performance.now() - start < 100) {
        parseXml(document);
        parses++;
      }
      samples.push((performance.now() - start) / parses);
    }
    console.log(`  ${path.padEnd(44)} ${median(samples).toFixed(3)} ms`);
  }
  const failures = [];
  for (const path of malformed) {
    try {
      if (!parseXml(text(path))) failures.push(`${path}: no element`);
    } catch (error) {
      failures.push(`${path}: ${String(error.message).split('\n')[0]}`);
    }
  }
  console.log(`  reads ${malformed.length - failures.length} of ${malformed.length} malformed corpus files${failures.length ? ':' : ''}`);
  for (const failure of failures) console.log(`    fails on ${failure}`);
}
