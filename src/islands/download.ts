/** Offers text as a file download (export, quarantined data). */
export function downloadText(fileName: string, text: string, type = 'application/json') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name for a quarantined value: set-aside-<original key>.txt with unsafe characters replaced. */
export function quarantineFileName(key: string): string {
  return `set-aside-${key.replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 120)}.txt`;
}
