/**
 * Registers `constructor` as `tag` unless the tag is taken, so loading the library twice, or a page
 * that already defined the element, is harmless. Registering under a second tag needs a subclass,
 * because the platform allows one tag per constructor.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor, registry: CustomElementRegistry = customElements): void {
  if (registry.get(tag)) return;
  try {
    registry.define(tag, constructor);
  } catch {
    registry.define(tag, class extends constructor {});
  }
}
