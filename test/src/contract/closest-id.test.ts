// A reference that names no record, written by hand one or two letters off
// the id it meant, is told "did you mean …?": only when one known id is that
// close, so the hint never points at the wrong record.
import { expect } from '@open-wc/testing';
import { parseDocument, type Problem } from '../../../src/contract/index.js';
import { closestId } from '../../../src/contract/closest-id.js';
import { en } from '../../../src/messages/en.js';
import { explainProblem } from '../../../src/messages/index.js';
import { cy } from '../../../src/messages/cy.js';
import { minimalDocument } from '../../fixtures/documents.js';

const people = new Set(['p-hackbridge-head', 'p-cognus-sd', 'p-chair', 'p-clerk']);

describe('closestId', () => {
  it('finds a letter wrong, left out, added, or two swapped', () => {
    expect(closestId('p-hackbridge-heax', people)).to.equal('p-hackbridge-head');
    expect(closestId('p-hackbrige-head', people)).to.equal('p-hackbridge-head');
    expect(closestId('p-hackbridge-heads', people)).to.equal('p-hackbridge-head');
    expect(closestId('p-hackbridge-haed', people)).to.equal('p-hackbridge-head');
    expect(closestId('p-cognsu-sd', people)).to.equal('p-cognus-sd');
  });

  it('says nothing of an id three edits off, or one as close to two ids', () => {
    expect(closestId('p-hackbridge-xxxx', people)).to.equal(undefined);
    expect(closestId('p-chaer', new Set(['p-chair', 'p-cheer']))).to.equal(undefined);
  });

  it('allows one edit in a short id, and none in one under five letters, where one edit reaches another', () => {
    expect(closestId('boadr', new Set(['board']))).to.equal('board');
    expect(closestId('bored', new Set(['board']))).to.equal(undefined);
    expect(closestId('elg', new Set(['eog']))).to.equal(undefined);
  });

  it('takes an id in other capitals for the one known id spelt so, however short', () => {
    expect(closestId('ELG', new Set(['elg', 'eog']))).to.equal('elg');
    expect(closestId('ELG', new Set(['elg', 'Elg']))).to.equal(undefined);
  });

  it('reads the ids of a map as well as a set', () => {
    expect(closestId('m-2019-10-51', new Map([['m-2019-10-15', 'board']]))).to.equal('m-2019-10-15');
  });
});

describe('parseDocument: an unknown reference one or two letters off', () => {
  function problemAt(doc: unknown, path: string): Problem | undefined {
    const result = parseDocument(doc);
    return result.ok ? undefined : result.problems.find((p) => p.path === path);
  }

  it('names the id it most likely meant, in English and Welsh', () => {
    const doc = minimalDocument();
    const holder = doc.groups[0].seats[1].holder as string;
    doc.groups[0].seats[1].holder = `${holder}x`;
    const problem = problemAt(doc, 'groups[0].seats[1].holder')!;
    expect(problem.values).to.deep.equal({ id: `${holder}x`, target: 'person', field: 'holder', meant: holder });
    expect(explainProblem(en, problem)).to.contain(`Did you mean '${holder}'?`);
    expect(explainProblem(cy, problem)).to.contain(`Oeddech chi’n golygu '${holder}'?`);
  });

  it('names nothing when no id is close', () => {
    const doc = minimalDocument();
    doc.groups[0].seats[1].holder = 'p-somebody-else-entirely';
    const problem = problemAt(doc, 'groups[0].seats[1].holder')!;
    expect(problem.values).to.not.have.property('meant');
    expect(explainProblem(en, problem)).not.to.contain('Did you mean');
  });
});
