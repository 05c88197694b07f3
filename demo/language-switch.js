// The demo's language switch: English | Cymraeg, in each page's header. It sets `lang` on every
// partnership-kit element of the page (the page's own prose stays in
// English, so only the widgets change language), remembers the choice for the
// other demo pages, and honours ?lang=cy in the address. A council's Welsh page
// needs none of this: the elements follow <html lang="cy">.
const ELEMENTS = [
  'partnership-data',
  'partnership-roster',
  'quorum-indicator',
  'vote-panel',
  'risk-register',
  'action-tracker',
  'highlight-report',
];
const LANGUAGES = ['en', 'cy'];
const KEY = 'pk-demo-lang';

function chosen() {
  const asked = new URLSearchParams(location.search).get('lang');
  if (LANGUAGES.includes(asked)) return asked;
  try {
    return localStorage.getItem(KEY) ?? 'en';
  } catch {
    return 'en';
  }
}

function apply(lang, root = document) {
  for (const element of root.querySelectorAll(ELEMENTS.join(','))) element.setAttribute('lang', lang);
}

let current = 'en';

function switchTo(lang, buttons) {
  current = lang;
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    // Private browsing: the choice lasts for this page only.
  }
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
  switchTo(chosen(), buttons);
  // Elements a script adds later (the React page) speak the chosen language too.
  new MutationObserver(() => apply(current)).observe(document.body, { childList: true, subtree: true });
}

addSwitch();
