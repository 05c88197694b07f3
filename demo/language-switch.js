// The demo's language switch: English | Cymraeg. It sets `lang` on every
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
const LANGUAGES = [
  { lang: 'en', name: 'English' },
  { lang: 'cy', name: 'Cymraeg' },
];
const KEY = 'pk-demo-lang';

function chosen() {
  const asked = new URLSearchParams(location.search).get('lang');
  if (LANGUAGES.some((l) => l.lang === asked)) return asked;
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

function addSwitch() {
  const header = document.querySelector('.site-header');
  if (!header) return;
  const nav = document.createElement('nav');
  nav.className = 'language-switch';
  nav.setAttribute('aria-label', 'Language of the widgets / Iaith y teclynnau');
  const buttons = LANGUAGES.map(({ lang, name }) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.value = lang;
    button.lang = lang;
    button.textContent = name;
    button.addEventListener('click', () => switchTo(lang, buttons));
    nav.append(button);
    return button;
  });
  header.append(nav);
  switchTo(chosen(), buttons);
  // Elements a script adds later (the React page) speak the chosen language too.
  new MutationObserver(() => apply(current)).observe(document.body, { childList: true, subtree: true });
}

addSwitch();
