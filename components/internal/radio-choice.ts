/**
 * GOV.UK radios, as the check-in, the action tracker and the vote panel draw their choices: a fieldset
 * (the shared styles' `.radios`) named by its legend, and in it a radio beside its label for each choice (`.choice`).
 * Choosing one sends nothing (the arrow keys choose at every press); `live` puts back the one shown when a choice is
 * undone or another change is drawn. A group sent with no choice shows GOV.UK's error message in the fieldset.
 */
import { nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { html } from './html.js';

interface RadioChoice<T extends string> {
  /** Groups the radios: one Tab stop. Unique within the element's shadow root, where radios group by name. */
  name: string;
  value: T;
  label: string;
  checked: boolean;
  choose: (value: T) => void;
}

function renderRadioChoice<T extends string>({ name, value, label, checked, choose }: RadioChoice<T>) {
  const id = `${name}-${value}`;
  return html`<div class="choice">
    <input
      type="radio"
      id=${id}
      name=${name}
      .value=${value}
      .checked=${live(checked)}
      @change=${() => choose(value)}
    />
    <label for=${id}>${label}</label>
  </div>`;
}

/** GOV.UK's error message: the problem, after an unseen "Error:" a screen reader says first. */
export interface ChoiceError {
  prefix: string;
  message: string;
}

export interface RadioChoices<T extends string> {
  /** Groups the radios (see `RadioChoice`); the error message's id is `${name}-error`. */
  name: string;
  /** One class: the element's own layout of the group (side by side in a row, one under another in a form). */
  className?: string;
  /** What the choice is about; a template may add unseen words after the shown ones. */
  legend: string | TemplateResult;
  /** Unseen where the row or card already shows what the legend says: a screen reader still hears it. */
  legendHidden?: boolean;
  choices: readonly { value: T; label: string }[];
  /** The choice shown checked: the one made, or the one recorded. */
  chosen?: T;
  choose: (value: T) => void;
  /** Set when the group was sent with no choice: the message is in the fieldset and describes it. */
  error?: ChoiceError;
  /** The id of words read with the group, besides its error. */
  describedBy?: string;
}

/** The fieldset, its legend, GOV.UK's error message when there is one, and a radio for each choice. */
export function renderRadioChoices<T extends string>(group: RadioChoices<T>) {
  const { name, className, legend, legendHidden, choices, chosen, choose, error, describedBy } = group;
  const errorId = `${name}-error`;
  const described = [describedBy, error ? errorId : undefined].filter(Boolean).join(' ');
  return html`<fieldset
    class=${classMap({ radios: true, [className ?? '']: !!className, 'radios--error': !!error })}
    aria-describedby=${ifDefined(described || undefined)}
  >
    <legend class=${ifDefined(legendHidden ? 'visually-hidden' : undefined)}>${legend}</legend>
    ${error ? renderChoiceError(errorId, error) : nothing}${choices.map(({ value, label }) =>
      renderRadioChoice({ name, value, label, checked: value === chosen, choose }),
    )}
  </fieldset>`;
}

/** The message above the radios, its id the one the fieldset is described by. */
function renderChoiceError(id: string, { prefix, message }: ChoiceError) {
  return html`<p class="error-message" id=${id}><span class="visually-hidden">${prefix}</span> ${message}</p>`;
}
