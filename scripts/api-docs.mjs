// Writes each element's API tables (attributes, properties, events, parts, custom properties, slots of every element
// in scripts/elements.mjs) from custom-elements.json into its page, docs/elements/<tag>.md, between
// `<!-- api:TAG:start -->` and `<!-- api:TAG:end -->` (a page without them gets an API section at its end).
// The manifest is generated afresh from the JSDoc each run, so the tables follow the source, not an old build.
// `--check` writes nothing and fails when a page differs from what would be written.
import { spawnSync } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { elements } from './elements.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
/** The page of an element, where its API block lives. */
const pageOf = tag => join(root, 'docs/elements', `${tag}.md`);
const check = process.argv.includes('--check');

/** Runs the analyzer with the repository's config into a scratch folder (relative: the analyzer joins it to the cwd). */
async function generateManifest() {
  const outdir = 'node_modules/.cache/news-widgets-manifest';
  try {
    const cli = createRequire(join(root, 'package.json')).resolve('@custom-elements-manifest/analyzer/cem.js');
    const run = spawnSync(process.execPath, [cli, 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'], {
      cwd: root,
      env: { ...process.env, MANIFEST_OUTDIR: outdir },
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`the manifest analyzer failed:\n${run.stderr || run.stdout}`);
    return JSON.parse(await readFile(join(root, outdir, 'custom-elements.json'), 'utf8'));
  } finally {
    await rm(join(root, outdir), { recursive: true, force: true });
  }
}

/** Text for one table cell: one line, pipes escaped (GitHub splits cells on them even inside code spans). */
const cell = text => (text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const code = text => (text ? `\`${cell(text)}\`` : '');

function table(title, headings, rows) {
  if (rows.length === 0) return `**${title}**: none.`;
  return [
    `**${title}**`,
    '',
    `| ${headings.join(' | ')} |`,
    `|${headings.map(() => '---').join('|')}|`,
    ...rows.map(row => `| ${row.join(' | ')} |`),
  ].join('\n');
}

/** The tables of one element's declaration. */
export function elementTables(declaration) {
  const isPublic = member => !member.privacy || member.privacy === 'public';
  const fields = (declaration.members ?? []).filter(member => member.kind === 'field' && isPublic(member) && !member.static);
  const statics = (declaration.members ?? []).filter(member => member.static && isPublic(member));
  return [
    table(
      'Attributes',
      ['attribute', 'property', 'type', 'default', 'description'],
      (declaration.attributes ?? []).map(attribute => [
        code(attribute.name),
        code(attribute.fieldName),
        code(attribute.type?.text),
        code(attribute.default),
        cell(attribute.description),
      ]),
    ),
    table(
      'Properties',
      ['property', 'type', 'default', 'reflected', 'description'],
      [
        ...fields.map(field => [code(field.name), code(field.type?.text), code(field.default), field.reflects ? 'yes' : '', cell(field.description)]),
        ...statics.map(member => [
          member.kind === 'method'
            ? code(`${declaration.name}.${member.name}(${(member.parameters ?? []).map(parameter => parameter.name).join(', ')})`)
            : code(`${declaration.name}.${member.name}`),
          code(member.kind === 'method' ? member.return?.type?.text : member.type?.text),
          code(member.default),
          '',
          cell(member.description),
        ]),
      ],
    ),
    table(
      'Events',
      ['event', 'type', 'description'],
      (declaration.events ?? []).map(event => [code(event.name), code(event.type?.text), cell(event.description)]),
    ),
    table('Parts', ['part', 'description'], (declaration.cssParts ?? []).map(part => [code(part.name), cell(part.description)])),
    table(
      'Custom properties',
      ['custom property', 'description'],
      (declaration.cssProperties ?? []).map(property => [code(property.name), cell(property.description)]),
    ),
    table('Slots', ['slot', 'description'], (declaration.slots ?? []).map(slot => [code(slot.name || '(default)'), cell(slot.description)])),
  ].join('\n\n');
}

const startMarker = tag => `<!-- api:${tag}:start -->`;
const endMarker = tag => `<!-- api:${tag}:end -->`;

/** An element's page with its API block replaced (or added at its end, under "API", when it has none). */
export function renderPage(page, tag, manifest) {
  const element = elements.find(candidate => candidate.tag === tag);
  const declaration = manifest.modules.flatMap(module => module.declarations ?? []).find(candidate => candidate.tagName === tag && candidate.name === element?.className);
  if (!declaration) throw new Error(`custom-elements.json has no ${element?.className} for <${tag}>`);
  const block = `${startMarker(tag)}\n${elementTables(declaration)}\n${endMarker(tag)}`;
  const start = page.indexOf(startMarker(tag));
  const end = page.indexOf(endMarker(tag));
  if (start !== -1 && end > start) return page.slice(0, start) + block + page.slice(end + endMarker(tag).length);
  return `${page.trimEnd()}\n\n## API\n\n${block}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifest = await generateManifest();
  const stale = [];
  for (const { tag } of elements) {
    const page = await readFile(pageOf(tag), 'utf8').catch(() => `# \`<${tag}>\`\n`);
    const wanted = renderPage(page, tag, manifest);
    if (wanted === page) continue;
    if (check) stale.push(`docs/elements/${tag}.md`);
    else {
      await writeFile(pageOf(tag), wanted);
      console.log(`docs/elements/${tag}.md: API tables written from custom-elements.json`);
    }
  }
  if (stale.length) {
    console.error(`${stale.join(', ')}: the API tables differ from the elements' JSDoc: run npm run sync and commit the pages.`);
    process.exit(1);
  }
}
