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

/** What a function's own credentials may read: the registry (P1, P2) and the migration markers (P3). */
export const PLATFORM_READS = [platformKeys.tenant().PK, `${platformKeys.migration('').PK}*`];

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
  fn.addEnvironment('TENANT_ROLE_ARN', role.roleArn);
  fn.addEnvironment('TABLE_ARN', tableArn);
  return role;
}
