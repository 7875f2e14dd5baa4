import { EMBEDDED_DATA_ID } from '../../data/embedded.js';

/**
 * Registers `constructor` as `tag` unless the tag is taken, so loading the library twice, or a page
 * that already defined the element, is harmless. Registering under a second tag needs a subclass,
 * because the platform allows one tag per constructor. On a page a server rendered (renderWidgets), the
 * elements are registered once the code that takes over its widgets has arrived.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor, registry: CustomElementRegistry = customElements): void {
  if (typeof document !== 'undefined' && document.getElementById(EMBEDDED_DATA_ID)) {
    import('./takeover.js').then(
      ({ serverRendered }) => register(tag, serverRendered(constructor), registry),
      () => register(tag, constructor, registry),
    );
  } else register(tag, constructor, registry);
}

function register(tag: string, constructor: CustomElementConstructor, registry: CustomElementRegistry): void {
  if (registry.get(tag)) return;
  try {
    registry.define(tag, constructor);
  } catch {
    registry.define(tag, class extends constructor {});
  }
}
