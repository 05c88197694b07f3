// GET /api/partnership.ics on partnership-kit/server: the feed a calendar app
// subscribes to, made from the same published document the viewer reads as
// JSON, stamped by the host's clock, in the language the URL names, and
// following the records the host stores.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import ICAL from 'ical.js';
import { freshStore, MEETING_NOW, openStore, post, startApi, storeKinds, sutton } from './harness.js';

const core = await import('../../../dist/core.js');

/** The feed as `person` (or the public) downloads it, with `query` after the path. */
async function feed(base, person = null, query = '') {
  const response = await fetch(`${base}/api/partnership.ics${query}`, {
    headers: person ? { 'x-person': person } : {},
  });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

/** The events of a feed by UID, as ical.js reads them. */
function itemsOf(ics) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const items = calendar.getAllSubcomponents('vevent');
  return { calendar, byUid: new Map(items.map((item) => [item.getFirstPropertyValue('uid'), item])) };
}

for (const kind of storeKinds()) {
  describe(`GET /api/partnership.ics on ${kind}`, () => {
    let host;
    before(async () => (host = await startApi(await openStore(await freshStore(kind)))));
    after(() => host.close());

    test('answers text/calendar in UTF-8, as a download named after the partnership, never cached', async () => {
      const { status, headers, body } = await feed(host.base);
      assert.equal(status, 200);
      assert.equal(headers.get('content-type'), 'text/calendar; charset=utf-8');
      assert.equal(headers.get('content-disposition'), 'attachment; filename="sutton-ep.ics"');
      assert.equal(headers.get('cache-control'), 'no-store');
      assert.ok(body.startsWith('BEGIN:VCALENDAR\r\n'));
      assert.ok(body.endsWith('END:VCALENDAR\r\n'));
    });

    test('opens in ical.js with every meeting, deadline and action, stamped by the host clock', async () => {
      const { body } = await feed(host.base, 'p-cognus-sd');
      const { calendar, byUid } = itemsOf(body);
      // Deadlines and actions as all-day events: Outlook, Google and Apple Calendar drop to-dos unseen.
      assert.equal(calendar.getAllSubcomponents('vevent').length, 3 * sutton.meetings.length + sutton.actions.length);
      assert.equal(calendar.getAllSubcomponents('vtodo').length, 0);
      assert.ok(byUid.has('meeting-elg-2019-10-15@sutton-ep.partnership-kit'));
      assert.ok(byUid.has('notice-elg-2019-10-15@sutton-ep.partnership-kit'));
      assert.ok(byUid.has('action-A-06@sutton-ep.partnership-kit'));
      // MEETING_NOW, 2019-12-10T16:30:00+00:00, in UTC on every component.
      const stamps = body.split('\r\n').filter((line) => line.startsWith('DTSTAMP:'));
      assert.equal(stamps.length, sutton.meetings.length * 3 + sutton.actions.length);
      assert.deepEqual(new Set(stamps), new Set(['DTSTAMP:20191210T163000Z']));
    });

    test('is exactly toICalendar of the document the viewer is published, for a member and the public', async () => {
      for (const viewer of ['p-cognus-sd', null]) {
        const { body } = await feed(host.base, viewer);
        const expected = core.toICalendar(host.api.published(viewer).document, { now: MEETING_NOW });
        assert.equal(body, expected, `viewer ${viewer}`);
      }
    });

    test('speaks Welsh with ?lang=cy (or cy-GB), and English otherwise', async () => {
      const meeting = (ics) =>
        itemsOf(ics).byUid.get('meeting-elg-2019-10-15@sutton-ep.partnership-kit').getFirstPropertyValue('summary');
      assert.equal(meeting((await feed(host.base, null, '?lang=cy')).body), 'Cyfarfod Education Leadership Group');
      assert.equal(meeting((await feed(host.base, null, '?lang=cy-GB')).body), 'Cyfarfod Education Leadership Group');
      assert.equal(meeting((await feed(host.base, null, '?lang=fr')).body), 'Education Leadership Group meeting');
      assert.equal(meeting((await feed(host.base)).body), 'Education Leadership Group meeting');
    });

    test('follows a stored action change: the next download says when it was completed', async () => {
      const statusOf = async () =>
        itemsOf((await feed(host.base)).body).byUid.get('action-A-06@sutton-ep.partnership-kit');
      assert.doesNotMatch((await statusOf()).getFirstPropertyValue('description'), /Completed/);
      const change = {
        id: randomUUID(),
        action: 'A-06',
        status: 'done',
        completed: '2019-12-09',
        by: 'p-lbs-ad-send',
        at: '2019-12-10T16:29:00Z',
      };
      const stored = await post(host.base, 'actions', change);
      assert.equal(stored.status, 201, JSON.stringify(stored.body));
      assert.match((await statusOf()).getFirstPropertyValue('description'), /\nCompleted on 9 December 2019\.$/);
    });

    test('names the download by an id with a colon as every file system saves it', async () => {
      // The contract's ids may hold a colon ('lbs:ep'), which Windows refuses in a file name and macOS shows as '/'.
      const document = { ...sutton, partnership: { ...sutton.partnership, id: 'lbs:sutton-ep' } };
      const colon = await startApi(await openStore(await freshStore(kind)), { document });
      try {
        const { status, headers, body } = await feed(colon.base);
        assert.equal(status, 200);
        assert.equal(headers.get('content-disposition'), 'attachment; filename="lbs-sutton-ep.ics"');
        // The UIDs keep the id as it is: a subscription's entries stay the same.
        assert.ok(itemsOf(body).byUid.has('meeting-elg-2019-10-15@lbs:sutton-ep.partnership-kit'));
      } finally {
        await colon.close();
      }
    });

    test('is a GET route only: another method is answered 405, with Allow', async () => {
      const response = await fetch(`${host.base}/api/partnership.ics`, { method: 'POST' });
      assert.equal(response.status, 405);
      assert.equal(response.headers.get('allow'), 'GET, HEAD');
    });
  });
}

