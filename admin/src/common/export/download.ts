/** Hands a file to the browser's download, named `<resource>-<YYYY-MM-DD>.<ext>` (the day in Berlin). */
import { now } from '../../../../shared/time/clock';
import { berlinToday } from '../../../../shared/time/months';

export function exportFileName(resource: string, ext: 'csv' | 'xlsx', at: Date = now()): string {
  return `${resource}-${berlinToday(at)}.${ext}`;
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.style.display = 'none';
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
