/**
 * <vote-panel>: a proxy's vote the host accepted, judged invalid once a check-in that waited is timed before it.
 *
 * The ELG's meeting of 10 December 2019, 4pm: the Primary Schools seat is in the room by its proxy. At 4:05pm, with
 * no signal in the room, the chair checks in the seat's holder; at 4:10pm the proxy votes against, on the room's
 * other network, and the host (which has heard of no holder) takes the vote. At 4:40pm the chair's phone finds a
 * signal: the host times the check-in at 4:05pm (`timed`, src/server/check-in-moment.ts). The holder was in the room
 * at the vote's moment, so the proxy could not vote for them (`holder-present`): the count no longer takes the vote.
 * The proxy's "Your vote" and the chair's count say so, with the rules' reason, in English and Welsh, whether the
 * count is shown while voting is open or only once it has closed.
 */
import { expect } from '@open-wc/testing';
import '../../../components/vote-panel/vote-panel.js';
import { parseDocument, type PartnershipDocument, type Vote } from '../../../src/contract/index.js';
import {
  outcome,
  publishedDocument,
  withAttendance,
  withVote,
  type AttendanceChange,
} from '../../../src/rules/index.js';
import { en } from '../../../src/messages/en.js';
import { cy } from '../../../src/messages/cy.js';
import { explainReason, namesIn, type Messages } from '../../../src/messages/index.js';
import { showWith, until } from '../../fixtures/show-element.js';
import { textOf } from '../../fixtures/text.js';
import { MEETING, meetingUnderWay, PROPOSAL } from '../../fixtures/meeting-under-way.js';

const PROXY = 'p-cirrus-head';
const CHAIR = 'p-elg-chair';
const at = (time: string) => `2019-12-10T${time}:00.000Z`;

type Panel = HTMLElement & { data: unknown; updateComplete: Promise<boolean> };

/**
 * The meeting under way at 4pm (test/fixtures/meeting-under-way.js, as the host's tests meet it), voting open till
 * 5:30pm, its count shown as `results` says; the proposal's seed votes left out, so the count holds only this test's.
 */
async function meetingUnderWayShowing(results: 'live' | 'after-close'): Promise<PartnershipDocument> {
  const sutton = (await (await fetch('/demo/data/sutton.json')).json()) as PartnershipDocument;
  const document = meetingUnderWay(sutton);
  const proposals = document.proposals.map((p) => (p.id === PROPOSAL ? { ...p, results } : p));
  const votes = document.votes.filter((v) => v.proposal !== PROPOSAL);
  const parsed = parseDocument({ ...document, proposals, votes });
  if (!parsed.ok) throw new Error('the meeting under way breaks the contract');
  return parsed.document;
}

const proxyVote: Vote = {
  id: 'v-proxy-1610',
  proposal: PROPOSAL,
  seat: 'elg-primary',
  by: PROXY,
  choice: 'against',
  cast: '2019-12-10T16:10:00Z',
  received: at('16:10'),
};

/** The holder's check-in the chair made at 4:05pm, stored at 4:40pm and timed when it was made. */
const waitedCheckIn: AttendanceChange = {
  id: 'c-primary-1605',
  meeting: MEETING,
  seat: 'elg-primary',
  attendance: 'holder',
  by: CHAIR,
  at: '2019-12-10T16:05:00Z',
  received: at('16:40'),
  timed: at('16:05'),
};

/** Why the count does not take the proxy's vote, in `msg`'s words, as the rules give it. */
function reasonIn(msg: Messages, document: PartnershipDocument): string {
  const invalid = outcome(document, PROPOSAL, { now: at('16:45') }).invalid.find((i) => i.vote === proxyVote.id);
  if (invalid?.reason !== 'holder-present') throw new Error(`the rules count the proxy's vote: ${invalid?.reason}`);
  return explainReason(msg, namesOf(document, msg), invalid);
}
const namesOf = (document: PartnershipDocument, msg: Messages) => namesIn(document, msg);

/** What the panel's "Your vote" part says of the member's votes the count does not take. */
const notCounted = (panel: Panel) =>
  [...panel.shadowRoot!.querySelectorAll('[data-not-counted]')].map((p) => [
    p.getAttribute('data-not-counted'),
    textOf(p),
  ]);
/** The count's list of votes not counted. */
const tallyNotCounted = (panel: Panel) =>
  [...panel.shadowRoot!.querySelectorAll('[part=tally] li[data-reason]')].map((li) => [
    li.getAttribute('data-reason'),
    textOf(li),
  ]);

/** What "How each seat voted" says of the seat named `seat`. */
const seatRow = (panel: Panel, seat: string) => {
  const rows = [...panel.shadowRoot!.querySelectorAll('details.choices tbody tr')];
  const row = rows.find((tr) => textOf(tr.querySelector('th')) === seat);
  return row ? textOf(row.querySelector('td:last-child')) : `no row for ${seat}`;
};

