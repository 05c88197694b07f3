/**
 * The count moving under a member while voting is open, as a screen reader hears it: another device's vote that
 * changes how the proposal would go if voting closed now is said once, in the panel's language; one that only moves
 * the numbers is not said at all (a count ticking in a live meeting would talk over the member).
 */
import { expect } from '@open-wc/testing';
import type { ReactiveElement } from 'lit';
import '../../../components/vote-panel/vote-panel.js';
import { board, boardVote, rulesInput } from '../../fixtures/documents.js';
import { deviceClock } from '../../fixtures/device-clock.js';
import { showWith, shadowOf, until } from '../../fixtures/show-element.js';
import { textOf } from '../../fixtures/text.js';
import { listenForAnnouncements } from '../../harness/announcements.js';
import { en } from '../../../src/messages/en.js';
import { cy } from '../../../src/messages/cy.js';

afterEach(() => document.querySelectorAll('vote-panel').forEach((e) => e.remove()));

type Panel = HTMLElement & { data?: unknown; updateComplete: Promise<boolean> };
const resultLine = (panel: Panel) => textOf(shadowOf(panel).querySelector('.tally .result'));
const counts = (panel: Panel) => [...shadowOf(panel).querySelectorAll('table.counts td')].map((td) => textOf(td));

describe('<vote-panel>: the count moving while a member watches', () => {
  for (const [lang, msg] of [
    ['en', en],
    ['cy', cy],
  ] as const) {
    it(`a vote from another device that changes how it would go is said once; the numbers alone are not (${lang})`, async () => {
      const t = msg.votePanel;
      const panel = await showWith<Panel>('vote-panel', board([boardVote('s-b', 'p-b', 'for')]), {
        proposal: 'p1',
        today: '2019-10-15',
        voter: 'p-c',
        lang,
      });
      await until(() => resultLine(panel) === t.standingTooEarly, 'too early to say');
      const heard = listenForAnnouncements();
      try {
        const three = [
          boardVote('s-b', 'p-b', 'for'),
          boardVote('s-a', 'p-a', 'for', 31),
          boardVote('s-chair', 'p-chair', 'for', 32),
        ];
        panel.data = board(three);
        const carried = t.standingLine(t.result('carried'));
        await until(() => resultLine(panel) === carried, `it would carry, not "${resultLine(panel)}"`);
        await panel.updateComplete;
        heard.flush();
        expect(heard.heard.map((a) => a.text)).to.deep.equal([t.standingMoved(carried)]);

        panel.data = board([...three, boardVote('s-c', 'p-c', 'against', 33)]);
        await until(() => counts(panel)[1] === '1', 'the count moved');
        await panel.updateComplete;
        heard.flush();
        expect(heard.heard, 'the same standing is not said again').to.have.length(1);
      } finally {
        heard.stop();
      }
    });
  }

  it('a language switch after the news is no news: the region does not say it again in the other language', async () => {
    const t = en.votePanel;
    const panel = await showWith<Panel>('vote-panel', board([boardVote('s-b', 'p-b', 'for')]), {
      proposal: 'p1',
      today: '2019-10-15',
    });
    await until(() => resultLine(panel) === t.standingTooEarly, 'too early to say');
    panel.data = board([
      boardVote('s-b', 'p-b', 'for'),
      boardVote('s-a', 'p-a', 'for', 31),
      boardVote('s-chair', 'p-chair', 'for', 32),
    ]);
    await until(() => resultLine(panel) === t.standingLine(t.result('carried')), 'it would carry');
    await panel.updateComplete;
    const heard = listenForAnnouncements();
    try {
      panel.setAttribute('lang', 'cy');
      const carried = cy.votePanel.standingLine(cy.votePanel.result('carried'));
      await until(() => resultLine(panel) === carried, 'in Welsh');
      await panel.updateComplete;
      heard.flush();
      expect(heard.heard.filter((a) => a.from === 'vote-panel').map((a) => a.text)).to.deep.equal([]);
    } finally {
      heard.stop();
    }
  });

  it('says nothing on the panel’s first showing, though the region is there to speak', async () => {
    const heard = listenForAnnouncements();
    try {
      const panel = await showWith<Panel>('vote-panel', board([boardVote('s-b', 'p-b', 'for')]), {
        proposal: 'p1',
        today: '2019-10-15',
      });
      await until(() => resultLine(panel) === en.votePanel.standingTooEarly, 'shown');
      heard.flush();
      expect(heard.heard.filter((a) => a.from === 'vote-panel').map((a) => a.text)).to.deep.equal([]);
      expect(shadowOf(panel).querySelector('.tally [role=status]'), 'an empty status, ready').not.to.equal(null);
    } finally {
      heard.stop();
    }
  });
});

describe('<vote-panel> at a meeting still on past midnight, nobody checked in yet', () => {
  const clock = deviceClock('2026-12-07T23:59:00Z');
  /** The board meets from 11:30pm on 7 December 2026 to 1am on the 8th (GMT); voting closes at 12:30am. */
  const lateMeeting = () =>
    rulesInput({
      group: { quorum: [{ label: 'Half of the voting seats', seats: { voting: true }, min: '1/2' }] },
      meeting: { start: '2026-12-07T23:30:00Z', end: '2026-12-08T01:00:00Z', attendance: {} },
      proposal: { closes: '2026-12-08T00:30:00Z' },
    });

  it('says nothing at midnight: the count has not changed, and the quorum is still not yet known', async () => {
    clock.setTo('2026-12-07T23:59:00Z');
    const t = en.votePanel;
    const panel = await showWith<Panel>('vote-panel', lateMeeting(), { proposal: 'p', voter: 'cara' });
    await until(() => resultLine(panel) === t.standingAwaiting, 'not yet known, until the meeting is quorate');
    const heard = listenForAnnouncements();
    try {
      let renders = 0;
      (panel as unknown as ReactiveElement).addController({ hostUpdated: () => (renders += 1) });
      clock.setTo('2026-12-08T00:01:00Z');
      document.dispatchEvent(new Event('visibilitychange'));
      await until(() => renders > 0, 'a render on 8 December');
      await panel.updateComplete;
      heard.flush();
      expect(resultLine(panel), 'at 00:01').to.equal(t.standingAwaiting);
      expect(heard.heard.filter((a) => a.from === 'vote-panel').map((a) => a.text)).to.deep.equal([]);
    } finally {
      heard.stop();
    }
  });
});
