/** Registers a tag unless it is already registered: the back office's page may load a module twice. */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
