/**
 * Each choice of a filter is said to a screen reader with the count shown, even when it leaves the same count:
 * the `role=status` count gets a new node each time, since a live region says its additions and the same text
 * left in place was said as nothing. A register first shown says nothing.
 */
import { expect } from '@open-wc/testing';
import '../../../components/risk-register/risk-register.js';
import type { RiskRegister } from '../../../components/risk-register/risk-register.js';
import { en } from '../../../src/messages/en.js';
import { seedDocument } from '../../fixtures/documents.js';
import { choiceAddsTo } from '../../fixtures/selects.js';
import { shadowOf, showElement } from '../../fixtures/show-element.js';
import { textOf } from '../../fixtures/text.js';

const r = en.risk;
const countOf = (register: RiskRegister) => shadowOf(register).querySelector('.shown-count')!;

/** Chooses `value` in the select labelled `label`, and says whether the count's region had anything added. */
const choiceAdds = (register: RiskRegister, label: string, value: string) =>
  choiceAddsTo(register, countOf(register), label, value);

describe('<risk-register>: every filter chosen is said', () => {
  const suttonEog = async () =>
    showElement<RiskRegister>('risk-register', { group: 'eog', today: '2019-12-10' }, await seedDocument('sutton'));
  afterEach(() => document.querySelectorAll('risk-register').forEach((e) => e.remove()));

  it('says nothing when first shown', async () => {
    expect(textOf(countOf(await suttonEog()))).to.equal('');
  });

  it('a filter that leaves the same count is said again', async () => {
    const register = await suttonEog();
    // EOG's two financial risks are both open: the second filter shows the same two.
    expect(await choiceAdds(register, r.filterCategory, 'financial')).to.equal(true);
    expect(textOf(countOf(register))).to.equal(r.shownNow(2, 6));
    expect(await choiceAdds(register, r.filterStatus, 'open'), 'said again').to.equal(true);
    expect(textOf(countOf(register))).to.equal(r.shownNow(2, 6));
  });
});
