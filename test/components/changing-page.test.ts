/**
 * A CMS page that changes after the elements have drawn (docs/embedding.md, "A page that changes after it loads"): a
 * block moved to another place keeps showing its document, and an inline document whose text is replaced is drawn
 * anew. And a page that wraps everything in its own form: the elements never submit it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../components/index.js';
import { sendKeys } from '@web/test-runner-commands';
import { mountAll } from '../fixtures/all-elements.js';
import { failOnPageErrors } from '../fixtures/probe-element.js';

const SUTTON = '/demo/data/sutton.json';

async function suttonDocument(): Promise<{ proposals: { id: string; title: string }[] }> {
  return (await fetch(SUTTON)).json();
}

function shadowText(element: Element): string {
  return element.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
}

describe('a page that changes after the elements drew', () => {
  failOnPageErrors();

  it('an element moved to another block keeps showing its document', async () => {
    const [from, to] = [document.createElement('div'), document.createElement('div')];
    document.body.append(from, to);
    const roster = document.createElement('partnership-roster');
    for (const [name, value] of Object.entries({ src: SUTTON, group: 'elg', today: '2019-12-10' }))
      roster.setAttribute(name, value);
    from.append(roster);
    try {
      await waitUntil(() => roster.shadowRoot?.querySelector('table'), 'the roster drew', { timeout: 5000 });
      to.append(roster);
      await (roster as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(roster.shadowRoot!.querySelector('table'), 'its table').not.to.equal(null);
      expect(shadowText(roster)).to.include('Education Leadership Group');
    } finally {
      from.remove();
      to.remove();
    }
  });

  it('an inline document whose text is replaced is drawn anew', async () => {
    const sutton = await suttonDocument();
    const panel = document.createElement('vote-panel');
    for (const [name, value] of Object.entries({ proposal: 'wsoa-reporting', today: '2019-12-10' }))
      panel.setAttribute(name, value);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(sutton);
    panel.append(script);
    document.body.append(panel);
    try {
      await waitUntil(() => shadowText(panel).includes('Written Statement of Action'), 'the panel drew', {
        timeout: 5000,
      });
      sutton.proposals.find((p) => p.id === 'wsoa-reporting')!.title = 'Receive termly reports instead';
      script.textContent = JSON.stringify(sutton);
      await waitUntil(() => shadowText(panel).includes('Receive termly reports instead'), 'the edited title', {
        timeout: 5000,
      });
    } finally {
      panel.remove();
    }
  });

  it('inside a form round the whole page (ASP.NET Web Forms) pressing Enter in the elements’ fields never submits it', async () => {
    const form = document.createElement('form');
    form.action = '/never';
    let submitted = 0;
    form.addEventListener('submit', (event) => {
      submitted += 1;
      event.preventDefault();
    });
    document.body.append(form);
    const host = await mountAll();
    form.append(host);
    try {
      for (const element of host.children) {
        for (const control of element.shadowRoot!.querySelectorAll<HTMLElement>('select, input')) {
          control.focus();
          await sendKeys({ press: 'Enter' });
        }
      }
      expect(submitted).to.equal(0);
    } finally {
      form.remove();
    }
  });
});
