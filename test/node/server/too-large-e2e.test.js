// A member's vote the reference host refuses as too large, on their phone: a host page that adds too much data
// of its own to the vote (its `ext`) is answered 413 `too-large` at `vote.ext`, and the vote panel names the
// field, the size and the limit, and what to do, in English and in Welsh, where it said the server's English.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { executablePath, hostAndPhone, signIn } from './demo-browser.js';

/** Every vote the page sends carries `ext` of about 3 KB, more than the host's 2 KB: a portal's own data grown. */
async function addWideExt(page) {
  await page.route('**/api/votes', async (route) => {
    const sent = JSON.parse(route.request().postData() ?? '{}');
    await route.continue({ postData: JSON.stringify({ ...sent, ext: { note: 'x'.repeat(3_000) } }) });
  });
}

test(
  'a vote whose ext is too large: the page says ext is too large, by how much, and whom to tell, in both languages',
  { skip: !existsSync(executablePath) && `no Chromium at ${executablePath}` },
  async () => {
    const { url, page } = await hostAndPhone('pk-too-large-');
    await signIn(page, url, 'p-carew-head');
    await addWideExt(page);
    // Each answer's body is read as it comes; the page may say the refusal before the body is read here.
    const answers = [];
    page.on('response', (response) => {
      if (response.url().endsWith('/api/votes'))
        answers.push(response.json().then((body) => ({ status: response.status(), body })));
    });

    const panel = page.locator('vote-panel').first();
    await panel.getByRole('radio', { name: 'For' }).click();
    await panel.getByRole('button', { name: /^Cast vote/ }).click();
    await panel
      .getByText(
        /^Not accepted: The data this site’s page adds to it \(its “ext”\) is 3,0\d\d bytes, more than the 2,048 bytes the server takes\. Trying again will not help: tell the site’s web team/,
      )
      .waitFor();
    const [refused] = await Promise.all(answers);
    assert.deepEqual([refused.status, refused.body.reason, refused.body.path], [413, 'too-large', 'vote.ext']);

    await page.goto(`${url}vote?lang=cy`);
    const welsh = page.locator('vote-panel').first();
    await welsh.getByRole('radio', { name: 'O blaid' }).click();
    await welsh.getByRole('button', { name: /^Bwrw pleidlais/ }).click();
    await welsh
      .getByText(
        /^Ni chafodd ei derbyn: Mae’r data y mae tudalen y wefan yn ei ychwanegu \(ei “ext”\) yn 3,0\d\d beit, mwy na’r 2,048 beit/,
      )
      .waitFor();
    assert.equal(await welsh.getByText(/Yn ôl y gweinydd/).count(), 0, 'the server’s English is not shown');
  },
);
