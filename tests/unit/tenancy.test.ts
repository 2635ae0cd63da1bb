/** Tenant isolation without a database: the scope, the keys it leads, API keys, and the session policy AWS enforces. */
import { describe, expect, it } from 'vitest';
import { keys, platformKeys } from '../../shared/db/keys.ts';
import { sessionPolicy, tenantClients, TENANT_ITEM_ACTIONS } from '../../shared/db/tenantCredentials.ts';
import { apiKeyTenant, generateApiKey } from '../../shared/identity/apiKeys.ts';
import { currentTenant, inTenant, setProcessTenant, TenantScopeError } from '../../shared/tenancy/scope.ts';
import { FIRST_TENANT, parsePublicAddress, PUBLIC_ADDRESS_HEADER } from '../../shared/tenancy/tenant.ts';
import { querystringOf, viewerRequest } from '../../infra/stacks/viewerRequest.ts';
import { publicUrl } from '../../shared/runtimeConfig.ts';
import { contrastRatio, Look } from '../../shared/schemas/tenant.ts';
import { isWorkingDay } from '../../shared/time/workingDays.ts';

const TABLE = 'arn:aws:dynamodb:eu-central-1:123456789012:table/hamm';

describe('tenant scope', () => {
  it('leads every partition key with the tenant in scope, and no sort key', () => {
    const k = inTenant('musterstadt', () => ({ ...keys.entity('offer', 'o1'), ...keys.collection('offer', 'o1'), ...keys.child('organisation', 'x', 'offer', 'o1'), ...keys.sorted('offer', 'a', 'o1') }));
    expect(k).toEqual({ PK: 'musterstadt|offer#o1', SK: '#', GSI1PK: 'musterstadt|offer', GSI1SK: 'o1', GSI2PK: 'musterstadt|organisation#x', GSI2SK: 'offer#o1', GSI3PK: 'musterstadt|sorted#offer', GSI3SK: 'a#o1' });
    expect(inTenant('musterstadt', () => keys.audit('offer', 'o1', '2026-12-07T10:00:00Z', 'a1', 'user:u'))).toMatchObject({ PK: 'musterstadt|audit#offer#o1', GSI1PK: 'musterstadt|audit@2026-12', GSI2PK: 'musterstadt|actor#user:u' });
    expect(inTenant('musterstadt', () => keys.idempotencyPartition())).toBe('musterstadt|idempotency');
  });

  it('keeps the operator\'s items outside every tenant', () => {
    expect(inTenant('musterstadt', () => platformKeys.tenant('hamm'))).toEqual({ PK: 'platform|tenant', SK: 'hamm' });
    expect(() => inTenant('platform', () => 1)).toThrow(TenantScopeError);
  });

  it('refuses to act for another tenant inside a tenant\'s work, and to build a key with no tenant at all', async () => {
    expect(() => inTenant('hamm', () => inTenant('musterstadt', () => keys.entity('offer', 'o1')))).toThrow(/tenant hamm cannot act for tenant musterstadt/);
    // …also after an await, where the scope travels with the async work.
    await expect(inTenant('hamm', async () => {
      await new Promise((r) => setTimeout(r, 1));
      return inTenant('musterstadt', () => 1);
    })).rejects.toThrow(TenantScopeError);
    expect(inTenant('hamm', () => inTenant('hamm', () => currentTenant()))).toBe('hamm');
    setProcessTenant(undefined);
    try {
      expect(() => keys.entity('offer', 'o1')).toThrow(/No tenant in scope/);
    } finally {
      setProcessTenant(FIRST_TENANT);
    }
  });

  it('counts the holidays of the tenant\'s own state: Buß- und Bettag in Saxony, not in Hamm', () => {
    expect(inTenant('musterstadt', () => isWorkingDay('2026-11-18'), { state: 'SN' })).toBe(false);
    expect(inTenant('hamm', () => isWorkingDay('2026-11-18'), { state: 'NW' })).toBe(true);
    // All Saints: a holiday in NRW, a working day in Saxony.
    expect(inTenant('musterstadt', () => isWorkingDay('2027-11-01'), { state: 'SN' })).toBe(true);
    expect(inTenant('hamm', () => isWorkingDay('2027-11-01'), { state: 'NW' })).toBe(false);
  });
});

describe('API keys', () => {
  it('name the tenant whose keys to search; a key from before tenants is Hamm\'s', () => {
    const { plaintext, prefix } = generateApiKey('musterstadt');
    expect(prefix).toMatch(/^hsk_musterstadt_[A-Za-z0-9]{8}$/);
    expect(apiKeyTenant(plaintext)).toBe('musterstadt');
    expect(apiKeyTenant(`hsk_abcdEFGH_${'a'.repeat(43)}`)).toBe('hamm');
    expect(apiKeyTenant('hsk_x')).toBeUndefined();
    expect(apiKeyTenant(`hsk_Musterstadt_abcdEFGH_${'a'.repeat(43)}`)).toBeUndefined();
  });
});

