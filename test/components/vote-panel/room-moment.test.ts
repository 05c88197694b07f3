/**
 * <vote-panel>: who may vote is judged at the room's moment, as the quorum indicator judges who is in the room.
 *
 * The host stamps a clerk's check-in with its own clock, which may run a few seconds ahead of the page's. A
 * reviewer playing a clerk checked out a seat's holder: the proxy's quorum indicator said at once that the holder
 * had gone, while the vote panel beside it, judging at the page's clock (before the host's stamp), still said the
 * holder was in the room and the proxy could not vote, for up to 30 seconds. Checked back in, the proxy's form
 * stayed, and vanished under their finger. The panel now judges, and dates the vote, at the core's `castMoment`:
 * the latest arrival or departure the host stamped less than a minute after the page's clock.
 */
import { expect } from '@open-wc/testing';
import '../../../components/vote-panel/vote-panel.js';
import { parseDocument, type PartnershipDocument, type Vote } from '../../../src/contract/index.js';
import { checkVote, withAttendance, withVote, type AttendanceChange } from '../../../src/rules/index.js';
import { en } from '../../../src/messages/en.js';
import { namesIn } from '../../../src/messages/index.js';
import { showWith, until } from '../../fixtures/show-element.js';
import { textOf } from '../../fixtures/text.js';
import { MEETING, meetingUnderWay, PROPOSAL } from '../../fixtures/meeting-under-way.js';

const PROXY = 'p-cirrus-head';
const CLERK = 'p-elg-chair';
const SEAT = 'elg-primary';
/** The page's clock: three seconds behind the host's stamp on the clerk's check-in. */
const PAGE_NOW = '2019-12-10T16:30:00.000Z';
const STAMPED = '2019-12-10T16:30:03.000Z';

type Panel = HTMLElement & { data: unknown; submit?: (record: unknown) => Promise<void> };

/** The meeting under way, its primary seat in the room from 4pm by `as`, and no votes on the proposal yet. */
async function underWay(as: 'holder' | 'proxy'): Promise<PartnershipDocument> {
  const sutton = (await (await fetch('/demo/data/sutton.json')).json()) as PartnershipDocument;
  const document = meetingUnderWay(sutton);
  document.meetings.find((m) => m.id === MEETING)!.attendance[SEAT] = { as, arrived: '2019-12-10T16:00:00+00:00' };
  const parsed = parseDocument({ ...document, votes: document.votes.filter((v) => v.proposal !== PROPOSAL) });
  if (!parsed.ok) throw new Error('the meeting under way breaks the contract');
  return parsed.document;
}

/** The clerk's check-in of the seat, as the host stamped it. */
const checkIn = (attendance: AttendanceChange['attendance']): AttendanceChange => ({
  id: `c-${attendance}`,
  meeting: MEETING,
  seat: SEAT,
  attendance,
  by: CLERK,
  at: STAMPED,
  received: STAMPED,
});

const attrs = {
  proposal: PROPOSAL,
  today: '2019-12-10',
  voter: PROXY,
  now: PAGE_NOW,
  live: 'off',
  endpoint: '/api/votes',
};
const form = (panel: Panel) => panel.shadowRoot!.querySelector('form');

describe('<vote-panel>: who may vote, at the moment of the latest check-in the host stamped', function () {
  this.timeout(20_000);
  afterEach(() => document.querySelectorAll('vote-panel').forEach((e) => e.remove()));

  it('offers the proxy the vote as soon as the holder is checked out, and dates it so the host counts it', async () => {
    const document = withAttendance(await underWay('holder'), checkIn('left'));
    const sent: Vote[] = [];
    const panel = (await showWith('vote-panel', document, attrs)) as Panel;
    panel.submit = async (record) => void sent.push(record as Vote);
    await until(() => !!form(panel), 'the proxy is offered the vote').catch((e) => {
      throw new Error(`${e.message}: ${textOf(panel.shadowRoot)}`);
    });
    expect(textOf(panel.shadowRoot)).not.to.include(en.votePanel.cannotVote);

    form(panel)!.querySelector<HTMLInputElement>('input[value=for]')!.click();
    form(panel)!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await until(() => sent.length === 1, 'the vote was sent');
    expect(Date.parse(sent[0]!.cast)).to.be.at.least(Date.parse(STAMPED));
    // The host, its clock a second past its stamp, takes it: the holder had left at the vote's moment.
    expect(checkVote(document, sent[0]!, { now: '2019-12-10T16:30:04.000Z' })).to.deep.include({ ok: true });
  });

  it('takes the form away as soon as the holder is checked back in, still saying the proxy’s vote', async () => {
    const voted: Vote = {
      id: 'v-proxy',
      proposal: PROPOSAL,
      seat: SEAT,
      by: PROXY,
      choice: 'for',
      cast: '2019-12-10T16:10:00Z',
      received: '2019-12-10T16:10:00Z',
    };
    const before = withVote(await underWay('proxy'), voted);
    const panel = (await showWith('vote-panel', before, attrs)) as Panel;
    await until(() => !!form(panel), 'the proxy may change their vote');

    panel.data = withAttendance(before, checkIn('holder'));
    await until(() => !form(panel), 'the form goes once the holder is back');
    const shown = textOf(panel.shadowRoot);
    expect(shown).to.include(en.votePanel.cannotVote);
    expect(shown).to.include(en.votePanel.closedVote(namesIn(before, en).seat(SEAT), 'for'));
  });
});
