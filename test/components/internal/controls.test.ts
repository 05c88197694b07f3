// The shared controls look and focus as GOV.UK Frontend's do (radios 40 px
// with a 4 px yellow ring, buttons yellow with a black bar when focused,
// selects ringed rather than filled), are themed through --pk-* custom
// properties, and print as a record: no vote form, no filters, headers kept.
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { html, LitElement } from 'lit';
import { baseStyles } from '../../../components/internal/styles.js';
import '../../../components/vote-panel/vote-panel.js';
import type { VotePanel } from '../../../components/vote-panel/vote-panel.js';
import { seedDocument, type LooseDocument } from '../../fixtures/documents.js';
import { showWith } from '../../fixtures/show-element.js';

const YELLOW = 'rgb(255, 221, 0)';
const BLACK = 'rgb(11, 12, 12)';

/** The shared styles alone, on the controls other elements use: filters, a select, buttons, a sort header. */
class StylesProbe extends LitElement {
  static override styles = [baseStyles];
  override render() {
    return html`<fieldset class="filters">
        <label
          >Owner
          <select>
            <option>Any</option>
          </select></label
        >
      </fieldset>
      <fieldset class="controls">
        <label
          >Status
          <select>
            <option>Any</option>
          </select></label
        >
      </fieldset>
      <button type="button" class="button">Download</button>
      <table>
        <thead>
          <tr>
            <th><button type="button" class="sort">Owner</button></th>
          </tr>
        </thead>
        <tbody>
          <tr class="record">
            <td><strong class="tag tag--blue">Open</strong></td>
          </tr>
        </tbody>
      </table>`;
  }
}
customElements.define('styles-probe', StylesProbe);

// Fetched in a hook, under mocha's timeout: a top-level await that stalled would hold the file unstarted.
let sutton: LooseDocument;
before(async () => {
  sutton = await seedDocument('sutton');
});

async function panel(): Promise<VotePanel> {
  const element = await showWith<VotePanel>('vote-panel', sutton, {
    proposal: 'wsoa-reporting',
    today: '2019-12-10',
    voter: 'p-hackbridge-head',
    endpoint: '/x',
  });
  await waitUntil(() => element.shadowRoot!.querySelector('input[type=radio]'), 'the form shows');
  return element;
}

async function probe(): Promise<StylesProbe> {
  const element = document.createElement('styles-probe') as StylesProbe;
  document.body.append(element);
  await element.updateComplete;
  return element;
}

/** Focuses `control` from the keyboard, as :focus-visible asks: a button before it in the page, then Tab. */
async function tabTo(control: HTMLElement): Promise<CSSStyleDeclaration> {
  control.focus();
  // Programmatic focus after a key press matches :focus-visible, as keyboard focus does.
  await sendKeys({ press: 'Shift' });
  control.focus();
  expect(control.matches(':focus-visible'), 'focus-visible').to.equal(true);
  return getComputedStyle(control);
}

afterEach(async () => {
  await emulateMedia({ media: 'screen' });
  document.querySelectorAll('vote-panel, styles-probe').forEach((e) => e.remove());
});

