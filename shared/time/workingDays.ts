/**
 * Working days of the tenant in scope: Monday to Friday, except the public holidays of its state
 * (feiertagejs; Hamm: Nordrhein-Westfalen, region NW: New Year, Good Friday, Easter Monday, 1 May,
 * Ascension, Whit Monday, Corpus Christi, 3 October, All Saints, Christmas; Saxony adds Reformation
 * Day and Buß- und Bettag, has no Corpus Christi in most places and no All Saints).
 * Days are Berlin calendar days (`2027-01-04`).
 * The monthly report goes out on the first working day; reminders start five days before it.
 * Community centres close on the holidays, whose German names the public page shows (shared/domain/openingHours.ts).
 */
import { getHolidays, type Region } from 'feiertagejs';

/**
 * Whose holidays count: the tenant scope registers its state here (shared/tenancy/scope.ts), so this
 * module, which the admin's browser bundle loads too, never imports the scope (node:async_hooks).
 * Without a scope (the browser, a tool): Nordrhein-Westfalen.
 */
let regionOf: () => string = () => 'NW';
export function holidayRegionFrom(source: () => string): void {
  regionOf = source;
}

/** The state's public holidays of a year: day (`2026-12-25`) → German name (`1. Weihnachtstag`). */
const holidaysByYear = new Map<string, Map<string, string>>();
function holidays(year: number): Map<string, string> {
  const region = regionOf() as Region;
  let days = holidaysByYear.get(`${region}:${year}`);
  // feiertagejs dates a holiday at 12:00 UTC; its `dateString` shifts by the process's zone (a day early
  // east of UTC+12), so the day is read from the instant itself, the same in every zone. The name is asked
  // for in German explicitly: `translate()` alone follows feiertagejs's global language, which anyone may set.
  if (!days) holidaysByYear.set(`${region}:${year}`, (days = new Map(getHolidays(year, region).map((h) => [h.date.toISOString().slice(0, 10), h.translate('de') ?? h.name]))));
  return days;
}

/** Whether `day` is a public holiday of the tenant's state (whatever the weekday). */
export function isHoliday(day: string): boolean {
  return holidays(Number(day.slice(0, 4))).has(day);
}

/** The German name of the public holiday on `day` (`Allerheiligen`), or undefined on other days. */
export function holidayName(day: string): string | undefined {
  return holidays(Number(day.slice(0, 4))).get(day);
}

/** `day` plus `n` calendar days. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T12:00:00Z`) + n * 86400000).toISOString().slice(0, 10);
}

export function isWorkingDay(day: string): boolean {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !isHoliday(day);
}

/** The first working day of a month (`2027-01` → `2027-01-04`). */
export function firstWorkingDay(month: string): string {
  let day = `${month}-01`;
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

/** The month after `month`. */
export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** The day the report of `month` goes out: the first working day of the month after. */
export const reportDay = (month: string) => firstWorkingDay(nextMonth(month));

/** The `n`-th working day after `day` (`day` itself not counted): a request of Monday is due by Thursday with n = 3. */
export function addWorkingDays(day: string, n: number): string {
  let d = day;
  for (let left = n; left > 0; ) {
    d = addDays(d, 1);
    if (isWorkingDay(d)) left--;
  }
  return d;
}
