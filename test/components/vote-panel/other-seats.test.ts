/**
 * <vote-panel>: a member with two seats, one of which they can no longer vote for, still sees that seat.
 *
 * A reviewer's board meets at 4pm. Person pa2 is the proxy of Partner A's seat and voted for it at 4:10pm, while
 * the seat was in the room by its proxy; at 4:20pm the holder came in and voted at 4:25pm. With Partner A their only
 * seat, pa2's panel said their vote, that the holder's counts instead, and why they cannot vote now. Given Partner
 * D's seat as well, the panel showed only Partner D's form: Partner A, their vote for it and why were gone. The same
 * with a seat whose term ended the day before. Now the panel shows, after the forms, each other seat of theirs with
 * their recorded vote and why they cannot vote for it, in the words of the one-seat case.
 */
import { expect } from '@open-wc/testing';
import '../../../components/vote-panel/vote-panel.js';
import type { PartnershipDocument, Vote } from '../../../src/contract/index.js';
import { en } from '../../../src/messages/en.js';
import { cy } from '../../../src/messages/cy.js';
import { explainReason, namesIn, type Messages } from '../../../src/messages/index.js';
import { ineligibility } from '../../../src/rules/index.js';
import { parsed, type LooseDocument } from '../../fixtures/documents.js';
import { showWith, until } from '../../fixtures/show-element.js';
import { textOf } from '../../fixtures/text.js';

const at = (minute: number) => `2026-03-10T16:${minute}:00Z`;
const NOW = at(30);

type Panel = HTMLElement & { updateComplete: Promise<boolean> };

/** The reviewer's board: four partners' voting seats, all in the room from 4pm, and proposal p1 open till 5:30pm. */
function board(change: (doc: LooseDocument) => void): PartnershipDocument {
  const doc: LooseDocument = {
    contract: 'partnership-kit/1',
    partnership: { id: 'x-ep', name: 'X EP' },
    partners: ['a', 'b', 'c', 'd'].map((id) => ({ id, name: `Partner ${id.toUpperCase()}`, kind: 'school-phase' })),
    people: ['pa', 'pa2', 'pb', 'pb2', 'pc', 'pc2', 'pd', 'pd2'].map((id) => ({ id, name: `Person ${id}` })),
    groups: [
      {
        id: 'g',
        name: 'Board',
        decisionRule: 'simple-majority',
        quorum: [{ label: 'Half', seats: { voting: true }, min: '1/2' }],
        seats: ['a', 'b', 'c', 'd'].map((p) => ({
          id: `s-${p}`,
          partner: p,
          voting: true,
          holder: `p${p}`,
          proxy: `p${p}2`,
        })),
      },
    ],
    meetings: [
      {
        id: 'm1',
        group: 'g',
        start: '2026-03-10T16:00:00Z',
        end: '2026-03-10T18:00:00Z',
        attendance: { 's-a': 'holder', 's-b': 'holder', 's-c': 'holder', 's-d': 'holder' },
      },
    ],
    proposals: [{ id: 'p1', group: 'g', meeting: 'm1', title: 'P1', status: 'open', closes: '2026-03-10T17:30:00Z' }],
    votes: [],
  };
  change(doc);
  return parsed(doc);
}

const vote = (id: string, seat: string, by: string, choice: Vote['choice'], cast: string): Vote => ({
  id,
  proposal: 'p1',
  seat,
  by,
  choice,
  cast,
});

/** pa2, Partner A's proxy, voted at 4:10pm; the holder came in at 4:20pm and voted at 4:25pm. With `alsoD`, pa2 holds Partner D's seat. */
const holderBack = (alsoD: boolean) =>
  board((doc) => {
    if (alsoD) doc.groups[0].seats[3].holder = 'pa2';
    doc.meetings[0].attendance['s-a'] = [
      { as: 'proxy', left: at(20) },
      { as: 'holder', arrived: at(20) },
    ];
    doc.votes = [vote('1', 's-a', 'pa2', 'for', at(10)), vote('2', 's-a', 'pa', 'against', at(25))];
  });

