/** Amounts are kept in euro cents (integers); shown as German euros wherever people read them. */
export const formatEuro = (cents?: number | null) => ((cents ?? 0) / 100).toLocaleString('de-DE', { style: 'currency', currency: 'EUR' });
