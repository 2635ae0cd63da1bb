/**
 * Tenant isolation in IAM (the pattern AWS documents for SaaS: dynamically generated policies).
 *
 * Each function's own role reaches only the operator's items (`platform|…`: the tenant registry
 * and the migration marker) and may assume its group's tenant-access role. That role holds the
 * group's usual per-partition statements (tableAccess.ts) for any tenant (`*|offer#*`); the function
 * assumes it with a session policy naming the request's tenant (`hamm|*`,
 * shared/db/tenantCredentials.ts), so its credentials reach only the intersection: this group's
 * partitions of this tenant. A key of another tenant would be refused by DynamoDB itself.
 */
import type { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { platformKeys } from '../../shared/db/keys.ts';
import { TENANT_SEPARATOR } from '../../shared/tenancy/tenant.ts';
import type { FunctionGroup } from '../../shared/contract/routes/index.ts';
import { TABLE_ACCESS, tableStatements, type Access } from './tableAccess.ts';

/** A group's partitions in any tenant: `offer#*` → `*|offer#*`. */
export function anyTenant(access: Access): Access {
  const prefix = (list?: string[]) => list?.map((p) => `*${TENANT_SEPARATOR}${p}`);
  return { ...access, read: prefix(access.read)!, write: prefix(access.write), check: prefix(access.check), orderKeys: prefix(access.orderKeys), snapshots: prefix(access.snapshots) };
}

/** What a function's own credentials may read: the registry (P1, P2), the migration markers (P3), operators (P4) and usage (P5). */
export const PLATFORM_READS = [platformKeys.tenant().PK, `${platformKeys.migration('').PK}*`, `${platformKeys.operator('').PK}*`, `${platformKeys.usage('').PK}*`];

/** The functions that write the registry: system (PUT /v1/tenant) and organisations (the operator's routes). */
const REGISTRY_WRITERS: string[] = ['system', 'organisations'];

export function tenantAccess(stack: Stack, name: FunctionGroup | 'authorizer', fn: lambda.Function, tableArn: string, indexArns: string[]): iam.Role {
  const role = new iam.Role(stack, `${name}TenantAccess`, {
    assumedBy: new iam.ArnPrincipal(fn.role!.roleArn),
    description: `The ${name} function's table access for one tenant at a time (session policy)`,
    inlinePolicies: { table: new iam.PolicyDocument({ statements: tableStatements(anyTenant(TABLE_ACCESS[name]), tableArn, indexArns) }) },
  });
  fn.addToRolePolicy(new iam.PolicyStatement({ actions: ['sts:AssumeRole'], resources: [role.roleArn] }));
  fn.addToRolePolicy(
    new iam.PolicyStatement({
      actions: ['dynamodb:GetItem', 'dynamodb:Query'],
      resources: [tableArn],
      conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': PLATFORM_READS } },
    }),
  );
  // Each tenant's requests and mails, added to the month's counters once a minute (functions/http/usage.ts).
  if (name !== 'authorizer')
    fn.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['dynamodb:UpdateItem'],
        resources: [tableArn],
        conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [`${platformKeys.usage('').PK}*`] }, 'ForAllValues:StringEquals': { 'dynamodb:Attributes': ['PK', 'SK', 'requests', 'mails'] } },
      }),
    );
  // The registry's writers (the tenant admin's settings, the operator's tenants), each change with its
  // audit entry in the tenant's trail, in one transaction with these credentials.
  if (REGISTRY_WRITERS.includes(name))
    fn.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ['dynamodb:PutItem'],
        resources: [tableArn],
        conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [platformKeys.tenant().PK, `*${TENANT_SEPARATOR}audit#tenant#*`] } },
      }),
    );
  fn.addEnvironment('TENANT_ROLE_ARN', role.roleArn);
  fn.addEnvironment('TABLE_ARN', tableArn);
  return role;
}
