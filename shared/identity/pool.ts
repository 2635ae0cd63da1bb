/**
 * Facts about the user pool that CDK and the local cognito-local pool share.
 * The app client may write only these attributes of the signed-in user: never `email`, which is
 * the sign-in name and the address the system writes to.
 */
export const CLIENT_WRITE_ATTRIBUTES = ['name', 'locale', 'zoneinfo'] as const;

/**
 * The custom attribute naming a user's tenant (`custom:tenant`). Set by the system when it creates
 * the account; never among CLIENT_WRITE_ATTRIBUTES, so a user cannot move themselves to another
 * tenant (the lesson of the e-mail takeover). Mutable only for administrators (AdminUpdateUserAttributes).
 */
export const TENANT_ATTRIBUTE = { name: 'tenant', claim: 'custom:tenant' } as const;
