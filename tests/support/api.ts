/**
 * Starts the local API server (the real route table, authorizer and handlers) inside the test
 * worker, against the run's DynamoDB Local and cognito-local, and gives tests a small client.
 */
import { afterAll, beforeAll, inject } from 'vitest';
import { hammStructure } from '../../shared/seed/hamm.ts';
import { applySeed } from '../../shared/seed/seed.ts';
import { demoUsers } from '../../shared/seed/users.ts';
import { randomUUID } from 'node:crypto';
import { ensureTable } from '../../infra/local/dynamodb.ts';
import { signIn } from '../../infra/local/cognito.ts';
import { startLocalServer } from '../../infra/local/server.ts';
import { configureHandlers, DEFAULT_DEMO_PASSWORD } from '../../infra/local/stack.ts';
import type { Repository } from '../../shared/db/repository.ts';
import { itemKeys, type KeyAttrs } from '../../shared/db/keys.ts';
import { entities } from '../../shared/entities.ts';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { setClock } from '../../shared/time/clock.ts';
import { SEED_TODAY } from './constants.ts';

export interface Res<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export interface Client {
  get<T = any>(path: string, query?: Record<string, unknown>): Promise<Res<T>>;
  post<T = any>(path: string, body?: unknown, headers?: Record<string, string>): Promise<Res<T>>;
  put<T = any>(path: string, body?: unknown, headers?: Record<string, string>): Promise<Res<T>>;
  del<T = any>(path: string, headers?: Record<string, string>): Promise<Res<T>>;
  raw(path: string, init: RequestInit): Promise<Res>;
}

export interface Api {
  url: string;
  repo: Repository;
  table: string;
  anonymous: Client;
  as(email: string): Promise<Client>;
  withKey(key: string): Client;
  close(): Promise<void>;
}

const tokens = new Map<string, string>();

function client(base: string, auth: Record<string, string>): Client {
  const send = async (path: string, init: RequestInit): Promise<Res> => {
    const res = await fetch(`${base}${path}`, { ...init, headers: { ...auth, ...(init.headers as Record<string, string>) } });
    const text = await res.text();
    let body: any = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      /* not JSON */
    }
    return { status: res.status, headers: res.headers, body };
  };
  const json = (method: string) => (path: string, body?: unknown, headers: Record<string, string> = {}) =>
    send(path, { method, headers: { 'Content-Type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
  return {
    get: (path, query) => {
      const qs = query ? `?${new URLSearchParams(Object.entries(query).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]))}` : '';
      return send(`${path}${qs}`, { method: 'GET' });
    },
    post: json('POST'),
    put: json('PUT'),
    del: (path, headers = {}) => send(path, { method: 'DELETE', headers }),
    raw: send,
  };
}

export const scanAttempts: string[] = [];

/**
 * The no-Scan guard: any Scan sent through the handlers' client fails the request (and is recorded),
 * so every test that drives a route also proves the route never scans.
 */
export function guardAgainstScan(repo: Repository) {
  repo.doc.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName === 'ScanCommand') {
        scanAttempts.push(new Error().stack ?? 'Scan');
        throw new Error('Scan is not allowed in a request path');
      }
      return next(args);
    },
    { step: 'initialize', name: 'noScanGuard' },
  );
}

/**
 * `table: 'seeded'` shares the run's seeded table, and runs on the day it was seeded for (SEED_TODAY, on the
 * one clock, until `close`); `'fresh'` makes an empty one for this file (or uses the file's own table `name`), on whatever clock the file sets.
 * `dynamoVia` sends the handlers' DynamoDB traffic through that endpoint (a fault proxy, tests/support/faultProxy.ts);
 * the table is still made directly. `cognitoVia` does the same for the handlers' Cognito traffic (the
 * authorizer's keys, the user directory); tests still sign in directly.
 */
