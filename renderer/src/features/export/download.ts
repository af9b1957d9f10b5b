// Saving a file the renderer holds: a Blob behind a temporary <a download>. Works in the browser, and in Electron,
// where the download asks where to save it.

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Late enough for the browser to have started reading the Blob.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function saveBase64(contentBase64: string, fileName: string, mimeType: string): void {
  saveBlob(new Blob([base64ToBytes(contentBase64)], { type: mimeType }), fileName);
}