describe('session policy (AWS)', () => {
  it('allows item actions on the table and its indexes only where every partition key starts with the tenant', () => {
    const policy = JSON.parse(sessionPolicy('musterstadt', TABLE));
    expect(policy.Statement).toEqual([
      {
        Effect: 'Allow',
        Action: TENANT_ITEM_ACTIONS,
        Resource: [TABLE, `${TABLE}/index/*`],
        Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['musterstadt|*'] } },
      },
      { Effect: 'Allow', Action: ['dynamodb:DescribeTable'], Resource: TABLE },
    ]);
    expect(TENANT_ITEM_ACTIONS).not.toContain('dynamodb:Scan');
    expect(TENANT_ITEM_ACTIONS.every((a) => a.startsWith('dynamodb:') && !a.includes('*'))).toBe(true);
    // STS refuses session policies over 2,048 characters; the longest tenant id must fit.
    expect(sessionPolicy('a'.repeat(31), TABLE).length).toBeLessThan(2048);
  });

  it('assumes the role once per tenant, with that tenant\'s policy, and keeps the client for the credentials\' lifetime', () => {
    const asked: { RoleSessionName: string; Policy: string }[] = [];
    const clients = tenantClients('arn:aws:iam::123456789012:role/t', TABLE, (params) => {
      asked.push(params);
      return async () => ({ accessKeyId: 'x', secretAccessKey: 'y' });
    });
    const a = clients.doc('hamm');
    expect(clients.doc('hamm')).toBe(a);
    expect(clients.doc('musterstadt')).not.toBe(a);
    expect(asked.map((p) => p.RoleSessionName)).toEqual(['tenant-hamm', 'tenant-musterstadt']);
    expect(JSON.parse(asked[1]!.Policy).Statement[0].Condition['ForAllValues:StringLike']['dynamodb:LeadingKeys']).toEqual(['musterstadt|*']);
  });
});

describe('tenant look', () => {
  it('refuses colours whose text would be unreadable (WCAG 1.4.3, 4.5 : 1)', () => {
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 0);
    expect(Look.safeParse({ title: 'X', brandColour: '#00549f', textOnBrand: '#ffffff' }).success).toBe(true);
    const pale = Look.safeParse({ title: 'X', brandColour: '#ffcc00', textOnBrand: '#ffffff' });
    expect(pale.success).toBe(false);
    expect(pale.error!.issues[0]!.path).toEqual(['textOnBrand']);
  });
});

describe('public addresses (the CDN\'s viewer function, as CloudFront and the local server run it)', () => {
  const at = (host: string, uri: string, search = '') => viewerRequest({ request: { uri, headers: { host: { value: host } }, querystring: querystringOf(search) } });

  it('notes the host and the path form\'s tenant, and strips the prefix so every tenant shares the files and routes', () => {
    expect(at('angebote.example-stadt.de', '/v1/public/offers')).toMatchObject({ uri: '/v1/public/offers', headers: { [PUBLIC_ADDRESS_HEADER]: { value: 'angebote.example-stadt.de' } } });
    expect(at('cdn.example', '/t/musterstadt/v1/public/offers')).toMatchObject({ uri: '/v1/public/offers', headers: { [PUBLIC_ADDRESS_HEADER]: { value: 'cdn.example/t/musterstadt' } } });
    expect(at('cdn.example', '/t/musterstadt/angebote/')).toMatchObject({ uri: '/angebote/index.html' });
    expect(at('cdn.example', '/')).toMatchObject({ uri: '/' });
    // Not a tenant's path: left as it is, for the main address.
    expect(at('cdn.example', '/t/X/angebote/')).toMatchObject({ uri: '/t/X/angebote/index.html', headers: { [PUBLIC_ADDRESS_HEADER]: { value: 'cdn.example' } } });
  });

  it('leads a folder without its slash and a tenant\'s bare address to the finder', () => {
    expect(at('cdn.example', '/angebote')).toMatchObject({ statusCode: 301, headers: { location: { value: '/angebote/' } } });
    expect(at('cdn.example', '/t/musterstadt')).toMatchObject({ statusCode: 301, headers: { location: { value: '/t/musterstadt/angebote/' } } });
    expect(at('cdn.example', '/t/musterstadt/angebote')).toMatchObject({ statusCode: 301, headers: { location: { value: '/t/musterstadt/angebote/' } } });
    // The query string goes along, as the viewer wrote it.
    expect(at('cdn.example', '/t/musterstadt/angebote', '?lang=tr&theme=Bildung%20und%20Kultur&x&b=1&b=2')).toMatchObject({ headers: { location: { value: '/t/musterstadt/angebote/?lang=tr&theme=Bildung%20und%20Kultur&x&b=1&b=2' } } });
  });

  it('reads a noted address back into its host (without port) and the tenant its path names', () => {
    expect(parsePublicAddress('musterstadt.localhost:3000')).toEqual({ host: 'musterstadt.localhost' });
    expect(parsePublicAddress('cdn.example/t/musterstadt')).toEqual({ host: 'cdn.example', pathTenant: 'musterstadt' });
    // Named, so that it is refused (404) rather than read as the main address.
    expect(parsePublicAddress('cdn.example/t/platform')).toEqual({ host: 'cdn.example', pathTenant: 'platform' });
    expect(parsePublicAddress('cdn.example/else')).toEqual({ host: '' });
  });

  it('points a tenant\'s mail links to its own host, else to the main address (the default tenant) or its path form there', () => {
    const before = process.env.PUBLIC_URL;
    process.env.PUBLIC_URL = 'https://cdn.example/';
    try {
      expect(inTenant('hamm', publicUrl)).toBe('https://cdn.example');
      expect(inTenant('beispiel', publicUrl)).toBe('https://cdn.example/t/beispiel');
      expect(inTenant('musterstadt', publicUrl, { host: 'angebote.musterstadt.example' })).toBe('https://angebote.musterstadt.example');
    } finally {
      process.env.PUBLIC_URL = before;
    }
  });
});
