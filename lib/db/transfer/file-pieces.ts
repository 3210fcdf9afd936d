/** A file the browser could not read (moved, removed, no permission), as opposed to one that is not JSON. */
export class UnreadableFile extends Error {}

/** The file's text in the pieces the browser reads it in, as UTF-8 (a read error becomes `UnreadableFile`). */
export async function* textPieces(file: Blob): AsyncGenerator<string> {
  let reader: ReadableStreamDefaultReader<Uint8Array>;
  try {
    reader = file.stream().getReader();
  } catch {
    throw new UnreadableFile();
  }
  const decoder = new TextDecoder();
  try {
    for (;;) {
      let read: ReadableStreamReadResult<Uint8Array>;
      try {
        read = await reader.read();
      } catch {
        throw new UnreadableFile();
      }
      if (read.done) break;
      yield decoder.decode(read.value, { stream: true });
    }
    const rest = decoder.decode();
    if (rest) yield rest;
  } finally {
    // Stopped early (a refusal, or a file read whole after all): the browser can let the file go.
    reader.cancel().catch(() => undefined);
  }
}
