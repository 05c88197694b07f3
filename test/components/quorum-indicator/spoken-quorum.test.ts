/**
 * The quorum indicator as a screen reader says it. Each requirement's label, count and tag are boxes apart on
 * screen but one run of speech, so punctuation a screen reader hears parts them; in the clerk's check-in on a
 * phone, each card's field label is drawn and not spoken, the table's own header naming the column once.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../../components/quorum-indicator/quorum-indicator.js';
import { seedDocument } from '../../fixtures/documents.js';
import { showWith } from '../../fixtures/show-element.js';
import { axNodes, everyNode, pageTree, speech, wholePageTree } from '../../fixtures/spoken.js';
import { placeAt, resetWindow } from '../action-tracker/layout-helpers.js';
import { eogCheckIn } from './check-in-fixture.js';
import { cy } from '../../../src/messages/cy.js';
import { en } from '../../../src/messages/en.js';

afterEach(async () => {
  await resetWindow();
  document.querySelectorAll('quorum-indicator').forEach((e) => e.remove());
});

/** What a screen reader says of the indicator's section, by its heading's name, once it is there (Welsh loads). */
async function saidOf(heading: string): Promise<string> {
  const named = async () => (await axNodes('region', heading))[0];
  await waitUntil(named, `a region named ${heading}`, { timeout: 4000 });
  return speech((await named())!);
}

describe('<quorum-indicator> as a screen reader says it', () => {
  for (const [lang, msg] of [
    ['en', en],
    ['cy', cy],
  ] as const) {
    it(`pauses between a requirement's label, its count and its tag (${lang})`, async () => {
      const sutton = await seedDocument('sutton');
      await showWith('quorum-indicator', sutton, { meeting: 'elg-2019-10-15', lang });
      const q = msg.quorum;
      const said = await saidOf(
        q.heading('Education Leadership Group', msg.format.dateTime('2019-10-15T16:00:00+01:00')),
      );
      expect(said).to.contain(`Half of the voting seats: ${q.presentOfNeeded(8, 5)}. ${q.met}. ${q.absentTitle}`);
    });
  }

  it('says a requirement not met, and its note on proxies, with the same pauses', async () => {
    const sutton = await seedDocument('sutton');
    await showWith('quorum-indicator', sutton, { meeting: 'eog-2019-11-05' });
    const q = en.quorum;
    const said = await saidOf(q.heading('Education Operational Group', en.format.dateTime('2019-11-05T10:00:00Z')));
    expect(said).to.contain(
      `All core members ${q.proxiesDoNotCount}: ${q.presentOfNeeded(2, 3)}. ${q.notMet}. ${q.missingTitle}`,
    );
  });

  it('pauses after the time of each arrival and departure', async () => {
    const sutton = await seedDocument('sutton');
    await showWith('quorum-indicator', sutton, { meeting: 'elg-2019-11-12' });
    const said = await saidOf(en.quorum.movementsHeading);
    const time = en.format.time('2019-11-12T17:00:00Z');
    expect(said).to.match(new RegExp(`^${time}, Secondary Governors: .+ ${time}, Secondary Governors: `));
  });

  it('says "In the room" once: its heading names the list below it, which has no name of its own', async () => {
    const sutton = await seedDocument('sutton');
    await showWith('quorum-indicator', sutton, { meeting: 'elg-2019-10-15', now: '2019-10-15T17:00:00+01:00' });
    const q = en.quorum;
    const now = q.nowHeading(en.format.time('2019-10-15T17:00:00+01:00'));
    await waitUntil(async () => (await axNodes('region', now)).length > 0, 'the meeting as it is now');
    const region = everyNode(await wholePageTree()).find((node) => node.role === 'region' && node.name === now)!;
    const lists = everyNode(region).filter((node) => node.role === 'list');
    expect(
      lists.map(speech).some((said) => said.startsWith('Chair: Chair of the ELG')),
      'who is in the room',
    ).to.equal(true);
    const text = ['StaticText', 'InlineTextBox'];
    const named = everyNode(region).filter((node) => node.name === q.inRoomTitle && !text.includes(node.role));
    expect(named.map((node) => node.role)).to.deep.equal(['heading']);
  });

  it("in the check-in's cards on a phone, a cell is named by its own words, its column header heard once", async () => {
    const indicator = await placeAt(320, eogCheckIn({ endpoint: '/__respond?status=201' }));
    await waitUntil(() => indicator.shadowRoot?.querySelector('[part=check-in]'), 'check-in shown', { timeout: 4000 });
    const said = speech(await pageTree());
    const c = en.checkIn;
    expect(said, 'the seat, then its holder').to.contain('Chair Director of People Services');
    expect(said).not.to.contain(`${c.person} Director of People Services`);
    expect(said).not.to.contain(`${c.attendance} ${c.options.holder}`);
  });
});
