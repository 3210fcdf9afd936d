/**
 * Design-system web components of the Magister look-alike, as real custom elements whose content
 * lives in an open shadow root (like Magister's newer `dna-*` components).
 *
 * <dna-page-header heading="Leerlingkaart"> renders `<h1 part="title">Leerlingkaart</h1>` inside its
 * shadow root; the page's light DOM holds no heading text.
 */

class DnaPageHeader extends HTMLElement {
  static get observedAttributes() {
    return ['heading'];
  }

  connectedCallback() {
    this.render();
  }

  attributeChangedCallback() {
    this.render();
  }

  render() {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    let title = root.querySelector('h1');
    if (!title) {
      const style = document.createElement('style');
      style.textContent =
        ':host{display:block;margin:0 0 16px}h1{margin:0;font-size:22px;font-weight:600;color:var(--dna-heading, inherit)}';
      title = document.createElement('h1');
      title.setAttribute('part', 'title');
      root.append(style, title);
    }
    title.textContent = this.getAttribute('heading') ?? '';
  }
}

if (!customElements.get('dna-page-header')) customElements.define('dna-page-header', DnaPageHeader);
