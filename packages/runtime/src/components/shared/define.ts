/**
 * Registers a tag unless it is already registered: an agency's page may load
 * the script twice (two widgets, a CMS that repeats it), and a second
 * `customElements.define` of the same name would throw.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