export async function startApi(opts: { table: 'seeded' | 'fresh'; name?: string; dynamoVia?: string; cognitoVia?: string } = { table: 'seeded' }): Promise<Api> {
  const restoreClock = opts.table === 'seeded' ? setClock(SEED_TODAY) : () => undefined;
  // E-mails a route sends (residents' sign-ups, status links) go to nodemailer's JSON transport, never to SES.
  process.env.MAIL_TRANSPORT ??= 'json';
  const dynamoEndpoint = inject('dynamoEndpoint');
  const cognitoEndpoint = inject('cognitoEndpoint');
  const pool = inject('pool');
  const table = opts.table === 'seeded' ? inject('seededTable') : (opts.name ?? `t-${randomUUID().slice(0, 8)}`);
  if (opts.table === 'fresh') await ensureTable(dynamoEndpoint, table);
  const repo = configureHandlers({ dynamoEndpoint: opts.dynamoVia ?? dynamoEndpoint, tableName: table, pool, cognitoEndpoint: opts.cognitoVia ?? cognitoEndpoint });
  guardAgainstScan(repo);
  const server = await startLocalServer({ port: 0, config: { userPoolId: pool.userPoolId, userPoolClientId: pool.userPoolClientId, cognitoEndpoint } });
  const base = `${server.url}/v1`;
  return {
    url: base,
    repo,
    table,
    anonymous: client(base, {}),
    async as(email) {
      if (!tokens.has(email)) tokens.set(email, await signIn(cognitoEndpoint, pool.userPoolClientId, email, DEFAULT_DEMO_PASSWORD));
      return client(base, { Authorization: `Bearer ${tokens.get(email)}` });
    },
    withKey: (key) => client(base, { 'X-Api-Key': key }),
    close: async () => {
      await server.close();
      restoreClock();
    },
  };
}

/** Hamm's structure, the demo users and `extra` records, written into a fresh table (`startApi({ table: 'fresh' })`). */
export async function seedStructure(repo: Repository, extra: { type: string; id: string; data: Record<string, unknown> }[] = []) {
  const { applySeed } = await import('../../shared/seed/seed.ts');
  const { hammStructure } = await import('../../shared/seed/hamm.ts');
  const { demoUsers } = await import('../../shared/seed/users.ts');
  await applySeed(repo, [...hammStructure(), ...demoUsers(), ...(extra as any[])]);
}

export const ADMIN = 'admin@hamm.example';
export const LEITUNG = 'leitung@hamm.example';
export const KOORD_NORDEN = 'koordination.norden@hamm.example';
export const QM_NORDEN = 'quartier.norden@hamm.example';
export const QM_WESTEN = 'quartier.westen@hamm.example';
export const PRAEV_WESTEN = 'praevention.westen@hamm.example';

/** A valid offer body; override what the test is about. */
export function offerBody(over: Record<string, unknown> = {}) {
  return {
    title: `Testangebot ${randomUUID().slice(0, 6)}`,
    description: 'Ein Angebot aus dem Test',
    organisationId: 'caritas',
    socialSpaceIds: ['norden'],
    themes: ['Bildung'],
    targetGroups: ['children'],
    status: 'published',
    ...over,
  };
}

/**
 * An offer put straight into the table, past the repository: no audit entry, no projection items,
 * and without the key attributes named in `without`. So a test can lay out a record as an older
 * release wrote it, or one that no write path would leave behind.
 */
export async function putOfferDirectly(repo: Repository, offer: Record<string, unknown> & { id: string }, without: (keyof KeyAttrs)[] = []) {
  const stored = { ...offerBody(), version: 1, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', createdBy: 'user:earlier', updatedBy: 'user:earlier', ...offer };
  const keys = Object.fromEntries(Object.entries(itemKeys(entities.offer, stored)).filter(([k]) => !without.includes(k as keyof KeyAttrs)));
  await repo.doc.send(new PutCommand({ TableName: repo.table, Item: { ...stored, ...keys, _type: 'offer' } }));
}

/** Starts the API for a test file and signs in as admin; the returned object is filled in beforeAll. */
export function useAdminApi(opts: { table: 'seeded' | 'fresh' } = { table: 'seeded' }) {
  const ctx = {} as { api: Api; admin: Client };
  beforeAll(async () => {
    ctx.api = await startApi(opts);
    ctx.admin = await ctx.api.as(ADMIN);
  });
  afterAll(() => ctx.api?.close());
  return ctx;
}

/** A fresh table with the smallest data, and the admin's client: for files that change users or counts. */
export async function startMinimalApi(): Promise<{ api: Api; admin: Client }> {
  const api = await startApi({ table: 'fresh' });
  await seedMinimal(api.repo);
  return { api, admin: await api.as(ADMIN) };
}

/** The smallest data routes need: Hamm's structure, the demo users and one organisation. */
export function seedMinimal(repo: Repository) {
  return applySeed(repo, [...hammStructure(), ...demoUsers(), { type: 'organisation', id: 'caritas', data: { name: 'Caritas', kind: 'free-welfare' } }]);
}
