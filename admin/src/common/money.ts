/** Amounts are stored as euro cents; forms show and take euros (shown with shared/format/money.ts). */
export const centsToEuro = (cents?: number | null) => (cents === undefined || cents === null ? '' : cents / 100);
export const euroToCents = (euro: string | number | null) => (euro === '' || euro === null ? null : Math.round(Number(euro) * 100));
