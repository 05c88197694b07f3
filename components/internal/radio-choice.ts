/**
 * A GOV.UK radio beside its label (the shared styles' `.choice`), as the check-in and the action tracker draw
 * their choices. Choosing one sends nothing (the arrow keys choose at every press); `live` puts back the one shown
 * when a choice is undone or another change is drawn.
 */
import { html } from './html.js';
import { live } from 'lit/directives/live.js';

export interface RadioChoice<T extends string> {
  /** Groups the radios: one Tab stop. Unique within the element's shadow root, where radios group by name. */
  name: string;
  value: T;
  label: string;
  checked: boolean;
  choose: (value: T) => void;
}

export function renderRadioChoice<T extends string>({ name, value, label, checked, choose }: RadioChoice<T>) {
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
