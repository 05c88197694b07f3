// The Popolo export's memberships and a seat's earlier standing (contract 1.2, `previousStanding`): each
// membership says the role and partner the seat had during the appointment, as `standingOn` and the export's
// own vote events do, and an appointment the standing changed during is one membership for each part.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseDocument, standingOn, toPopolo } from 'partnership-kit/core';

const NOW = '2019-12-10T17:00:00+00:00';
const POST = 'seat/elg/elg-primary';

function parsed(input) {
  const result = parseDocument(input);
  assert.deepEqual(result.ok ? [] : result.problems, []);
  return result.document;
}

/**
 * Sutton whose `elg-primary` seat chairs for the primary partner now, after an earlier holder (2018-19) held
 * it; `standing` is its `previousStanding`. The chair's own seat becomes an ordinary member's.
 */
function sutton(standing) {
  const doc = JSON.parse(readFileSync(new URL('../../demo/data/sutton.json', import.meta.url), 'utf8'));
  const elg = doc.groups.find((group) => group.id === 'elg');
  elg.seats.find((seat) => seat.id === 'elg-chair').role = 'member';
  const seat = elg.seats.find((s) => s.id === 'elg-primary');
  Object.assign(seat, { role: 'chair', previous: [{ holder: 'p-lbs-dps', from: '2018-09-01', to: '2019-08-31' }] });
  seat.previousStanding = standing;
  return parsed(doc);
}

/** The seat's memberships, each as one line: id, person, role, on behalf of, from and to. */
const memberships = (popolo) =>
  popolo.memberships
    .filter((m) => m.post_id === POST)
    .map((m) => [m.id, m.person_id, m.role, m.on_behalf_of_id, `${m.start_date}..${m.end_date}`].join(' '));

const EARLIER = 'membership/elg/elg-primary/0/holder person/p-lbs-dps member partner/secondary 2018-09-01..2019-08-31';

test('an earlier holder’s membership has the role and partner the seat had then, not the ones it has now', () => {
  const doc = sutton([{ to: '2019-08-31', role: 'member', partner: 'secondary' }]);
  assert.deepEqual(memberships(toPopolo(doc, { now: NOW })), [
    EARLIER,
    'membership/elg/elg-primary/1/holder person/p-cirrus-dceo chair partner/primary 2019-09-01..2021-08-31',
    'membership/elg/elg-primary/1/proxy person/p-cirrus-head proxy partner/primary 2019-09-01..2021-08-31',
  ]);
  const seat = doc.groups[0].seats.find((s) => s.id === 'elg-primary');
  assert.deepEqual(standingOn(seat, '2019-01-15'), { voting: true, role: 'member', partner: 'secondary' });
});

test('an appointment the standing changed during is split at the change, each part with its role and partner', () => {
  // Member for the secondary partner to 14 October 2019, then chair for the primary one, within one appointment.
  const popolo = toPopolo(sutton([{ to: '2019-10-14', role: 'member', partner: 'secondary' }]), { now: NOW });
  assert.deepEqual(memberships(popolo), [
    EARLIER,
    'membership/elg/elg-primary/1/holder person/p-cirrus-dceo member partner/secondary 2019-09-01..2019-10-14',
    'membership/elg/elg-primary/1/proxy person/p-cirrus-head proxy partner/secondary 2019-09-01..2019-10-14',
    'membership/elg/elg-primary/1/holder/2019-10-15 person/p-cirrus-dceo chair partner/primary 2019-10-15..2021-08-31',
    'membership/elg/elg-primary/1/proxy/2019-10-15 person/p-cirrus-head proxy partner/primary 2019-10-15..2021-08-31',
  ]);
  // The vote cast for the seat on 15 October 2019 is on behalf of the partner of the membership that day.
  const votes = popolo.vote_events.find((event) => event.motion_id === 'proposal/hnb-plan').votes;
  assert.equal(votes.find((vote) => vote.voter_id === 'person/p-cirrus-dceo').group_id, 'partner/primary');
});

test('a change of the seat’s vote or tags alone splits no membership: a membership has neither', () => {
  const popolo = toPopolo(sutton([{ to: '2019-10-14', voting: false, tags: ['co-opted'] }]), { now: NOW });
  assert.deepEqual(
    memberships(popolo).map((line) => line.split(' ').slice(0, 4).join(' ')),
    [
      'membership/elg/elg-primary/0/holder person/p-lbs-dps chair partner/primary',
      'membership/elg/elg-primary/1/holder person/p-cirrus-dceo chair partner/primary',
      'membership/elg/elg-primary/1/proxy person/p-cirrus-head proxy partner/primary',
    ],
  );
});

test('a change before an appointment began or after it ended splits none of it', () => {
  // Changed on the earlier appointment's last day: each appointment has one standing throughout.
  const popolo = toPopolo(
    sutton([
      { to: '2017-06-30', role: 'member' },
      { to: '2019-08-31', partner: 'secondary' },
    ]),
    { now: NOW },
  );
  for (const line of memberships(popolo)) assert.match(line, /^membership\/elg\/elg-primary\/\d+\/(holder|proxy) /);
  assert.equal(memberships(popolo).length, 3);
});
