/**
 * The cold first render's baseline: a fresh page that loads only this script,
 * fetches the document, checks it with the contract as the elements do, and
 * draws the same widgets as the kit's page with the hand-written baselines.
 * It sets `window.benchDone` to the time from navigation to the last layout.
 */
import { parseDocument } from '../src/contract/index.js';
import { baselineHost, drawBaseline } from './baselines.js';
import { PAGE } from './widgets.js';

const src = new URL(location.href).searchParams.get('src') ?? '';
const parsed = parseDocument(await (await fetch(src)).json());
if (!parsed.ok) throw new Error('the document does not parse');
for (const { tag, attributes } of PAGE) {
  const { host, words } = baselineHost(tag);
  drawBaseline(tag, words, parsed.document, attributes);
  document.body.append(host);
}
void document.body.offsetHeight;
(window as unknown as { benchDone: number }).benchDone = performance.now();
