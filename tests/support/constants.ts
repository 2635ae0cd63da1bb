import { randomUUID } from 'node:crypto';
/** The fixed "today" the shared seeded table is generated for (golden figures depend on it). */
export const SEED_TODAY = new Date('2026-11-15T08:00:00Z');

/** A short unique suffix for names a test creates (no clock: the suite runs under moved clocks too). */
export const unique = () => randomUUID().slice(0, 8);
