/** A tenant's usage figures as the operator reads them: counts with the locale's separators, storage in KB, MB or GB ("1,2 MB"). */
const intlOf = (locale: string) => (locale === 'en' ? 'en-GB' : 'de-DE');

export const countLabel = (n: number, locale: string): string => n.toLocaleString(intlOf(locale));

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** Bytes in the largest unit that keeps the number at least 1 (binary steps, as the import's "4 MB"), one decimal. */
export function storageLabel(bytes: number, locale: string): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return new Intl.NumberFormat(intlOf(locale), { style: 'unit', unit: UNITS[unit], unitDisplay: 'short', maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
}
