/**
 * Defence in depth in AWS: every request reads and writes with credentials that can reach only its
 * own tenant's partitions. The function assumes its group's tenant-access role (infra/stacks/
 * tenantAccess.ts, which holds the group's usual per-partition statements for any tenant) with a
 * session policy naming the tenant: the credentials may do what both allow, so a key of another
 * tenant that somehow reached a request would be refused by DynamoDB itself.
 * This is the pattern AWS documents for SaaS tenant isolation ("dynamically generated policies").
 *
 * Credentials are made per tenant and kept for their lifetime (the provider renews them before
 * they expire). Locally there is no IAM: the local engine ignores credentials, and the scope alone
 * (shared/tenancy/scope.ts) keeps tenants apart.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import { TENANT_SEPARATOR } from '../tenancy/tenant.ts';
import { createDocumentClient, createDynamoClient } from './client.ts';

/** Every item action a function may ever use; the tenant-access role narrows them per partition. */
export const TENANT_ITEM_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:ConditionCheckItem',
];

/**
 * The session policy of one tenant: item actions on the table and its indexes, only where every
 * partition key the request names starts with `<tenant>|`. (STS allows 2,048 characters: this is
 * about 500.)
 */
export function sessionPolicy(tenant: string, tableArn: string): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Action: TENANT_ITEM_ACTIONS,
        Resource: [tableArn, `${tableArn}/index/*`],
        Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [`${tenant}${TENANT_SEPARATOR}*`] } },
      },
      { Effect: 'Allow', Action: ['dynamodb:DescribeTable'], Resource: tableArn },
    ],
  });
}

export interface TenantClients {
  raw(tenant: string): DynamoDBClient;
  doc(tenant: string): DynamoDBDocumentClient;
}

type Provide = (params: { RoleArn: string; RoleSessionName: string; Policy: string; DurationSeconds: number }) => AwsCredentialIdentityProvider;

/** Clients per tenant with scoped credentials, made on a tenant's first request and kept. */
export function tenantClients(roleArn: string, tableArn: string, provide: Provide): TenantClients {
  const made = new Map<string, { raw: DynamoDBClient; doc: DynamoDBDocumentClient }>();
  const get = (tenant: string) => {
    let c = made.get(tenant);
    if (!c) {
      const raw = createDynamoClient({ credentials: provide({ RoleArn: roleArn, RoleSessionName: `tenant-${tenant}`, Policy: sessionPolicy(tenant, tableArn), DurationSeconds: 3600 }) });
      made.set(tenant, (c = { raw, doc: createDocumentClient(raw) }));
    }
    return c;
  };
  return { raw: (tenant) => get(tenant).raw, doc: (tenant) => get(tenant).doc };
}

/**
 * The scoped clients of a function in AWS (TENANT_ROLE_ARN and TABLE_ARN set by CDK); none locally.
 * The STS provider is loaded with a tenant's first request, not with the function.
 */
export function tenantClientsFromEnv(): TenantClients | undefined {
  const roleArn = process.env.TENANT_ROLE_ARN;
  const tableArn = process.env.TABLE_ARN;
  if (!roleArn || !tableArn) return undefined;
  return tenantClients(roleArn, tableArn, (params) => {
    let provider: AwsCredentialIdentityProvider | undefined;
    return async () => (provider ??= (await import('@aws-sdk/credential-providers')).fromTemporaryCredentials({ params }))();
  });
}
