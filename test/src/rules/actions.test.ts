import { expect } from '@open-wc/testing';
import {
  actionGroup,
  actionRaised,
  actionsRaisedBy,
  actionStatus,
  completedAfter,
  completedBeforeRaised,
} from '../../../src/rules/actions.js';
import { rulesDocument, type ActionInput } from '../../fixtures/documents.js';

const TODAY = '2019-12-10';
function statusOf(action: Partial<ActionInput>, today = TODAY) {
  const record: ActionInput = { id: 'A-1', title: 'Draft the paper', owner: 'olive', due: TODAY, ...action };
  return actionStatus(rulesDocument({ actions: [record] }), 'A-1', today);
}

describe('actionStatus', () => {
  it('due today is due soon, not overdue; due yesterday is overdue', () => {
    expect(statusOf({ due: '2019-12-10' })).to.equal('due-soon');
    expect(statusOf({ due: '2019-12-09' })).to.equal('overdue');
  });

  it('due soon up to 7 days after today, inclusive; at 8 days it is its own status', () => {
    expect(statusOf({ due: '2019-12-17' })).to.equal('due-soon');
    expect(statusOf({ due: '2019-12-18' })).to.equal('open');
    expect(statusOf({ due: '2019-12-18', status: 'in-progress' })).to.equal('in-progress');
  });

  it('counts calendar days across the year’s end', () => {
    expect(statusOf({ due: '2020-01-04' }, '2019-12-28')).to.equal('due-soon');
    expect(statusOf({ due: '2020-01-05' }, '2019-12-28')).to.equal('open');
  });

  it('an action in progress is overdue and due soon as an open one is', () => {
    expect(statusOf({ due: '2019-12-09', status: 'in-progress' })).to.equal('overdue');
    expect(statusOf({ due: '2019-12-10', status: 'in-progress' })).to.equal('due-soon');
  });

  it('done on the due day is done; a day after is done late', () => {
    expect(statusOf({ status: 'done', completed: '2019-12-10' }, '2020-02-01')).to.equal('done');
    expect(statusOf({ status: 'done', completed: '2019-12-11' }, '2020-02-01')).to.equal('done-late');
    expect(statusOf({ status: 'done', completed: '2019-11-01' })).to.equal('done');
  });

  it('done with no completion date is done; done is never overdue', () => {
    expect(statusOf({ status: 'done', due: '2019-01-01' })).to.equal('done');
  });

  it('completed after today was not done yet today: judged by its due date, as an open action', () => {
    const done = { status: 'done', due: '2019-11-01', completed: '2019-11-11' } as const;
    expect(statusOf(done, '2019-10-25')).to.equal('due-soon');
    expect(statusOf(done, '2019-10-01')).to.equal('open');
    expect(statusOf(done, '2019-11-05')).to.equal('overdue');
    expect(statusOf(done, '2019-11-11')).to.equal('done-late');
  });

  it('dropped is dropped, even past its due date', () => {
    expect(statusOf({ status: 'dropped', due: '2019-01-01' })).to.equal('dropped');
  });

  it('throws a RangeError naming an unknown action', () => {
    expect(() => actionStatus(rulesDocument(), 'A-9', TODAY)).to.throw(RangeError, "No action has the id 'A-9'");
  });
});

describe('completedAfter', () => {
  it('is the completion of an action recorded done after today, which actionStatus judges not done yet', () => {
    const done = { status: 'done' as const, completed: '2019-12-11' };
    expect(completedAfter(done, TODAY)).to.equal('2019-12-11');
    expect(statusOf({ ...done, due: '2019-12-20' })).to.equal('open');
    expect(completedAfter({ ...done, completed: TODAY }, TODAY), 'done today').to.equal(undefined);
    expect(completedAfter({ status: 'done' }, TODAY), 'no date: done on time').to.equal(undefined);
    expect(completedAfter({ status: 'dropped', completed: '2019-12-11' }, TODAY)).to.equal(undefined);
  });
});

