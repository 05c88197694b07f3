/**
 * The documents kept for offline reading, and forgetting them at sign-out on a
 * shared computer (a security review, December 2026): a document may be one
 * member's view, with their own vote in a secret ballot.
 */
import { expect } from '@open-wc/testing';
import { forgetSavedDocuments, readSavedDocument, saveDocument } from '../../../src/data/index.js';

describe('the saved documents', () => {
  it('keeps the last copy per URL, and forgets every one when asked', async () => {
    const mine = `/test-cache/mine-${Math.random()}.json`;
    const theirs = `/test-cache/theirs-${Math.random()}.json`;
    await saveDocument(mine, { json: { votes: ['mine'] }, fetchedAt: '2019-12-10T16:30:00Z' });
    await saveDocument(theirs, { json: { votes: ['theirs'] }, fetchedAt: '2019-12-10T16:31:00Z' });
    expect((await readSavedDocument(mine))?.json).to.deep.equal({ votes: ['mine'] });
    await forgetSavedDocuments();
    expect(await readSavedDocument(mine)).to.equal(undefined);
    expect(await readSavedDocument(theirs)).to.equal(undefined);
  });

  it('is the kit’s public API, for a portal’s sign-out', async () => {
    const kit = await import('../../../components/index.js');
    expect(kit.forgetSavedDocuments).to.equal(forgetSavedDocuments);
  });
});
