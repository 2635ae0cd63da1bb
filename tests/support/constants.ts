/** The fixed "today" the shared seeded table is generated for (golden figures depend on it). */
export const SEED_TODAY = new Date('2026-11-15T08:00:00Z');
