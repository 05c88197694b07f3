// What an element focuses by script and Tab never reaches (tabindex -1: the action tracker's error summary, a
// title after a retry or a vote's close) shows GOV.UK's focus for a container: the 3 px yellow outline, its own
// colours kept. The text-link focus (a yellow fill, a black bar) made the error summary solid yellow, its red
// links on yellow.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../components/action-tracker/action-tracker.js';
import type { ActionTracker } from '../../../components/action-tracker/action-tracker.js';
import { forgetDocumentStores } from '../../../src/data/index.js';
import { shadowOf, until } from '../../fixtures/show-element.js';
import { describeElement, mountAll } from '../../fixtures/all-elements.js';
import { typeDate } from '../action-tracker/date-fields.js';
import { actionRow, chooseStatus, editableTracker } from '../action-tracker/editable-tracker.js';

/** The focus colour the kit gives a focused field's ring: the container's outline is the same yellow. */
const FOCUS_YELLOW = 'rgb(255, 221, 0)';

/** What focus changes of `element`'s look, read before and after it is focused. */
function look(element: Element) {
  const style = getComputedStyle(element);
  return {
    background: style.backgroundColor,
    color: style.color,
    shadow: style.boxShadow,
    outline: `${style.outlineStyle} ${style.outlineWidth}`,
  };
}

/** Focuses `element` by script after a key press, as the elements do once the reader has pressed Save or Tab. */
async function focusAfterAKey(element: HTMLElement): Promise<void> {
  await sendKeys({ press: 'Shift' });
  element.focus();
  expect(element.matches(':focus-visible'), `${describeElement(element)} shows its focus`).to.equal(true);
}

beforeEach(() => forgetDocumentStores());

describe('focus moved by script to a container (tabindex -1)', () => {
  it('the action tracker’s error summary: the yellow outline, its white background and colours kept', async () => {
    const element: ActionTracker = await editableTracker();
    const row = actionRow(element, 'Due yesterday');
    chooseStatus(row, 'done');
    await element.updateComplete;
    typeDate(row, { day: '31', month: '2', year: '2019' });
    await element.updateComplete;
    await sendKeys({ press: 'Shift' });
    row.querySelector<HTMLButtonElement>('.edit button')!.click();
    const summary = await until(() => !!shadowOf(element).querySelector('.error-summary'), 'the error summary').then(
      () => shadowOf(element).querySelector<HTMLElement>('.error-summary')!,
    );
    await until(() => shadowOf(element).activeElement === summary, 'focus on the summary');
    const focused = look(summary);
    expect(focused.background, 'no yellow fill').to.equal('rgba(0, 0, 0, 0)');
    expect(focused.shadow, 'no black bar').to.equal('none');
    expect(focused.outline).to.equal('solid 3px');
    expect(getComputedStyle(summary).outlineColor).to.equal(FOCUS_YELLOW);
    summary.blur();
    expect(look(summary).color, 'its text keeps its colour').to.equal(focused.color);
  });

  it('every element’s title focused by script: the outline alone, its colours as they were', async function () {
    this.timeout(30_000);
    const host = await mountAll();
    try {
      for (const element of host.children) {
        const title = shadowOf(element).querySelector<HTMLElement>('h1, h2, h3, h4, h5, h6');
        if (!title) continue;
        title.tabIndex = -1;
        const before = look(title);
        await focusAfterAKey(title);
        const focused = look(title);
        const what = describeElement(title);
        expect(focused.background, `${what}: no yellow fill`).to.equal(before.background);
        expect(focused.color, `${what}: its colour kept`).to.equal(before.color);
        expect(focused.shadow, `${what}: no black bar`).to.equal(before.shadow);
        expect(focused.outline, what).to.equal('solid 3px');
        title.blur();
      }
    } finally {
      host.remove();
    }
  });

  it('a control Tab reaches (tabindex 0) keeps the text focus: the yellow fill', async function () {
    this.timeout(30_000);
    const host = await mountAll();
    try {
      const title = shadowOf(host.children[0]!).querySelector<HTMLElement>('h1, h2, h3, h4, h5, h6')!;
      title.tabIndex = 0;
      await focusAfterAKey(title);
      expect(look(title).background).to.equal(FOCUS_YELLOW);
    } finally {
      host.remove();
    }
  });
});
