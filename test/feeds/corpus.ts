// Reading the shared corpus from browser tests, through the readCorpus command of vitest.config.ts.
import { commands } from 'vitest/browser';

/** A corpus file's bytes, or null when ../shared/corpus is absent. */
export async function corpusBytes(path: string): Promise<ArrayBuffer | null> {
  const base64 = await commands.readCorpus(path);
  if (base64 === null) return null;
  return Uint8Array.from(atob(base64), char => char.charCodeAt(0)).buffer;
}
