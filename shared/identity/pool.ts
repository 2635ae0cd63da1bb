/**
 * Facts about the user pool that CDK and the local cognito-local pool share.
 * The app client may write only these attributes of the signed-in user: never `email`, which is
 * the sign-in name and the address the system writes to.
 */
export const CLIENT_WRITE_ATTRIBUTES = ['name', 'locale', 'zoneinfo'] as const;
