// Everything bench/run.mjs measures about the elements in Chromium, in one page, one figure after another.
import { caseName, measureLayoutShift, measureLeftovers, measureRefresh, measureSharedRequests, measureSharedSources, SHIFT_CASES, type Leftovers, type RefreshMutations, type SharedRequests, type SharedSources, type Shift } from './facts.js';
import { compareRendering, type RenderComparison } from './render.js';

export interface ElementsReport {
  rendering: RenderComparison[];
  refresh: RefreshMutations;
  sharedRequests: SharedRequests;
  sharedSources: SharedSources;
  /** Layout shift and how far the content under it moved, per element and layout, the data arriving after a second. */
  layoutShift: ({ name: string } & Shift)[];
  leftovers: Leftovers;
}

/** How many runs of each element the medians take, per number of stories. */
const RENDER_RUNS: [items: number, runs: number][] = [
  [1_000, 15],
  [10_000, 10],
];

const CYCLES = 1_000;

export default async function report(progress: (step: string) => void): Promise<ElementsReport> {
  const rendering: RenderComparison[] = [];
  for (const [items, runs] of RENDER_RUNS) {
    progress(`rendering ${items.toLocaleString('en')} stories, ${runs} runs of each list`);
    rendering.push(await compareRendering(items, runs));
  }
  progress('a refresh that adds a story');
  const refresh = await measureRefresh();
  progress('twenty widgets of one src');
  const sharedRequests = await measureSharedRequests();
  progress('twenty lists over the same three sources');
  const sharedSources = await measureSharedSources();
  const layoutShift: ElementsReport['layoutShift'] = [];
  for (const shiftCase of SHIFT_CASES) {
    progress(`layout shift of ${caseName(shiftCase)}`);
    layoutShift.push({ name: caseName(shiftCase), ...(await measureLayoutShift(shiftCase)) });
  }
  progress(`${CYCLES.toLocaleString('en')} mount and unmount cycles`);
  const leftovers = await measureLeftovers(CYCLES);
  return { rendering, refresh, sharedRequests, sharedSources, layoutShift, leftovers };
}
