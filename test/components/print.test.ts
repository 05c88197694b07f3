/**
 * On paper nothing can be unfolded: what a `<details>` folds away on screen
 * (each seat's vote, a long mitigation) prints, and a mitigation is not
 * printed twice, cut short and then whole; the action tracker says the day
 * its statuses are judged on.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { en } from '../../src/messages/en.js';
import { mountAll, shadowElements } from '../fixtures/all-elements.js';

describe('printed', function () {
  this.timeout(30_000);
  after(async () => {
    await emulateMedia({ media: 'screen' });
  });

  it('shows what a closed details element folds away, and a long mitigation once', async () => {
    const host = await mountAll();
    const all = [...shadowElements(host)];
    const folded = all.filter((element) => element.localName === 'details' && !(element as HTMLDetailsElement).open);
    expect(folded.length, 'folded parts on the page').to.be.greaterThan(0);
    const shown = (element: Element | null) => !!element && element.checkVisibility();
    const inside = (details: Element) => details.querySelector(':scope > :not(summary)');
    expect(
      folded.some((details) => shown(inside(details))),
      'folded away on screen',
    ).to.equal(false);
    await emulateMedia({ media: 'print' });
    // An editor's controls do not print, folded or not: the action tracker's completion date fields among them.
    const controls = folded.filter((details) => details.closest('.edit'));
    for (const details of controls) expect(shown(details), `controls: ${details.className}`).to.equal(false);
    for (const details of folded.filter((d) => !controls.includes(d)))
      expect(shown(inside(details)), details.className).to.equal(true);
    for (const details of folded.filter((d) => d.classList.contains('mitigation'))) {
      expect(shown(details.querySelector('summary')), 'the cut-short mitigation').to.equal(false);
    }
    host.remove();
  });

  it('dates the action tracker’s statuses on paper, where "Overdue" may be read days later', async () => {
    await emulateMedia({ media: 'screen' });
    const host = await mountAll();
    const tracker = host.querySelector('action-tracker')!;
    const line = tracker.shadowRoot!.querySelector('.printed')!;
    expect(line.textContent!.trim()).to.equal(en.actions.statusesOn(en.format.date('2019-12-10')));
    expect(line.checkVisibility(), 'not on screen').to.equal(false);
    await emulateMedia({ media: 'print' });
    expect(line.checkVisibility(), 'on paper').to.equal(true);
    host.remove();
  });
});
