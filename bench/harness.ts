// Measures benchmarks the same way in Node and in the browser, so their figures can be compared between commits.

/** One operation to measure. A benchmark file exports a list of these as its default export. */
export interface Benchmark {
  /** What one operation is, in words a reader of the results understands. */
  name: string;
  /** Prepares what `run` needs; not measured. */
  setup?(): void | Promise<void>;
  /** Performs the operation `iterations` times; measured as a whole and divided by `iterations`. */
  run(iterations: number): void | Promise<void>;
  /** Releases what `setup` made; not measured. */
  teardown?(): void | Promise<void>;
}

export interface Measurement {
  name: string;
  /** Median nanoseconds per operation over the samples. */
  nsPerOp: number;
  opsPerSecond: number;
  /** Interquartile range of the samples relative to the median: how far two runs may differ from noise alone. */
  spread: number;
  samples: number;
  /** Operations per sample. */
  iterations: number;
}

/**
 * Each sample runs long enough that the timer's resolution does not matter (browsers round performance.now() to
 * 0.1 ms, 5 µs when cross-origin isolated) and that a garbage collection is a small part of it.
 */
const SAMPLE_MS = 60;
const WARMUP_SAMPLES = 5;
const SAMPLES = 15;

/** Present when the runner started the engine with --expose-gc: collecting before a sample keeps it out of the sample. */
const collectGarbage = (globalThis as { gc?: () => void }).gc;

async function time(benchmark: Benchmark, iterations: number): Promise<number> {
  collectGarbage?.();
  const start = performance.now();
  await benchmark.run(iterations);
  return performance.now() - start;
}

/** Finds how many iterations fill a sample (which also warms the code up), then takes the median of the samples. */
export async function measure(benchmark: Benchmark): Promise<Measurement> {
  await benchmark.setup?.();
  try {
    let iterations = 1;
    for (let elapsed = await time(benchmark, iterations); elapsed < SAMPLE_MS; elapsed = await time(benchmark, iterations)) {
      iterations = Math.ceil(iterations * Math.min(10, Math.max(2, (SAMPLE_MS * 1.2) / Math.max(elapsed, 0.01))));
    }
    for (let sample = 0; sample < WARMUP_SAMPLES; sample++) await time(benchmark, iterations);
    const perOp: number[] = [];
    for (let sample = 0; sample < SAMPLES; sample++) perOp.push(((await time(benchmark, iterations)) * 1e6) / iterations);
    perOp.sort((a, b) => a - b);
    const quantile = (q: number) => perOp[Math.round(q * (perOp.length - 1))];
    const median = quantile(0.5);
    return {
      name: benchmark.name,
      nsPerOp: median,
      opsPerSecond: 1e9 / median,
      spread: (quantile(0.75) - quantile(0.25)) / median,
      samples: SAMPLES,
      iterations,
    };
  } finally {
    await benchmark.teardown?.();
  }
}

/** Measures the benchmarks one after another. */
export async function measureAll(benchmarks: Benchmark[]): Promise<Measurement[]> {
  const results: Measurement[] = [];
  for (const benchmark of benchmarks) results.push(await measure(benchmark));
  return results;
}
