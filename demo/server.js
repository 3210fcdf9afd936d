/**
 * Demo school server: serves the Magister-like and Somtoday-like look-alike apps and their
 * login pages, chosen by the Host header. Node built-ins only.
 *
 *   node demo/server.js [--port 5173]
 *
 * Browsers reach it under the production host names with e.g.
 *   chromium --host-resolver-rules="MAP *.magister.net 127.0.0.1, MAP *.somtoday.nl 127.0.0.1"
 *
 * Hosts:
 *   accounts.magister.net      → Magister login page (every path)
 *   <school>.magister.net      → "/" redirects to /magister/; /magister/ is the app
 *                              (/magister/?lab=query: the teaching lab's query.html instead);
 *                              /teach-lab/<file> serves demo/teach-lab/ (pages for teaching tests)
 *   inloggen.somtoday.nl       → Somtoday login page (every path)
 *   docent.somtoday.nl, *.test.somtoday.nl, *.acceptatie.somtoday.nl, *.inkijk.somtoday.nl
 *                              → Somtoday Docent look-alike for every path (SPA fallback), assets under /_demo/
 *   any other *.somtoday.nl    → classic Somtoday ("core", e.g. school.somtoday.nl): a plain page, not Docent
 *   localhost / 127.0.0.1      → index page linking to everything
 * On every host, /_demo/<path> serves demo/<path> (e.g. /_demo/data/students.js).
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { classicPage } from './somtoday/views.js';

/** Absolute path of the demo/ directory. */
export const DEMO_DIR = dirname(fileURLToPath(import.meta.url));

/** @type {Record<string, string>} */
const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * @typedef {import("node:http").IncomingMessage} Req
 * @typedef {import("node:http").ServerResponse} Res
 */

/**
 * Host name from the Host header, lower case, without port.
 * @param {string | undefined} header
 * @returns {string}
 */
export function hostName(header) {
  const host = (header ?? '').trim().toLowerCase();
  if (host.startsWith('[')) return host.slice(1, host.indexOf(']'));
  return host.replace(/:\d*$/, '').replace(/\.$/, '');
}

/**
 * Somtoday Docent hosts: production and the vendor's test, acceptance and preview hosts.
 * @param {string} host
 * @returns {boolean}
 */
export function isDocentHost(host) {
  return host === 'docent.somtoday.nl' || /\.(test|acceptatie|inkijk)\.somtoday\.nl$/.test(host);
}

/**
 * Resolve a URL sub-path inside a base directory; undefined when it would escape it.
 * @param {string} baseDir absolute directory
 * @param {string} subPath decoded path relative to baseDir (may start with "/")
 * @returns {string | undefined}
 */
function safeJoin(baseDir, subPath) {
  if (subPath.includes('\0')) return undefined;
  const base = resolve(baseDir);
  const target = resolve(base, `.${sep}${subPath.replace(/^[/\\]+/, '')}`);
  if (target !== base && !target.startsWith(base + sep)) return undefined;
  return target;
}

/**
 * @param {Res} res
 * @param {number} status
 * @param {string} body
 * @param {string} [type]
 */
function send(res, status, body, type = 'text/plain; charset=utf-8') {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

/**
 * @param {Res} res
 * @param {string} location
 */
function redirect(res, location) {
  res.writeHead(302, { Location: location, 'Cache-Control': 'no-store', 'Content-Length': 0 });
  res.end();
}

/**
 * Serve a file inside demo/<dir>; 404 when missing, of an unknown type, or outside that folder.
 * @param {Res} res
 * @param {string} dir folder inside demo/ ("" for demo/ itself)
 * @param {string} relPath decoded path relative to that folder
 */
async function serveFile(res, dir, relPath) {
  const base = safeJoin(DEMO_DIR, dir);
  const file = base && !relPath.split(/[/\\]/).includes('..') ? safeJoin(base, relPath) : undefined;
  const type = file ? CONTENT_TYPES[extname(file).toLowerCase()] : undefined;
  if (!file || !type) {
    send(res, 404, 'Niet gevonden');
    return;
  }
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new Error('not a file');
    const body = await readFile(file);
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(res.req.method === 'HEAD' ? undefined : body);
  } catch {
    send(res, 404, 'Niet gevonden');
  }
}

