/** What counts for sign-ups, written once: the places a sign-up takes (metrics, the capacity counter, attendance). */

/** The people a sign-up stands for: the resident and the guests they bring. */
export const peopleOf = (s: { guests?: number }) => 1 + (s.guests ?? 0);

/** How long the link of an unconfirmed sign-up works; after that its name and address are removed. */
export const CONFIRM_HOURS = 48;
