/**
 * Token verification with aws-jwt-verify. In AWS: the Cognito verifier for the user pool.
 * Locally: the generic RSA verifier against cognito-local's issuer, accepted only when
 * ALLOW_LOCAL_ISSUER=true (cognito-local's signing key is public, so its tokens prove nothing elsewhere).
 *
 * Cognito down (issue 35): the JWKS is fetched once per container and kept; a token whose key is in
 * it verifies without Cognito, so signed-in sessions go on. A fetch is bounded by the dependency
 * deadline, and a JWKS that cannot be had is IdentityUnavailableError (503 with Retry-After), never a
 * refusal: a 401 would sign the person out of the admin for an outage.
 */
import { CognitoJwtVerifier, JwtRsaVerifier } from 'aws-jwt-verify';
import { FetchError } from 'aws-jwt-verify/error';
import { SimpleFetcher } from 'aws-jwt-verify/https';
import { SimpleJwksCache, type Jwks } from 'aws-jwt-verify/jwk';
import { DEPENDENCY_DEADLINE_MS } from '../../shared/dependencyLimits.ts';
import { isUnavailable } from '../../shared/db/errors.ts';
import { IdentityUnavailableError } from '../../shared/identity/directory.ts';

const unreachable = (err: unknown) => err instanceof FetchError || isUnavailable(err);

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
  // LOCAL_COGNITO_JWKS_URI: the same keys by another way (the fault suite's proxy).
  const res = await fetch(process.env.LOCAL_COGNITO_JWKS_URI ?? jwksUri, { signal: AbortSignal.timeout(DEPENDENCY_DEADLINE_MS) }).catch((err) => {
    throw new IdentityUnavailableError(err);
  });
  if (!res.ok) throw new IdentityUnavailableError(new Error(`cannot load local JWKS from ${jwksUri}: ${res.status}`));
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
      // Its fetcher tries twice (one immediate retry): each try gets half the deadline.
      const fetcher = new SimpleFetcher({ defaultRequestOptions: { timeout: DEPENDENCY_DEADLINE_MS / 2, responseTimeout: DEPENDENCY_DEADLINE_MS / 2 } });
      const v = CognitoJwtVerifier.create({ userPoolId: process.env.USER_POOL_ID!, tokenUse: 'id', clientId }, { jwksCache: new SimpleJwksCache({ fetcher }) });
      verify = async (token) => {
        try {
          return (await v.verify(token)) as unknown as IdClaims;
        } catch (err) {
          throw unreachable(err) ? new IdentityUnavailableError(err) : err;
        }
      };
    }
  }
  return verify(token);
}