describe('the shared controls, as GOV.UK Frontend', () => {
  it('radios are 40 px circles with a 4 px yellow ring when focused', async () => {
    const radio = (await panel()).shadowRoot!.querySelector<HTMLInputElement>('input[value=against]')!;
    const rest = getComputedStyle(radio);
    expect(parseFloat(rest.width)).to.be.at.least(40);
    expect(parseFloat(rest.height)).to.be.at.least(40);
    expect(rest.borderRadius).to.equal('50%');
    const focused = await tabTo(radio);
    expect(focused.boxShadow).to.contain(`${YELLOW} 0px 0px 0px 4px`);
    expect(focused.borderTopWidth).to.equal('4px');
  });

  it('a chosen radio keeps its dot when focused', async () => {
    const radio = (await panel()).shadowRoot!.querySelector<HTMLInputElement>('input[value=for]')!;
    expect(radio.checked, 'the recorded vote').to.equal(true);
    const focused = await tabTo(radio);
    // The dot is drawn in the radio's own colour, the ring round it left clear (no longer an inset shadow of Canvas).
    expect(focused.backgroundImage).to.contain('radial-gradient').and.contain(focused.color);
    expect(focused.boxShadow).to.contain(`${YELLOW} 0px 0px 0px 4px`);
  });

  it('the primary button: focused, yellow with a black bar below', async () => {
    const button = (await panel()).shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!;
    const rest = getComputedStyle(button);
    expect(rest.backgroundColor).to.equal('rgb(0, 112, 60)');
    expect(rest.boxShadow).to.equal('rgb(0, 45, 24) 0px 2px 0px 0px');
    const focused = await tabTo(button);
    expect(focused.backgroundColor).to.equal(YELLOW);
    expect(focused.color).to.equal(BLACK);
    expect(focused.boxShadow).to.equal(`${BLACK} 0px 2px 0px 0px`);
  });

  it('secondary buttons look like GOV.UK secondary buttons, not fields', async () => {
    const button = (await probe()).shadowRoot!.querySelector<HTMLButtonElement>('.button')!;
    const rest = getComputedStyle(button);
    expect(rest.backgroundColor).to.equal('rgb(243, 242, 241)');
    expect(rest.borderTopColor, 'no field border').to.equal('rgba(0, 0, 0, 0)');
    expect(rest.boxShadow).to.equal('rgb(146, 145, 145) 0px 2px 0px 0px');
    const focused = await tabTo(button);
    expect(focused.backgroundColor).to.equal(YELLOW);
    expect(focused.boxShadow).to.equal(`${BLACK} 0px 2px 0px 0px`);
  });

  it('a focused select has a yellow ring and keeps its own background', async () => {
    const select = (await probe()).shadowRoot!.querySelector('select')!;
    const rest = getComputedStyle(select).backgroundColor;
    const focused = await tabTo(select);
    expect(focused.backgroundColor, 'no yellow fill').to.equal(rest);
    expect(focused.outlineColor).to.equal(YELLOW);
    expect(focused.outlineWidth).to.equal('3px');
    expect(focused.outlineStyle).to.equal('solid');
    expect(focused.boxShadow).to.equal(`${BLACK} 0px 0px 0px 2px inset`);
  });

  it('every colour is themable: --pk-* reach the vote button, its shadow, the focus ring and the tags', async () => {
    const element = await panel();
    element.style.setProperty('--pk-button-colour', 'rgb(1, 2, 3)');
    element.style.setProperty('--pk-button-shadow-colour', 'rgb(4, 5, 6)');
    element.style.setProperty('--pk-focus-colour', 'rgb(7, 8, 9)');
    element.style.setProperty('--pk-tag-blue-background', 'rgb(10, 11, 12)');
    const button = element.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!;
    expect(getComputedStyle(button).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(button).boxShadow).to.contain('rgb(4, 5, 6)');
    const tag = element.shadowRoot!.querySelector('.tag--blue')!;
    expect(getComputedStyle(tag).backgroundColor).to.equal('rgb(10, 11, 12)');
    const radio = element.shadowRoot!.querySelector<HTMLInputElement>('input[value=against]')!;
    expect((await tabTo(radio)).boxShadow).to.contain('rgb(7, 8, 9) 0px 0px 0px 4px');
  });
});

describe('the shared print styles', () => {
  it('the vote form does not print; the proposal and its count do', async () => {
    const element = await panel();
    await emulateMedia({ media: 'print' });
    const shown = (selector: string) => getComputedStyle(element.shadowRoot!.querySelector(selector)!).display;
    expect(shown('.voting')).to.equal('none');
    expect(shown('.tally')).not.to.equal('none');
    expect(shown('h2')).not.to.equal('none');
    await emulateMedia({ media: 'screen' });
    expect(shown('.voting')).not.to.equal('none');
  });

  it('filters and action buttons do not print; a sort button prints as its header, records are not split', async () => {
    const root = (await probe()).shadowRoot!;
    await emulateMedia({ media: 'print' });
    const style = (selector: string) => getComputedStyle(root.querySelector(selector)!);
    expect(style('.filters').display).to.equal('none');
    expect(style('.controls').display).to.equal('none');
    expect(style('.button').display).to.equal('none');
    expect(style('button.sort').display, 'the header’s text prints').not.to.equal('none');
    expect(style('thead').display).to.equal('table-header-group');
    expect(style('tr.record').breakInside).to.equal('avoid');
  });
});
