// What an element adds when a record waits on the device for the session's
// sake (DESIGN.md "Writing back", item 5): whose sign-in it waits for, and
// the host's own words; and why a record was refused, in the page's language.
import { expect } from '@open-wc/testing';
import { keptBecause, refusedBecause } from '../../../components/internal/outbox-controller.js';
import { httpSender, Outbox, type OutboxStatus } from '../../../src/data/index.js';
import { cy } from '../../../src/messages/cy.js';
import { en, namesIn } from '../../../src/messages/index.js';
import type { PartnershipDocument } from '../../../src/contract/index.js';
import { parsedSeed } from '../../fixtures/documents.js';

type Queued = Extract<OutboxStatus, { state: 'queued' }>;
type Rejected = Extract<OutboxStatus, { state: 'rejected' }>;

const queued = (extra: Partial<Queued>): Queued =>
  ({ state: 'queued', retryAt: 0, entry: {} as Queued['entry'], ...extra }) as Queued;
const rejected = (refusal: Rejected['refusal']): Rejected =>
  ({ state: 'rejected', entry: {} as Rejected['entry'], reason: 'x', refusal }) as Rejected;
const names: Record<string, string> = { 'p-a': 'Member A' };
const nameOf = (id: string) => names[id] ?? id;

describe('keptBecause', () => {
  it('names the owner a record waits for when someone else is signed in', () => {
    const status = queued({ problem: 'signed-out', owner: 'p-a' });
    expect(keptBecause(en, status, 'p-b', nameOf, 'Usual.')).to.equal(en.shared.waitingForOwner('Member A'));
    expect(keptBecause(cy, status, 'p-b', nameOf, 'Usual.')).to.equal(cy.shared.waitingForOwner('Member A'));
  });

  it('says the usual words when the element acts for the owner: their own session ended', () => {
    expect(keptBecause(en, queued({ problem: 'signed-out', owner: 'p-a' }), 'p-a', nameOf, 'Usual.')).to.equal(
      'Usual.',
    );
  });

  it("gives the host's words when it kept a record back without refusing it", () => {
    const status = queued({ problem: 'server-error', message: 'Try again in a minute.' });
    expect(keptBecause(en, status, 'p-a', nameOf, 'Not sent yet.')).to.equal(
      `Not sent yet. ${en.shared.hostSaid('Try again in a minute.')}`,
    );
  });

  it('says a record turned away as too large (413) is too large, in the page’s words, not "without saying why"', () => {
    const status = queued({ problem: 'refused', status: 413, message: 'Too large' });
    for (const msg of [en, cy]) {
      const said = keptBecause(msg, status, 'p-a', nameOf, msg.votePanel.queued('refused'));
      expect(said, msg.lang).to.equal(`${msg.votePanel.queued('refused')} ${msg.shared.hostTookTooLarge}`);
      expect(said, msg.lang).not.to.contain(msg.shared.hostSaid('Too large'));
    }
    expect(keptBecause(en, status, 'p-a', nameOf, en.votePanel.queued('refused'))).not.to.contain('without saying why');
    expect(keptBecause(cy, status, 'p-a', nameOf, cy.votePanel.queued('refused'))).not.to.contain('heb ddweud pam');
  });

  it('says a bare status is no reason, not that the host said "HTTP 404"; the host’s words once, when it gave any', () => {
    for (const msg of [en, cy]) {
      const usual = msg.votePanel.queued('refused');
      const bare = keptBecause(msg, queued({ problem: 'refused', status: 404 }), 'p-a', nameOf, usual);
      expect(bare, msg.lang).to.equal(`${usual} ${msg.shared.hostGaveNoReason(404)}`);
      const worded = keptBecause(
        msg,
        queued({ problem: 'refused', status: 422, message: 'Closed.' }),
        'p-a',
        nameOf,
        usual,
      );
      expect(worded, msg.lang).to.equal(`${usual} ${msg.shared.hostSaid('Closed.')}`);
      // The element's own words no longer say the host gave no reason, which its words would contradict.
      expect(usual, msg.lang).not.to.match(/without saying why|heb ddweud pam/);
    }
    expect(en.shared.hostGaveNoReason(404)).to.equal('The server gave no reason, only its status (HTTP 404).');
  });
});

