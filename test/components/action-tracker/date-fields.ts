/**
 * The completion date's three fields (GOV.UK's date input) in a tracker's
 * row, and typing into them as a person would: an input event each.
 */
import type { DateField } from '../../../components/action-tracker/completed-date.js';

export const dateFields = (scope: ParentNode) => {
  const field = (name: DateField) => scope.querySelector<HTMLInputElement>(`.date-input__item--${name} input`);
  return { day: field('day'), month: field('month'), year: field('year') };
};

/** Replaces what each field holds, one input event a field, in day, month, year order. */
export function typeDate(scope: ParentNode, date: Partial<Record<DateField, string>>): void {
  const fields = dateFields(scope);
  for (const name of ['day', 'month', 'year'] as const) {
    const input = fields[name];
    const value = date[name];
    if (!input || value === undefined) continue;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
}
