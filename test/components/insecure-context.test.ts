/**
 * A council intranet served over plain `http://` on a host name is not a
 * secure context, and there `crypto.randomUUID` does not exist. Casting a
 * vote, checking a seat in and changing an action's status each make a
 * record with a new id: they must work there all the same.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../components/vote-panel/vote-panel.js';
import type { VotePanel } from '../../components/vote-panel/vote-panel.js';
import type { Vote } from '../../src/contract/index.js';
import { recordId } from '../../src/data/index.js';
import { en } from '../../src/messages/en.js';
import { attendanceChange } from '../../components/quorum-indicator/check-in.js';
import { statusChange } from '../../components/action-tracker/status-changes.js';
import { boardDraft, boundaryDocument } from '../fixtures/documents.js';
import { documentUrl } from '../fixtures/probe-element.js';
import { shownText } from '../fixtures/text.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** An open proposal with no meeting and no closing time: open whatever the clock says. */
function openDraft() {
  const draft = boardDraft();
  delete draft.proposals[0].meeting;
  delete draft.proposals[0].closes;
  return draft;
}

describe('a page that is not a secure context (no crypto.randomUUID)', () => {
  const randomUUID = Object.getOwnPropertyDescriptor(Crypto.prototype, 'randomUUID')!;
  const src = documentUrl(openDraft()); // the test's own fixtures name documents with randomUUID
  before(() => delete (Crypto.prototype as Partial<Crypto>).randomUUID);
  after(() => Object.defineProperty(Crypto.prototype, 'randomUUID', randomUUID));
  afterEach(() => document.querySelectorAll('vote-panel').forEach((e) => e.remove()));

  it('still makes version 4 UUIDs, each one new', () => {
    expect(typeof crypto.randomUUID).to.equal('undefined');
    const ids = Array.from({ length: 1000 }, recordId);
    for (const id of ids) expect(id).to.match(UUID_V4);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('casts a vote', async () => {
    const sent: Vote[] = [];
    const panel = document.createElement('vote-panel') as VotePanel;
    panel.submit = async (record) => void sent.push(record as Vote);
    for (const [name, value] of Object.entries({ proposal: 'p1', voter: 'p-c', src })) panel.setAttribute(name, value);
    document.body.append(panel);
    await waitUntil(() => shownText(panel).includes(en.votePanel.yourVote), 'the panel loaded', { timeout: 4000 });
    panel.shadowRoot!.querySelector<HTMLInputElement>('input[value=for]')!.click();
    panel.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitUntil(() => sent.length === 1, 'the vote was sent', { timeout: 4000 });
    expect(sent[0]!.id).to.match(UUID_V4);
  });

  it('records a check-in and an action’s status', () => {
    const at = '2019-10-15T16:30:00+01:00';
    expect(attendanceChange('m', { seat: 's', attendance: 'holder' }, 'cara', at).id).to.match(UUID_V4);
    const action = boundaryDocument().actions[0]!;
    const change = statusChange(action, 'in-progress', undefined, 'p-chair', '2019-12-10');
    expect(change.id).to.match(UUID_V4);
  });
});