// Meeting 'm' of the rules document is on 15 October 2019.
describe('completedBeforeRaised', () => {
  const doc = rulesDocument();
  // Due after the meeting, so raised there (one due before it reports back there: below).
  const done = { status: 'done', meeting: 'm', due: '2019-11-01' } as const;

  it("is the day the action was raised, its meeting's date, when it is recorded done before it", () => {
    expect(actionRaised(doc, { meeting: 'm', due: '2019-11-01' })).to.equal('2019-10-15');
    expect(completedBeforeRaised(doc, { ...done, completed: '2018-10-15' })).to.equal('2019-10-15');
    expect(completedBeforeRaised(doc, { ...done, completed: '2019-10-14' })).to.equal('2019-10-15');
  });

  it('is undefined when done on or after that day, not done, undated, or of no meeting', () => {
    expect(completedBeforeRaised(doc, { ...done, completed: '2019-10-15' })).to.equal(undefined);
    expect(completedBeforeRaised(doc, { ...done, completed: undefined })).to.equal(undefined);
    expect(completedBeforeRaised(doc, { ...done, status: 'dropped', completed: '2018-01-01' })).to.equal(undefined);
    expect(completedBeforeRaised(doc, { ...done, meeting: undefined, completed: '2018-01-01' })).to.equal(undefined);
    expect(actionRaised(doc, { due: '2019-11-01' })).to.equal(undefined);
  });
});

// Meeting 'm' of the rules document is the group 'g''s.
describe('actionGroup', () => {
  const doc = rulesDocument();

  it("is the action's own group, else its meeting's, else none", () => {
    expect(actionGroup(doc, { group: 'other', meeting: 'm' })).to.equal('other');
    expect(actionGroup(doc, { meeting: 'm' })).to.equal('g');
    expect(actionGroup(doc, {})).to.equal(undefined);
    expect(actionGroup(doc, { meeting: 'no-such-meeting' })).to.equal(undefined);
  });
});

// Every act is judged as at its moment (the contract's "Time"): on a day before the meeting that raised an action,
// there was no such action yet, as a risk raised later is not yet on the register (`risksOnRegister`).
describe('actionsRaisedBy', () => {
  const doc = rulesDocument({
    actions: [
      { id: 'at-m', title: 'Raised at m', owner: 'olive', due: '2019-11-01', meeting: 'm' },
      { id: 'no-meeting', title: 'Of no meeting', owner: 'olive', due: '2019-11-01' },
    ],
  });
  const ids = (today: string) => actionsRaisedBy(doc, today).map((action) => action.id);

  it("leaves out an action before its meeting's day, from which it is raised", () => {
    expect(ids('2019-10-14')).to.deep.equal(['no-meeting']);
    expect(ids('2019-10-15')).to.deep.equal(['at-m', 'no-meeting']);
  });

  it('keeps an action of no meeting, which records no day it was raised, as the document stands', () => {
    expect(ids('2000-01-01')).to.deep.equal(['no-meeting']);
  });
});

// The contract calls an action's `meeting` only a link: clerks often link an action to the meeting it reports back
// to. One due before that meeting was not raised there (nothing is due before it is raised), so it is not left out.
describe('an action due before the meeting it links to', () => {
  const reportsBack = { id: 'A', title: 'Report back at m', owner: 'olive', due: '2019-10-08', meeting: 'm' };
  const doc = rulesDocument({ actions: [reportsBack] });

  it('records no day it was raised, so it is kept on a day before that meeting, overdue', () => {
    expect(actionRaised(doc, reportsBack)).to.equal(undefined);
    expect(actionsRaisedBy(doc, '2019-10-10').map((action) => action.id)).to.deep.equal(['A']);
    expect(actionStatus(doc, 'A', '2019-10-10')).to.equal('overdue');
  });

  it('is not judged done before it was raised when done before that meeting', () => {
    expect(completedBeforeRaised(doc, { ...reportsBack, status: 'done', completed: '2019-10-07' })).to.equal(undefined);
  });

  it('is raised at a meeting on or before its due date', () => {
    expect(actionRaised(doc, { ...reportsBack, due: '2019-10-15' })).to.equal('2019-10-15');
  });
});