test('a Node host makes a Welsh calendar with core’s toICalendar and the cy words partnership-kit/server exports', async () => {
  const { cy } = await import('../../../dist/server.js');
  const doc = core.publishedDocument(core.parseDocument(sutton).document, null, MEETING_NOW);
  const ics = core.toICalendar(doc, { now: MEETING_NOW, messages: cy });
  const summary = itemsOf(ics)
    .byUid.get('meeting-elg-2019-10-15@sutton-ep.partnership-kit')
    .getFirstPropertyValue('summary');
  assert.equal(summary, 'Cyfarfod Education Leadership Group');
});

// Asked for: a SEQUENCE and a LAST-MODIFIED that change when an event does, derived from the document alone. The
// contract keeps no count and no date of an event's revisions, and the dates it has (`noticeSent`, `minutesSent`,
// `completed`) are of a thing done, not of the event's last change: a meeting moved after its notice went out
// moves its notice deadline with `noticeSent` unchanged, and a LAST-MODIFIED read from it would tell a calendar
// app that kept the old deadline that it is as new as the feed's. What marks the later copy is DTSTAMP.
test('a meeting moved after its notice went: the same UIDs, a later DTSTAMP, and no invented SEQUENCE or LAST-MODIFIED', () => {
  const before = structuredClone(sutton);
  const meeting = before.meetings.find((m) => m.noticeSent !== undefined);
  assert.ok(meeting, 'a meeting whose notice was sent');
  const moved = structuredClone(before);
  const later = moved.meetings.find((m) => m.id === meeting.id);
  const week = (iso) => new Date(Date.parse(iso) + 7 * 86_400_000).toISOString();
  later.start = week(later.start);
  if (later.end) later.end = week(later.end);
  const first = core.toICalendar(core.parseDocument(before).document, { now: '2019-10-01T09:00:00Z' });
  const second = core.toICalendar(core.parseDocument(moved).document, { now: '2019-10-02T09:00:00Z' });
  for (const ics of [first, second]) assert.doesNotMatch(ics, /^(SEQUENCE|LAST-MODIFIED)[:;]/m);
  const notice = `notice-${meeting.id}@sutton-ep.partnership-kit`;
  const [was, now] = [first, second].map((ics) => itemsOf(ics).byUid.get(notice));
  assert.notEqual(now.getFirstPropertyValue('dtstart').toString(), was.getFirstPropertyValue('dtstart').toString());
  assert.ok(now.getFirstPropertyValue('dtstamp').compare(was.getFirstPropertyValue('dtstamp')) > 0);
});
