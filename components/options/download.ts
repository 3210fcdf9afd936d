/** Offers text as a file download through an `<a download>` with a Blob URL (no permission needed). */
export function downloadText(fileName: string, text: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
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
