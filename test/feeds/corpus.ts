// Reading the shared corpus (../shared/corpus) from the feed tests: straight from the disk in Node, and in
// Chromium through the readCorpus command of vitest.config.ts.

/** A corpus file's bytes, or null when ../shared/corpus is absent. */
export async function corpusBytes(path: string): Promise<ArrayBuffer | null> {
  if (typeof document === 'undefined') {
    const { readFile } = await import('node:fs/promises');
    const file = new URL(`../../../shared/corpus/${path}`, import.meta.url);
    const bytes = await readFile(file).catch(() => null);
    return bytes && bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  }
  const { commands } = await import('vitest/browser');
  const base64 = await commands.readCorpus(path);
  if (base64 === null) return null;
  return Uint8Array.from(atob(base64), char => char.charCodeAt(0)).buffer;
}