/**
 * The status a record has once the host answered it with `answer`: it is sent through an outbox of its own, as a
 * page's is, so what the element is given is what the host's answer becomes.
 */
async function queuedAfter(answer: () => Response, by: string): Promise<Queued> {
  const database = `pk-kept-because-${crypto.randomUUID()}`;
  const outbox = new Outbox({ database, channelName: database });
  const stop = outbox.register(
    '/api/actions',
    httpSender('/api/actions', async () => answer()),
  );
  try {
    const record = { id: `change-${crypto.randomUUID()}`, action: 'a-1', status: 'dropped', by };
    await outbox.enqueue({ kind: 'action-status', record, id: record.id, channel: '/api/actions' } as never);
    await outbox.flush();
    return outbox.$status.get()[record.id] as Queued;
  } finally {
    stop();
    indexedDB.deleteDatabase(database);
  }
}

describe('keptBecause, of what the host answered', () => {
  // partnership-kit/server's answer when the record's maker is not the one signed in (record-gates.ts).
  const byOtherPerson = () =>
    new Response(
      JSON.stringify({
        error: "You are signed in as 'p-b', so you cannot send a record made by 'p-a'.",
        path: 'action.by',
        problems: [{ path: 'action.by', code: 'by-other-person', values: { by: 'p-a', signedIn: 'p-b' } }],
      }),
      { status: 403, headers: { 'Content-Type': 'application/json' } },
    );

  it('names the owner when someone else is signed in, though the element acts for the owner (a shared laptop)', async () => {
    const status = await queuedAfter(byOtherPerson, 'p-a');
    for (const msg of [en, cy]) {
      const usual = msg.actions.queued('Draft the report', 'signed-out');
      // The element acts for p-a (its editor), who made the record: it is p-b's session the host refused.
      expect(keptBecause(msg, status, 'p-a', nameOf, usual), msg.lang).to.equal(msg.shared.waitingForOwner('Member A'));
    }
  });

  it('says the session ended, not whom to sign in as, when the host answers that nobody is signed in (a 401)', async () => {
    const signedOut = () => new Response(JSON.stringify({ error: 'Sign in.', reason: 'signed-out' }), { status: 401 });
    const status = await queuedAfter(signedOut, 'p-a');
    for (const msg of [en, cy]) {
      const usual = msg.actions.queued('Draft the report', 'signed-out');
      expect(keptBecause(msg, status, 'p-a', nameOf, usual), msg.lang).to.equal(usual);
    }
  });
});

