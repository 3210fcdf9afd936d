/** Copies text to the clipboard from an extension page; false when the browser refuses (the UI then offers the text to copy by hand). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
