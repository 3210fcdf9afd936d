import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, extname, join } from 'node:path';

const TYPES: Record<string, string> = {
  '.crx': 'application/x-chrome-extension',
  '.xpi': 'application/x-xpinstall',
  '.xml': 'text/xml',
  '.json': 'application/json',
};

/** A school's web server for self-hosted packages: serves the files of one folder (no subfolders). */
export async function serveFolder(dir: string): Promise<{ port: number; requests: string[]; close(): Promise<void> }> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const name = basename(url.pathname);
    requests.push(`${name}${url.search}`);
    readFile(join(dir, name)).then(
      (body) => res.writeHead(200, { 'content-type': TYPES[extname(name)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
