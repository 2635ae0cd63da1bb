/** The upload's file, in the browser: the size checked before anything is read, then its bytes as base64. */
import { MAX_FILE_BYTES } from '../../../shared/import/limits';
import type { ImportType } from '../../../shared/import/types';

/** What the file input offers for a type: another directory's HSDS export is JSON, every other type a spreadsheet. */
export const acceptFor = (type: ImportType) => (type === 'hsds' ? '.json,application/json' : '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv');

/** Whether the file may be uploaded at all (a 50 MB file is never read into memory). */
export const tooLarge = (file: Pick<File, 'size'>, max = MAX_FILE_BYTES) => file.size > max;

/** The file's bytes as base64 (a data URL without its prefix: the browser encodes, no string building in JavaScript). */
export function readBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}
