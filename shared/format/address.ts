/** A postal address on one line, as letters and calendars write it: `Nordstraße 1, 59065 Hamm`. */
export const addressLine = (a: { street: string; postalCode: string; city: string }) => `${a.street}, ${a.postalCode} ${a.city}`;