/**
 * @param {Req} req
 * @param {number} port
 * @returns {string}
 */
function indexPage(req, port) {
  const p = port ? `:${port}` : '';
  const mohammed = '2408922';
  const links = [
    ['Magister: vandaag', `http://demo.magister.net${p}/magister/#/vandaag`],
    ['Magister: leerlingkaart Sanne de Vries', `http://demo.magister.net${p}/magister/#/leerlingen/48213/kaart`],
    ['Magister: leerlingkaart met markup-naam', `http://demo.magister.net${p}/magister/#/leerlingen/48231/kaart`],
    [
      'Magister 2027 (gewijzigde opmaak): leerlingkaart Sanne de Vries',
      `http://demo.magister.net${p}/magister/?variant=2027#/leerlingen/48213/kaart`,
    ],
    [
      'Magister 2027 (gewijzigde opmaak): cijfers invoeren 4v.sk1',
      `http://demo.magister.net${p}/magister/?variant=2027#/cijfers/invoeren/4v.sk1/1`,
    ],
    [
      'Magister MX: leerling Sanne de Vries, detailkaart Algemeen',
      `http://demo.magister.net${p}/magister/?variant=mx#/leerling/48213/detail`,
    ],
    [
      'Magister MX: leerling in een iframe (.view iframe)',
      `http://demo.magister.net${p}/magister/?variant=mx&frame=1#/leerling/48213/detail`,
    ],
    ['Magister MX: invoer groep/vak 4v.sk1', `http://demo.magister.net${p}/magister/?variant=mx#/cijfers/groep/4v.sk1/sk`],
    [
      'Magister MX: invoer groep/vak, 1000 leerlingen (gevirtualiseerd)',
      `http://demo.magister.net${p}/magister/?variant=mx&rows=1000#/cijfers/groep/4v.sk1/sk`,
    ],
    [
      'Magister MX: invoer groep/vak in een iframe',
      `http://demo.magister.net${p}/magister/?variant=mx&frame=1#/cijfers/groep/4v.sk1/sk`,
    ],
    ['Magister MX: toets SO H6 (Publiceren)', `http://demo.magister.net${p}/magister/?variant=mx#/cijfers/toetsen/sk-so2`],
    ['Magister: leerlingkaart in een iframe', `http://demo.magister.net${p}/magister/#/leerlingen/48213/kaart-frame`],
    ['Magister: cijfers invoeren 4v.sk1', `http://demo.magister.net${p}/magister/#/cijfers/invoeren/4v.sk1/1`],
    ['Magister: cijfers invoeren 1000 leerlingen', `http://demo.magister.net${p}/magister/#/cijfers/invoeren/groot/1`],
    ['Magister: mentorleerlingen', `http://demo.magister.net${p}/magister/#/mentor/leerlingen`],
    ['Magister: logboek', `http://demo.magister.net${p}/magister/#/leerlingen/48213/logboek`],
    ['Magister: afwezigheid 3H2', `http://demo.magister.net${p}/magister/#/afwezigheid/3H2`],
    ['Magister: agenda', `http://demo.magister.net${p}/magister/#/agenda`],
    ["Leerlab: vijandige en ongewone pagina's om een pagina aan te leren", `http://demo.magister.net${p}/teach-lab/`],
    ['Magister: inloggen', `http://accounts.magister.net${p}/`],
    ['Somtoday Docent: rooster (start)', `http://docent.somtoday.nl${p}/`],
    [
      'Somtoday Docent: leerling Mohammed El Amrani, profiel',
      `http://docent.somtoday.nl${p}/mentordashboard/leerling/${mohammed}/profiel`,
    ],
    ['Somtoday Docent: leerlingoverzicht', `http://docent.somtoday.nl${p}/mentordashboard/leerling/${mohammed}/overzicht`],
    ['Somtoday Docent: stamgroep 3H2', `http://docent.somtoday.nl${p}/mentordashboard/stamgroep/3102`],
    ['Somtoday Docent: gezamenlijk overzicht', `http://docent.somtoday.nl${p}/mentordashboard/gezamenlijk-overzicht`],
    ['Somtoday Docent: voortgangsdossier 4V.gs1', `http://docent.somtoday.nl${p}/resultaten/voortgangsdossier/70412`],
    ['Somtoday Docent: voortgangsdossier 40 leerlingen', `http://docent.somtoday.nl${p}/resultaten/voortgangsdossier/veertig`],
    ['Somtoday Docent: voortgangsdossier 1000 leerlingen', `http://docent.somtoday.nl${p}/resultaten/voortgangsdossier/groot`],
    [
      'Somtoday Docent: voortgangsdossier telefoon',
      `http://docent.somtoday.nl${p}/resultaten/voortgangsdossier/70412?layout=phone`,
    ],
    ['Somtoday Docent: lesregistratie', `http://docent.somtoday.nl${p}/rooster/les/881201/registratie`],
    ['Somtoday Docent: studiewijzers', `http://docent.somtoday.nl${p}/studiewijzers`],
    ['Somtoday klassiek (geen Docent)', `http://school.somtoday.nl${p}/`],
    ['Somtoday: inloggen', `http://inloggen.somtoday.nl${p}/`],
  ];
  const items = links.map(([label, href]) => `<li><a href="${href}">${label}</a> <code>${href}</code></li>`).join('\n');
  return `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><title>Demoschool</title><link rel="icon" href="data:,">
<style>body{font:15px/1.6 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}code{color:#666;font-size:12px}</style>
</head>
<body>
<h1>Demoschool</h1>
<p>Look-alike pages of Magister and Somtoday with fictitious students. The links use the real host names:
start Chromium with <code>--host-resolver-rules="MAP *.magister.net 127.0.0.1, MAP *.somtoday.nl 127.0.0.1"</code>.
Add <code>?delay=0</code> (Magister: before the <code>#</code>) for instant rendering, <code>?delay=MIN-MAX</code> for a random delay in ms (default 200-2000), <code>?dark=1</code> for dark mode.
Magister: <code>?variant=2027</code> (before the <code>#</code>) renders the student record and the grade entry in changed
markup (other classes, extra wrappers, other labels and label order, no <code>data-leerling-id</code>): the shipped profile
does not recognise them, for teaching the extension a page.
<code>?variant=mx</code>: Magister rebuilt from what the vendor documents (detailkaarten with a Leerlingpas in a shadow
root, Invoer groep/vak with Shift+2/H/V, Toetsen with Publiceren) on other routes; <code>&amp;frame=1</code> renders
every view in a same-origin iframe, <code>&amp;rows=1000</code> a virtualised grid of 1000 rows.</p>
<ul>
${items}
</ul>
<p><small>Host header: <code>${String(req.headers.host ?? '').replace(/[^\w.:[\]-]/g, '')}</code></small></p>
</body>
</html>
`;
}

