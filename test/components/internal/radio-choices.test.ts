// The shared radio group (components/internal/radio-choice.ts) the check-in, the action tracker and the vote panel
// draw: its legend, GOV.UK's error message describing the fieldset with any other description, and the choice shown.
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { renderRadioChoices, type RadioChoices } from '../../../components/internal/radio-choice.js';

type Colour = 'red' | 'blue';

/** Draws a red-or-blue group, with `group`'s settings, into `host` (a new one on the page by default). */
function drawn(group: Partial<RadioChoices<Colour>>, host = document.body.appendChild(document.createElement('div'))) {
  render(
    renderRadioChoices<Colour>({
      name: 'colour',
      legend: 'Colour',
      choices: [
        { value: 'red', label: 'Red' },
        { value: 'blue', label: 'Blue' },
      ],
      choose: () => {},
      ...group,
    }),
    host,
  );
  return host;
}

afterEach(() => document.body.replaceChildren());

describe('renderRadioChoices', () => {
  it('draws a fieldset of radios beside their labels, the chosen one checked', () => {
    const fieldset = drawn({ chosen: 'blue', className: 'colours' }).querySelector('fieldset')!;
    expect([...fieldset.classList]).to.deep.equal(['radios', 'colours']);
    expect(fieldset.hasAttribute('aria-describedby')).to.equal(false);
    const radios = [...fieldset.querySelectorAll<HTMLInputElement>('.choice > input[type=radio]')];
    expect(radios.map((radio) => [radio.id, radio.name, radio.labels![0]?.textContent, radio.checked])).to.deep.equal([
      ['colour-red', 'colour', 'Red', false],
      ['colour-blue', 'colour', 'Blue', true],
    ]);
  });

  it('hides the legend from sight only where asked', () => {
    expect(drawn({}).querySelector('legend')!.className).to.equal('');
    expect(drawn({ legendHidden: true }).querySelector('legend')!.className).to.equal('visually-hidden');
  });

  it("puts GOV.UK's error message in the fieldset and describes the fieldset by it, after any other description", () => {
    const host = drawn({ describedBy: 'left-at', error: { prefix: 'Error:', message: 'Select a colour' } });
    const fieldset = host.querySelector('fieldset')!;
    expect(fieldset.classList.contains('radios--error')).to.equal(true);
    expect(fieldset.getAttribute('aria-describedby')).to.equal('left-at colour-error');
    const error = fieldset.querySelector('#colour-error')!;
    expect(error.className).to.equal('error-message');
    expect(error.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Error: Select a colour');
    expect(error.querySelector('.visually-hidden')!.textContent).to.equal('Error:');
    expect(error.nextElementSibling!.classList.contains('choice'), 'above the radios').to.equal(true);
  });

  it('writes no white space between the legend, the error message and the radios', () => {
    // Each run of it would be a text node in every group drawn, shown nowhere (issue 12).
    const fieldset = drawn({ error: { prefix: 'Error:', message: 'Select a colour' } }).querySelector('fieldset')!;
    const blank = [...fieldset.childNodes].filter(
      (node) => node.nodeType === Node.TEXT_NODE && !node.textContent!.trim(),
    );
    expect(blank).to.deep.equal([]);
  });

  it('puts back the choice shown when the one clicked is not taken', () => {
    const host = drawn({ chosen: 'red' });
    const [red, blue] = [...host.querySelectorAll<HTMLInputElement>('input')] as [HTMLInputElement, HTMLInputElement];
    blue.click();
    drawn({ chosen: 'red' }, host);
    expect([red.checked, blue.checked]).to.deep.equal([true, false]);
  });
});