/** pa holds Partner A's seat, whose term ended the day before, and Partner D's; with `voted`, they voted for A before it ended. */
const termEnded = (voted: boolean) =>
  board((doc) => {
    doc.groups[0].seats[0].term = { from: '2025-01-01', to: '2026-03-09' };
    doc.groups[0].seats[3].holder = 'pa';
    doc.votes = voted ? [vote('1', 's-a', 'pa', 'for', '2026-03-09T12:00:00Z')] : [];
  });

/**
 * pa2 was Partner A's proxy until the day before the meeting and voted for it then; from the meeting's day its proxy
 * is pn, in the room for it (its holder is away). With `alsoD`, pa2 holds Partner D's seat.
 */
const proxyReplaced = (alsoD: boolean) =>
  board((doc) => {
    doc.people.push({ id: 'pn', name: 'Person pn' });
    if (alsoD) doc.groups[0].seats[3].holder = 'pa2';
    Object.assign(doc.groups[0].seats[0], {
      proxy: 'pn',
      term: { from: '2026-03-10' },
      previous: [{ holder: 'pa', proxy: 'pa2', from: '2025-01-01', to: '2026-03-09' }],
    });
    doc.meetings[0].attendance['s-a'] = 'proxy';
    doc.votes = [vote('1', 's-a', 'pa2', 'for', '2026-03-09T12:00:00Z')];
  });

const show = (document: PartnershipDocument, voter: string, lang = 'en') =>
  showWith<Panel>('vote-panel', document, { proposal: 'p1', voter, now: NOW, endpoint: '/api/votes', lang });

/** The member's part of the panel, before the count. */
const yourVote = (panel: Panel) => textOf(panel.shadowRoot).split(en.votePanel.tallyTitle)[0]!;

/** The reasons the panel lists, each its code and its words. */
const reasonsOf = (panel: Panel) =>
  [...panel.shadowRoot!.querySelectorAll('li[data-reason]')].map((li) => [li.getAttribute('data-reason'), textOf(li)]);

/** The core's reason `voter` cannot vote for `seat` at NOW, in `msg`'s words. */
function reasonFor(msg: Messages, document: PartnershipDocument, voter: string, seat: string) {
  const reason = ineligibility(document, 'p1', voter, NOW).find((r) => r.seat === seat);
  if (!reason) throw new Error(`the core lets ${voter} vote for ${seat}`);
  return [reason.reason, explainReason(msg, namesIn(document, msg), reason)];
}

