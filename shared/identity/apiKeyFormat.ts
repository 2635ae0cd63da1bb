/**
 * What a partner API key looks like: `hsk_<tenant>_<8-char prefix>_<32 random bytes, base64url>`
 * (keys from before tenants have no tenant part). No crypto here: the admin's schemas check the format too.
 */
export const API_KEY_PATTERN = /^hsk_(?:([a-z][a-z0-9-]{1,30})_)?[A-Za-z0-9]{8}_[A-Za-z0-9_-]{43}$/;
