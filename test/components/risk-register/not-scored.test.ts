/**
 * A risk with no inherent or target rating in the document: its cells say "Not scored". They said "None", which
 * read as no risk at all, beside an appetite column saying "Not set" for a value likewise missing.
 */
import { expect } from '@open-wc/testing';
import '../../../components/risk-register/risk-register.js';
import { en } from '../../../src/messages/en.js';
import { minimalDocument } from '../../fixtures/documents.js';
import { shadowOf, showWith } from '../../fixtures/show-element.js';
import { textOf } from '../../fixtures/text.js';

const cell = (register: Element, column: string) =>
  textOf(shadowOf(register).querySelector(`tbody td[data-column="${column}"]`));

describe('<risk-register> of a risk not rated before or after its controls', () => {
  afterEach(() => document.querySelectorAll('risk-register').forEach((e) => e.remove()));

  it('says "Not scored" in its inherent and target cells, and the scores where they are given', async () => {
    const risk = { id: 'R-1', title: 'Staffing', owner: 'p-head-a', likelihood: 3, impact: 4, raised: '2019-01-01' };
    const unscored = await showWith('risk-register', { ...minimalDocument(), risks: [risk] }, { today: '2019-12-10' });
    expect([cell(unscored, 'inherent'), cell(unscored, 'target')]).to.deep.equal([
      en.risk.notScored,
      en.risk.notScored,
    ]);
    const rated = { ...risk, inherent: { likelihood: 4, impact: 5 }, target: { likelihood: 2, impact: 2 } };
    const scored = await showWith('risk-register', { ...minimalDocument(), risks: [rated] }, { today: '2019-12-10' });
    expect([cell(scored, 'inherent'), cell(scored, 'target')]).to.deep.equal(['20', '4']);
  });
});
