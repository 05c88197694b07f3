// The test server's refusal that names its record (/__events/refuse), as
// partnership-kit/server's refusals do: element tests use it for "the host
// refused it". Without the events plugin they fail, saying so.
import { expect } from '@open-wc/testing';
import { httpSender } from '../../../src/data/index.js';

describe('a refusal that names the record', function () {
  before(async function () {
    const ping = await fetch('/__events/ping').catch(() => undefined);
    if (!ping?.ok)
      throw new Error('The events plugin is not registered: add eventsPlugin() to web-test-runner.config.js.');
  });

  it('is a refusal of that record, with the host’s words', async () => {
    const endpoint = `/__events/refuse?status=422&error=${encodeURIComponent('Voting has closed.')}&reason=closed`;
    const record = { id: `vote-${crypto.randomUUID()}` };
    expect(await httpSender(endpoint)(record)).to.deep.equal({
      outcome: 'rejected',
      reason: 'Voting has closed.',
      refusal: { by: 'host', status: 422, message: 'Voting has closed.', code: 'closed' },
    });
  });
});
