/**
 * Token verification with aws-jwt-verify. In AWS: the Cognito verifier for the user pool.
 * Locally: the generic RSA verifier against cognito-local's issuer, accepted only when
 * ALLOW_LOCAL_ISSUER=true (cognito-local's signing key is public, so its tokens prove nothing elsewhere).
 */
import { CognitoJwtVerifier, JwtRsaVerifier } from 'aws-jwt-verify';
import type { Jwks } from 'aws-jwt-verify/jwk';

export interface IdClaims {
  email?: string;
  /** Cognito sends a boolean; some tools send the string. */
  email_verified?: boolean | string;
  sub: string;
  token_use?: string;
  /** The user's tenant: an attribute only an administrator can set. Absent on accounts made before tenants. */
  'custom:tenant'?: string;
}

type Verify = (token: string) => Promise<IdClaims>;
let verify: Verify | undefined;

async function localVerifier(issuer: string, audience: string): Promise<Verify> {
  const jwksUri = `${issuer}/.well-known/jwks.json`;
  const verifier = JwtRsaVerifier.create({ issuer, audience, jwksUri });
  // cognito-local serves JWKS over plain http, which the verifier refuses to fetch: preload it.
  const res = await fetch(jwksUri);
  if (!res.ok) throw new Error(`cannot load local JWKS from ${jwksUri}: ${res.status}`);
  verifier.cacheJwks((await res.json()) as Jwks);
  return async (token) => {
    const claims = (await verifier.verify(token)) as unknown as IdClaims;
    if (claims.token_use !== 'id') throw new Error('not an ID token');
    return claims;
  };
}

export async function verifyIdToken(token: string): Promise<IdClaims> {
  if (!verify) {
    const local = process.env.LOCAL_COGNITO_ISSUER;
    const clientId = process.env.USER_POOL_CLIENT_ID;
    if (!clientId) throw new Error('USER_POOL_CLIENT_ID is not configured');
    if (local) {
      if (process.env.ALLOW_LOCAL_ISSUER !== 'true') throw new Error('LOCAL_COGNITO_ISSUER is set but ALLOW_LOCAL_ISSUER is not true');
      verify = await localVerifier(local, clientId);
    } else {
      const v = CognitoJwtVerifier.create({ userPoolId: process.env.USER_POOL_ID!, tokenUse: 'id', clientId });
      verify = async (token) => (await v.verify(token)) as unknown as IdClaims;
    }
  }
  return verify(token);
}
