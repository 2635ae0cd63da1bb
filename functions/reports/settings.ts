/**
 * The report settings' schemas and defaults, loaded when a report or the settings are first asked
 * for: the scheduled runs that find nothing to do never build them.
 */
export const settingsSchemas = () => import('../../shared/schemas/reportSettings.ts');
