/**
 * The completion date as GOV.UK asks for a date: a fieldset with a visible
 * legend and hint, and a text field each for day, month and year. A native
 * date input was no use here: it had no visible label, and its fields came in
 * the order of the device's locale, so 09122019 typed on an en-GB page was
 * saved as 12 September. Reading the three fields only makes a date string or
 * says what is wrong with them; whether the rules accept the date (one still
 * to come, or one before the action was raised, is refused) is the core's to say (`actionChangeRefusal`).
 */
import { nothing } from 'lit';
import { html } from '../internal/html.js';
import { classMap } from 'lit/directives/class-map.js';
import { live } from 'lit/directives/live.js';
import { isCalendarDate } from '../../src/contract/index.js';
import type { Messages } from '../../src/messages/index.js';

export type DateField = 'day' | 'month' | 'year';
export const DATE_FIELDS: DateField[] = ['day', 'month', 'year'];

/** What is typed in each field, as typed. */
export type DateText = Record<DateField, string>;

/** Why the fields make no date the rules could take, and which fields to mark (GOV.UK: only those at fault). */
export type DateProblem =
  | { code: 'missing' | 'not-real' | 'future' | 'incomplete'; fields: DateField[] }
  | { code: 'year-digits'; fields: DateField[] }
  /** `raised`: the day the action was raised (its meeting's date), which the date is before. */
  | { code: 'before-raised'; fields: DateField[]; raised: string };

/** `2019-12-02` as the fields show it: 2, 12, 2019 (no leading zeros, as the hint). */
export function dateText(date: string): DateText {
  const [year = '', month = '', day = ''] = date.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}

/** The fields of no date: an action recorded done with none (the contract's `completed` is optional). */
export const NO_DATE: DateText = { day: '', month: '', year: '' };

/** Nothing in any field, or only spaces. */
export const isBlank = (text: DateText) => DATE_FIELDS.every((field) => text[field].trim() === '');

/** The fields as a YYYY-MM-DD date, or the first problem GOV.UK would report. */
export function readDate(text: DateText): { date: string } | { problem: DateProblem } {
  const trimmed = { day: text.day.trim(), month: text.month.trim(), year: text.year.trim() };
  const empty = DATE_FIELDS.filter((field) => trimmed[field] === '');
  if (empty.length === DATE_FIELDS.length) return { problem: { code: 'missing', fields: DATE_FIELDS } };
  if (empty.length > 0) return { problem: { code: 'incomplete', fields: empty } };
  const numbers = DATE_FIELDS.every((field) => /^\d+$/.test(trimmed[field]));
  if (numbers && trimmed.year.length !== 4) return { problem: { code: 'year-digits', fields: ['year'] } };
  const date = `${trimmed.year}-${trimmed.month.padStart(2, '0')}-${trimmed.day.padStart(2, '0')}`;
  if (!numbers || !isCalendarDate(date)) return { problem: { code: 'not-real', fields: DATE_FIELDS } };
  return { date };
}

/** The problem in the element's words. */
export function dateProblemText(msg: Messages, problem: DateProblem): string {
  const e = msg.actions.dateError;
  switch (problem.code) {
    case 'missing':
      return e.missing;
    case 'incomplete':
      return e.incomplete(problem.fields);
    case 'year-digits':
      return e.yearDigits;
    case 'not-real':
      return e.notReal;
    case 'future':
      return e.future;
    case 'before-raised':
      return e.beforeRaised(msg.format.date(problem.raised));
  }
}

/**
 * What the three fields in `scope` hold now, read from the page: two inputs
 * before the element renders again (a paste, a quick typist), or a Save
 * pressed straight after typing, must see every field as it is.
 */
export function typedIn(scope: Element | null): DateText | undefined {
  const field = (name: DateField) => scope?.querySelector<HTMLInputElement>(`.date-input__item--${name} input`);
  const [day, month, year] = DATE_FIELDS.map(field);
  if (!day || !month || !year) return undefined;
  return { day: day.value, month: month.value, year: year.value };
}

/** The id of a field, from the editor's id: what an error links to. */
export const fieldId = (id: string, field: DateField) => `${id}-${field}`;

export interface DateInputOptions {
  /** Unique in the element: the fieldset's, its hint's, its error's and its fields' ids start with it. */
  id: string;
  /** The action's title, said after the legend to a screen reader. */
  title: string;
  text: DateText;
  /** Said under the legend; by default GOV.UK's example of a date. */
  hint?: string;
  problem?: DateProblem;
  input: (text: DateText) => void;
}

/** The date input, marked with its problem if it has one. */
export function renderDateInput(msg: Messages, { id, title, text, hint, problem, input }: DateInputOptions) {
  const t = msg.actions;
  const described = problem ? `${id}-hint ${id}-error` : `${id}-hint`;
  return html`<div class=${classMap({ 'form-group': true, 'form-group--error': !!problem })}>
    <fieldset class="date-input" role="group" aria-describedby=${described}>
      <legend>${t.completedOn}<span class="visually-hidden"> ${t.completedFor(title)}</span></legend>
      <p class="hint" id="${id}-hint">${hint ?? t.completedHint}</p>
      ${
        problem
          ? html`<p class="error-message" id="${id}-error">
              <span class="visually-hidden">${msg.shared.errorPrefix}</span> ${dateProblemText(msg, problem)}
            </p>`
          : nothing
      }
      <div class="date-input__fields">
        ${DATE_FIELDS.map(
          (field) =>
            html`<div class="date-input__item date-input__item--${field}">
              <label for=${fieldId(id, field)}
                >${t.dateParts[field]}<span class="visually-hidden"> ${t.completedFor(title)}</span></label
              >
              <input
                id=${fieldId(id, field)}
                class=${classMap({ 'input--error': !!problem?.fields.includes(field) })}
                type="text"
                inputmode="numeric"
                autocomplete="off"
                spellcheck="false"
                aria-invalid=${problem?.fields.includes(field) ? 'true' : nothing}
                .value=${live(text[field])}
                @input=${(e: Event) => input(typedIn((e.target as Element).closest('.date-input')) ?? text)}
              />
            </div>`,
        )}
      </div>
    </fieldset>
  </div>`;
}
