// The English table is a chunk like every language's: when it does not arrive, an English widget shows its error
// in the words the drop-in carries, with a retry. A file of its own: nothing else on its page asks for English first.
import { expect } from '@esm-bundle/chai';
import { http, HttpResponse } from 'msw';
import type { FeedError } from '../../src/data/errors.js';
import type { NewsErrorDetail } from '../../src/elements/shared/news-element.js';
import { SUBJECTS, watchTroubles } from './subjects.js';
import { mount, startWorker, untilState } from './support.js';

const { worker } = startWorker(() => false);

describe('the English words', () => {
  it('leaves an English widget whose words did not arrive in its error state, in the words of the drop-in', async () => {
    const [subject] = SUBJECTS;
    const src = `/chunk-sources/words.json`;
    let chunkFails = true;
    worker.use(
      http.get(src, () => HttpResponse.json(subject.good)),
      http.get('/src/i18n/en.ts', () => (chunkFails ? HttpResponse.error() : undefined)),
    );
    const troubles = watchTroubles();
    const errors: FeedError[] = [];
    const element = mount(subject.tag, { ...subject.attributes, src, lang: 'en' });
    element.addEventListener('news-error', event => errors.push((event as CustomEvent<NewsErrorDetail>).detail.error as FeedError));
    await untilState(element, 'error');
    expect(errors.map(error => error.kind)).to.deep.equal(['network']);
    expect(element.shadowRoot!.querySelector('[part="message"]')?.textContent).to.equal('The news could not be loaded. Check your connection.');
    chunkFails = false;
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
    await untilState(element, 'ready');
    expect(subject.shows(element)).to.equal(subject.showing);
    expect(troubles.stop()).to.deep.equal([]);
  });
});
