// The demo's language switch: English | Cymraeg, in each page's header. It sets `lang` on every
// partnership-kit element of the page and on the page itself, says the portal's own words (each element marked
// data-words, from demo/words.js) in that language, remembers the choice for the other demo pages, and honours
// ?lang=cy in the address. The names and titles from a partnership's document stay as written. A council's Welsh
// page needs none of this: it is written in Welsh, and the elements follow <html lang="cy">.
//
// The choice is kept in a cookie, which the reference host reads: it sends the next page already in Welsh
// (host/page-language.js), and then this script finds nothing to change. A page served by anything else (Vite's
// dev server, the test runner) arrives in English, and this script says it in Welsh once it runs.
import { DEMO_LANGUAGE_COOKIE, DEMO_LANGUAGES, demoWords } from './words.js';

const ELEMENTS = [
  'partnership-data',
  'partnership-roster',
  'quorum-indicator',
  'vote-panel',
  'risk-register',
  'action-tracker',
  'highlight-report',
];
/** A year: the choice outlasts the session, as the local storage it was once kept in did. */
const KEPT_SECONDS = 365 * 24 * 60 * 60;

/** The choice kept, or undefined. */
function keptChoice() {
  try {
    const kept = document.cookie
      .split(';')
      .map((part) => part.trim().split('='))
      .find(([name]) => name === DEMO_LANGUAGE_COOKIE)?.[1];
    return DEMO_LANGUAGES.includes(kept) ? kept : undefined;
  } catch {
    // A sandboxed frame has no cookies.
    return undefined;
  }
}

function keepChoice(lang) {
  try {
    // Lax: a reader following a link to the demo from elsewhere gets their language too. For every page: the
    // host's own (/sign-in, /vote) as well as /demo/.
    document.cookie = `${DEMO_LANGUAGE_COOKIE}=${lang}; Path=/; Max-Age=${KEPT_SECONDS}; SameSite=Lax`;
  } catch {
    // A sandboxed frame: the choice lasts for this page only.
  }
}

/**
 * Where the switch kept the choice before the cookie (until December 2026): local storage, under this key. Out of
 * the host's reach there, so a reader who chose Cymraeg then was sent every page in English.
 */
const EARLIER_KEY = 'pk-demo-lang';

/**
 * Carries a choice kept in local storage over to the cookie, once: the old key goes, so that a choice made with the
 * switch since is never undone by it. A cookie already there is the newer choice, and stands.
 */
function carryOverEarlierChoice() {
  try {
    const earlier = localStorage.getItem(EARLIER_KEY);
    if (earlier === null) return;
    if (keptChoice() === undefined && DEMO_LANGUAGES.includes(earlier)) keepChoice(earlier);
    // Not where the cookie could not be set (cookies blocked): the choice is not lost, and is tried again next page.
    if (keptChoice() !== undefined || !DEMO_LANGUAGES.includes(earlier)) localStorage.removeItem(EARLIER_KEY);
  } catch {
    // Storage blocked (a sandboxed frame, some private browsing): nothing was kept there to carry over.
  }
}

function chosen() {
  const asked = new URLSearchParams(location.search).get('lang');
  if (DEMO_LANGUAGES.includes(asked)) return asked;
  return keptChoice() ?? 'en';
}

/** The values an element's words take: its data-words-* attributes ({ partnership: 'Sutton' }). */
function wordValues(element) {
  const values = {};
  for (const [name, value] of Object.entries(element.dataset))
    if (name.startsWith('words') && name !== 'words') values[name[5].toLowerCase() + name.slice(6)] = value;
  return values;
}

/** The portal's own words in `lang`: each marked element's text, and each marked landmark's name. */
function sayPortalWords(lang, root) {
  for (const element of root.querySelectorAll('[data-words]')) {
    const words = demoWords(lang, element.dataset.words, wordValues(element));
    // Only a change is written: the observer below sees each write, and would write again for ever.
    if (element.textContent !== words) element.textContent = words;
  }
  for (const element of root.querySelectorAll('[data-aria-words]'))
    element.setAttribute('aria-label', demoWords(lang, element.dataset.ariaWords));
}

function apply(lang, root = document) {
  for (const element of root.querySelectorAll(ELEMENTS.join(','))) element.setAttribute('lang', lang);
  sayPortalWords(lang, root);
}

let current = 'en';

function switchTo(lang, buttons) {
  current = lang;
  keepChoice(lang);
  // The page's language is the words' it now shows, for a screen reader's voice and the browser's hyphenation.
  document.documentElement.lang = lang === 'cy' ? 'cy' : 'en-GB';
  apply(lang);
  for (const button of buttons) button.setAttribute('aria-pressed', String(button.value === lang));
}

/**
 * Makes the header's switch work. It is in each page's markup, not added here: added by script, it moved the page
 * down 37 px on a phone as the page first painted. Until it works it keeps its room unseen (demo.css).
 */
function addSwitch() {
  const nav = document.querySelector('.site-header .language-switch');
  if (!nav) return;
  const buttons = [...nav.querySelectorAll('button')];
  for (const button of buttons) button.addEventListener('click', () => switchTo(button.value, buttons));
  nav.classList.add('language-switch--ready');
  carryOverEarlierChoice();
  switchTo(chosen(), buttons);
  // Elements a script adds later (the React page) speak the chosen language too.
  new MutationObserver(() => apply(current)).observe(document.body, { childList: true, subtree: true });
}

addSwitch();
