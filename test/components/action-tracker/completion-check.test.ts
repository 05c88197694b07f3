// A completion date before the action was raised was saved: A-01, raised at the meeting of 8 October 2019 and due
// 1 November, typed as done on 1/1/2018, read "Done" (on time). The editor refuses it as the host does, and says
// what to do: a date on or after the day it was raised, in English and Welsh.
import { expect } from '@open-wc/testing';
import { checkedCompletion } from '../../../components/action-tracker/completion-check.js';
import { dateProblemText } from '../../../components/action-tracker/completed-date.js';
import type { Action } from '../../../src/contract/index.js';
import { en } from '../../../src/messages/en.js';
import { cy } from '../../../src/messages/cy.js';
import { rulesDocument } from '../../fixtures/documents.js';

// Meeting 'm' of the rules document is on 15 October 2019; Ann owns the action.
const doc = rulesDocument({
  actions: [{ id: 'A-1', title: 'Draft the options paper', owner: 'ann', due: '2019-11-01', meeting: 'm' }],
});
const action = doc.actions[0] as Action;
const check = (day: string, month: string, year: string) =>
  checkedCompletion({ day, month, year }, action, { document: doc, editor: 'ann', today: '2019-12-10' });

describe('checkedCompletion: a date before the action was raised', () => {
  it('is a problem at all three fields, naming the day it was raised', () => {
    expect(check('1', '1', '2018')).to.deep.equal({
      problem: { code: 'before-raised', fields: ['day', 'month', 'year'], raised: '2019-10-15' },
    });
    expect(check('14', '10', '2019').problem?.code).to.equal('before-raised');
  });

  it('is none on the day it was raised or after', () => {
    expect(check('15', '10', '2019')).to.deep.equal({ date: '2019-10-15' });
    expect(check('4', '11', '2019')).to.deep.equal({ date: '2019-11-04' });
  });

  it('says what to do, in English and Welsh', () => {
    const problem = check('1', '1', '2018').problem!;
    expect(dateProblemText(en, problem)).to.equal(
      'Enter a completion date on or after 15 October 2019, when the action was raised',
    );
    expect(dateProblemText(cy, problem)).to.equal(
      'Rhowch ddyddiad cwblhau ar neu ar ôl 15 Hydref 2019, pan godwyd y cam gweithredu',
    );
  });
});
