// The reference host's vote page on a phone while the kit is still on its way (a governor on mobile data,
// following the link in the meeting's email): the page says the vote is loading at once, and keeps the room
// the vote panel will take, so that the page below it does not jump out of view when the proposal arrives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { executablePath, hostAndPhone, PHONE, signIn } from './demo-browser.js';

test(
  'before the kit arrives the vote page says it is loading and keeps the panel’s room',
  { skip: !existsSync(executablePath) && `no Chromium at ${executablePath}` },
  async () => {
    const { url, page } = await hostAndPhone('pk-loading-');
    await signIn(page, url, 'p-carew-head');
    await page.goto('about:blank');

    // The kit held on the way, as a slow link holds it.
    let release;
    const kitArrives = new Promise((done) => (release = done));
    await page.route('**/dist/partnership-kit.js', async (route) => (await kitArrives, route.continue()));
    await page.goto(`${url}vote`, { waitUntil: 'commit' });
    const pending = page.getByText('Loading the vote…');
    await pending.waitFor();
    const actions = page.getByRole('heading', { name: 'Your actions' });
    const below = async () => (await actions.boundingBox())?.y ?? 0;
    // Measured once the page has it: read before the parser reached it, it had no box and was taken for 0 px.
    await actions.waitFor();
    assert.ok((await below()) >= PHONE.height, `"Your actions" at ${await below()} px: the panel's room is not kept`);

    release();
    await page.locator('vote-panel h2').first().waitFor();
    assert.equal(await pending.isVisible(), false, 'the host’s words give way to the panel');
    assert.ok((await below()) >= PHONE.height, `"Your actions" at ${await below()} px once the panel is drawn`);
  },
);
