/**
 * The host's own words inside a sentence of the page's language, marked with their language: a Welsh page says
 * "Dywedodd y gweinydd: Sign in to vote.", and a screen reader reads the English in an English voice only when it is
 * told the words are English (WCAG 3.1.2, language of parts).
 */
import type { TemplateResult } from 'lit';
import type { OutboxStatus } from '../../src/data/index.js';
import { html } from './html.js';

/** Words the host gave, and their language (its answer's Content-Language; English when it named none). */
export interface HostWords {
  text: string;
  lang?: string;
}

/** The host's words a status carries: those it kept a record waiting with, or refused it with. */
export function hostWordsOf(status: OutboxStatus): HostWords[] {
  if (status.state === 'queued' && status.message) return [{ text: status.message, lang: status.lang }];
  if (status.state === 'rejected' && status.refusal.by === 'host' && status.refusal.message) {
    return [{ text: status.refusal.message, lang: status.refusal.lang }];
  }
  return [];
}

/**
 * `sentence`, said of `status` in the page's language `pageLang`, with the host's words the status carries marked
 * with their language (markHostWords): a row's note, a list item, what a status region says of a record.
 */
export function markStatusWords(
  sentence: string,
  pageLang: string,
  status: OutboxStatus | undefined,
): string | TemplateResult {
  return markHostWords(sentence, pageLang, status ? hostWordsOf(status) : []);
}

/** The primary language of a tag, for comparing: `en-GB` and `en` are one language. */
const primary = (tag: string) => tag.split('-')[0]!.toLowerCase();

/**
 * `sentence`, in the page's language `pageLang`, with each of `words` in it marked with its own language where that
 * is another; the sentence as it is when none is in it (said in the page's language instead) or none is foreign.
 */
export function markHostWords(
  sentence: string,
  pageLang: string,
  words: readonly HostWords[] = [],
): string | TemplateResult {
  for (const { text, lang = 'en' } of words) {
    const at = text ? sentence.indexOf(text) : -1;
    if (at < 0 || primary(lang) === primary(pageLang)) continue;
    const rest = markHostWords(sentence.slice(at + text.length), pageLang, words);
    return html`${sentence.slice(0, at)}<span lang=${lang}>${text}</span>${rest}`;
  }
  return sentence;
}
