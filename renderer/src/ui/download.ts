/**
 * Saves text as a file through the browser's download: a save in serve mode, the save dialog in Electron. The same
 * Blob and anchor work in both, so no host call or file-system access is needed.
 */
export function download(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has taken its copy once click() returns; revoking later keeps slow browsers safe.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
