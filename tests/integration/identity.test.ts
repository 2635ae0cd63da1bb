/**
 * Identity hardening, through the local server and cognito-local: the e-mail takeover fails,
 * unverified addresses are refused, revocations act within 5 s, users are made and removed
 * with their Cognito accounts and never half-made, and the lockout rules hold.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import {
  AdminCreateUserCommand,
  AdminGetUserCommand,
  AdminSetUserPasswordCommand,
  AdminUpdateUserAttributesCommand,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  UpdateUserAttributesCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { client as cognitoClient } from '../../infra/local/cognito.ts';
import { freePort } from '../../infra/local/ports.ts';
import { getDeps, setDeps } from '../../functions/http/deps.ts';
import { cognitoDirectory } from '../../shared/identity/directory.ts';
import { entities } from '../../shared/entities.ts';
import { startMinimalApi, type Api, type Client } from '../support/api.ts';

let api: Api;
let admin: Client;
const pool = () => inject('pool');
const cognito = () => cognitoClient(inject('cognitoEndpoint'));
const TEMP = 'Vorlaeufig-2026!x';
const FINAL = 'Eigenes-Passwort-2026!';
const uniq = () => randomUUID().slice(0, 8);

beforeAll(async () => {
  ({ api, admin } = await startMinimalApi());
});
afterAll(() => api?.close());

interface Tokens {
  id: string;
  access: string;
  refresh: string;
}

/** Creates a user through the API, then signs in the first time: temporary → own password. */
async function newUser(assignments: unknown[] = [{ role: 'neighbourhood-management', socialSpaceIds: ['norden'] }]) {
  const email = `person.${uniq()}@hamm.example`;
  const res = await admin.post('/users', { email, name: 'Neue Person', assignments, temporaryPassword: TEMP });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  expect(res.body.sub).toMatch(/\S{10,}/);
  expect(res.body).not.toHaveProperty('temporaryPassword');
  const first = await cognito().send(new InitiateAuthCommand({ ClientId: pool().userPoolClientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: email, PASSWORD: TEMP } }));
  expect(first.ChallengeName).toBe('NEW_PASSWORD_REQUIRED');
  const done = await cognito().send(
    new RespondToAuthChallengeCommand({ ClientId: pool().userPoolClientId, ChallengeName: 'NEW_PASSWORD_REQUIRED', Session: first.Session, ChallengeResponses: { USERNAME: email, NEW_PASSWORD: FINAL } }),
  );
  expect(done.AuthenticationResult?.IdToken).toBeTruthy();
  // A regular sign-in with the new password (cognito-local keeps refresh tokens only from those).
  const again = await cognito().send(new InitiateAuthCommand({ ClientId: pool().userPoolClientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: email, PASSWORD: FINAL } }));
  const r = again.AuthenticationResult!;
  return { user: res.body, email, tokens: { id: r.IdToken!, access: r.AccessToken!, refresh: r.RefreshToken! } as Tokens };
}

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const me = (token: string) => api.anonymous.raw('/me', { headers: bearer(token) });

async function refresh(tokens: Tokens): Promise<string> {
  const res = await cognito().send(new InitiateAuthCommand({ ClientId: pool().userPoolClientId, AuthFlow: 'REFRESH_TOKEN_AUTH', AuthParameters: { REFRESH_TOKEN: tokens.refresh } }));
  return res.AuthenticationResult!.IdToken!;
}

/** Polls until `refused` holds; returns the milliseconds it took (fails past `limitMs`). */
async function timeUntil(refused: () => Promise<boolean>, limitMs = 5000): Promise<number> {
  const start = performance.now();
  while (performance.now() - start <= limitMs + 1000) {
    if (await refused()) return performance.now() - start;
    await new Promise((r) => setTimeout(r, 200));
  }
  return Infinity;
}

