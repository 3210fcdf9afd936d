/**
 * A hostile script on the school's own site (test fixture). It runs first, in the page's main world,
 * with every power a page script has, and tries to find the teacher's notes:
 *   - every IndexedDB database the page's origin can list (`indexedDB.databases()`), opened and dumped,
 *     and the extension's database name guessed outright;
 *   - all text of the DOM, attribute values and form values, inside every open shadow root
 *     (the extension's `[data-lob-ui]` hosts included);
 *   - everything ever added to the DOM while the page was open (a MutationObserver, also inside
 *     shadow roots), so a note rendered for a moment and removed again is caught;
 *   - `attachShadow` patched to force open roots and remember them;
 *   - localStorage, sessionStorage, cookies, Cache Storage names and every `postMessage` received.
 * `await window.__hostile.scan()` returns the findings and keeps them on `window.__hostileFindings`.
 *
 * With `?hostile=forge` it also forges what the extension reads, before the extension sees the page:
 * every mentor list gets 50 hidden rows with ids the page chose, and the first two visible rows swap
 * their ids. `window.__hostile.attack` holds the active attacks the tests call:
 *   - `clickOurs()`: scripted clicks, pointer and key events on every `[data-lob-ui]` host and on
 *     whatever `elementFromPoint` finds there;
 *   - `pressCueShortcut()`: a forged Alt+Shift+K (the cue's shortcut) on the focused (or first) grade field;
 *   - `stopContentScript(extensionId)`: WXT's "a newer content script started" event, forged.
 */