describe('<vote-panel>: a member’s other seats, beside the form of the seat they may vote for', () => {
  afterEach(() => document.querySelectorAll('vote-panel').forEach((e) => e.remove()));

  it('shows the proxy’s vote for the seat whose holder came back, and why, after the other seat’s form', async () => {
    const one = await show(holderBack(false), 'pa2');
    const document = holderBack(true);
    const two = await show(document, 'pa2');

    expect(two.shadowRoot!.querySelectorAll('form'), 'Partner D’s form').to.have.length(1);
    const said = yourVote(two);
    const recorded = en.votePanel.closedVote('Partner A', 'for');
    expect(said).to.include(recorded);
    expect(said).to.include(en.votePanel.holderCounts('Person pa'));
    expect(said).to.include(en.votePanel.cannotVoteFor('Partner A'));
    expect(said).not.to.include(en.votePanel.cannotVote);
    expect(reasonsOf(two)).to.deep.equal([reasonFor(en, document, 'pa2', 's-a')]);
    expect(reasonsOf(two), 'the words of the one-seat case').to.deep.equal(reasonsOf(one));
    // The form first: what they may do, then what they did and may no longer.
    expect(said.indexOf(en.votePanel.legendHolder('Partner D'))).to.be.lessThan(said.indexOf(recorded));
  });

  it('names a seat whose term ended, with the vote cast for it before and why no more can be', async () => {
    const document = termEnded(true);
    const panel = await show(document, 'pa');
    expect(panel.shadowRoot!.querySelectorAll('form'), 'Partner D’s form').to.have.length(1);
    const said = yourVote(panel);
    expect(said).to.include(en.votePanel.closedVote('Partner A', 'for'));
    expect(said).to.include(en.votePanel.cannotVoteFor('Partner A'));
    expect(reasonsOf(panel)).to.deep.equal([reasonFor(en, document, 'pa', 's-a')]);
    expect(reasonsOf(panel)[0]![0]).to.equal('term-ended');
  });

  it('names a seat whose term ended that they never voted for, in Welsh too', async () => {
    const document = termEnded(false);
    const panel = await show(document, 'pa');
    expect(yourVote(panel)).to.include(en.votePanel.cannotVoteFor('Partner A'));
    expect(reasonsOf(panel)).to.deep.equal([reasonFor(en, document, 'pa', 's-a')]);

    const welsh = await show(document, 'pa', 'cy');
    await until(() => textOf(welsh.shadowRoot).includes(cy.votePanel.cannotVoteFor('Partner A')), 'the Welsh words');
    expect(reasonsOf(welsh)).to.deep.equal([reasonFor(cy, document, 'pa', 's-a')]);
  });

  it('says why a former proxy cannot vote again for the seat they voted for, beside their other seat’s form', async () => {
    const document = proxyReplaced(true);
    const panel = await show(document, 'pa2');
    expect(panel.shadowRoot!.querySelectorAll('form'), 'Partner D’s form').to.have.length(1);
    const said = yourVote(panel);
    expect(said).to.include(en.votePanel.closedVote('Partner A', 'for'));
    expect(said).to.include(en.votePanel.cannotVoteFor('Partner A'));
    expect(reasonsOf(panel)).to.deep.equal([reasonFor(en, document, 'pa2', 's-a')]);
    expect(reasonsOf(panel)[0]![0]).to.equal('not-holder-or-proxy');
  });

  it('names the seat a former proxy voted for, not “no seat”, when it was their only one', async () => {
    const document = proxyReplaced(false);
    const panel = await show(document, 'pa2');
    expect(yourVote(panel)).to.include(en.votePanel.closedVote('Partner A', 'for'));
    expect(reasonsOf(panel)).to.deep.equal([reasonFor(en, document, 'pa2', 's-a')]);
    expect(reasonsOf(panel)[0]![0]).to.equal('not-holder-or-proxy');
  });

  it('tells a proxy appointed from tomorrow so, not that they hold no seat, in Welsh too', async () => {
    const document = board((doc) => {
      doc.people.push({ id: 'pn', name: 'Person pn' });
      Object.assign(doc.groups[0].seats[0], {
        proxy: 'pn',
        term: { from: '2026-03-11' },
        previous: [{ holder: 'pa', proxy: 'pa2', from: '2025-01-01', to: '2026-03-10' }],
      });
    });
    const panel = await show(document, 'pn');
    expect(reasonsOf(panel)).to.deep.equal([reasonFor(en, document, 'pn', 's-a')]);
    expect(yourVote(panel)).to.include('appointed as the proxy of Partner A from 11 March 2026');
    const welsh = await show(document, 'pn', 'cy');
    await until(() => reasonsOf(welsh)[0]?.[1] === reasonFor(cy, document, 'pn', 's-a')[1], 'the Welsh words');
  });

  it('says nothing more to a member whose every seat is open to them', async () => {
    const panel = await show(
      board((doc) => (doc.groups[0].seats[3].holder = 'pa')),
      'pa',
    );
    expect(panel.shadowRoot!.querySelectorAll('form')).to.have.length(2);
    expect(reasonsOf(panel)).to.deep.equal([]);
  });
});
