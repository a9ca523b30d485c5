/**
 * Registers an element once. Loading the page script and the embed script together, loading either
 * twice, or a host page that already defines the tag must never throw.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
