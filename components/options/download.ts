/**
 * Offers a file for download through an `<a download>` with a Blob URL (no permission needed): text,
 * or a Blob already written (the streamed full export).
 */
export function downloadFile(fileName: string, body: string | Blob, doc: Document = document): void {
  const url = URL.createObjectURL(typeof body === 'string' ? new Blob([body], { type: 'application/json' }) : body);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL; release the memory once the browser has read it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