describe('<vote-panel>: a proxy’s vote not counted once a check-in that waited is timed before it', function () {
  this.timeout(20_000);
  afterEach(() => document.querySelectorAll('vote-panel').forEach((e) => e.remove()));

  for (const [lang, msg] of [
    ['en', en],
    ['cy', cy],
  ] as const) {
    it(`shows the proxy, in ${lang}, that their vote is not counted and why, before and after the close`, async () => {
      for (const results of ['live', 'after-close'] as const) {
        const before = withVote(await meetingUnderWayShowing(results), proxyVote);
        const after = withAttendance(before, waitedCheckIn);
        const reason = reasonIn(msg, after);
        const seat = namesOf(after, msg).seat('elg-primary');
        const attrs = {
          proposal: PROPOSAL,
          today: '2019-12-10',
          voter: PROXY,
          lang,
          endpoint: '/api/votes',
          live: 'off',
        };
        const panel = (await showWith('vote-panel', before, { ...attrs, now: at('16:20') })) as Panel;
        await until(
          () => !!panel.shadowRoot?.querySelector('[data-recorded]'),
          `${results}: the proxy's vote recorded`,
        );
        expect(notCounted(panel), `${results}: counted at 4:20pm`).to.deep.equal([]);

        // 4:40pm: the chair's check-in reaches the host, timed at 4:05pm; the panel's copy follows.
        panel.data = after;
        panel.setAttribute('now', at('16:45'));
        const said = msg.votePanel.notCounted(seat, 'against', msg.format.dateTime(proxyVote.cast), reason);
        await until(() => notCounted(panel)[0]?.[1] === said, `${lang} ${results}: not counted, open`);
        expect(notCounted(panel)).to.deep.equal([['holder-present', said]]);
        expect(panel.shadowRoot!.querySelector('[data-recorded]'), 'no longer shown as recorded and counting').to.equal(
          null,
        );

        panel.setAttribute('now', at('17:45'));
        await until(() => textOf(panel.shadowRoot).includes(msg.votePanel.votingClosed), `${results}: closed`);
        expect(notCounted(panel), `${lang} ${results}: not counted, closed`).to.deep.equal([['holder-present', said]]);
        panel.remove();
      }
    });

    it(`shows the chair, in ${lang}, the proxy’s vote among the votes not counted, with the rules’ reason`, async () => {
      const after = withAttendance(withVote(await meetingUnderWayShowing('after-close'), proxyVote), waitedCheckIn);
      const reason = reasonIn(msg, after);
      const names = namesOf(after, msg);
      const attrs = {
        proposal: PROPOSAL,
        today: '2019-12-10',
        voter: CHAIR,
        lang,
        endpoint: '/api/votes',
        live: 'off',
      };
      const panel = (await showWith('vote-panel', after, { ...attrs, now: at('17:45') })) as Panel;
      const listed = msg.votePanel.invalidVote(names.seat('elg-primary'), names.person(PROXY), reason);
      await until(() => tallyNotCounted(panel).some(([, text]) => text === listed), `${lang}: in the count`);
      expect(tallyNotCounted(panel)).to.deep.equal([['holder-present', listed]]);
      expect(notCounted(panel), 'the chair cast no vote the count leaves out').to.deep.equal([]);
      expect(seatRow(panel, names.seat('elg-primary')), 'the seat voted: its vote is not counted').to.equal(
        msg.votePanel.votedNotCounted,
      );
      expect(seatRow(panel, names.seat('elg-special')), 'a seat that cast no vote').to.equal(
        msg.votePanel.noVoteCounted,
      );
    });
  }

  it('tells the proxy on a secret ballot too, served as the host serves it: a published count and their own votes', async () => {
    // The count a secret ballot publishes lists no vote as invalid, and the member's copy holds only their votes.
    const whole = withAttendance(withVote(await meetingUnderWayShowing('after-close'), proxyVote), waitedCheckIn);
    const secret = {
      ...whole,
      proposals: whole.proposals.map((p) => (p.id === PROPOSAL ? { ...p, ballot: 'secret' as const } : p)),
    };
    const served = publishedDocument(secret, PROXY, at('17:45'));
    const seat = namesOf(served, en).seat('elg-primary');
    const attrs = { proposal: PROPOSAL, today: '2019-12-10', voter: PROXY, endpoint: '/api/votes', live: 'off' };
    const panel = (await showWith('vote-panel', served, { ...attrs, now: at('17:45') })) as Panel;
    const said = en.votePanel.notCounted(seat, 'against', en.format.dateTime(proxyVote.cast), reasonIn(en, whole));
    await until(() => textOf(panel.shadowRoot).includes(en.votePanel.votingClosed), 'closed');
    await until(() => notCounted(panel).length > 0, 'not counted, said');
    expect(notCounted(panel)).to.deep.equal([['holder-present', said]]);
  });

  it('says only the later of two votes cast at the same second, as the count orders them, not both', async () => {
    // A device writing whole seconds: the proxy changed their mind within the second, "for" stored after "against".
    const changed: Vote = { ...proxyVote, id: 'v-proxy-1610-changed', choice: 'for', received: '2019-12-10T16:10:01Z' };
    const after = withAttendance(
      withVote(withVote(await meetingUnderWayShowing('live'), proxyVote), changed),
      waitedCheckIn,
    );
    const seat = namesOf(after, en).seat('elg-primary');
    const attrs = { proposal: PROPOSAL, today: '2019-12-10', voter: PROXY, endpoint: '/api/votes', live: 'off' };
    const panel = (await showWith('vote-panel', after, { ...attrs, now: at('17:45') })) as Panel;
    const said = en.votePanel.notCounted(seat, 'for', en.format.dateTime(changed.cast), reasonIn(en, after));
    await until(() => notCounted(panel).length > 0, 'not counted, closed');
    // Compared by cast alone, neither was later: "against" and "for" were both said, with nothing to say which stood.
    expect(notCounted(panel)).to.deep.equal([['holder-present', said]]);
  });
});
