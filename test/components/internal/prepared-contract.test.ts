// The contract's schemas are made on first use (test/node/schemas-on-first-use.test.js), so the kit's first task no
// longer pays for them; the first element to connect has the document's made in a task of its own after it, while
// its document is on its way, rather than in the document's first check.
import { zodObjectMade, zodSchemasMade } from '../../harness/zod-schemas-made.js';
import { expect, waitUntil } from '@open-wc/testing';
import '../../../components/index.js';
import { parseDocument } from '../../../src/contract/index.js';

describe('the contract’s schemas, made after the first element connects', () => {
  it('are made neither by the import nor as the element connects, but in a later task, before the first check', async () => {
    expect(zodSchemasMade(), 'made as the kit was imported').to.equal(0);
    const panel = document.createElement('vote-panel');
    panel.setAttribute('live', 'off');
    document.body.append(panel);
    try {
      expect(zodSchemasMade(), 'made as the element connected').to.equal(0);
      // The document's own schema is made last, after those it is built on.
      await waitUntil(() => zodObjectMade(['contract', 'partnership', 'groups']), 'the document’s schema is made', {
        timeout: 2000,
      });
      const prepared = zodSchemasMade();
      expect(parseDocument({ contract: 'partnership-kit/1', partnership: { id: 'p', name: 'P' } }).ok).to.equal(true);
      expect(zodSchemasMade(), 'made by the first check').to.equal(prepared);
    } finally {
      panel.remove();
    }
  });
});
