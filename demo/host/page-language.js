// A page in the reader's language from its first byte. The language switch (demo/language-switch.js) keeps the
// choice in a cookie; the host reads it and says each page's marked words (data-words, data-aria-words) in that
// language before sending it, as the switch would once the page had loaded. Said after loading, a Welsh reader saw
// every page in English first, and a screen reader could start reading it in an English voice. The kit's
// elements need nothing here: they follow <html lang>.
import { DEMO_LANGUAGE_COOKIE, DEMO_LANGUAGES, demoWords } from '../words.js';
import { escapeHtml } from './pages.js';

const UNESCAPES = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** An attribute's value as written by escapeHtml, read back. */
function unescapeHtml(text) {
  return text.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => UNESCAPES[entity]);
}

/** The value of the cookie `name` in the request, or undefined. */
function cookie(request, name) {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) return part.slice(index + 1).trim();
  }
  return undefined;
}

/** The language to send a page in: `?lang=` in the address first, as the switch honours it, then the choice kept. */
export function pageLanguage(request) {
  // The query alone: a request line the URL parser refuses (`GET //[`) is no reason to fail the page.
  const query = (request.url ?? '').split('?')[1] ?? '';
  const asked = new URLSearchParams(query.split('#')[0]).get('lang');
  if (DEMO_LANGUAGES.includes(asked)) return asked;
  const kept = cookie(request, DEMO_LANGUAGE_COOKIE);
  return DEMO_LANGUAGES.includes(kept) ? kept : 'en';
}

/** The values a marked element's words take, from its data-words-* attributes ({ partnership: 'Sutton' }). */
function wordValues(attributes) {
  const values = {};
  for (const [, name, value] of attributes.matchAll(/\sdata-words-([a-z0-9-]+)="([^"]*)"/g))
    values[name.replace(/-([a-z0-9])/g, (_, letter) => letter.toUpperCase())] = unescapeHtml(value);
  return values;
}

/** A marked element: its tag, its attributes (with data-words="key"), and its text, which has no markup. */
const MARKED = /<([a-z][a-z0-9]*)((?:\s[^>]*?)?\sdata-words="([^"]*)"[^>]*)>[^<]*<\/\1>/g;
/** An element whose name for assistive technology is marked: its attributes. */
const NAMED = /<([a-z][a-z0-9]*)((?:\s[^>]*?)?\sdata-aria-words="([^"]*)"[^>]*)>/g;

/**
 * `html`, a demo page written in English, with the portal's marked words and the page's own `lang` in `lang`.
 * The names and titles from a partnership's document, which are not marked, stay as written.
 */
export function inLanguage(html, lang) {
  if (lang === 'en') return html;
  return html
    .replace(/<html lang="[^"]*"/, `<html lang="${escapeHtml(lang)}"`)
    .replace(MARKED, (_, tag, attributes, key) => {
      const words = demoWords(lang, unescapeHtml(key), wordValues(attributes));
      return `<${tag}${attributes}>${escapeHtml(words)}</${tag}>`;
    })
    .replace(NAMED, (_, tag, attributes, key) => {
      const label = ` aria-label="${escapeHtml(demoWords(lang, unescapeHtml(key)))}"`;
      return `<${tag}${attributes.replace(/\saria-label="[^"]*"/, label)}>`;
    });
}
