/**
 * Registers an element unless its tag is taken: a CMS page often includes the
 * kit's script twice, and a second `customElements.define` would throw.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
