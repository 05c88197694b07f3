// A language's Intl services are made on first use (format.test.ts), so the kit's first task no longer pays for
// them; the first element of a language to connect has them made in tasks of their own after it, while its
// document is on its way, rather than in the drawing that makes the vote panel usable.
import { expect, waitUntil } from '@open-wc/testing';
import '../../../components/index.js';
import { createFormat, registerMessages } from '../../../src/messages/index.js';
import { INTL_SERVICES, noteIntlServicesMade } from '../../harness/intl-services-made.js';

describe('a language’s Intl services, made after its first element connects', () => {
  let made: string[];
  let restore: () => void;
  let box: HTMLElement;
  beforeEach(() => {
    ({ made, restore } = noteIntlServicesMade());
    box = document.createElement('div');
    document.body.append(box);
  });
  afterEach(() => {
    box.remove();
    restore();
  });

  it('makes none as the element connects, then each of them in a later task', async () => {
    registerMessages('x-prepared', {
      lang: 'x-prepared',
      format: createFormat('en-GB', { am: 'am', pm: 'pm', midday: 'midday', midnight: 'midnight', at: 'at' }),
    });
    const panel = document.createElement('vote-panel');
    panel.setAttribute('lang', 'x-prepared');
    panel.setAttribute('live', 'off');
    box.append(panel);
    expect(made, 'made as the element connected').to.deep.equal([]);
    await waitUntil(() => new Set(made).size === INTL_SERVICES.length, 'every service is made', { timeout: 2000 });
    expect([...new Set(made)].sort()).to.deep.equal([...INTL_SERVICES].sort());
  });

  it('goes on past a host’s own format that throws, and leaves the throw to where an element writes', async () => {
    const format = createFormat('en-GB', { am: 'am', pm: 'pm', midday: 'midday', midnight: 'midnight', at: 'at' });
    registerMessages('x-throws', {
      lang: 'x-throws',
      format: {
        ...format,
        date: () => {
          throw new Error('no dates here');
        },
      },
    });
    const panel = document.createElement('vote-panel');
    panel.setAttribute('lang', 'x-throws');
    panel.setAttribute('live', 'off');
    box.append(panel);
    await waitUntil(() => made.includes('ListFormat'), 'the last service is made', { timeout: 2000 });
  });
});
