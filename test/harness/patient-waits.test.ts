// The tests' waitUntil waits 5 seconds by default (test/harness/testing.ts).
import { expect, waitUntil } from '@open-wc/testing';

describe('waitUntil in the tests', () => {
  it('waits longer than the library’s one second by default', async () => {
    const start = performance.now();
    await waitUntil(() => performance.now() - start > 1_500, 'a second and a half');
    expect(performance.now() - start).to.be.greaterThan(1_500);
  });

  it('still takes a timeout a test gives', async () => {
    const error = await waitUntil(() => false, 'never', { timeout: 100 }).catch((e: Error) => e);
    expect(String(error)).to.contain('never');
  });
});
