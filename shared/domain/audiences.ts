/** Who offers, needs and searches are for, written once: age bands and the prevention target groups. */

/** The need-vs-offer matrix (the prevention chain: 0–3 … 65+), [from, to). */
export const MATRIX_AGE_BANDS = [[0, 3], [3, 6], [6, 10], [10, 14], [14, 18], [18, 27], [27, 65], [65, 121]] as const;

/** The search-gap counts (a searched age is stored only as its band), [from, to] inclusive. */
export const AGE_BANDS = [[0, 5], [6, 11], [12, 17], [18, 26], [27, 64], [65, 120]] as const;

/** The target groups prevention coordination (Präventionskoordination, "Kein Kind zurücklassen!") works for. */
export const PREVENTION_TARGET_GROUPS = ['children', 'youth', 'parents', 'families'] as const;
