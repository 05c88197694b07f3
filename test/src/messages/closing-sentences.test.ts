// A sentence that ends on a value already ending in a full stop ends once: a council's own language whose `pm` is
// 'i.n.' said "closed on 15 October 2019 at 4i.n..", and a person named "Jo Bloggs Jr." read "Jr.. Record". One
// place closes every language's sentences (`closingSentences`), so no message checks the value it ends with.
import { expect } from '@open-wc/testing';
import {
  createFormat,
  en,
  loadMessages,
  messagesFor,
  registerMessages,
  type Names,
} from '../../../src/messages/index.js';
import { closeSentences } from '../../../src/messages/sentence.js';

const dottedClock = { am: 'r.n.', pm: 'i.n.', midday: 'meán lae', midnight: 'meán oíche', at: 'at' };

/** The names a message reads, from nothing but `format` and the words given. */
const namesWith = (format: Names['format'], person = 'Jo Bloggs'): Names => ({
  format,
  seat: () => 'Primary',
  person: () => person,
  proposal: () => 'Adopt the plan',
  group: () => 'Board',
  action: () => 'Draft the paper',
});

const closed = { proposal: 'p', status: 'closed', closes: '2019-10-15T15:00:00Z' } as const;

describe('a sentence ending on a value that ends in a full stop', () => {
  it('ends once in a council’s registered language whose pm is "i.n.": the core’s words and the elements’', () => {
    registerMessages('en-x-dots', { format: createFormat('en-GB', dottedClock) });
    const words = messagesFor('en-x-dots');
    const names = namesWith(words.format);
    expect(words.reasons['proposal-not-open'](closed, names)).to.equal(
      "Voting on 'Adopt the plan' closed on 15 October 2019 at 4i.n.",
    );
    expect(words.votePanel.reachInTime(words.format.dateTime(closed.closes))).to.equal(
      'It counts only if it reaches the server before voting closes on 15 October 2019 at 4i.n.',
    );
    // Mid-text too: the next sentence follows the value's own full stop.
    expect(words.reasons['waited-too-long']({ cast: closed.closes, now: closed.closes, maxWaitMinutes: 60 }, names))
      .to.contain('at 4i.n.: this server')
      .and.not.contain('..');
  });

  it('ends once in a whole language a council registers, spread from English', () => {
    registerMessages('ga-x-test', { ...en, lang: 'ga', format: createFormat('ga-IE', dottedClock) });
    const words = messagesFor('ga-x-test');
    expect(words.reasons['proposal-not-open'](closed, namesWith(words.format))).to.match(/at 4i\.n\.$/);
  });

  it('ends once in Welsh, the kit’s and a council’s wording for it', async () => {
    const cy = await loadMessages('cy');
    expect(
      cy.warnings['term-ended']({ seat: 's', to: '2019-12-31', holder: 'jo' }, namesWith(cy.format, 'Jo Bloggs Jr.')),
    ).to.contain('oedd Jo Bloggs Jr. Cofnodwch');
    registerMessages('cy', { format: createFormat('cy-GB', { ...dottedClock, at: 'am' }) });
    const dotted = messagesFor('cy');
    // The months are the council's format's (Chromium has no Welsh months): the end of the sentence is what counts.
    expect(dotted.reasons['proposal-not-open'](closed, namesWith(dotted.format))).to.match(
      /^Daeth y pleidleisio ar 'Adopt the plan' i ben ar 15 .+ 2019 am 4i\.n\.$/,
    );
  });

  it('ends once in the kit’s English when a name from the document ends in a full stop', () => {
    expect(
      en.warnings['term-ended']({ seat: 's', to: '2019-12-31', holder: 'jo' }, namesWith(en.format, 'Jo Bloggs Jr.')),
    ).to.equal(
      'Primary: the term ended on 31 December 2019, and the representative was Jo Bloggs Jr. Record the new term or appointment.',
    );
  });

  it('leaves an ellipsis written as dots, and dots inside a path or a number, as they are', () => {
    expect(closeSentences('It is To follow... Check it.')).to.equal('It is To follow... Check it.');
    expect(closeSentences('See ../data/x.json, version 1.2.3.')).to.equal('See ../data/x.json, version 1.2.3.');
    expect(closeSentences('Is it ready?. Yes.')).to.equal('Is it ready? Yes.');
  });

  it('ends once after a value ending in an ellipsis, written as one mark or as three dots', () => {
    expect(closeSentences('The status is To follow…. Check it.')).to.equal('The status is To follow… Check it.');
    expect(closeSentences('The status is To follow....')).to.equal('The status is To follow...');
    expect(
      en.warnings['term-ended']({ seat: 's', to: '2019-12-31', holder: 'jo' }, namesWith(en.format, 'Jo Bloggs…')),
    ).to.contain('was Jo Bloggs… Record');
  });
});
