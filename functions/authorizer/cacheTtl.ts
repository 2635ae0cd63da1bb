/** How long API Gateway caches an authorizer decision: the longest delay before a revoked key stops working. */
export const AUTHORIZER_CACHE_SECONDS = 60;