describe('refusedBecause', () => {
  let sutton: PartnershipDocument;
  before(async () => {
    sutton = await parsedSeed('sutton');
  });
  const values = { proposal: 'hnb-plan', status: 'closed' };

  it("says a host's refusal code in the page's language, naming the document's records", () => {
    const status = rejected({ by: 'host', status: 422, code: 'proposal-not-open', values, message: 'English.' });
    for (const msg of [en, cy]) {
      const expected = msg.reasons['proposal-not-open'](values as never, namesIn(sutton, msg));
      expect(refusedBecause(msg, status, namesIn(sutton, msg))).to.equal(expected);
    }
  });

  it("gives the host's own words for a code the language does not know, else its HTTP status", () => {
    const own = rejected({
      by: 'host',
      status: 422,
      code: 'closed-by-chair',
      values: {},
      message: 'The chair closed it.',
    });
    // On a Welsh page the host's words, likely English, are said as the system's, not as the page's own.
    expect(refusedBecause(cy, own, namesIn(sutton, cy))).to.equal('Yn ôl y gweinydd, “The chair closed it.”');
    expect(refusedBecause(en, own, namesIn(sutton, en))).to.equal('The chair closed it.');
    expect(refusedBecause(cy, rejected({ by: 'host', status: 409 }))).to.equal(cy.shared.hostRefused(409));
  });

  it("joins the host's own words to a refusal's sentence as one sentence: one colon, in English and Welsh", () => {
    const own = rejected({
      by: 'host',
      status: 422,
      code: 'closed-by-chair',
      values: {},
      message: 'The chair closed it.',
    });
    for (const msg of [en, cy]) {
      const reason = refusedBecause(msg, own, namesIn(sutton, msg));
      const sentences = [
        msg.votePanel.rejected(reason),
        msg.votePanel.otherRejected('Plan', reason),
        msg.votePanel.closedRefused('Chair', 'for', reason),
        msg.checkIn.change.refused('Present', reason),
        msg.actions.change.refused('Done', reason),
      ];
      for (const sentence of sentences) {
        expect(sentence, msg.lang).to.contain('The chair closed it.');
        expect(sentence.split(': ').length - 1, `${msg.lang}: ${sentence}`).to.equal(1);
      }
    }
  });

  it('reads only its own codes: "constructor" is the host’s words, not an object’s', () => {
    const odd = rejected({ by: 'host', status: 422, code: 'constructor', values: {}, message: 'Refused.' });
    expect(refusedBecause(en, odd, namesIn(sutton, en))).to.equal('Refused.');
  });

  it('gives the host’s own words when its values are of the wrong kind, not "[object Object]"', () => {
    const odd = rejected({
      by: 'host',
      status: 422,
      code: 'term-ended',
      values: { seat: { a: 1 }, to: 7 },
      message: 'The term ended.',
    });
    expect(refusedBecause(en, odd, namesIn(sutton, en))).to.equal('The term ended.');
  });

  it('says a record too large for the host is too large, and what to do, in the page’s language', () => {
    const whole = rejected({ by: 'host', status: 413, code: 'too-large', values: { limit: 8192, size: 20_123 } });
    expect(refusedBecause(en, whole)).to.equal(
      'It is larger than the server takes (at least 20,123 bytes, where the most is 8,192). Trying again will not help: tell the site’s web team, who can raise the server’s limit or make the data the page adds to it smaller.',
    );
    expect(refusedBecause(cy, whole, namesIn(sutton, cy))).to.equal(
      'Mae’n fwy nag y mae’r gweinydd yn ei dderbyn (o leiaf 20,123 beit, a’r uchafswm yw 8,192). Ni fydd rhoi cynnig arall arni’n helpu: dywedwch wrth dîm gwe’r wefan, a all godi terfyn y gweinydd neu leihau’r data y mae’r dudalen yn ei ychwanegu.',
    );
    const ext = rejected({
      by: 'host',
      status: 413,
      code: 'too-large',
      values: { limit: 2048, size: 3012, field: 'ext' },
      message: 'English.',
    });
    expect(refusedBecause(en, ext, namesIn(sutton, en))).to.match(
      /^The data this site’s page adds to it \(its “ext”\) is 3,012 bytes, more than the 2,048 bytes/,
    );
    expect(refusedBecause(cy, ext)).to.match(
      /^Mae’r data y mae tudalen y wefan yn ei ychwanegu \(ei “ext”\) yn 3,012 beit/,
    );
  });

  it('gives the host’s own words for too-large values it cannot read', () => {
    const odd = rejected({ by: 'host', status: 413, code: 'too-large', values: { limit: 'big' }, message: 'Too big.' });
    expect(refusedBecause(en, odd)).to.equal('Too big.');
  });

  it('names the field the host said a refusal is about, in the page’s language, after why', () => {
    const seat = { seat: 'elg-cognus', person: 'p-cirrus-head' };
    const forbidden = rejected({
      by: 'host',
      status: 403,
      code: 'not-holder-or-proxy',
      values: seat,
      message: 'English.',
      path: 'vote.seat',
    });
    for (const msg of [en, cy]) {
      const why = msg.reasons['not-holder-or-proxy'](seat as never, namesIn(sutton, msg));
      expect(refusedBecause(msg, forbidden, namesIn(sutton, msg))).to.equal(
        `${why} ${msg.shared.refusedAt['vote.seat']}`,
      );
    }
    expect(refusedBecause(en, forbidden, namesIn(sutton, en))).to.match(/ This is about your vote’s seat\.$/);
    expect(refusedBecause(cy, forbidden, namesIn(sutton, cy))).to.match(/ Mae hyn yn ymwneud â sedd eich pleidlais\.$/);
  });

  it('names the field of a host’s own words, ending their sentence, and of the one path all its problems share', () => {
    const own = rejected({ by: 'host', status: 422, message: 'Too early', path: 'action.completed' });
    expect(refusedBecause(en, own)).to.equal('Too early. This is about the completion date.');
    const problems = [
      { path: 'attendance.seat', code: 'closed-seat' },
      { path: 'attendance.seat', code: 'other' },
    ];
    const onlyProblems = rejected({ by: 'host', status: 422, message: 'No.', problems });
    expect(refusedBecause(cy, onlyProblems)).to.equal(
      `${cy.shared.hostWords('No.')} ${cy.shared.refusedAt['attendance.seat']}`,
    );
    const twoPaths = rejected({
      by: 'host',
      status: 400,
      message: 'No.',
      problems: [...problems, { path: 'attendance.by', code: 'x' }],
    });
    expect(refusedBecause(en, twoPaths), 'problems at two fields: neither named').to.equal('No.');
  });

  it('names no field for the whole record, its ext, a path it does not know, or one named like a built-in', () => {
    for (const path of ['vote', 'vote.ext', 'vote.choice', 'constructor', '__proto__']) {
      const odd = rejected({ by: 'host', status: 422, message: 'Refused.', path });
      expect(refusedBecause(en, odd), path).to.equal('Refused.');
    }
    const ext = rejected({
      by: 'host',
      status: 413,
      code: 'too-large',
      values: { limit: 2048, size: 3012, field: 'ext' },
      path: 'vote.ext',
    });
    expect(refusedBecause(en, ext)).to.equal(en.shared.recordTooLarge({ limit: 2048, size: 3012, field: 'ext' }));
  });

  it('says each problem of a record of the wrong shape in the page’s language, as a document’s problems', () => {
    const choice = {
      path: 'vote.choice',
      code: 'wrong-value',
      values: {
        expected: { kind: 'one-of', values: ['for', 'against', 'abstain'] },
        value: { type: 'text', text: 'maybe' },
      },
      message: 'vote.choice must be one of "for", "against" or "abstain", but it is "maybe".',
    };
    const extra = {
      path: 'vote',
      code: 'unknown-fields',
      values: { keys: ['colour'] },
      message: 'vote has a field the contract does not know: "colour".',
    };
    const malformed = rejected({
      by: 'host',
      status: 400,
      code: 'malformed',
      message: `${choice.message} ${extra.message}`,
      problems: [choice, extra],
    });
    // Welsh, not the host's English: "vote.choice – rhaid iddo fod yn un o …".
    const welsh = refusedBecause(cy, malformed);
    expect(welsh).to.match(/^vote\.choice – rhaid iddo fod yn un o .*"maybe"/);
    expect(welsh).to.contain('vote – mae ganddo');
    expect(welsh).not.to.contain('must be');
    expect(welsh).not.to.contain('Yn ôl y gweinydd');
    // English: the page's words for the problems, which partnership-kit/server's `message` is made from.
    expect(refusedBecause(en, malformed, namesIn(sutton, en))).to.equal(
      'vote.choice must be one of "for", "against" or "abstain", but it is "maybe". vote has a field the contract does not know: "colour". Check the spelling, or put your own data under "ext".',
    );
  });

  it('gives the host’s own words for a record of the wrong shape when a problem’s code is not the page’s', () => {
    const malformed = rejected({
      by: 'host',
      status: 400,
      code: 'malformed',
      message: 'The seat is closed.',
      problems: [
        {
          path: 'vote.choice',
          code: 'wrong-value',
          values: { expected: { kind: 'one-of', values: ['for'] }, value: { type: 'text', text: 'x' } },
        },
        { path: 'vote.seat', code: 'seat-closed', values: {} },
      ],
    });
    expect(refusedBecause(cy, malformed)).to.equal(cy.shared.hostWords('The seat is closed.'));
    const none = rejected({ by: 'host', status: 400, code: 'malformed', message: 'Set the Idempotency-Key.' });
    expect(refusedBecause(en, none)).to.equal('Set the Idempotency-Key.');
  });

  it('says when this device could not store it', () => {
    expect(refusedBecause(en, rejected({ by: 'device', error: 'QuotaExceededError' }))).to.equal(
      en.shared.notStored('QuotaExceededError'),
    );
  });
});
