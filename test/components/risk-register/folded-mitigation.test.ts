// A register can hold thousands of risks, a folded mitigation in many of their rows. The browser draws a summary as a
// list item of no list, and Chromium numbers a list item by walking the items before it: with a summary a list item,
// the register's layout grew with the square of its rows (700 to 2,100 risks: 8.4 times the layout, 3.0 times with
// block summaries; docs/performance.md). The summary is a block, and draws the same triangle as text.
import { expect } from '@open-wc/testing';
import { registerInBox, registerTable } from './register-harness.js';
import type { RiskRegister } from '../../../components/risk-register/risk-register.js';

const summaryOf = (register: RiskRegister) =>
  registerTable(register).tBodies[0]!.querySelector<HTMLElement>('details.mitigation > summary')!;

/** The words of a `content` value, without its quotes or its alternative text. */
const triangleOf = (summary: HTMLElement) => getComputedStyle(summary, '::before').content.replace(/^"(.*?)".*$/, '$1');

describe('the risk register’s folded mitigations', () => {
  it('are opened by a summary that is not a list item, so that no row is numbered', async () => {
    const summary = summaryOf(await registerInBox(1200));
    expect(getComputedStyle(summary).display).to.equal('block');
  });

  it('still show the triangle: pointing on when closed, down when open, back in words right to left', async () => {
    const register = await registerInBox(1200);
    const summary = summaryOf(register);
    expect(triangleOf(summary)).to.equal('▸ ');
    // A screen reader hears the summary as expanded or collapsed: the triangle is for the eye alone.
    expect(getComputedStyle(summary, '::before').content).to.match(/\/ ""$/);
    summary.click();
    expect(triangleOf(summary)).to.equal('▾ ');
    summary.click();
    // The element's words take their direction from its language's messages (en and cy are left to right).
    register.shadowRoot!.querySelector<HTMLElement>('.words')!.dir = 'rtl';
    expect(triangleOf(summary)).to.equal('◂ ');
  });
});
