/**
 * The school page is untrusted: its scripts (or an XSS on the school site) can dispatch events on
 * anything they reach. Every in-page control acts only on events the browser made for a real user
 * (`isTrusted`); a scripted `click()` or a forged `KeyboardEvent` does nothing.
 */
export function onlyTrusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) handler(event);
  };
}
