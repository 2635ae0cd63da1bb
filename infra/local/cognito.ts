/**
 * cognito-local (npm) as the local Cognito: started as a child process with its own PORT and
 * cwd (it keeps its data in `<cwd>/.cognito`), then given the pool, the admin UI's app client
 * (USER_PASSWORD_AUTH: cognito-local has no SRP) and the demo users.
 * Its signing key ships in the package: its tokens are trusted only with ALLOW_LOCAL_ISSUER=true.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  AddCustomAttributesCommand,
  CognitoIdentityProviderClient,
  DescribeUserPoolCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  InitiateAuthCommand,
  ListUserPoolClientsCommand,
  ListUserPoolsCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { CLIENT_WRITE_ATTRIBUTES, TENANT_ATTRIBUTE } from '../../shared/identity/pool.ts';
import { PASSWORD_POLICY } from '../../shared/schemas/user.ts';
import { killChild } from './dynamodb.ts';
import { waitFor } from './wait.ts';

const require = createRequire(import.meta.url);
export const POOL_NAME = 'hamm-stadtteilarbeit';
export const CLIENT_NAME = 'admin-ui';

export interface CognitoLocal {
  endpoint: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export async function startCognitoLocal(opts: { port: number; dataDir: string }): Promise<CognitoLocal> {
  const bin = path.join(path.dirname(require.resolve('cognito-local/package.json')), 'lib', 'bin', 'start.js');
  mkdirSync(opts.dataDir, { recursive: true });
  const child = spawn(process.execPath, [bin], {
    cwd: opts.dataDir,
    env: { ...process.env, PORT: String(opts.port), HOST: '127.0.0.1', NODE_NO_WARNINGS: '1', DEBUG: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const endpoint = `http://127.0.0.1:${opts.port}`;
  await waitFor(`cognito-local on ${endpoint}`, async () => {
    if (child.exitCode !== null) throw new Error(`cognito-local exited (${child.exitCode}):\n${output}`);
    await client(endpoint).send(new ListUserPoolsCommand({ MaxResults: 1 }));
  });
  return { endpoint, process: child, stop: () => killChild(child) };
}

export function client(endpoint: string) {
  return new CognitoIdentityProviderClient({ endpoint, region: 'eu-central-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
}

export interface LocalPool {
  userPoolId: string;
  userPoolClientId: string;
  issuer: string;
}

/**
 * Pool and app client, created only where missing (a second start changes nothing), with the
 * settings of the CDK pool (infra/stacks/dataStack.ts) that cognito-local knows. Users come
 * from the seed, through the same code path as an admin's "create user".
 */
export async function ensurePool(endpoint: string): Promise<LocalPool> {
  const c = client(endpoint);
  const pools = await c.send(new ListUserPoolsCommand({ MaxResults: 60 }));
  const userPoolId =
    pools.UserPools?.find((p) => p.Name === POOL_NAME)?.Id ??
    (
      await c.send(
        new CreateUserPoolCommand({
          PoolName: POOL_NAME,
          UsernameAttributes: ['email'],
          UsernameConfiguration: { CaseSensitive: false },
          AutoVerifiedAttributes: ['email'],
          Schema: [{ Name: TENANT_ATTRIBUTE.name, AttributeDataType: 'String', Mutable: true }],
          // keepOriginal: a changed e-mail takes effect only once its code is confirmed.
          UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ['email'] },
          Policies: {
            PasswordPolicy: {
              MinimumLength: PASSWORD_POLICY.minLength,
              RequireNumbers: PASSWORD_POLICY.requireDigits,
              RequireLowercase: PASSWORD_POLICY.requireLowercase,
              RequireUppercase: PASSWORD_POLICY.requireUppercase,
              RequireSymbols: PASSWORD_POLICY.requireSymbols,
            },
          },
        }),
      )
    ).UserPool!.Id!;
  // A pool from before tenants (a kept .data folder) gets the tenant attribute, as CDK adds it in AWS.
  const described = await c.send(new DescribeUserPoolCommand({ UserPoolId: userPoolId }));
  if (!described.UserPool?.SchemaAttributes?.some((a) => a.Name === TENANT_ATTRIBUTE.claim))
    await c.send(new AddCustomAttributesCommand({ UserPoolId: userPoolId, CustomAttributes: [{ Name: TENANT_ATTRIBUTE.name, AttributeDataType: 'String', Mutable: true }] }));
  const clients = await c.send(new ListUserPoolClientsCommand({ UserPoolId: userPoolId, MaxResults: 60 }));
  const userPoolClientId =
    clients.UserPoolClients?.find((x) => x.ClientName === CLIENT_NAME)?.ClientId ??
    (
      await c.send(
        new CreateUserPoolClientCommand({
          UserPoolId: userPoolId,
          ClientName: CLIENT_NAME,
          ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
          WriteAttributes: [...CLIENT_WRITE_ATTRIBUTES],
        }),
      )
    ).UserPoolClient!.ClientId!;
  return { userPoolId, userPoolClientId, issuer: `${endpoint}/${userPoolId}` };
}

/** Signs in with USER_PASSWORD_AUTH and returns the ID token (tests, scripts, bench). */
export async function signIn(endpoint: string, clientId: string, email: string, password: string): Promise<string> {
  const res = await client(endpoint).send(new InitiateAuthCommand({ ClientId: clientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: email, PASSWORD: password } }));
  return res.AuthenticationResult!.IdToken!;
}
