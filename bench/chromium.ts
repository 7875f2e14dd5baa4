// The page bench/run.mjs opens in Chromium: it measures the benchmark file named by ?file= (or runs the report
// module named by ?report=) and leaves the outcome on window for the runner to collect.
import { measureAll, type Benchmark, type Measurement } from './harness.js';

declare global {
  interface Window {
    benchOutcome?: { results: Measurement[] } | { report: unknown } | { error: string };
    /** Set by the runner: tells the terminal what the page is measuring now. */
    benchProgress?: (step: string) => void;
  }
}

async function main(): Promise<void> {
  const parameters = new URLSearchParams(location.search);
  const file = parameters.get('file');
  const report = parameters.get('report');
  try {
    if (report) {
      // A report module's default export measures whatever it measures and returns the figures.
      const module = (await import(/* @vite-ignore */ report)) as { default: (progress: (step: string) => void) => Promise<unknown> };
      window.benchOutcome = { report: await module.default(step => window.benchProgress?.(step)) };
      return;
    }
    if (!file) throw new Error('no ?file= or ?report= given');
    const module = (await import(/* @vite-ignore */ file)) as { default: Benchmark[] };
    window.benchOutcome = { results: await measureAll(module.default) };
  } catch (error) {
    window.benchOutcome = { error: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error) };
  }
}

void main();