(() => {
  const GUESSED_NAMES = ['lob-naast-de-leerling', 'lob', 'LOB naast de leerling'];
  /** @type {string[]} */
  const observedText = [];
  /** @type {string[]} */
  const messages = [];
  /** @type {Set<ShadowRoot>} */
  const capturedRoots = new Set();
  /** @type {WeakSet<Node>} */
  const watched = new WeakSet();

  /** @param {Node} node */
  function textOf(node) {
    /** @type {string[]} */
    const out = [];
    /** @param {Node} n */
    const walk = (n) => {
      if (n.nodeType === Node.TEXT_NODE || n.nodeType === Node.COMMENT_NODE) {
        out.push(n.nodeValue ?? '');
        return;
      }
      if (n instanceof Element) {
        for (const attr of n.attributes) out.push(attr.value);
        if (n instanceof HTMLInputElement || n instanceof HTMLTextAreaElement || n instanceof HTMLSelectElement) {
          out.push(n.value);
        }
        if (n.shadowRoot) {
          watch(n.shadowRoot);
          walk(n.shadowRoot);
        }
      }
      for (const child of n.childNodes) walk(child);
    };
    walk(node);
    return out;
  }

  /** @param {Node} root */
  function watch(root) {
    if (watched.has(root)) return;
    watched.add(root);
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'characterData') observedText.push(r.target.nodeValue ?? '');
        if (r.type === 'attributes' && r.target instanceof Element && r.attributeName) {
          observedText.push(r.target.getAttribute(r.attributeName) ?? '');
        }
        for (const added of r.addedNodes) observedText.push(...textOf(added));
      }
    }).observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
  }
  watch(document);

  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function patched(init) {
    const root = attachShadow.call(this, { ...init, mode: 'open' });
    capturedRoots.add(root);
    watch(root);
    return root;
  };

  window.addEventListener('message', (event) => {
    try {
      messages.push(typeof event.data === 'string' ? event.data : JSON.stringify(event.data));
    } catch {
      messages.push(String(event.data));
    }
  });

  /** @param {IDBRequest} request */
  const done = (request) =>
    new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });

  /** Opens a database by name and dumps every store. */
  async function dump(name) {
    const db = /** @type {IDBDatabase} */ (await done(indexedDB.open(name)));
    /** @type {Record<string, unknown[]>} */
    const stores = {};
    for (const store of db.objectStoreNames) {
      stores[store] = await done(db.transaction(store, 'readonly').objectStore(store).getAll());
    }
    db.close();
    return { name, version: db.version, stores };
  }

  /** Tries a guessed name without leaving a new, empty database behind. */
  function guess(name) {
    return new Promise((resolve) => {
      const request = indexedDB.open(name);
      request.onupgradeneeded = (event) => {
        // A version change from 0: the database did not exist in this origin. Abort, so none is made.
        if (event.oldVersion === 0) request.transaction?.abort();
      };
      request.onsuccess = () => {
        const db = request.result;
        const stores = [...db.objectStoreNames];
        db.close();
        resolve({ name, found: true, stores });
      };
      request.onerror = () => resolve({ name, found: false, stores: [] });
    });
  }

  function storage(area) {
    /** @type {Record<string, string | null>} */
    const out = {};
    try {
      for (let i = 0; i < area.length; i++) {
        const key = area.key(i);
        if (key !== null) out[key] = area.getItem(key);
      }
    } catch {
      // Storage may be blocked; nothing to read then.
    }
    return out;
  }

  async function scan() {
    const listed = typeof indexedDB.databases === 'function' ? await indexedDB.databases() : [];
    const databases = [];
    for (const info of listed) {
      if (!info.name) continue;
      try {
        databases.push(await dump(info.name));
      } catch (error) {
        databases.push({ name: info.name, error: String(error) });
      }
    }
    const guessed = [];
    for (const name of GUESSED_NAMES) guessed.push(await guess(name));
    const lobHosts = [...document.querySelectorAll('[data-lob-ui]')];
    const findings = {
      databases,
      guessed,
      domText: textOf(document).join('\n'),
      shadowText: lobHosts.map((host) => (host.shadowRoot ? textOf(host.shadowRoot).join('\n') : '')).join('\n'),
      observedText: observedText.join('\n'),
      localStorage: storage(localStorage),
      sessionStorage: storage(sessionStorage),
      cookies: document.cookie,
      cacheNames: typeof caches === 'undefined' ? [] : await caches.keys(),
      messages,
      lobHosts: lobHosts.length,
      openLobRoots: lobHosts.filter((host) => host.shadowRoot).length,
      capturedRoots: capturedRoots.size,
      extensionApi: typeof globalThis.chrome?.runtime?.sendMessage === 'function',
    };
    window.__hostileFindings = findings;
    return findings;
  }

  /** Hidden rows with page-chosen ids, and two visible rows with swapped ids, in every mentor list. */
  function forgeMentorList(list) {
    if (list.dataset.forged) return;
    list.dataset.forged = 'true';
    const rows = list.querySelectorAll('.leerling-regel');
    const [a, b] = rows;
    if (a && b) {
      const first = a.dataset.leerlingId;
      a.dataset.leerlingId = b.dataset.leerlingId ?? '';
      b.dataset.leerlingId = first ?? '';
    }
    for (let i = 0; i < 50; i++) {
      const row = document.createElement('li');
      row.className = 'leerling-regel';
      row.dataset.leerlingId = String(90000 + i);
      row.style.display = 'none';
      row.innerHTML = `<a class="naam" href="#">Verborgen ${i}</a> <span class="klas">3H2</span>`;
      list.append(row);
    }
  }
  if (new URLSearchParams(location.search).get('hostile') === 'forge') {
    // Synchronous with the app's render (a mutation callback runs before any later task of ours).
    new MutationObserver(() => {
      for (const list of document.querySelectorAll('ul.mentor-leerlingen')) forgeMentorList(list);
    }).observe(document, { childList: true, subtree: true });
  }

  /** Every way a page script can "click" something it can reach. */
  function clickOurs() {
    let attempts = 0;
    for (const host of document.querySelectorAll('[data-lob-ui]')) {
      const box = host.getBoundingClientRect();
      const targets = [host, document.elementFromPoint(box.left + 1, box.top + 1), host.shadowRoot?.querySelector('button')];
      for (const target of targets) {
        if (!target) continue;
        attempts++;
        if (target instanceof HTMLElement) target.click();
        for (const type of ['pointerdown', 'mousedown', 'mouseup', 'click']) {
          target.dispatchEvent(
            new MouseEvent(type, { bubbles: true, composed: true, clientX: box.left + 1, clientY: box.top + 1 }),
          );
        }
        target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      }
    }
    return attempts;
  }

  /** A forged Alt+Shift+K (the cue's shortcut), as if typed in a grade field. */
  function pressCueShortcut() {
    const field = document.activeElement instanceof HTMLInputElement ? document.activeElement : document.querySelector('input');
    field?.dispatchEvent(
      new KeyboardEvent('keydown', {
        key: 'K',
        code: 'KeyK',
        altKey: true,
        shiftKey: true,
        bubbles: true,
        composed: true,
        cancelable: true,
      }),
    );
    return Boolean(field);
  }

  /** WXT 0.21's "a newer copy of this content script started" announcement, forged (the id is public). */
  function stopContentScript(extensionId) {
    const type = `${extensionId}:content:wxt:content-script-started`;
    document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'content', messageId: 'vijandig' } }));
    window.postMessage({ type, contentScriptName: 'content', messageId: 'vijandig' }, '*');
  }

  window.__hostile = { scan, attack: { clickOurs, pressCueShortcut, stopContentScript } };
})();
