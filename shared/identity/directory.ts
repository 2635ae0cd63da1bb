/**
 * The user directory: the Cognito accounts behind Users, driven with the admin API.
 * In AWS it is the stage's user pool; locally cognito-local (COGNITO_ENDPOINT). Accounts are
 * addressed by their immutable `sub` (with e-mail as username attribute, Cognito's username is
 * the sub), so a changed e-mail address never loses its account.
 *
 * Errors surface as typed errors the HTTP layer turns into problem+json: a taken address 409,
 * a refused password 400, anything else 503 (Cognito unreachable or refusing).
 */
import { currentTenant } from '../tenancy/scope.ts';
import { TENANT_ATTRIBUTE } from './pool.ts';
import { PLATFORM } from '../tenancy/tenant.ts';
import type { AdminCreateUserCommandOutput, AdminGetUserCommandOutput, CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { BadRequestError, ConflictError, StorageError } from '../db/errors.ts';
import { boundedClientConfig, withDeadline } from '../boundedClients.ts';

export interface UserDirectory {
  /**
   * Creates the account and returns its `sub`. `invite`: Cognito e-mails the temporary password.
   * The account belongs to the tenant in scope, or, for an operator, to `platform`.
   */
  create(input: { email: string; temporaryPassword?: string; invite: boolean; platform?: boolean }): Promise<string>;
  /** The `sub` of the account signing in with this address, if there is one. */
  findSub(email: string): Promise<string | undefined>;
  /** Seeding only: demo accounts get a permanent password. */
  setPermanentPassword(sub: string, password: string): Promise<void>;
  /** Enables the account, or disables it and ends every session (refresh tokens revoked). */
  setEnabled(sub: string, enabled: boolean): Promise<void>;
  /** Changes the sign-in address; an admin vouches for it, so it is marked verified. */
  setEmail(sub: string, email: string): Promise<void>;
  /** Removes the account; an account already gone counts as removed. */
  remove(sub: string): Promise<void>;
}

/** Cognito refused or could not be reached; nothing about the user was decided. */
export class DirectoryUnavailableError extends StorageError {
  status = 503;
  type = 'https://hamm.example/problems/directory-unavailable';
  constructor(cause: unknown, message = 'Die Benutzerverwaltung (Cognito) ist gerade nicht erreichbar. Bitte erneut versuchen.') {
    super(message, { cause });
  }
}

/** The token may be fine; Cognito's keys to check it could not be fetched (the authorizer's 503). */
export class IdentityUnavailableError extends DirectoryUnavailableError {
  constructor(cause: unknown) {
    super(cause, 'Die Anmeldung kann gerade nicht geprüft werden, weil die Benutzerverwaltung nicht antwortet. Bitte versuchen Sie es in einigen Sekunden noch einmal.');
  }
}

const name = (err: unknown) => (err as { name?: string; __type?: string })?.name ?? '';

function mapError(err: unknown): Error {
  const n = name(err);
  if (n === 'UsernameExistsException' || n === 'AliasExistsException') {
    const e = new ConflictError('Für diese E-Mail-Adresse gibt es bereits ein Konto', 'duplicate');
    e.errors = [{ pointer: '/email', detail: 'bereits vergeben' }];
    return e;
  }
  if (n === 'InvalidPasswordException')
    return new BadRequestError('Cognito hat das Passwort abgelehnt', [{ pointer: '/temporaryPassword', detail: (err as Error).message }]);
  if (n === 'InvalidParameterException') return new BadRequestError(`Cognito hat die Angaben abgelehnt: ${(err as Error).message}`);
  return new DirectoryUnavailableError(err);
}

type CognitoSdk = typeof import('@aws-sdk/client-cognito-identity-provider');
/**
 * Loaded on first use: only the user routes and the seed talk to Cognito, and loading its client
 * adds tens of milliseconds to every cold start of every function (issue 19).
 */
let cognitoSdk: Promise<CognitoSdk> | undefined;
const loadSdk = () => (cognitoSdk ??= import('@aws-sdk/client-cognito-identity-provider'));

export function cognitoDirectory(opts: { userPoolId: string; endpoint?: string; region?: string }): UserDirectory {
  let made: CognitoIdentityProviderClient | undefined;
  /** One command, built from the loaded SDK, sent by the one client. */
  const client = {
    send: async <O = unknown>(build: (sdk: CognitoSdk) => object): Promise<O> => {
      const sdk = await loadSdk();
      made ??= withDeadline(
        new sdk.CognitoIdentityProviderClient({
          region: opts.region ?? process.env.AWS_REGION ?? 'eu-central-1',
          ...(opts.endpoint ? { endpoint: opts.endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
          ...boundedClientConfig(),
        }),
      );
      return (made.send as (command: object) => Promise<O>)(build(sdk));
    },
  };
  const UserPoolId = opts.userPoolId;
  const call = async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (err) {
      throw mapError(err);
    }
  };
  const attr = (attrs: { Name?: string; Value?: string }[] | undefined, key: string) => attrs?.find((a) => a.Name === key)?.Value;

  return {
    async create({ email, temporaryPassword, invite, platform }) {
      const res = await call(() =>
        client.send<AdminCreateUserCommandOutput>((sdk) => new sdk.AdminCreateUserCommand({
            UserPoolId,
            Username: email,
            TemporaryPassword: temporaryPassword,
            // The admin vouches for the address; in AWS the invitation goes to it.
            UserAttributes: [{ Name: 'email', Value: email }, { Name: 'email_verified', Value: 'true' }, { Name: TENANT_ATTRIBUTE.claim, Value: platform ? PLATFORM : currentTenant() }],
            ...(invite ? { DesiredDeliveryMediums: ['EMAIL'] } : { MessageAction: 'SUPPRESS' }),
          }),
        ),
      );
      const sub = attr(res.User?.Attributes, 'sub') ?? res.User?.Username;
      if (!sub) throw new DirectoryUnavailableError(new Error('Cognito returned no sub'));
      return sub;
    },
    async findSub(email) {
      try {
        const res = await client.send<AdminGetUserCommandOutput>((sdk) => new sdk.AdminGetUserCommand({ UserPoolId, Username: email }));
        return attr(res.UserAttributes, 'sub') ?? res.Username;
      } catch (err) {
        if (name(err) === 'UserNotFoundException') return undefined;
        throw mapError(err);
      }
    },
    async setPermanentPassword(sub, password) {
      await call(() => client.send((sdk) => new sdk.AdminSetUserPasswordCommand({ UserPoolId, Username: sub, Password: password, Permanent: true })));
    },
    async setEnabled(sub, enabled) {
      if (enabled) {
        await call(() => client.send((sdk) => new sdk.AdminEnableUserCommand({ UserPoolId, Username: sub })));
        return;
      }
      await call(() => client.send((sdk) => new sdk.AdminDisableUserCommand({ UserPoolId, Username: sub })));
      try {
        await client.send((sdk) => new sdk.AdminUserGlobalSignOutCommand({ UserPoolId, Username: sub }));
      } catch (err) {
        // cognito-local implements no global sign-out and says so in these words; only it does.
        // Tokens already issued are refused by the authorizer anyway: it checks `active` itself.
        if (!/^Cognito Local unsupported feature/.test(String((err as Error)?.message))) throw mapError(err);
      }
    },
    async setEmail(sub, email) {
      await call(() =>
        client.send((sdk) => new sdk.AdminUpdateUserAttributesCommand({
            UserPoolId,
            Username: sub,
            UserAttributes: [{ Name: 'email', Value: email }, { Name: 'email_verified', Value: 'true' }],
          }),
        ),
      );
    },
    async remove(sub) {
      try {
        await client.send((sdk) => new sdk.AdminDeleteUserCommand({ UserPoolId, Username: sub }));
      } catch (err) {
        if (name(err) !== 'UserNotFoundException') throw mapError(err);
      }
    },
  };
}

/** The directory of this process, from the environment CDK (or the local stack) sets. */
export function directoryFromEnv(env: Record<string, string | undefined> = process.env): UserDirectory {
  const userPoolId = env.USER_POOL_ID;
  if (!userPoolId) throw new Error('USER_POOL_ID is not configured');
  return cognitoDirectory({ userPoolId, endpoint: env.COGNITO_ENDPOINT });
}
