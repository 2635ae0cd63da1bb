/**
 * CSV cells, written once for the report attachment and the admin exports.
 * A spreadsheet runs a cell that starts with `=`, `+`, `-`, `@`, tab or CR as a formula
 * (CSV injection, OWASP), so such text is prefixed with an apostrophe. Numbers stay numbers.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Every text inside a record, neutralised (the admin exports hand whole records to jsonexport). */
export function neutraliseDeep(value: unknown): unknown {
  if (typeof value === 'string') return neutralise(value);
  if (Array.isArray(value)) return value.map(neutraliseDeep);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, neutraliseDeep(v)]));
  return value;
}

/** One cell of a `;`-separated file with decimal commas (German spreadsheet software). */
export function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? '' : typeof v === 'number' ? String(v).replace('.', ',') : neutralise(String(v));
  return /[;"\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRows(rows: unknown[][]): string {
  return rows.map((r) => r.map(csvCell).join(';')).join('\r\n') + '\r\n';
}
