// npm run fuzz: the properties of test/feeds/fuzz.test.ts with 100,000 cases each (FUZZ_RUNS) and a random seed
// (FUZZ_SEED), printed first so that a failure can be run again: FUZZ_SEED=<seed> npm run fuzz. The sanitizer's
// properties run in Chromium with at most 2,000 cases; the parser's and the text routines' run in Node with all.
// `--repeat N` runs N rounds, each with a new seed, and prints each seed as it starts.
import { spawnSync } from 'node:child_process';

const repeat = Number(process.argv[process.argv.indexOf('--repeat') + 1]) || 1;
const runs = process.env.FUZZ_RUNS ?? '100000';
for (let round = 1; round <= repeat; round++) {
  const seed = process.env.FUZZ_SEED && round === 1 ? process.env.FUZZ_SEED : String(Math.floor(Math.random() * 2 ** 31));
  console.log(`fuzz round ${round}: seed ${seed}, ${runs} cases per property`);
  const { status } = spawnSync('npx', ['vitest', 'run', '--project', 'feeds (node)', 'test/feeds/fuzz.test.ts'], {
    stdio: 'inherit',
    env: { ...process.env, FUZZ_SEED: seed, FUZZ_RUNS: runs },
  });
  if (status !== 0) {
    console.error(`fuzz failed with seed ${seed}: FUZZ_SEED=${seed} npm run fuzz runs it again`);
    process.exit(status ?? 1);
  }
}
