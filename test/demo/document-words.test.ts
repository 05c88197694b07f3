// On a demo partnership page in Welsh the kit's words are Welsh, and the quorum requirements, seats, roles and titles
// are English: they are the partnership's document's, shown as written (the README's "Languages"). A Welsh-speaking
// member walking the pages read "Half of the voting seats" under "Cworwm" as a word the kit had left untranslated; each
// partnership page now says, in the reader's language, whose words those are.
import { expect, waitUntil } from '@open-wc/testing';
import { demoWords } from '../../demo/words.js';
import { pageInFrame } from '../fixtures/demo-frame.js';

afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

describe('demo: a partnership page in Welsh', function () {
  this.timeout(30_000);
  for (const page of ['sutton', 'wokingham', 'suffolk', 'ealing']) {
    it(`says that the names and quorum requirements are the document’s own, as written (${page})`, async () => {
      const doc = await pageInFrame(`/demo/${page}.html?lang=cy`, 1024, 700);
      const said = demoWords('cy', 'partnership.asWritten');
      expect(said).to.include('Saesneg');
      await waitUntil(() => doc.documentElement.lang === 'cy', 'the page in Welsh', { timeout: 5_000 });
      const note = [...doc.querySelectorAll('main p')].find((p) => p.textContent === said);
      expect(note, 'the note under the lede').to.not.equal(undefined);
      expect(note!.previousElementSibling?.matches('.lede'), 'just under the lede').to.equal(true);
    });
  }
});
