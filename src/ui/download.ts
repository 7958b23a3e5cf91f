/** Hands a file to the browser's download (on phones: save or share). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Large files take a while to hand over; revoke only well after.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
