// The registry: English always there, Welsh loaded the first time a page asks
// for it, a host's wording kept whether it comes before or after.
import { expect, waitUntil } from '@open-wc/testing';
import { en, languagePending, messagesFor, onMessagesChange, registerMessages } from '../../../src/messages/index.js';
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

  it('a renamed role is renamed in the roster’s Role column too, as in the seats it names', () => {
    registerMessages('en-x-roles', { roles: { chair: 'Chairperson' } });
    const words = messagesFor('en-x-roles');
    expect(words.roles.chair).to.equal('Chairperson');
    expect(words.roster.role('chair')).to.equal('Chairperson');
    expect(words.roster.role('clerk')).to.equal('Clerk');
    // A council that words the column itself keeps its own.
    registerMessages('en-x-roles', { roles: { clerk: 'Secretary' }, roster: { role: () => 'Own' } });
    expect(messagesFor('en-x-roles').roster.role('clerk')).to.equal('Own');
    expect(en.roster.role('chair'), 'English untouched').to.equal('Chair');
    // A whole language spread from English, as the README suggests, renames its roles in the column too.
    registerMessages('en-x-spread', { ...en, roles: { ...en.roles, chair: 'Cathaoirleach' } });
    expect(messagesFor('en-x-spread').roster.role('chair')).to.equal('Cathaoirleach');
  });

  it('a council’s own introduction to a document’s problems heads the error summary', () => {
    registerMessages('en-x-intro', { shared: { contractIntro: (total) => `Our document has ${total} problems.` } });
    const { shared } = messagesFor('en-x-intro');
    const problem = { path: 'groups', code: 'required', values: {} };
    const failure = { kind: 'contract', total: 2, problems: [problem, problem] } as unknown as Parameters<
      typeof shared.failure
    >[0];
    expect(shared.failure(failure)).to.equal('Our document has 2 problems.');
    expect(shared.failure({ kind: 'no-source' })).to.equal(en.shared.failure({ kind: 'no-source' }));
    registerMessages('en-x-spread-intro', { ...en, shared: { ...en.shared, contractIntro: () => 'Ours.' } });
    expect(messagesFor('en-x-spread-intro').shared.failure(failure)).to.equal('Ours.');
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
});
