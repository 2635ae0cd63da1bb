/**
 * How long a resolved principal is reused: the longest delay before a revoked key, a deactivated
 * user or a changed role takes effect. API Gateway itself caches nothing (TTL 0, see the
 * architecture doc), so this in-memory cache of the authorizer is the only one, in AWS and locally.
 */
export const PRINCIPAL_CACHE_SECONDS = 3;
