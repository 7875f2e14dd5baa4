// The exact figures `npm run bench` reports, asserted through the same functions (bench/elements/facts.ts), so the
// benchmark and the tests cannot drift apart. Timings are only reported, never asserted.
import { expect } from '@esm-bundle/chai';
import { caseName, measureLayoutShift, measureLeftovers, measureRefresh, measureSharedRequests, measureSharedSources, SHIFT_CASES } from '../../bench/elements/facts.js';

describe('figures of the benchmark', () => {
  it('a refresh that adds one story creates that story’s elements and nothing else, and removes nothing', async () => {
    const refresh = await measureRefresh();
    expect(refresh.storyElements).to.be.greaterThan(5);
    expect(refresh.createdElements).to.equal(refresh.storyElements);
    expect(refresh.createdElsewhere).to.equal(0);
    expect(refresh.removedNodes).to.equal(0);
  });

  it('twenty list widgets of one src make exactly one request', async () => {
    expect(await measureSharedRequests()).to.deep.equal({ widgets: 20, requests: 1 });
  });

  it('twenty lists over the same three sources make exactly one request per source', async () => {
    expect(await measureSharedSources()).to.deep.equal({ widgets: 20, requests: { '/sources/north.json': 1, '/sources/south.json': 1, '/sources/east.json': 1 } });
  });

  // The benchmark waits a second for the data, as the contract's page does; a quarter of one shows the same here.
  // Lists and the badge have a fixed size, so nothing under them moves either, not even off screen; an article's
  // length is unknown until it arrives, so only what the reader sees is held to zero.
  for (const shiftCase of SHIFT_CASES) {
    const fixedSize = shiftCase.tag !== 'news-article';
    it(`${caseName(shiftCase)} shifts nothing on the page while its data arrives${fixedSize ? ', not even under it' : ''}`, async () => {
      const { value, moved } = await measureLayoutShift(shiftCase, 250);
      expect(value).to.equal(0);
      if (fixedSize) expect(moved).to.equal(0);
    });
  }

  // Counts are exact, so a hundred cycles show a leak of one per cycle as plainly as the benchmark's thousand.
  it('100 mount and unmount cycles of all four elements leave no timer, listener or refresh schedule behind', async function () {
    this.timeout(30_000);
    const leftovers = await measureLeftovers(100);
    expect(leftovers.timers).to.deep.equal({ before: 0, after: 0 });
    expect(leftovers.listeners).to.deep.equal({ before: 0, after: 0 });
    expect([leftovers.minuteTimers, leftovers.schedules]).to.deep.equal([0, 0]);
    // While mounted, the list's calendar times ran the minute timer, and the list and the badge had a schedule each.
    expect(leftovers.whileMounted).to.deep.equal({ minuteTimers: 1, schedules: 2 });
  });
});
