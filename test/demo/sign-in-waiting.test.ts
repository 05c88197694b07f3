// The reference host's sign-in page lists what the device still holds for people who signed out ("Not sent yet").
// On a site with several partnerships, one partnership's sign-in page listed another partnership's queued votes
// too: a director with one person id in both documents read "2 votes" on Sutton's page for one Sutton vote. It now
// lists the records kept with this page's partnership, and those an earlier kit queued with none, as before.
import { expect, waitUntil } from '@open-wc/testing';
import { createStore, del } from 'idb-keyval';
import { Outbox, type OutboxItem } from '../../src/data/index.js';
import { pageInFrame } from '../fixtures/demo-frame.js';
import { uniqueKey } from '../fixtures/probe-element.js';

/** The host's page builder (plain JavaScript, for Node), loaded as the browser loads any module. */
const PAGES = '/demo/host/pages.js';

type Person = { id: string; name: string };
type Queued = OutboxItem & { id: string; channel: string; partnership?: string };

/** A vote by `by` on a proposal of `partnership` (none: queued by a kit that kept no partnership), never sent here. */
function voteBy(by: string, partnership: string | undefined): Queued {
  const id = `sign-in-waiting-${Math.random()}`;
  return {
    kind: 'vote',
    id,
    channel: `/sign-in-waiting-nowhere`,
    ...(partnership === undefined ? {} : { partnership }),
    record: { id, proposal: 'hnb-plan', seat: 'elg-primary', by, choice: 'for', cast: '2019-12-10T16:40:00Z' },
  };
}

/** Sutton's sign-in page (its partnership `id`), listing `people`, in a frame: its banner once it has looked. */
async function signInPageOf(id: string, people: Person[]): Promise<Document> {
  const { signInPage } = (await import(PAGES)) as { signInPage: (document: unknown, signedIn: unknown) => string };
  const html = signInPage({ partnership: { id, name: 'Sutton Education Partnership' }, people }, undefined);
  return pageInFrame(`/__respond?type=${encodeURIComponent('text/html')}&body=${encodeURIComponent(html)}`, 1024, 800);
}

/** The lines the banner says of `people` (other tests' records may be kept on the device too). */
function linesOf(page: Document, people: Person[]): string[] {
  return [...page.querySelectorAll('#waiting-list li')]
    .map((item) => item.textContent!.trim())
    .filter((line) => people.some(({ name }) => line.startsWith(`${name}:`)));
}

describe('the reference host’s sign-in page, on a site with several partnerships', () => {
  const kept: string[] = [];
  afterEach(async () => {
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
    for (const id of kept.splice(0)) await del(id, createStore('partnership-kit-outbox', 'records'));
  });

  it('lists the votes queued for its own partnership, and an earlier kit’s, not another partnership’s', async () => {
    const sutton = `sutton-${Math.random()}`;
    const director = { id: `p-director-${Math.random()}`, name: 'Director of Children’s Services' };
    const earlier = { id: `p-earlier-${Math.random()}`, name: 'Services Director, Cognus' };
    const suffolkOnly = { id: `p-suffolk-${Math.random()}`, name: 'Head, Suffolk school' };
    // The kit's own database, which the page's script reads through the built kit.
    const outbox = new Outbox({ channelName: uniqueKey('sign-in-waiting') });
    for (const item of [
      voteBy(director.id, sutton),
      voteBy(director.id, 'suffolk'),
      voteBy(earlier.id, undefined),
      voteBy(suffolkOnly.id, 'suffolk'),
    ]) {
      kept.push(item.id);
      await outbox.enqueue(item);
    }
    const people = [director, earlier, suffolkOnly];
    const page = await signInPageOf(sutton, people);
    const banner = page.getElementById('waiting')!;
    await waitUntil(() => !banner.hidden, 'the banner shown', { timeout: 10_000 });
    expect(linesOf(page, people)).to.deep.equal([`${director.name}: 1 vote`, `${earlier.name}: 1 vote`]);
  });
});
