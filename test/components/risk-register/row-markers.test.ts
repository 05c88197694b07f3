// A register can hold thousands of risks: what a row keeps beside its words is kept thousands of times. Words alone
// in an element of a row (a tag, the project, the trend's arrow, the mitigation's parts) are its content, with no
// part marker (a comment node) beside them, cloned, walked and committed in every row of every render (issue 12).
import { expect } from '@open-wc/testing';
import { registerInBox, registerTable } from './register-harness.js';
import type { RiskRegister } from '../../../components/risk-register/risk-register.js';

const holdsAComment = (element: Element) => [...element.childNodes].some((node) => node.nodeType === Node.COMMENT_NODE);

describe('the risk register’s rows', () => {
  it('hold the words of their tags, projects, arrows and mitigations with no part marker beside them', async () => {
    // Every status (a closed risk's tag), the projects named: Sutton's register of every group.
    const register = await registerInBox(1200);
    // Not the harness's one group: every group's risks, as the bench's register shows them.
    register.removeAttribute('group');
    await (register as RiskRegister & { updateComplete: Promise<boolean> }).updateComplete;
    const rows = registerTable(register).tBodies[0]!;
    const holders = [
      ...rows.querySelectorAll('.tag, .project, .trend-arrow, .mitigation p, .mitigation summary .visually-hidden'),
    ];
    const kinds = new Set(holders.map((holder) => holder.className));
    expect([...kinds], 'a tag, a project, an arrow and a folded mitigation are drawn').to.include.members([
      'tag tag--red',
      'secondary project',
      'trend-arrow',
      'visually-hidden',
    ]);
    expect(
      holders.filter(holdsAComment).map((holder) => `${holder.className}: ${holder.textContent}`),
      'holders with a part marker',
    ).to.deep.equal([]);
    expect(holders.every((holder) => holder.childNodes.length === 1 && holder.textContent!.trim() !== '')).to.equal(
      true,
    );
  });
});
