import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../components/vote-panel/vote-panel.js';
import type { VotePanel } from '../../../components/vote-panel/vote-panel.js';
import { expectNoAxeViolations } from '../../harness/axe.js';
import { listenForAnnouncements } from '../../harness/announcements.js';
import { seedDocument } from '../../fixtures/documents.js';
import { showWith } from '../../fixtures/show-element.js';
import { shownText } from '../../fixtures/text.js';
import { parseDocument, type PartnershipDocument } from '../../../src/contract/index.js';
import { outcome } from '../../../src/rules/index.js';
import { en } from '../../../src/messages/en.js';
import { namesIn } from '../../../src/messages/names.js';
import { registerMessages } from '../../../src/messages/registry.js';

const t = en.votePanel;
const { format } = en;

const OPEN = { proposal: 'wsoa-reporting', today: '2019-12-10' };
/** After the seat in the vote button's name: the proposal's, unseen. */
const WSOA = en.votePanel.onProposal('Receive monthly highlight reports against the Written Statement of Action');

/** A panel on its own copy of the Sutton document (its own store), sending to `endpoint`. */
async function livePanel(voter: string, endpoint: string, submit?: VotePanel['submit']): Promise<VotePanel> {
  const panel = document.createElement('vote-panel') as VotePanel;
  panel.submit = submit;
  const attrs = { ...OPEN, voter, endpoint, src: `/demo/data/sutton.json?test=${Math.random()}` };
  for (const [name, value] of Object.entries(attrs)) panel.setAttribute(name, value);
  document.body.append(panel);
  await waitUntil(() => shownText(panel).includes(t.yourVote), 'the panel loaded', { timeout: 4000 });
  return panel;
}

/** The reasons a person may not vote: each one's code and its words. */
const reasonsOf = (panel: Element) =>
  [...panel.shadowRoot!.querySelectorAll('li[data-reason]')].map((li) => ({
    reason: li.getAttribute('data-reason'),
    text: li.textContent!.replace(/\s+/g, ' ').trim(),
  }));
/** An element's text, whitespace collapsed. */
const textOf = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

const statusText = (panel: VotePanel) => panel.shadowRoot!.querySelector('[role=status]')!.textContent!.trim();
/** A host that answers `status` and `body`; a 4xx names the record it refuses, as partnership-kit/server's does. */
const respond = (status: number, body = '') =>
  `/__respond?status=${status}&type=application/json&key=v-${Math.random()}&body=${encodeURIComponent(body)}${status >= 400 && status < 500 ? '&refuseRecord=1' : ''}`;

