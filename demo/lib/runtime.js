/**
 * Browser runtime shared by the two demo SPAs: delayed rendering ("data arrives over XHR"),
 * grade-entry keyboard behaviour, the save hotkey and the `window.__demo` test hooks.
 */

/**
 * Parse `?delay=MIN-MAX` (ms, uniform random) or `?delay=N`. Default 200-2000.
 * @param {string} search location.search
 * @returns {{ min: number, max: number }}
 */
export function parseDelay(search) {
  const value = new URLSearchParams(search).get('delay');
  const fallback = { min: 200, max: 2000 };
  if (value === null || value.trim() === '') return fallback;
  const m = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(value);
  if (!m) return fallback;
  const min = Number(m[1]);
  const max = m[2] === undefined ? min : Number(m[2]);
  return { min: Math.min(min, max), max: Math.max(min, max) };
}

/**
 * @typedef {object} GradeConfig
 * @property {string} inputSelector grade input, e.g. "input.cijfer-text-input"
 * @property {string} rowSelector row element, e.g. "tr.k-master-row"
 * @property {string} idAttribute row attribute holding the student id (Somtoday Docent: the cell's "id")
 * @property {boolean} [moveFocus] default true: Enter/↓/↑ move focus between the grade inputs in
 *   document order (Magister). false when the app moves its single input itself (Somtoday Docent).
 */

/**
 * @typedef {object} AppConfig
 * @property {() => Element} root the view root whose children are replaced
 * @property {() => string} currentPath the current route path (hash path or pathname)
 * @property {(path: string) => string} render full content for a route path (uses the
 *   app's state for entered values / extra rows)
 * @property {(path: string) => boolean} isGrade whether the path is a grade-entry route
 * @property {(path: string) => string} renderRows rows-only markup for grade routes
 * @property {() => Element | null} rowsContainer element holding the grade rows
 * @property {(path: string, n: number) => string} appendRowsHtml markup of n late rows (also recorded in app state)
 * @property {(path: string, id: string, value: string) => void} onValue remember an entered grade
 * @property {(path: string) => void} go perform a navigation (hash change or pushState)
 * @property {() => string} loadingHtml loading state of the current route
 * @property {GradeConfig} grade
 */

/**
 * Create the runtime: returns `show(path)` to be called on every route change.
 * Installs document-level listeners and `window.__demo`.
 * @param {AppConfig} config
 */
