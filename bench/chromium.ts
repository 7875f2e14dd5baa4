// The page bench/run.mjs opens in Chromium: it measures the benchmark file named by ?file= and leaves the outcome
// on window for the runner to collect.
import { measureAll, type Benchmark, type Measurement } from './harness.js';

declare global {
  interface Window {
    benchOutcome?: { results: Measurement[] } | { error: string };
  }
}

async function main(): Promise<void> {
  const file = new URLSearchParams(location.search).get('file');
  try {
    if (!file) throw new Error('no ?file= given');
    const module = (await import(/* @vite-ignore */ file)) as { default: Benchmark[] };
    window.benchOutcome = { results: await measureAll(module.default) };
  } catch (error) {
    window.benchOutcome = { error: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error) };
  }
}

void main();