describe('<vote-panel>', () => {
  let sutton: unknown;
  let doc: PartnershipDocument;
  let names: ReturnType<typeof namesIn>;
  /** The start of meeting `id`, as the panel writes it. */
  const meetingAt = (id: string) => format.dateTime(doc.meetings.find((m) => m.id === id)!.start);
  before(async () => {
    sutton = await seedDocument('sutton');
    const parsed = parseDocument(sutton);
    if (!parsed.ok) throw new Error('the Sutton document is valid');
    doc = parsed.document;
    names = namesIn(doc, en);
  });
  afterEach(() => document.querySelectorAll('vote-panel').forEach((e) => e.remove()));

  it('shows the proposal, who proposed it, the meeting, and that the vote is indicative', async () => {
    const panel = await showWith('vote-panel', sutton, { ...OPEN, voter: 'p-hackbridge-head' });
    const text = shownText(panel);
    expect(text).to.contain(doc.proposals.find((p) => p.id === 'wsoa-reporting')!.title);
    expect(text).to.contain(t.proposedBy(names.group('eog')));
    expect(text).to.contain(t.decidedAt(meetingAt('elg-2019-12-10'), true));
    expect(text).to.contain(t.summary).and.contain(t.rationale);
    expect(text).to.contain(en.shared.indicative);
  });

  it('a closed proposal decided by the count says what it needed and had, as a minute does', async () => {
    for (const id of ['send-banding', 'hnb-plan']) {
      const panel = await showWith('vote-panel', sutton, { proposal: id, today: '2019-12-10' });
      const result = outcome(doc, id, { today: '2019-12-10' });
      expect(['carried', 'not-carried'], id).to.include(result.result);
      const line =
        result.needed === null
          ? t.couldNotCarry(result.against, result.abstain)
          : t.neededClosed(result.needed, result.for);
      expect(shownText(panel), id).to.contain(line);
      panel.remove();
    }
    expect(t.neededClosed(6, 5)).to.equal('It needed 6 votes in favour to carry, and had 5.');
    // Open, with enough already: not read as a shortfall ("It needs 1 … It has 2.").
    expect(t.needed(1, 10, 2)).to.equal(
      'It needs 1 vote in favour to carry, if the other votes stay as they are. It has 2, enough as the votes stand.',
    );
  });

  it('a proxy sees whose seat they vote for', async () => {
    const panel = await showWith('vote-panel', sutton, { ...OPEN, voter: 'p-cirrus-head', endpoint: '/x' });
    const legend = panel.shadowRoot!.querySelector('legend')!.textContent!.trim();
    // Its words, then the proposal's unseen (two panels on a page): the name of the radio group.
    expect(legend).to.equal(`${t.legendProxy(names.seat('elg-primary'), names.person('p-cirrus-dceo'))}${WSOA}`);
    expect(names.seat('elg-primary'), 'the seat is named by its partner').to.equal('Primary Schools');
    expect(
      [...panel.shadowRoot!.querySelectorAll('input[type=radio]')].map((r) => (r as HTMLInputElement).value),
    ).to.deep.equal(['for', 'against', 'abstain']);
    expect(panel.shadowRoot!.querySelectorAll('button[type=submit]').length).to.equal(1);
    await expectNoAxeViolations(panel);
  });

  it('says a voter the document has no person for is no one in its records, not a member without a seat', async () => {
    // "p-nobody holds no seat on the Education Leadership Group, and is no seat's proxy" read as a member with no vote.
    const panel = await showWith('vote-panel', sutton, { ...OPEN, voter: 'p-nobody', endpoint: '/x' });
    expect(panel.shadowRoot!.querySelector('input[type=radio]')).to.equal(null);
    expect(shownText(panel)).to.contain(t.cannotVote).and.contain(t.voterUnknown('p-nobody'));
    expect(reasonsOf(panel)).to.deep.equal([]);
    await expectNoAxeViolations(panel);
  });

  it('tells someone who may not vote why, in words, with no voting control', async () => {
    const why = async (voter: string, proposal = 'wsoa-reporting') => {
      const panel = await showWith('vote-panel', sutton, { proposal, today: '2019-12-10', voter, endpoint: '/x' });
      expect(panel.shadowRoot!.querySelector('input[type=radio]'), `${voter} has no radios`).to.equal(null);
      const shown = { text: shownText(panel), reasons: reasonsOf(panel) };
      panel.remove();
      return shown;
    };
    const holderPresent = await why('p-wilsons-deputy');
    expect(holderPresent.text).to.contain(t.cannotVote);
    expect(holderPresent.reasons).to.deep.equal([
      {
        reason: 'holder-present',
        text: en.reasons['holder-present'](
          {
            seat: 'elg-secondary',
            holder: 'p-wilsons-head',
            proxy: 'p-wilsons-deputy',
            meeting: 'elg-2019-12-10',
            date: '2019-12-10',
          },
          names,
        ),
      },
    ]);
    expect((await why('p-lbs-dps')).reasons).to.deep.equal([
      {
        reason: 'non-voting-seat',
        text: en.reasons['non-voting-seat']({ seat: 'elg-lbs-dps', proposal: 'wsoa-reporting' }, names),
      },
    ]);
    expect((await why('p-project-manager')).reasons).to.deep.equal([
      { reason: 'no-seat', text: en.reasons['no-seat']({ person: 'p-project-manager', group: 'elg' }, names) },
    ]);
    expect((await why('p-hackbridge-head', 'hnb-plan')).text).to.contain(t.votingClosed);
    const ended = await showWith('vote-panel', sutton, {
      proposal: 'wsoa-reporting',
      today: '2020-01-02',
      voter: 'p-glenthorne-gov',
      endpoint: '/x',
    });
    expect(reasonsOf(ended)).to.deep.equal([
      {
        reason: 'term-ended',
        text: en.reasons['term-ended']({ seat: 'elg-secondary-governors', to: '2019-12-31' }, names),
      },
    ]);
    await expectNoAxeViolations(ended);
  });

  it('shows a recorded vote and lets it be changed while open', async () => {
    const panel = await showWith('vote-panel', sutton, { ...OPEN, voter: 'p-hackbridge-head', endpoint: '/x' });
    const recorded = doc.votes.find((v) => v.proposal === 'wsoa-reporting' && v.by === 'p-hackbridge-head')!;
    expect(shownText(panel)).to.contain(t.current('for', format.dateTime(recorded.cast)));
    expect(textOf(panel.shadowRoot!.querySelector('button[type=submit]'))).to.equal(
      `${t.changeButton}${t.forSeat(names.seat('elg-early-years'))}${WSOA}`,
    );
    expect(panel.shadowRoot!.querySelector<HTMLInputElement>('input[value=for]')!.checked).to.equal(true);
  });

  it('explains the count: the rule and its source, the base, what it needs, abstentions, ties, quorum, the standing', async () => {
    // Before the meeting starts (16:00): once it is on, the quorum line is of those in the room (the next test).
    // Without `now`, the element's clock is the day of `today` at the device's time of day.
    const panel = await showWith('vote-panel', sutton, { ...OPEN, now: '2019-12-10T12:00:00Z' });
    const text = shownText(panel);
    expect(text).to.contain(t.ruleLine('simple-majority')).and.contain(t.ruleFromGroup);
    expect(text).to.contain(t.base(3, 10));
    expect(text).to.contain(t.needed(2, 10, 2));
    expect(text).to.contain(t.abstentions('simple-majority'));
    expect(text).to.contain(t.tieNone);
    expect(text).to.contain(t.quorate(meetingAt('elg-2019-12-10')));
    // 3 of 10 seats have voted: "If voting closed now: Carried." would be no result at all.
    expect(text).to.contain(t.standingTooEarly);
    expect(text).not.to.contain(t.standingLine(t.result('carried')));
  });

  it('while the meeting is on, says quorum of those in the room now, not of the meeting as a whole', async () => {
    // Five voting seats left at 16:20: the room is no longer quorate, though the meeting as a whole was.
    const leaving = structuredClone(sutton) as typeof sutton & { meetings: { attendance: Record<string, unknown> }[] };
    const attendance = leaving.meetings.find((m) => (m as { id?: string }).id === 'elg-2019-12-10')!.attendance;
    for (const seat of ['elg-early-years', 'elg-secondary', 'elg-post16', 'elg-special', 'elg-finance'])
      attendance[seat] = { as: 'holder', arrived: '2019-12-10T16:00:00+00:00', left: '2019-12-10T16:20:00+00:00' };
    const during = (now: string) => showWith('vote-panel', leaving, { ...OPEN, now }).then(shownText);
    const inRoom = await during('2019-12-10T16:30:00+00:00');
    expect(inRoom).to.contain(t.inquorateNow);
    expect(inRoom).not.to.contain(t.quorate(meetingAt('elg-2019-12-10')));
    expect(await during('2019-12-10T16:10:00+00:00')).to.contain(t.quorateNow);
  });

  it('names the meeting where another rule was agreed unanimously, and lists votes not counted', async () => {
    const banding = shownText(await showWith('vote-panel', sutton, { proposal: 'send-banding' }));
    expect(banding)
      .to.contain(t.ruleLine('two-thirds'))
      .and.contain(t.ruleAgreed(meetingAt('elg-2019-09-10')));
    expect(banding).to.contain(t.resultLine(t.result('not-carried')));
    const closedPanel = await showWith('vote-panel', sutton, {
      proposal: 'hnb-plan',
      voter: 'p-cirrus-dceo',
      endpoint: '/x',
    });
    const plan = shownText(closedPanel);
    expect(plan)
      .to.contain(t.resultLine(t.result('carried')))
      .and.contain(t.invalidTitle(1));
    const notCounted = outcome(doc, 'hnb-plan').invalid;
    expect(reasonsOf(closedPanel).map((r) => r.reason)).to.deep.equal(notCounted.map((item) => item.reason));
    expect(plan)
      .to.contain(t.votingClosed)
      .and.contain(t.decidedAt(meetingAt('elg-2019-10-15'), false));
    await expectNoAxeViolations(closedPanel);
  });

  it('hides the count when asked, or until voting closes', async () => {
    expect(shownText(await showWith('vote-panel', sutton, { ...OPEN, results: 'hidden' }))).to.contain(t.hidden);
    expect(shownText(await showWith('vote-panel', sutton, { ...OPEN, results: 'after-close' }))).to.contain(
      t.afterClose,
    );
    expect(
      shownText(await showWith('vote-panel', sutton, { proposal: 'hnb-plan', results: 'after-close' })),
    ).to.contain(t.resultLine(t.result('carried')));
  });

  it('takes results in any case; a value it does not know is named in a notice, and the count hidden', async () => {
    const shouted = await showWith('vote-panel', sutton, { ...OPEN, results: ' After-Close ' });
    expect(shownText(shouted)).to.contain(t.afterClose);
    expect(shouted.shadowRoot!.querySelector('[part="attribute-notice"]')).to.equal(null);
    // A typo must not show the count its host wrote the attribute to keep from members while they vote.
    for (const results of ['after close', 'hiden', '']) {
      const panel = await showWith('vote-panel', sutton, { ...OPEN, results });
      const notice = panel.shadowRoot!.querySelector('[part="attribute-notice"]');
      expect(textOf(notice), results).to.equal(t.unknownResults(results));
      expect(shownText(panel), results).to.contain(t.hidden);
      expect(panel.shadowRoot!.querySelector('section.tally'), results).to.equal(null);
      await expectNoAxeViolations(panel);
      panel.remove();
    }
  });

  it('has its status region in place, empty, before anything is cast', async () => {
    const panel = await showWith<VotePanel>('vote-panel', sutton, { ...OPEN, voter: 'p-cirrus-head', endpoint: '/x' });
    expect(statusText(panel)).to.equal('');
  });

  it('votes by keyboard alone, is recorded, and the count moves', async () => {
    const panel = await livePanel('p-cirrus-head', respond(201, '{}'));
    const recorded = new Promise<CustomEvent>((resolve) =>
      panel.addEventListener('vote-recorded', (e) => resolve(e as CustomEvent), { once: true }),
    );
    panel.shadowRoot!.querySelector<HTMLInputElement>('input[value=for]')!.focus();
    await sendKeys({ press: 'ArrowDown' }); // for → against
    await sendKeys({ press: 'Tab' }); // → the submit button
    expect(textOf(panel.shadowRoot!.activeElement)).to.equal(
      `${t.castButton}${t.forSeat(names.seat('elg-primary'))}${WSOA}`,
    );
    await sendKeys({ press: 'Enter' });
    const event = await recorded;
    expect(event.detail.vote).to.include({ seat: 'elg-primary', by: 'p-cirrus-head', choice: 'against' });
    await waitUntil(() => statusText(panel) === t.recorded('against', names.seat('elg-primary')));
    await waitUntil(() => shownText(panel).includes(t.base(4, 10)));
    await expectNoAxeViolations(panel);
  });

  it('brings its news into view for the member who pressed, where a phone’s screen ended at the button', async () => {
    await setViewport({ width: 360, height: 400 });
    try {
      const panel = await livePanel('p-cirrus-head', respond(201, '{}'));
      const button = panel.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!;
      panel.shadowRoot!.querySelector<HTMLInputElement>('input[value=for]')!.click();
      button.scrollIntoView({ block: 'end' });
      button.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => statusText(panel) === t.recorded('for', names.seat('elg-primary')), 'recorded');
      await panel.updateComplete;
      const box = panel.shadowRoot!.querySelector('[part=status]')!.getBoundingClientRect();
      expect(box.bottom, 'the status box is on the screen').to.be.at.most(window.innerHeight + 1);
      expect(box.top).to.be.at.least(-1);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('shows the host’s reason when a vote is not accepted', async () => {
    const panel = await livePanel(
      'p-cirrus-head',
      respond(422, JSON.stringify({ error: 'Voting closed at the meeting.' })),
    );
    const rejected = new Promise<CustomEvent>((resolve) =>
      panel.addEventListener('vote-rejected', (e) => resolve(e as CustomEvent), { once: true }),
    );
    panel.shadowRoot!.querySelector<HTMLInputElement>('input[value=for]')!.click();
    panel.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    expect((await rejected).detail.reason).to.equal('Voting closed at the meeting.');
    await waitUntil(() => statusText(panel) === t.rejected('Voting closed at the meeting.'), 'refused', {
      timeout: 4000,
    });
    await expectNoAxeViolations(panel);
  });

  it('keeps the vote queued, and says so, when the server fails', async () => {
    const panel = await livePanel('p-cirrus-head', respond(503));
    const queued = new Promise((resolve) => panel.addEventListener('vote-queued', resolve, { once: true }));
    panel.shadowRoot!.querySelector<HTMLInputElement>('input[value=abstain]')!.click();
    panel.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await queued;
    await waitUntil(() => statusText(panel).startsWith(t.queued('server-error')), 'queued', {
      timeout: 4000,
    });
    await expectNoAxeViolations(panel);
  });

  it('says it is queued until the connection returns when offline', async () => {
    const panel = await livePanel('p-cirrus-head', '/x');
    const fetchBefore = window.fetch;
    const onLine = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    try {
      panel.submit = undefined;
      panel.shadowRoot!.querySelector<HTMLInputElement>('input[value=for]')!.click();
      panel.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
      await waitUntil(() => statusText(panel).startsWith(t.queued('offline')), 'offline message', {
        timeout: 4000,
      });
      // What is waiting is shown as the member's vote, here and in a panel opened afresh (a reload).
      const reloaded = panel.cloneNode() as VotePanel;
      panel.after(reloaded);
      for (const shown of [panel, reloaded]) {
        await waitUntil(() => shownText(shown).includes(t.waiting('for')));
        expect(shown.shadowRoot!.querySelector<HTMLInputElement>('input[value=for]')!.checked).to.equal(true);
        expect(textOf(shown.shadowRoot!.querySelector('button[type=submit]'))).to.equal(
          `${t.changeButton}${t.forSeat(names.seat('elg-primary'))}${WSOA}`,
        );
      }
    } finally {
      window.fetch = fetchBefore;
      delete (navigator as unknown as Record<string, unknown>).onLine;
      Object.defineProperty(Navigator.prototype, 'onLine', onLine);
    }
  });

  it('says the server could not be reached when no answer came at all, not that it could not take the vote', async () => {
    // Nothing listens on port 9 (discard): the request fails without an answer, as when the host is down.
    const panel = await livePanel('p-cirrus-head', 'http://127.0.0.1:9/votes');
    panel.shadowRoot!.querySelector<HTMLInputElement>('input[value=against]')!.click();
    panel.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitUntil(() => statusText(panel).startsWith(t.queued('unreachable')), 'queued: unreachable', {
      timeout: 4000,
    });
    expect(statusText(panel)).to.contain('could not be reached');
  });

  it('keeps the vote queued when the endpoint answers with a web page, not "recorded"', async () => {
    const page = `/__respond?type=text/html&key=v-${Math.random()}&body=${encodeURIComponent('<!doctype html><title>Page not found</title>')}`;
    const panel = await livePanel('p-cirrus-head', page);
    let recorded = false;
    panel.addEventListener('vote-recorded', () => (recorded = true));
    panel.shadowRoot!.querySelector<HTMLInputElement>('input[value=for]')!.click();
    panel.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitUntil(() => statusText(panel).startsWith(t.queued('refused')), 'queued', { timeout: 4000 });
    expect(recorded).to.equal(false);
    expect(statusText(panel), 'no markup as the host’s words').to.not.contain('<');
  });

  it('sends through the host’s submit function: refused, tried again after a throw, then stored', async () => {
    const outcomes: unknown[] = [];
    const panel = await livePanel('p-cirrus-head', '', async (record) => {
      outcomes.push(record);
      if (outcomes.length === 2) throw new Error('the host is busy');
      return outcomes.length === 1 ? { rejected: 'Not today.' } : undefined;
    });
    panel.shadowRoot!.querySelector<HTMLInputElement>('input[value=for]')!.click();
    panel.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitUntil(() => statusText(panel) === t.rejected('Not today.'), 'refused', { timeout: 4000 });
    panel.shadowRoot!.querySelector<HTMLInputElement>('input[value=for]')!.click();
    panel.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitUntil(() => statusText(panel).startsWith(t.queued('server-error')), 'queued after the throw');
    await (await import('../../../src/data/index.js')).outboxForPage().retryNow();
    await waitUntil(() => statusText(panel) === t.recorded('for', names.seat('elg-primary')), 'recorded on the retry', {
      timeout: 4000,
    });
    expect(outcomes.length).to.equal(3);
  });

  it('explains a refusal the host gives as a code in the panel’s words, and its own words without one', async () => {
    const values = { proposal: 'wsoa-reporting', status: 'closed' };
    const panel = await livePanel('p-cirrus-head', '', async () => ({
      rejected: 'Closed, sorry.',
      code: 'proposal-not-open',
      values,
    }));
    const rejected = new Promise<CustomEvent>((resolve) =>
      panel.addEventListener('vote-rejected', (e) => resolve(e as CustomEvent), { once: true }),
    );
    panel.shadowRoot!.querySelector<HTMLInputElement>('input[value=for]')!.click();
    panel.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    const why = en.reasons['proposal-not-open']({ proposal: 'wsoa-reporting', status: 'closed' }, names);
    const { detail } = await rejected;
    expect(detail.reason, "the event keeps the host's own words").to.equal('Closed, sorry.');
    expect(detail.refusal).to.deep.include({ code: 'proposal-not-open', values });
    await waitUntil(() => statusText(panel) === t.rejected(why), 'the code in words', { timeout: 4000 });
  });

  it('asks for a choice before sending: the message in the fieldset, focus on the first choice, said once', async () => {
    const panel = await livePanel('p-cirrus-head', respond(201, '{}'));
    const heard = listenForAnnouncements();
    panel.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    const fieldset = panel.shadowRoot!.querySelector('fieldset')!;
    await waitUntil(() => fieldset.getAttribute('aria-describedby') !== null, 'the fieldset is described by the error');
    // Focus moves into the fieldset, whose description is the error: read there, so not by a live region too.
    heard.flush();
    heard.stop();
    expect(heard.timesHeard(/Select how you want to vote/), 'not announced by a live region').to.equal(0);
    expect(statusText(panel)).to.equal('');
    const error = panel.shadowRoot!.getElementById(fieldset.getAttribute('aria-describedby')!)!;
    expect(textOf(error)).to.equal(`${en.shared.errorPrefix} ${t.chooseFirst}`);
    expect(panel.shadowRoot!.activeElement).to.equal(panel.shadowRoot!.querySelector('input[value=for]'));
    await expectNoAxeViolations(panel);
    panel.shadowRoot!.querySelector<HTMLInputElement>('input[value=for]')!.click();
    await panel.updateComplete;
    expect(fieldset.hasAttribute('aria-describedby'), 'cleared once a choice is made').to.equal(false);
  });

  it('draws its radios as the check-in and the action tracker do (renderRadioChoices), the error marking the group', async () => {
    const panel = await livePanel('p-cirrus-head', respond(201, '{}'));
    const root = panel.shadowRoot!;
    const fieldset = root.querySelector('fieldset')!;
    expect(fieldset.classList.contains('radios'), 'the shared group').to.equal(true);
    expect(fieldset.querySelector('legend')!.classList.contains('visually-hidden'), 'its legend is seen').to.equal(
      false,
    );
    const choices = [...fieldset.querySelectorAll(':scope > .choice')];
    expect(
      choices.map((choice) => [...choice.children].map((child) => child.localName)),
      'a radio beside its label, in a .choice',
    ).to.deep.equal([
      ['input', 'label'],
      ['input', 'label'],
      ['input', 'label'],
    ]);
    // No white space either side, a text node shown nowhere: before the group is only its part's marker (a comment).
    const blank = (node: Node | null) => node?.nodeType === Node.TEXT_NODE && !node.textContent!.trim();
    expect(blank(fieldset.previousSibling!.previousSibling), 'no white space before').to.equal(false);
    expect(fieldset.nextElementSibling, 'the button straight after').to.equal(fieldset.nextSibling);
    root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitUntil(() => fieldset.classList.contains('radios--error'), 'the group is marked with the error');
    const edge = getComputedStyle(fieldset);
    expect(edge.borderInlineStartWidth, "GOV.UK's red edge").to.equal('5px');
    expect(edge.borderInlineStartColor).to.equal(getComputedStyle(root.querySelector('.error-message')!).color);
    root.querySelector<HTMLInputElement>('input[value=against]')!.click();
    await panel.updateComplete;
    expect(fieldset.classList.contains('radios--error'), 'cleared once a choice is made').to.equal(false);
  });

  it('says the vote is unchanged again on a second press: the region is emptied, then said', async () => {
    const panel = await livePanel('p-hackbridge-head', respond(201, '{}'));
    const submit = () => panel.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    const said = t.unchanged(t.choice('for'));
    submit();
    await waitUntil(() => statusText(panel) === said);
    const region = panel.shadowRoot!.querySelector('[role=status]')!;
    const texts: string[] = [];
    const observer = new MutationObserver(() => texts.push(region.textContent!.trim()));
    observer.observe(region, { childList: true, subtree: true, characterData: true });
    submit();
    await waitUntil(() => texts.at(-1) === said, 'said again');
    observer.disconnect();
    expect(texts, 'a screen reader hears no change of words it is not given').to.include('');
  });

  it('switches its words, the status region’s too, when its language changes', async () => {
    // A language of the test's own: the words it changes are the ones checked, the rest are English.
    registerMessages('x-vote-test', {
      votePanel: {
        changeButton: 'CHANGE',
        forSeat: (seat: string) => ` FOR ${seat}`,
        unchanged: (choice: string) => `SAME ${choice}`,
      },
    });
    const panel = await livePanel('p-hackbridge-head', respond(201, '{}'));
    const button = () => textOf(panel.shadowRoot!.querySelector('button[type=submit]'));
    // The recorded vote is checked: sending it again says it is unchanged.
    panel.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitUntil(() => statusText(panel) === t.unchanged(t.choice('for')));
    panel.setAttribute('lang', 'x-vote-test');
    await waitUntil(() => statusText(panel) === `SAME ${t.choice('for')}`, 'the announcement is in the new language');
    expect(button()).to.equal(`CHANGE FOR ${names.seat('elg-early-years')}${WSOA}`);
    panel.removeAttribute('lang');
    await waitUntil(() => statusText(panel) === t.unchanged(t.choice('for')), 'and back');
    expect(button()).to.equal(`${t.changeButton}${t.forSeat(names.seat('elg-early-years'))}${WSOA}`);
  });
});
