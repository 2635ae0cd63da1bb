/** How large a photo may be when uploaded: its base64 in JSON stays under Lambda's 6 MB request limit. */
export const MAX_PHOTO_BYTES = 4 * 1024 * 1024;
/** The longest edge a stored photo keeps (larger ones are scaled down, smaller ones never enlarged). */
export const PHOTO_MAX_EDGE = 1600;
