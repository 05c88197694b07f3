import { expect } from '@open-wc/testing';
import * as rules from '../../../src/rules/index.js';
import { agreedRule, at, rulesDocument, vote } from '../../fixtures/documents.js';

const doc = rulesDocument({
  proposal: agreedRule('two-thirds'),
  votes: [vote('primary', 'ann', 'for'), vote('secondary', 'bea', 'against')],
  group: { quorum: [{ label: 'Half', seats: { voting: true }, min: '1/2' }] },
  meeting: { noticeSent: '2019-10-04', attendance: { primary: 'holder' } },
  risks: [
    { id: 'R', title: 'Risk', owner: 'olive', raised: '2019-01-01', likelihood: 3, impact: 4, review: '2019-11-01' },
  ],
  actions: [{ id: 'A', title: 'Act', owner: 'olive', due: '2019-10-20' }],
});

/** Every public rule, run once on one document. */
function runEverything() {
  const vote1 = { id: 'x', proposal: 'p', seat: 'special', by: 'sam', choice: 'for' as const, cast: at('16:45') };
  return JSON.stringify([
    rules.outcome(doc, 'p'),
    rules.checkVote(doc, vote1),
    rules.eligibleSeats(doc, 'p', 'amy'),
    rules.eligibleSeats(doc, 'p', 'amy', '2019-10-15'),
    rules.ineligibility(doc, 'p', 'dan'),
    rules.quorum(doc, 'm'),
    rules.meetingDeadlines(doc, 'm'),
    rules.rosterWarnings(doc, 'g', '2019-11-15'),
    rules.riskStatus(doc, 'R', '2019-11-15'),
    rules.actionStatus(doc, 'A', '2019-11-15'),
    rules.addWorkingDays('2019-12-24', 3),
  ]);
}

// That no module of src/rules names the clock or the page is checked by listing the folder: test/node/rules-purity.test.js.
describe('the rules core is pure', () => {
  it('never reads the clock: the same answers with Date.now and new Date() forbidden', () => {
    const before = runEverything();
    const RealDate = globalThis.Date;
    class NoClock extends RealDate {
      constructor(...args: [] | [string | number]) {
        if (args.length === 0) throw new Error('The rules read the clock');
        super(args[0]);
      }
      static override now(): number {
        throw new Error('The rules read the clock');
      }
    }
    globalThis.Date = NoClock as DateConstructor;
    try {
      expect(runEverything()).to.equal(before);
    } finally {
      globalThis.Date = RealDate;
    }
  });
});
