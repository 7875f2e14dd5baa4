// The README is the first page a newcomer reads: short enough to read through, and every page it and the docs link
// to is there.
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;

/** The Markdown pages of the repository's documentation: the README, docs/ and bench/README.md. */
async function pages(): Promise<string[]> {
  const found = ['README.md', 'bench/README.md'];
  const walk = async (folder: string) => {
    for (const entry of await readdir(join(root, folder), { withFileTypes: true })) {
      if (entry.isDirectory()) await walk(join(folder, entry.name));
      else if (entry.name.endsWith('.md')) found.push(join(folder, entry.name));
    }
  };
  await walk('docs');
  return found;
}

it('the README is at most 260 lines', async () => {
  const lines = (await readFile(join(root, 'README.md'), 'utf8')).split('\n').length;
  expect(lines).to.be.at.most(260);
});

it('every relative link of the README and the docs names a file that exists', async () => {
  const missing: string[] = [];
  for (const page of await pages()) {
    const text = await readFile(join(root, page), 'utf8');
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/.test(target) || target.startsWith('#')) continue;
      const path = join(root, dirname(page), decodeURIComponent(target.split('#')[0]));
      if (!(await stat(path).catch(() => null))) missing.push(`${page}: ${target}`);
    }
  }
  expect(missing).to.deep.equal([]);
});
