// Taking over widgets a server rendered (renderWidgets in news-widgets/server), a chunk that only such pages
// download. The answers the server drew from are in the page: the client is given them as the answers of its first
// requests for those addresses, so no widget asks for data the page already has. Each widget keeps the server's
// nodes on screen while its own code, words and data arrive, and replaces them in the same update that draws its
// own, which are the same: nothing moves, and from then on the widget behaves as any other.
import { adoptStyles, html, type LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { proxied } from '../../data/address.js';
import type { NewsClient } from '../../data/client.js';
import { EMBEDDED_DATA_ID, type EmbeddedData } from '../../data/embedded.js';
import type { NewsElement } from './news-element.js';

const embedded: EmbeddedData = JSON.parse(document.getElementById(EMBEDDED_DATA_ID)?.textContent || '{}');
let serving = false;

/** Gives `page`'s client the embedded answers, each once, to the first request for its address; refreshes ask the origin as usual. */
function serveEmbedded(page: NewsClient): void {
  if (serving) return;
  serving = true;
  const { fetch: pageFetch } = page.settings;
  page.configure({
    fetch: (input, init) => {
      const address = Object.keys(embedded).find(key => proxied(key, page.settings.proxy) === input);
      if (address === undefined) return (pageFetch ?? fetch)(input, init);
      const { body, headers } = embedded[address];
      delete embedded[address];
      return Promise.resolve(new Response(Uint8Array.from(atob(body), character => character.charCodeAt(0)), { headers }));
    },
  });
}

type Element = NewsElement<unknown>;

/** `constructor`, taking over the shadow root a server rendered for it, when it has one. */
export function serverRendered(constructor: CustomElementConstructor): CustomElementConstructor {
  const base = constructor as unknown as abstract new () => Element;
  abstract class ServerRendered extends base {
    /** The server's nodes, on screen until the element draws its own. */
    #served: ChildNode[] = [];

    protected override createRenderRoot(): HTMLElement | DocumentFragment {
      const root = this.shadowRoot;
      if (!root) return super.createRenderRoot();
      // Before the first update, which sends the first request.
      serveEmbedded(this.data.client);
      this.#served = [...root.childNodes];
      adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
      return root;
    }

    protected override render(): TemplateResult {
      return this.#served.length && this.state === 'loading' ? html`` : super.render();
    }

    protected override update(changed: PropertyValues<this>): void {
      super.update(changed);
      if (!this.#served.length || this.state === 'loading') return;
      for (const node of this.#served) node.remove();
      this.#served = [];
    }
  }
  return ServerRendered as unknown as CustomElementConstructor;
}
