// The registry: English always there, Welsh loaded the first time a page asks
// for it, a host's wording kept whether it comes before or after.
import { expect, waitUntil } from '@open-wc/testing';
import {
  en,
  languagePending,
  loadMessages,
  messagesFor,
  onMessagesChange,
  registerMessages,
} from '../../../src/messages/index.js';
import { loadOnDemand } from '../../../src/messages/registry.js';

describe('the languages the kit speaks', () => {
  it('loads Welsh when first asked, with English standing in meanwhile, and says when it came', async () => {
    let told = 0;
    const stop = onMessagesChange(() => (told += 1));
    expect(messagesFor('cy-GB')).to.equal(en);
    expect(languagePending('cy-GB')).to.equal(true);
    // Wording a council registers while Welsh is on its way is laid over the Welsh, not over English.
    registerMessages('cy', { shared: { tryAgain: 'Ceisiwch eto' } });
    await waitUntil(() => !languagePending('cy'), 'Welsh arrived');
    stop();
    const cy = messagesFor('cy');
    expect(cy.lang).to.equal('cy');
    expect(cy.shared.tryAgain).to.equal('Ceisiwch eto');
    expect(cy.shared.problemTitle).to.equal('Mae problem');
    expect(messagesFor('CY-gb')).to.equal(cy);
    expect(told).to.be.greaterThan(0);
  });

  it('answers English for a language it does not know, and does not wait for it', () => {
    expect(messagesFor('fr')).to.equal(en);
    expect(languagePending('fr')).to.equal(false);
    expect(messagesFor(undefined)).to.equal(en);
  });

  it('lays a region’s own wording over its language', () => {
    registerMessages('en-x-council', { votePanel: { castButton: 'Send my vote' } });
    expect(messagesFor('en-x-council').votePanel.castButton).to.equal('Send my vote');
    expect(messagesFor('en-x-council').votePanel.changeButton).to.equal(en.votePanel.changeButton);
    expect(messagesFor('en').votePanel.castButton).to.equal(en.votePanel.castButton);
  });

  it('a language whose file cannot be fetched leaves the page in English, and is not fetched again at once', async () => {
    // A web team that copied the element files without the Welsh chunk: every element rendering asked for it
    // again, and a page fetched it hundreds of times a second.
    let asked = 0;
    loadOnDemand('zz', () => {
      asked += 1;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    });
    expect(messagesFor('zz')).to.equal(en);
    await waitUntil(() => !languagePending('zz'), 'the load failed');
    for (let render = 0; render < 50; render += 1) expect(messagesFor('zz-GB')).to.equal(en);
    expect(asked, 'fetched once').to.equal(1);
    window.dispatchEvent(new Event('online'));
    messagesFor('zz');
    expect(asked, 'back online, asked again at once').to.equal(2);
  });

  it('a renamed role is the language’s one word for it, whole languages spread from English included', () => {
    // The roster's Role column and the seats it names both read `roles` (test/components/languages).
    registerMessages('en-x-roles', { roles: { chair: 'Chairperson' } });
    const words = messagesFor('en-x-roles');
    expect(words.roles.chair).to.equal('Chairperson');
    expect(words.roles.clerk).to.equal('Clerk');
    expect(en.roles.chair, 'English untouched').to.equal('Chair');
    registerMessages('en-x-spread', { ...en, roles: { ...en.roles, chair: 'Cathaoirleach' } });
    expect(messagesFor('en-x-spread').roles.chair).to.equal('Cathaoirleach');
  });

  it('a council’s own introduction to a document’s problems is registered, the other failures’ words kept', () => {
    // The error summary heads a contract failure with `shared.contractIntro` (test/components/languages).
    registerMessages('en-x-intro', { shared: { contractIntro: (total) => `Our document has ${total} problems.` } });
    const { shared } = messagesFor('en-x-intro');
    expect(shared.contractIntro(2, 2)).to.equal('Our document has 2 problems.');
    expect(shared.failure({ kind: 'no-source' })).to.equal(en.shared.failure({ kind: 'no-source' }));
    registerMessages('en-x-spread-intro', { ...en, shared: { ...en.shared, contractIntro: () => 'Ours.' } });
    expect(messagesFor('en-x-spread-intro').shared.contractIntro(1, 1)).to.equal('Ours.');
  });

  it('wording given as a function of the language’s words reuses them, even before the language arrives', async () => {
    let arrive: (words: typeof en) => void = () => {};
    loadOnDemand('zy', () => new Promise((resolve) => (arrive = resolve)));
    registerMessages('zy', (zy) => ({
      votePanel: { result: (result) => (result === 'carried' ? 'Cytunwyd' : zy.votePanel.result(result)) },
    }));
    expect(languagePending('zy')).to.equal(true);
    arrive({ ...en, lang: 'zy', votePanel: { ...en.votePanel, result: (result) => `zy:${result}` } });
    await waitUntil(() => !languagePending('zy'), 'zy arrived');
    expect(messagesFor('zy').votePanel.result('carried')).to.equal('Cytunwyd');
    expect(messagesFor('zy').votePanel.result('tied')).to.equal('zy:tied');
    // A later change of the same message builds on the council's, not the kit's.
    registerMessages('zy', (zy) => ({ votePanel: { result: (result) => zy.votePanel.result(result).toUpperCase() } }));
    expect(messagesFor('zy').votePanel.result('carried')).to.equal('CYTUNWYD');
  });

  describe('loadMessages: the words of a language once they are here', () => {
    it('gives a language the kit loads on demand once it has come, with a host’s wording for it', async () => {
      // A page with no element in Welsh making a Welsh calendar file: messagesFor would answer English.
      loadOnDemand('xw', () => new Promise((resolve) => setTimeout(() => resolve({ ...en, lang: 'xw' }), 20)));
      registerMessages('xw', { shared: { tryAgain: 'Try again, xw' } });
      const words = await loadMessages('xw-GB');
      expect(words.lang).to.equal('xw');
      expect(words.shared.tryAgain).to.equal('Try again, xw');
      expect(await loadMessages('xw')).to.equal(words);
    });

    it('answers at once with English for English and for a language it does not know', async () => {
      expect(await loadMessages('en-GB')).to.equal(en);
      expect(await loadMessages('fr')).to.equal(en);
    });

    it('rejects, saying so, when the file cannot be fetched, and asks again when called again', async () => {
      let asked = 0;
      loadOnDemand('xv', () => {
        asked += 1;
        return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      });
      let error: unknown;
      await loadMessages('xv').catch((caught: unknown) => (error = caught));
      expect(String(error)).to.contain('could not be loaded');
      await loadMessages('xv').catch(() => undefined);
      expect(asked).to.equal(2);
    });
  });
});
