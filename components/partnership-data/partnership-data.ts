import { ContextProvider } from '@lit/context';
import { LitElement, css, type PropertyValues } from 'lit';
import { html } from '../internal/html.js';
import { property } from 'lit/decorators.js';
import { documentContext, documentStoreFor, includeSession } from '../../src/data/index.js';
import { asksForSession } from '../../src/data/host-session.js';
import { attachContextRoot } from '../internal/context-root.js';
import { defineElement } from '../internal/define.js';
import { optionalText } from '../internal/attribute-reading.js';

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
  @property({ reflect: true, converter: optionalText }) src?: string;

  /**
   * `include`: the host of `src` is on another origin (partnership-kit/server's `allowedOrigins`) and takes the
   * member's session, so their cookies go with the document's fetch, the live stream and the records the
   * elements inside send to that host. Left out, cookies go only to the page's own origin. Never set it for a
   * host that answers `Access-Control-Allow-Origin: *`: the browser refuses every such answer.
   */
  @property({ reflect: true, converter: optionalText }) credentials?: string;

  private readonly provider = new ContextProvider(this, { context: documentContext });

  override connectedCallback(): void {
    // Before the children connect and ask for it, not at the first update.
    this.provider.setValue(this.storeOfSrc());
    super.connectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('credentials')) this.provider.setValue(this.storeOfSrc());
  }

  /** The store of `src`, its host first told it takes the member's session when `credentials` says so. */
  private storeOfSrc() {
    // Spaces alone (a CMS field left blank) are no address, as for an element's own src.
    if (!this.src?.trim()) return undefined;
    if (asksForSession(this.credentials)) includeSession(this.src);
    return documentStoreFor(this.src);
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