export function createRuntime(config) {
  const { min, max } = parseDelay(location.search);
  const nextDelay = () => (max <= 0 ? 0 : min + Math.round(Math.random() * (max - min)));

  let token = 0;
  /** @type {{ promise: Promise<string>, resolve: (route: string) => void } | null} */
  let pending = null;
  let lastRendered = '';

  const startPending = () => {
    delete document.documentElement.dataset.demoRendered;
    if (!pending) {
      /** @type {(route: string) => void} */
      let resolve = () => {};
      const promise = new Promise((res) => {
        resolve = res;
      });
      pending = { promise, resolve };
    }
  };

  /** @param {string} path */
  const finish = (path) => {
    lastRendered = path;
    document.documentElement.dataset.demoRendered = path;
    // The moment the host's rows are in the DOM, for the benchmarks (npm run bench).
    performance.mark('demo-rendered');
    const p = pending;
    pending = null;
    p?.resolve(path);
  };

  /**
   * Run `fn` after the configured delay (synchronously when the delay is 0), unless a newer
   * render started in the meantime.
   * @param {() => void} fn
   */
  const later = (fn) => {
    const mine = ++token;
    const ms = nextDelay();
    if (ms <= 0) {
      fn();
      return;
    }
    setTimeout(() => {
      if (mine === token) fn();
    }, ms);
  };

  /**
   * Route change: destroy the view's children, show a loading state, insert data after the delay.
   * @param {string} path
   */
  const show = (path) => {
    startPending();
    const root = config.root();
    root.replaceChildren();
    if (max > 0) root.innerHTML = config.loadingHtml();
    later(() => {
      root.innerHTML = config.render(path);
      finish(path);
    });
  };

  /** Same route, same data: replace the rows (grade routes) or the whole content with new elements. */
  const rerender = () => {
    const path = config.currentPath();
    startPending();
    later(() => {
      const container = config.isGrade(path) ? config.rowsContainer() : null;
      if (container) {
        container.innerHTML = config.renderRows(path);
      } else {
        config.root().innerHTML = config.render(path);
      }
      finish(path);
    });
    return pending?.promise;
  };

  /** @param {Element} input */
  const rowIdOf = (input) => input.closest(config.grade.rowSelector)?.getAttribute(config.grade.idAttribute) ?? '';

  /**
   * @param {EventTarget | null} target
   * @returns {target is HTMLInputElement}
   */
  const isGradeInput = (target) => target instanceof HTMLInputElement && target.matches(config.grade.inputSelector);

  const demo = {
    /** @type {{ id: string, value: string }[]} */
    inputLog: [],
    /** @type {string[]} */
    focusLog: [],
    /** @type {{ key: string, target: string }[]} hotkeys the host handled */
    hotkeyLog: [],
    /** @param {string} pathOrHash */
    navigate(pathOrHash) {
      config.go(pathOrHash);
      return demo.ready;
    },
    rerender,
    /**
     * Append n late rows to the grade entry (synchronously). Returns the number of rows now.
     * @param {number} n
     */
    appendRows(n) {
      const path = config.currentPath();
      const container = config.rowsContainer();
      if (!container || !config.isGrade(path)) return 0;
      container.insertAdjacentHTML('beforeend', config.appendRowsHtml(path, n));
      return container.querySelectorAll(config.grade.rowSelector).length;
    },
    /** @param {boolean} on */
    setDark(on) {
      document.documentElement.classList.toggle('dark', Boolean(on));
    },
    /** Resolves with the route path once the current (or next pending) render is done. */
    get ready() {
      return pending ? pending.promise : Promise.resolve(lastRendered);
    },
    get delay() {
      return { min, max };
    },
  };
  Object.assign(window, { __demo: demo });

  if (new URLSearchParams(location.search).get('dark') === '1') demo.setDark(true);

  document.addEventListener('input', (e) => {
    if (!isGradeInput(e.target)) return;
    const id = rowIdOf(e.target);
    demo.inputLog.push({ id, value: e.target.value });
    config.onValue(config.currentPath(), id, e.target.value);
  });

  document.addEventListener('focusin', (e) => {
    if (isGradeInput(e.target)) demo.focusLog.push(rowIdOf(e.target));
  });

  document.addEventListener('keydown', (e) => {
    // Global save hotkey, bound on the document like the real apps do.
    if ((e.altKey || e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
      e.preventDefault();
      save(e.key, e.target);
      return;
    }
    if (config.grade.moveFocus === false) return;
    if (!isGradeInput(e.target) || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    let step = 0;
    if (e.key === 'Enter' || e.key === 'ArrowDown') step = 1;
    else if (e.key === 'ArrowUp') step = -1;
    if (step === 0) return;
    e.preventDefault();
    const inputs = [...document.querySelectorAll(config.grade.inputSelector)];
    const next = inputs[inputs.indexOf(e.target) + step];
    if (next instanceof HTMLInputElement) {
      next.focus();
      next.select();
    }
  });

  document.addEventListener('click', (e) => {
    const button = e.target instanceof Element ? e.target.closest('.opslaan-knop, .thema-knop') : null;
    if (!button) return;
    if (button.classList.contains('thema-knop')) {
      demo.setDark(!document.documentElement.classList.contains('dark'));
    } else {
      save('click', button);
    }
  });

  /**
   * @param {string} key
   * @param {EventTarget | null} target
   */
  function save(key, target) {
    demo.hotkeyLog.push({ key, target: target instanceof Element ? target.tagName.toLowerCase() : '' });
    const status = document.getElementById('opslaan-status');
    if (!status) return;
    status.textContent = 'Opgeslagen';
    status.dataset.tijd = new Date().toISOString();
  }

  return { show, demo };
}
