// Where the shared conformance corpus lives: beside the repository (../shared/corpus), never inside it,
// because its files keep their own licences. Tests and benchmarks skip with a note where it is absent.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));

export const corpusDirectory = resolve(repositoryRoot, '..', 'shared', 'corpus');

export const corpusFound = existsSync(join(corpusDirectory, 'expected.json'));

/** Reads a corpus file as base64; null when the corpus is absent. Paths may not leave the corpus. */
export async function readCorpusBase64(path) {
  if (!corpusFound) return null;
  const file = resolve(corpusDirectory, path);
  if (relative(corpusDirectory, file).startsWith(`..${sep}`)) throw new Error(`${path} is outside the corpus.`);
  return (await readFile(file)).toString('base64');
}
