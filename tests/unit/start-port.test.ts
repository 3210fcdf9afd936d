// @vitest-environment node
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portTakenMessage, portTakenProblem } from '../../scripts/start/port';

let other: Server;
let port: number;

beforeAll(async () => {
  other = createServer();
  await new Promise<void>((done) => other.listen(0, '127.0.0.1', done));
  port = (other.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((done) => other.close(() => done())));

/** Runs `npm start -- --port=<port>` as a newcomer would, and collects what it prints. */
function start(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn('npx', ['tsx', 'scripts/start.ts', ...args], { env: { ...process.env, DISPLAY: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

describe('npm start with its port taken', () => {
  it('the check sees a taken port and a free one', async () => {
    expect(await portTakenProblem(port)).toBe(portTakenMessage(port));
    const free = createServer();
    await new Promise<void>((done) => free.listen(0, '127.0.0.1', done));
    const freePort = (free.address() as { port: number }).port;
    await new Promise<void>((done) => free.close(() => done()));
    expect(await portTakenProblem(freePort)).toBeUndefined();
  });

  it('exits with a clear Dutch message (and English), no stack trace, before building anything', async () => {
    const run = await start([`--port=${port}`]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`Poort ${port} is al in gebruik`);
    expect(run.stderr).toContain(`npm start -- --port=${port + 1}`);
    expect(run.stderr).toContain(`(Port ${port} is already in use.`);
    expect(run.stderr).not.toMatch(/EADDRINUSE|\n\s+at /);
    expect(run.stdout).not.toContain('Extensie bouwen');
  }, 30_000);
});