describe('lockout', () => {
  it('nobody deletes or deactivates themselves, and the last active admin stays an admin', async () => {
    const self = (await admin.get('/users/u-admin')).body;
    const del = await admin.del('/users/u-admin');
    expect(del.status).toBe(409);
    expect(del.body.type).toMatch(/lockout/);
    expect((await admin.put('/users/u-admin', { ...self, active: false })).status).toBe(409);
    const demote = await admin.put('/users/u-admin', { ...self, assignments: [{ role: 'leadership', socialSpaceIds: [] }] });
    expect(demote.status).toBe(409);
    expect(demote.body.errors[0].pointer).toBe('/body/assignments');
    // With a second active admin, the first may step down.
    await newUser([{ role: 'admin', socialSpaceIds: [] }]);
    const ok = await admin.put('/users/u-admin', { ...self, receivesReport: false, assignments: [{ role: 'admin', socialSpaceIds: [] }, { role: 'leadership', socialSpaceIds: [] }] });
    expect(ok.status).toBe(200);
  });
});

describe('the e-mail takeover', () => {
  it('self-service e-mail changes to the admin address (any letter case) never make the attacker the admin', async () => {
    const attacker = await newUser();
    expect((await me(attacker.tokens.id)).body.principal.id).toBe(attacker.user.id);
    for (const target of ['ADMIN@hamm.example', 'admin@hamm.example', 'Admin@Hamm.Example']) {
      // The pool keeps the original address until a code confirms the new one (keepOriginal);
      // whatever cognito-local does with the request, the token that follows is judged.
      await cognito()
        .send(new UpdateUserAttributesCommand({ AccessToken: attacker.tokens.access, UserAttributes: [{ Name: 'email', Value: target }] }))
        .catch(() => undefined);
      const res = await me(await refresh(attacker.tokens));
      expect([200, 401]).toContain(res.status);
      if (res.status === 200) expect(res.body.principal.id).toBe(attacker.user.id);
    }
  });

  it('a token that does carry the victim admin address, verified, still resolves to the attacker (identity is the sub)', async () => {
    const victim = await newUser([{ role: 'admin', socialSpaceIds: [] }]);
    const attacker = await newUser();
    for (const variant of [victim.email, victim.email.toUpperCase()]) {
      // As if a pool had no keepOriginal: the attacker's account now carries the victim's address.
      await cognito().send(
        new AdminUpdateUserAttributesCommand({ UserPoolId: pool().userPoolId, Username: attacker.user.sub, UserAttributes: [{ Name: 'email', Value: variant }, { Name: 'email_verified', Value: 'true' }] }),
      );
      const token = await refresh(attacker.tokens);
      expect(JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).email).toBe(variant);
      const res = await me(token);
      expect(res.status).toBe(200);
      expect(res.body.principal.id).toBe(attacker.user.id);
      expect(res.body.capabilities.users).toBeUndefined();
    }
  });

  it('refuses an ID token whose e-mail is not verified', async () => {
    // An account whose address nobody confirmed (cognito-local reads the string 'false' as
    // verified, so the attribute is left out), bound to a User like any other.
    const email = `unbestaetigt.${uniq()}@hamm.example`;
    const created = await cognito().send(new AdminCreateUserCommand({ UserPoolId: pool().userPoolId, Username: email, MessageAction: 'SUPPRESS', UserAttributes: [{ Name: 'email', Value: email }] }));
    const sub = created.User!.Attributes!.find((a) => a.Name === 'sub')!.Value!;
    await cognito().send(new AdminSetUserPasswordCommand({ UserPoolId: pool().userPoolId, Username: sub, Password: FINAL, Permanent: true }));
    await api.repo.create(entities.user, { email, name: 'Unbestätigt', active: true, assignments: [{ role: 'admin', socialSpaceIds: [] }], receivesReport: false, sub }, { actor: 'test' });
    const signedIn = await cognito().send(new InitiateAuthCommand({ ClientId: pool().userPoolClientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: email, PASSWORD: FINAL } }));
    const token = signedIn.AuthenticationResult!.IdToken!;
    expect(JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).email_verified).toBe(false);
    expect((await me(token)).status).toBe(401);
  });
});

