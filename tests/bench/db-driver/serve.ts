import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/** The extension pages' policy (MV3 default): no eval, so zod validates as it does in the options page. */
const EXTENSION_PAGE_CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'";

const PAGE = '<!doctype html><meta charset="utf-8"><title>lib/db bench</title><script type="module" src="/driver.js"></script>';

/** The driver bundled as the extension bundles lib/db: minified, for a current Chromium. */
async function bundleDriver(): Promise<string> {
  const out = await build({
    entryPoints: [fileURLToPath(new URL('./driver.ts', import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    write: false,
    logLevel: 'error',
  });
  const js = out.outputFiles[0]?.text;
  if (js === undefined) throw new Error('esbuild gave no output for the bench driver');
  return js;
}

/** Serves the driver page on 127.0.0.1 (a real origin with its own IndexedDB) with the extension pages' CSP. */
export async function serveDriver(): Promise<{ url: string; close(): Promise<void> }> {
  const js = await bundleDriver();
  const server = createServer((req, res) => {
    const headers = { 'content-security-policy': EXTENSION_PAGE_CSP, 'cache-control': 'no-store' };
    if (req.url === '/driver.js') res.writeHead(200, { ...headers, 'content-type': 'text/javascript' }).end(js);
    else if (req.url === '/') res.writeHead(200, { ...headers, 'content-type': 'text/html' }).end(PAGE);
    else res.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
