import { ContextProvider } from '@lit/context';
import { LitElement, css, type PropertyValues } from 'lit';
import { html } from '../internal/html.js';
import { property } from 'lit/decorators.js';
import { documentContext, documentStoreFor } from '../../src/data/index.js';
import { attachContextRoot } from '../internal/context-root.js';
import { defineElement } from '../internal/define.js';

/**
 * An element inside without a `src` or `data` of its own shows it. It draws
 * nothing itself (`display: contents`): no parts, no custom properties.
 *
 * @summary Loads a partnership document once and gives it to every
 * partnership-kit element inside it.
 *
 * @example
 * <partnership-data src="/data/sutton.json">
 *   <partnership-roster group="elg"></partnership-roster>
 *   <quorum-indicator meeting="elg-2019-10-15"></quorum-indicator>
 * </partnership-data>
 *
 * @tag partnership-data
 * @slot - The elements that show the document.
 */
export class PartnershipData extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** URL of the partnership document, for every element inside. */
  @property({ reflect: true }) src?: string;

  private readonly provider = new ContextProvider(this, { context: documentContext });

  override connectedCallback(): void {
    // Before the children connect and ask for it, not at the first update.
    this.provider.setValue(this.src ? documentStoreFor(this.src) : undefined);
    super.connectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) this.provider.setValue(this.src ? documentStoreFor(this.src) : undefined);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

attachContextRoot();
defineElement('partnership-data', PartnershipData);

declare global {
  interface HTMLElementTagNameMap {
    'partnership-data': PartnershipData;
  }
}
