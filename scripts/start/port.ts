import { createServer } from 'node:net';

/** What `npm start` says when its port is taken, Dutch first, then English; never a stack trace. */
export function portTakenMessage(port: number): string {
  const other = port === 65535 ? port - 1 : port + 1;
  return [
    `Poort ${port} is al in gebruik, waarschijnlijk door een eerdere \`npm start\` of \`node demo/server.js\`.`,
    `Sluit dat programma, of kies een andere poort: npm start -- --port=${other}`,
    `(Port ${port} is already in use. Close the other program, or choose another port: npm start -- --port=${other})`,
  ].join('\n');
}

/** Whether an error from listening means the address is taken. */
export function isAddressInUse(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'EADDRINUSE';
}

/** Resolves to the message when the port is taken on this host, or undefined when it is free. */
export function portTakenProblem(port: number, host = '127.0.0.1'): Promise<string | undefined> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', (error) => (isAddressInUse(error) ? done(portTakenMessage(port)) : fail(error)));
    probe.listen(port, host, () => probe.close(() => done(undefined)));
  });
}
