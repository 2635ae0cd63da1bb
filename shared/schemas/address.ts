/**
 * The address directory: the official house coordinates (Hauskoordinaten) of the city's addresses,
 * imported in versions (shared/geo/addressCsv.ts, shared/db/addressStore.ts), so that an address
 * becomes a point for the point-in-polygon search without any external geocoding service.
 */
import * as z from 'zod';

/**
 * CSV text up to this size, as the boundaries' bodies: a Lambda takes at most 6 MB synchronously. The
 * official layout takes ~100 bytes an address; a larger city sends only the six columns needed
 * (STN;HNR;ADZ;PLZ;EAST;NORTH with a header row), about half of that.
 */
export const MAX_ADDRESS_CSV_CHARS = 5 * 1024 * 1024;

export const AddressImport = z.strictObject({
  /** Where the coordinates come from, e.g. "Hauskoordinaten NRW, Geobasis NRW, Stand 2026-10". */
  source: z.string().trim().min(1).max(300),
  licence: z.string().max(200).optional(),
  /**
   * The CSV: the official layout (HK-DE: `NBA;OI;QUA;LAN;RBZ;KRS;GMD;OTT;SSS;HNR;ADZ;EAST;NORTH;STN;PLZ;…`,
   * without a header), or a header row naming the columns (STN/Straße, HNR/Hausnummer, ADZ/Zusatz,
   * PLZ, EAST/Ostwert and NORTH/Nordwert in ETRS89/UTM32, or lat/lng in WGS84).
   */
  csv: z.string().min(1).max(MAX_ADDRESS_CSV_CHARS),
});
export type AddressImport = z.infer<typeof AddressImport>;

/** One imported version of the directory; the newest is the one used. */
export const AddressVersion = z.object({
  id: z.string(),
  source: z.string(),
  licence: z.string().optional(),
  addresses: z.number().int(),
  streets: z.number().int(),
  importedAt: z.string(),
  importedBy: z.string(),
});
export type AddressVersion = z.infer<typeof AddressVersion>;