describe('revocation within 5 seconds', () => {
  it('a revoked API key (sent as bare X-Api-Key)', async () => {
    const created = await admin.post('/api-keys', { organisationId: 'caritas', name: `Widerruf ${uniq()}` });
    expect(created.status).toBe(201);
    const partner = api.withKey(created.body.key);
    expect((await partner.get('/me')).status).toBe(200);
    expect((await admin.del(`/api-keys/${created.body.id}`)).status).toBe(200);
    const ms = await timeUntil(async () => (await partner.get('/me')).status === 401);
    expect(ms).toBeLessThanOrEqual(5000);
  });

  it('a deactivated user, whose Cognito account is disabled too', async () => {
    const person = await newUser();
    expect((await me(person.tokens.id)).status).toBe(200);
    const current = (await admin.get(`/users/${person.user.id}`)).body;
    expect((await admin.put(`/users/${person.user.id}`, { ...current, active: false })).status).toBe(200);
    const ms = await timeUntil(async () => (await me(person.tokens.id)).status === 401);
    expect(ms).toBeLessThanOrEqual(5000);
    // Disabled in Cognito (which in AWS also ends its refresh tokens; cognito-local still lets a
    // disabled account sign in, so the API's own check above is what this run can show).
    const account = await cognito().send(new AdminGetUserCommand({ UserPoolId: pool().userPoolId, Username: person.user.sub }));
    expect(account.Enabled).toBe(false);
  });

  it('a removed role', async () => {
    const person = await newUser([{ role: 'coordination', socialSpaceIds: ['mitte'] }]);
    const asPerson = (path: string) => api.anonymous.raw(path, { headers: bearer(person.tokens.id) });
    expect((await asPerson('/targets')).status).toBe(200);
    const current = (await admin.get(`/users/${person.user.id}`)).body;
    expect((await admin.put(`/users/${person.user.id}`, { ...current, assignments: [] })).status).toBe(200);
    const ms = await timeUntil(async () => (await asPerson('/targets')).status === 403);
    expect(ms).toBeLessThanOrEqual(5000);
  });
});

describe('users and their Cognito accounts', () => {
  it('deleting a user removes the Cognito account', async () => {
    const person = await newUser();
    expect((await admin.del(`/users/${person.user.id}`)).status).toBe(200);
    await expect(cognito().send(new AdminGetUserCommand({ UserPoolId: pool().userPoolId, Username: person.user.sub }))).rejects.toMatchObject({ name: 'UserNotFoundException' });
  });

  it('Cognito unreachable during creation: 503 problem+json and no User record', async () => {
    const deps = getDeps();
    const email = `unerreichbar.${uniq()}@hamm.example`;
    setDeps({ ...deps, directory: cognitoDirectory({ userPoolId: pool().userPoolId, endpoint: `http://127.0.0.1:${await freePort()}` }) });
    try {
      const res = await admin.post('/users', { email, name: 'Niemand' });
      expect(res.status).toBe(503);
      expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(res.body.detail).toMatch(/Cognito/);
    } finally {
      setDeps(deps);
    }
    expect((await admin.get('/users', { filter: { q: email } })).body).toEqual([]);
    expect(await api.repo.findByUnique(entities.user, { email })).toBeUndefined();
  });

  it('a record that cannot be written takes its new Cognito account back with it', async () => {
    // A User whose account was removed behind the system's back still holds the address.
    const orphan = await newUser();
    await getDeps().directory.remove(orphan.user.sub);
    const res = await admin.post('/users', { email: orphan.email, name: 'Doppelt', temporaryPassword: TEMP });
    expect(res.status).toBe(409);
    expect(res.body.errors).toEqual([{ pointer: '/body/email', detail: 'bereits vergeben' }]);
    await expect(cognito().send(new AdminGetUserCommand({ UserPoolId: pool().userPoolId, Username: orphan.email }))).rejects.toMatchObject({ name: 'UserNotFoundException' });
  });

  it('an address that already has a Cognito account gets 409, field by field', async () => {
    const person = await newUser();
    await api.repo.delete(entities.user, person.user.id, undefined, { actor: 'test' });
    const res = await admin.post('/users', { email: person.email.toUpperCase(), name: 'Noch einmal' });
    expect(res.status).toBe(409);
    expect(res.body.errors).toEqual([{ pointer: '/body/email', detail: 'bereits vergeben' }]);
  });

  it('a temporary password that breaks the pool rule is refused before anything is created', async () => {
    const email = `schwach.${uniq()}@hamm.example`;
    const res = await admin.post('/users', { email, name: 'Schwach', temporaryPassword: 'kurz' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].pointer).toBe('/body/temporaryPassword');
    expect(await getDeps().directory.findSub(email)).toBeUndefined();
  });
});