/**
 * @param {Req} req
 * @param {Res} res
 * @param {number} port
 */
async function handle(req, res, port) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    send(res, 405, 'Methode niet toegestaan');
    return;
  }
  const url = new URL(req.url ?? '/', 'http://demo.invalid');
  let pathname;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    send(res, 400, 'Ongeldig pad');
    return;
  }
  const host = hostName(req.headers.host);

  if (pathname === '/favicon.ico') {
    res.writeHead(204, { 'Cache-Control': 'no-store' });
    res.end();
    return;
  }
  if (pathname.startsWith('/_demo/')) {
    await serveFile(res, '', pathname.slice('/_demo/'.length));
    return;
  }

  if (host === 'accounts.magister.net') {
    await serveFile(res, 'login', 'magister.html');
    return;
  }
  if (host === 'inloggen.somtoday.nl') {
    await serveFile(res, 'login', 'somtoday.html');
    return;
  }
  if (host.endsWith('.magister.net') || host === 'magister.net') {
    if (pathname === '/' || pathname === '/magister') {
      redirect(res, `/magister/${url.search}`);
      return;
    }
    if (pathname === '/magister/' || pathname === '/magister/index.html') {
      if (url.searchParams.get('lab') === 'query') {
        // A teaching-lab page routed by its query alone, on the path of every genuine Magister page.
        await serveFile(res, 'teach-lab', 'query.html');
        return;
      }
      if (url.searchParams.get('variant') === 'mx' && !url.searchParams.has('hostile')) {
        // The MX variant: its own entry (magister/mx/app.js) that writes the shell itself.
        await serveFile(res, 'magister', 'mx.html');
        return;
      }
      // ?hostile: the same app with a hostile site script that hunts for the teacher's notes (tests).
      await serveFile(res, url.searchParams.has('hostile') ? 'hostile' : 'magister', 'index.html');
      return;
    }
    if (pathname === '/teach-lab' || pathname === '/teach-lab/') {
      redirect(res, `/teach-lab/index.html${url.search}`);
      return;
    }
    const m = /^\/(magister|data|lib|teach-lab)\/(.+)$/.exec(pathname);
    if (m) {
      await serveFile(res, m[1], m[2]);
      return;
    }
    send(res, 404, 'Niet gevonden');
    return;
  }
  if (isDocentHost(host)) {
    // SPA fallback: every non-asset path gets the app.
    await serveFile(res, 'somtoday', 'index.html');
    return;
  }
  if (host.endsWith('.somtoday.nl') || host === 'somtoday.nl') {
    // Classic Somtoday on a school host: not Docent.
    send(res, 200, classicPage(), CONTENT_TYPES['.html']);
    return;
  }
  // localhost, 127.0.0.1 and anything else: the index page.
  if (pathname === '/' || pathname === '/index.html') {
    send(res, 200, indexPage(req, port), CONTENT_TYPES['.html']);
    return;
  }
  send(res, 404, 'Niet gevonden');
}

