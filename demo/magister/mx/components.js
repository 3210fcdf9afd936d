/**
 * Web components of the MX variant. `<dna-card heading="…">` renders its heading in an open shadow
 * root (created here with attachShadow). Its light-DOM children are slotted, except a `<template>`
 * child: that content is cloned into the shadow root, so it exists only there (the Leerlingpas:
 * name, klas and mentor).
 */

class DnaCard extends HTMLElement {
  static get observedAttributes() {
    return ['heading'];
  }

  connectedCallback() {
    if (!this.shadowRoot) {
      const root = this.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent =
        ':host{display:block;background:var(--mx-kaart,#fff);border:1px solid var(--mx-rand,#d5dce4);border-radius:8px;padding:12px 16px}' +
        'h2{margin:0 0 8px;font-size:15px;font-weight:600}.pas{display:flex;gap:12px;align-items:center}' +
        '.pas-foto{width:64px;height:64px;border-radius:50%}.pas-naam{font-size:20px;font-weight:700;margin:0 0 4px}' +
        '.pas-regel{margin:0}.pas-label{color:var(--mx-zacht,#5b6b7c)}';
      const heading = document.createElement('h2');
      heading.setAttribute('part', 'heading');
      heading.textContent = this.getAttribute('heading') ?? '';
      root.append(style, heading, document.createElement('slot'));
    }
    // The template may arrive after the element connects (parsers that append children one by one).
    if (!this.adoptTemplate()) {
      const observer = new MutationObserver(() => {
        if (this.adoptTemplate()) observer.disconnect();
      });
      observer.observe(this, { childList: true });
    }
  }

  /** Move a `<template>` child's content into the shadow root in place of the slot. */
  adoptTemplate() {
    const template = this.querySelector(':scope > template');
    const slot = this.shadowRoot?.querySelector('slot');
    if (!(template instanceof HTMLTemplateElement) || !slot) return Boolean(this.shadowRoot && !slot);
    slot.replaceWith(template.content.cloneNode(true));
    return true;
  }

  attributeChangedCallback() {
    const heading = this.shadowRoot?.querySelector('h2');
    if (heading) heading.textContent = this.getAttribute('heading') ?? '';
  }
}

if (!customElements.get('dna-card')) customElements.define('dna-card', DnaCard);
