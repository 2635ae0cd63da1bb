/**
 * The import's limits, written once: the admin checks the file size before uploading, the API
 * refuses beyond them. 4 MB of file is about 5.5 MB as base64, under Lambda's 6 MB request limit.
 */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;
/** 10,000 rows must import; a sheet beyond this is refused as a whole. */
export const MAX_ROWS = 20_000;
/** Rows per stored part and per step of the job (each step records its progress). */
export const CHUNK_ROWS = 250;

export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString('de-DE', { maximumFractionDigits: 1 })} MB`;