/**
 * Start the demo server.
 * @param {{ port?: number, host?: string }} [options] port 0 = any free port; host defaults to 127.0.0.1
 * @returns {Promise<{ port: number, close: () => Promise<void> }>}
 */
export async function startDemoServer({ port = 0, host = '127.0.0.1' } = {}) {
  let actualPort = port;
  const server = createServer((req, res) => {
    handle(req, res, actualPort).catch(() => {
      if (!res.headersSent) send(res, 500, 'Serverfout');
      else res.end();
    });
  });
  await new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolveListen(undefined);
    });
  });
  const address = server.address();
  actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    port: actualPort,
    close: () =>
      new Promise((resolveClose, reject) => {
        server.close((err) => (err ? reject(err) : resolveClose(undefined)));
        server.closeAllConnections();
      }),
  };
}

/**
 * @param {string[]} argv
 * @returns {number}
 */
function portFromArgs(argv) {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--port') return Number(argv[i + 1]);
    if (arg.startsWith('--port=')) return Number(arg.slice('--port='.length));
  }
  return 5173;
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;

if (isMain) {
  const wanted = portFromArgs(process.argv.slice(2));
  if (!Number.isInteger(wanted) || wanted < 0 || wanted > 65535) {
    console.error('Ongeldige poort; gebruik --port <0-65535>');
    process.exit(2);
  }
  const { port, close } = await startDemoServer({ port: wanted });
  const p = `:${port}`;
  console.log(`Demoschool draait op poort ${port}

  Index:            http://localhost${p}/
  Magister:         http://demo.magister.net${p}/magister/#/leerlingen/48213/kaart
  Magister cijfers: http://demo.magister.net${p}/magister/#/cijfers/invoeren/4v.sk1/1
  Magister login:   http://accounts.magister.net${p}/
  Somtoday Docent:  http://docent.somtoday.nl${p}/mentordashboard/leerling/2408922/profiel
  Somtoday cijfers: http://docent.somtoday.nl${p}/resultaten/voortgangsdossier/70412
  Somtoday login:   http://inloggen.somtoday.nl${p}/

De host-namen werken met Chromium en
  --host-resolver-rules="MAP *.magister.net 127.0.0.1, MAP *.somtoday.nl 127.0.0.1"
Voeg ?delay=0 toe voor direct renderen (Magister: vóór de #).`);
  const stop = () => {
    close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
