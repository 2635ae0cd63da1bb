/**
 * The CDK app: synthesised offline (bundling skipped), checked with aws-cdk-lib/assertions and cdk-nag.
 * The app stack's nested stacks are read together (`app`), with references between them resolved.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { buildApp } from '../../infra/app.ts';
import { resourceCounts, STACK_RESOURCE_BUDGET, type StackCount } from '../../infra/resourceCount.ts';
import { FUNCTION_GROUPS, routes } from '../../shared/contract/routes/index.ts';
import { DEPENDENCY_DEADLINE_MS, REQUEST_BUDGET_MS, RETRY_AFTER_SECONDS } from '../../shared/dependencyLimits.ts';

let app: Template;
let data: Template;
let report: any;
let counts: StackCount[];
/** A value as deployed: a nested stack's parameter followed through the parent to the output (and resource) it names. */
let resolve: (value: any) => any;

beforeAll(() => {
  const built = buildApp(new App({ context: { stage: 'dev', 'aws:cdk:bundling-stacks': [] } }));
  const assembly = built.app.synth();
  const parent = Template.fromStack(built.appStack).toJSON();
  const nested = built.appStack.nestedStacks.map((s) => ({ s, t: JSON.parse(readFileSync(path.join(assembly.directory, s.templateFile), 'utf8')) }));
  // One view of every resource; a logical id two nested stacks share (each group's permission) keeps both.
  const merged: Record<string, any> = { ...parent.Resources };
  for (const { s, t } of nested) for (const [id, r] of Object.entries<any>(t.Resources)) merged[id in merged ? `${id}@${s.node.id}` : id] = r;
  app = Template.fromJSON({ Resources: merged });
  data = Template.fromStack(built.data);
  report = JSON.parse(readFileSync(path.join(assembly.directory, 'validation-report.json'), 'utf8'));
  counts = resourceCounts(assembly.directory, [built.data, built.appStack]);
  // Parameter → the parent's GetAtt on a nested stack's output → that output's value.
  const paramOwner = new Map<string, any>();
  for (const { s, t } of nested) for (const p of Object.keys(t.Parameters ?? {})) paramOwner.set(p, parent.Resources[built.appStack.getLogicalId(s.nestedStackResource!)].Properties.Parameters[p]);
  const outputs = new Map<string, any>();
  for (const { s, t } of nested) for (const [o, v] of Object.entries<any>(t.Outputs ?? {})) outputs.set(`${built.appStack.getLogicalId(s.nestedStackResource!)}.Outputs.${o}`, v.Value);
  resolve = (value) => {
    const viaParent = value?.Ref && paramOwner.get(value.Ref);
    if (!viaParent) return value;
    const [stackId, attr] = viaParent['Fn::GetAtt'] ?? [];
    return resolve(outputs.get(`${stackId}.${attr}`) ?? viaParent);
  };
}, 120000);

const resources = (t: Template, type: string) => Object.entries(t.findResources(type)) as [string, any][];
/** A group's table statements: the inline policy of its tenant-access role (infra/stacks/tenantAccess.ts). */
const tenantStatements = (group: string): any[] => resources(app, 'AWS::IAM::Role').find(([id]) => id.startsWith(`${group}TenantAccess`))![1].Properties.Policies[0].PolicyDocument.Statement;
/** The partitions a statement names, without the any-tenant prefix every one of them carries. */
const leadingKeys = (st: any): string[] =>
  (st.Condition?.['ForAllValues:StringLike']?.['dynamodb:LeadingKeys'] ?? []).map((k: string) => {
    expect(k.startsWith('*|'), k).toBe(true);
    return k.slice(2);
  });

describe('CDK app', () => {
  it('passes cdk-nag AwsSolutions with no unacknowledged violation, each acknowledgement with a reason', () => {
    const nag = report.pluginReports.find((r: any) => r.pluginName === 'AwsSolutions');
    expect(nag.conclusion).toBe('success');
    expect(nag.violations).toEqual([]);
    expect(nag.suppressedViolations.length).toBeGreaterThan(0);
  });

  it('has every route of the route table, with the authorizer exactly where auth is required', () => {
    const apiResources = Object.fromEntries(resources(app, 'AWS::ApiGateway::Resource').map(([id, r]) => [id, r.Properties]));
    const pathOf = (value: any): string => {
      const ref = resolve(value);
      if (!ref?.Ref || !apiResources[ref.Ref]) return '';
      const p = apiResources[ref.Ref];
      return `${pathOf(p.ParentId)}/${p.PathPart}`;
    };
    const methods = resources(app, 'AWS::ApiGateway::Method')
      .map(([, m]) => m.Properties)
      .filter((m) => m.HttpMethod !== 'OPTIONS')
      .map((m) => ({ key: `${m.HttpMethod} ${pathOf(m.ResourceId)}`, auth: m.AuthorizationType, authorizer: resolve(m.AuthorizerId) }));
    expect(methods).toHaveLength(routes.length);
    for (const r of routes) {
      const m = methods.find((x) => x.key === `${r.method} ${r.path}`);
      expect(m, `${r.method} ${r.path}`).toBeDefined();
      if (r.auth === 'none') expect(m!.auth).toBe('NONE');
      else {
        expect(m!.auth).toBe('CUSTOM');
        expect(m!.authorizer).toEqual({ Ref: expect.stringMatching(/^Authorizer/) });
      }
    }
    // No gateway cache and no identity sources: revocations act within the authorizer's 3 s, and a
    // bare X-Api-Key reaches the authorizer.
    app.hasResourceProperties('AWS::ApiGateway::Authorizer', { Type: 'REQUEST', AuthorizerResultTtlInSeconds: 0, IdentitySource: '' });
  });

  it('leaves room in every stack (at most 400 of the 500 resources), the API split along the function groups', () => {
    const over = counts.filter((c) => c.resources > STACK_RESOURCE_BUDGET);
    expect(over).toEqual([]);
    expect(counts.find((c) => c.stack === 'HammApp-dev')!.resources).toBeLessThan(100);
    for (const group of FUNCTION_GROUPS) expect(counts.map((c) => c.stack)).toContain(`HammApp-dev/Routes${group[0].toUpperCase()}${group.slice(1)}`);
    // Every function group's methods may call its function, and only its function.
    expect(resources(app, 'AWS::Lambda::Permission').filter(([, p]) => p.Properties.Principal === 'apigateway.amazonaws.com').length).toBe(FUNCTION_GROUPS.length + 1);
  });

  it('never replaces the table: its logical id, retention and PITR stay as deployed', () => {
    // A changed logical id would make CloudFormation create a new, empty table and drop the old one from the stack.
    const tables = resources(data, 'AWS::DynamoDB::GlobalTable');
    expect(tables.map(([id]) => id)).toEqual(['TableCD117FA1']);
    expect(tables[0][1]).toMatchObject({ DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
    expect(tables[0][1].Properties.Replicas[0].PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
  });

  it('backs the table up daily with AWS Backup, kept 35 days in a vault that outlives the stack', () => {
    data.hasResourceProperties('AWS::Backup::BackupPlan', {
      BackupPlan: { BackupPlanRule: [Match.objectLike({ RuleName: 'daily', ScheduleExpression: 'cron(30 1 * * ? *)', Lifecycle: { DeleteAfterDays: 35 } })] },
    });
    const [tableId] = Object.keys(data.findResources('AWS::DynamoDB::GlobalTable'));
    data.hasResourceProperties('AWS::Backup::BackupSelection', { BackupSelection: Match.objectLike({ Resources: [{ 'Fn::GetAtt': [tableId, 'Arn'] }] }) });
    data.hasResource('AWS::Backup::BackupVault', { DeletionPolicy: 'Retain' });
  });

  it('keeps the table: PITR, RETAIN, deletion protection, TTL and the shared GSIs', () => {
    data.hasResource('AWS::DynamoDB::GlobalTable', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({
        TimeToLiveSpecification: { AttributeName: 'ttl', Enabled: true },
        GlobalSecondaryIndexes: Match.arrayWith([Match.objectLike({ IndexName: 'GSI1' }), Match.objectLike({ IndexName: 'GSI3' })]),
        Replicas: [Match.objectLike({ PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true }, DeletionProtectionEnabled: true })],
      }),
    });
  });

  it('grants no wildcard actions on the table, Scan only to the key migration, and read-only access where functions only read', () => {
    const documents = [
      ...resources(app, 'AWS::IAM::Policy').map(([id, p]) => [id, p.Properties.PolicyDocument] as const),
      ...resources(app, 'AWS::IAM::Role').flatMap(([id, r]) => (r.Properties.Policies ?? []).map((p: any) => [id, p.PolicyDocument] as const)),
    ];
    for (const [id, document] of documents) {
      for (const st of document.Statement) {
        const actions: string[] = [st.Action].flat();
        if (!actions.some((a) => a.startsWith('dynamodb:'))) continue;
        expect(actions).not.toContain('dynamodb:*');
        expect(actions).not.toContain('*');
        if (!id.startsWith('migrateFunction')) expect(actions, id).not.toContain('dynamodb:Scan');
      }
    }
    const publicStatements = tenantStatements('public');
    const publicActions = publicStatements.flatMap((s: any) => [s.Action].flat()).filter((a: string) => a.startsWith('dynamodb:'));
    expect([...new Set(publicActions)].sort()).toEqual(['dynamodb:BatchGetItem', 'dynamodb:DescribeTable', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:UpdateItem']);
    // Its two writes: counting searches without result, and storing the catalogue's snapshot; nothing else.
    const publicWrite = publicStatements.find((s: any) => [s.Action].flat().includes('dynamodb:UpdateItem'));
    expect(leadingKeys(publicWrite)).toEqual(['searchgap@*']);
    const publicPut = publicStatements.filter((s: any) => [s.Action].flat().includes('dynamodb:PutItem'));
    expect(publicPut.map((s: any) => [[s.Action].flat(), leadingKeys(s)])).toEqual([[['dynamodb:PutItem'], ['catalogue*']]]);
  });

  it('gives each function only the operator\'s items and its group\'s tenant-access role, assumed per tenant', () => {
    for (const group of [...FUNCTION_GROUPS, 'authorizer']) {
      const own = resources(app, 'AWS::IAM::Policy').find(([id]) => id.startsWith(`${group}FunctionServiceRoleDefaultPolicy`))![1].Properties.PolicyDocument.Statement;
      const table = own.filter((s: any) => [s.Action].flat().some((a: string) => a.startsWith('dynamodb:')));
      const expected = [
        expect.objectContaining({ Action: ['dynamodb:GetItem', 'dynamodb:Query'], Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['platform|tenant', 'platform|migration#*', 'platform|operator#*', 'platform|usage#*'] } } }),
        // Its tenants' requests and mails, added to the month's counters: those attributes only.
        ...(group === 'authorizer' ? [] : [expect.objectContaining({ Action: 'dynamodb:UpdateItem', Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['platform|usage#*'] }, 'ForAllValues:StringEquals': { 'dynamodb:Attributes': ['PK', 'SK', 'requests', 'mails'] } } })]),
        // The registry's two writers: the entry, and its audit entry in the tenant's own trail.
        ...(['system', 'organisations'].includes(group) ? [expect.objectContaining({ Action: 'dynamodb:PutItem', Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['platform|tenant', '*|audit#tenant#*'] } } })] : []),
      ];
      expect(table, group).toEqual(expected);
      const assume = own.find((s: any) => s.Action === 'sts:AssumeRole');
      expect(assume.Resource['Fn::GetAtt'][0], group).toMatch(new RegExp(`^${group}TenantAccess`));
      // The role trusts only this function's own role.
      const [, role] = resources(app, 'AWS::IAM::Role').find(([id]) => id.startsWith(`${group}TenantAccess`))!;
      expect(role.Properties.AssumeRolePolicyDocument.Statement).toEqual([expect.objectContaining({ Action: 'sts:AssumeRole', Principal: { AWS: { 'Fn::GetAtt': [expect.stringMatching(new RegExp(`^${group}FunctionServiceRole`)), 'Arn'] } } })]);
    }
  });

  it('adds the tenant attribute to the user pool and never lets the app client write it', () => {
    data.hasResourceProperties('AWS::Cognito::UserPool', { Schema: Match.arrayWith([Match.objectLike({ Name: 'tenant', AttributeDataType: 'String', Mutable: true })]) });
    const [, client] = resources(data, 'AWS::Cognito::UserPoolClient')[0]!;
    expect(client.Properties.WriteAttributes.sort()).toEqual(['locale', 'name', 'zoneinfo']);
    expect(client.Properties.WriteAttributes).not.toContain('custom:tenant');
    expect(client.Properties.ReadAttributes).toContain('custom:tenant');
  });

  it('runs the key migration once per deployment change, asynchronously, with the only Scan there is', () => {
    const [, trigger] = resources(app, 'Custom::Trigger')[0]!;
    expect(trigger.Properties.InvocationType).toBe('Event');
    const [, migrate] = resources(app, 'AWS::IAM::Policy').find(([id]) => id.startsWith('migrateFunctionServiceRoleDefaultPolicy'))!;
    expect(migrate.Properties.PolicyDocument.Statement).toContainEqual(expect.objectContaining({ Action: ['dynamodb:Scan', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'] }));
    // …and counts each tenant's items nightly.
    app.hasResourceProperties('AWS::Scheduler::Schedule', { ScheduleExpression: 'cron(0 3 * * ? *)', Target: Match.objectLike({ Input: JSON.stringify({ kind: 'census' }) }) });
  });

  it('confines every item action to the partitions its function serves (dynamodb:LeadingKeys)', () => {
    const fnPolicies = [...FUNCTION_GROUPS, 'authorizer'].map((g) => [g, tenantStatements(g)] as const);
    for (const [id, statements] of fnPolicies) {
      for (const st of statements) {
        const actions: string[] = [st.Action].flat().filter((a: string) => a.startsWith('dynamodb:'));
        const itemActions = actions.filter((a) => !['dynamodb:DescribeTable', 'dynamodb:Query'].includes(a) || (a === 'dynamodb:Query' && actions.length > 1));
        if (!itemActions.length) continue;
        expect(st.Condition?.['ForAllValues:StringLike']?.['dynamodb:LeadingKeys'], `${id}: ${actions.join(',')}`).toEqual(expect.arrayContaining([expect.any(String)]));
      }
    }
    const statementsOf = (fn: string) => tenantStatements(fn.replace(/Function$/, ''));
    const writesOf = (fn: string) => statementsOf(fn).filter((s: any) => [s.Action].flat().includes('dynamodb:PutItem')).flatMap(leadingKeys);
    // Residents' function: public structure and offers only, never users, keys or audit; of staff only the
    // public face of those who consented (32).
    const publicKeys = statementsOf('publicFunction').flatMap(leadingKeys);
    expect(publicKeys).toContain('offer#*');
    expect(publicKeys).toContain('publiccontact');
    for (const secret of ['user#*', 'apiKey#*', 'apikeyhash#*', 'audit#*#*']) expect(publicKeys).not.toContain(secret);
    // The authorizer writes nothing but lastUsedAt.
    const authorizerWrite = statementsOf('authorizerFunction').find((s: any) => [s.Action].flat().includes('dynamodb:UpdateItem'));
    expect([authorizerWrite.Action].flat()).toEqual(['dynamodb:UpdateItem']);
    expect(authorizerWrite.Condition['ForAllValues:StringEquals']['dynamodb:Attributes']).toEqual(['PK', 'SK', 'lastUsedAt']);
    expect(leadingKeys(authorizerWrite)).toEqual(['apiKey#*']);
    for (const st of statementsOf('authorizerFunction')) expect([st.Action].flat()).not.toContain('dynamodb:PutItem');
    // The backfill (reports function) puts copies per social space (20) and data-subject items (30) and checks, but never writes, the records.
    const reportStatements = statementsOf('reportsFunction');
    const check = reportStatements.find((s: any) => [s.Action].flat().join() === 'dynamodb:ConditionCheckItem');
    expect(leadingKeys(check).sort()).toEqual(['centre#*', 'council#*', 'meeting#*', 'network#*', 'offer#*', 'organisation#*', 'reportSettings#*', 'roomBooking#*', 'signUp#*', 'user#*']);
    const reportWrites = reportStatements.filter((s: any) => [s.Action].flat().includes('dynamodb:PutItem')).flatMap(leadingKeys);
    expect(reportWrites).toEqual(expect.arrayContaining(['inspace#offer#*', 'subject#*', 'backfill#*']));
    expect(reportWrites).not.toContain('offer#*');
    // The room metrics read centres, rooms, bookings and the rooms' own use (36), in the report run and the compute route;
    // the retention of room bookings writes them (an audited update).
    for (const fn of ['reportsFunction', 'indicatorsFunction']) expect(statementsOf(fn).flatMap(leadingKeys)).toEqual(expect.arrayContaining(['centre#*', 'room#*', 'roomBooking#*', 'inroom#*']));
    expect(writesOf('reportsFunction')).toEqual(expect.arrayContaining(['roomBooking#*', 'audit#roomBooking#*']));
    // Data-subject requests (system function): the records holding a person's value and their audit, never a user's
    // own change (staff are removed under Benutzer); user items only as referenced records (a network's lead, refCount).
    const systemWrites = writesOf('systemFunction');
    expect(systemWrites).toEqual(expect.arrayContaining(['subject#*', 'offer#*', 'network#*', 'signUp#*', 'contact#idea#*', 'catalogue*', 'audit#offer#*', 'audit#dataSubjectRequest#*']));
    for (const users of ['audit#user#*', 'unique#user#*', 'unique#user#sub=*']) expect(systemWrites).not.toContain(users);
    // …and sets only pattern 23's order key on the records it orders (under their version).
    const orderKeys = reportStatements.find((s: any) => s.Condition?.['ForAllValues:StringEquals']?.['dynamodb:Attributes']?.includes('GSI3SK'));
    expect([orderKeys.Action].flat()).toEqual(['dynamodb:UpdateItem']);
    expect(orderKeys.Condition['ForAllValues:StringEquals']['dynamodb:Attributes']).toEqual(['PK', 'SK', 'GSI3PK', 'GSI3SK', 'version']);
    expect(leadingKeys(orderKeys).sort()).toEqual(['activity#*', 'meeting#*', 'offer#*', 'organisation#*']);
    // The import reads the guards by which a row finds its record (external id, natural key) and the user it acts for.
    const importReads = statementsOf('importsFunction').filter((s: any) => [s.Action].flat().includes('dynamodb:BatchGetItem')).flatMap(leadingKeys);
    expect(importReads).toEqual(expect.arrayContaining(['unique#offer#*', 'unique#organisation#*', 'unique#centre#*', 'unique#network#*', 'unique#measurement#*', 'unique#areaFigure#*', 'user#*', 'importrows#*']));
    // …and invokes itself to continue a run, nothing else of Lambda.
    const selfInvoke = resources(app, 'AWS::IAM::Policy').find(([id]) => id.startsWith('importsContinueRun'))![1].Properties.PolicyDocument.Statement;
    expect(selfInvoke).toEqual([expect.objectContaining({ Action: 'lambda:InvokeFunction', Resource: expect.objectContaining({ 'Fn::GetAtt': [expect.stringMatching(/^importsFunction/), 'Arn'] }) })]);
    // The reports function hands each tenant a scheduled run of its own; what fails after the retries lands in the report DLQ.
    const perTenant = resources(app, 'AWS::IAM::Policy').find(([id]) => id.startsWith('reportsPerTenant'))![1].Properties.PolicyDocument.Statement;
    expect(perTenant).toEqual([expect.objectContaining({ Action: 'lambda:InvokeFunction', Resource: expect.objectContaining({ 'Fn::GetAtt': [expect.stringMatching(/^reportsFunction/), 'Arn'] }) })]);
    const [, asyncConfig] = resources(app, 'AWS::Lambda::EventInvokeConfig')[0];
    expect(asyncConfig.Properties).toMatchObject({ MaximumRetryAttempts: 2, DestinationConfig: { OnFailure: { Destination: expect.anything() } } });
    // Only the import writes boundaries and the address directory; the spatial function reads boundaries, the public function both, writing neither.
    expect(writesOf('boundariesFunction').sort()).toEqual(['address@*', 'addressset', 'audit#addressVersion#*', 'audit#boundaryVersion#*', 'boundary@*', 'boundaryset@*']);
    expect(writesOf('spatialFunction')).not.toContain('boundary@*');
    expect(publicKeys).toEqual(expect.arrayContaining(['addressset', 'address@*', 'boundaryset@*', 'boundary@*']));
    for (const directory of ['addressset', 'address@*']) expect(writesOf('publicFunction')).not.toContain(directory);
  });

  it('serves public reads through CloudFront cached for 60 s, residents\' submissions uncached, and rate-limits them in the WAF', () => {
    const [, cdn] = resources(app, 'AWS::CloudFront::Distribution')[0];
    const behaviours = cdn.Properties.DistributionConfig.CacheBehaviors as any[];
    const main = ['/photos/*', '/v1/hsds*', '/v1/offer-confirmations/*', '/v1/openapi.json', '/v1/public/*', '/v1/public/activities/*/sign-ups', '/v1/public/challenge', '/v1/public/idea*', '/v1/public/sign-ups/*', '/v1/public/surveys/*/responses'];
    // Each at the main address and in a tenant's path form.
    expect(behaviours.map((b) => b.PathPattern).sort()).toEqual([...main, ...main.map((p) => `/t/*${p}`)].sort());
    // First match wins: the submissions come before the cached reads, and may POST and DELETE.
    const order = behaviours.map((b) => b.PathPattern);
    for (const prefix of ['', '/t/*'])
      for (const path of ['/v1/public/idea*', '/v1/public/challenge', '/v1/public/surveys/*/responses', '/v1/public/activities/*/sign-ups', '/v1/public/sign-ups/*']) expect(order.indexOf(prefix + path)).toBeLessThan(order.indexOf(`${prefix}/v1/public/*`));
    expect(behaviours.find((b) => b.PathPattern === '/v1/public/idea*').AllowedMethods).toEqual(expect.arrayContaining(['POST', 'DELETE']));
    // Every request passes the viewer function that notes its public address; the cache keys on it, so one tenant's answer is never another's.
    const [viewerId] = resources(app, 'AWS::CloudFront::Function')[0];
    for (const b of [cdn.Properties.DistributionConfig.DefaultCacheBehavior, ...behaviours]) expect(b.FunctionAssociations).toEqual([{ EventType: 'viewer-request', FunctionARN: { 'Fn::GetAtt': [viewerId, 'FunctionARN'] } }]);
    const [, cache] = resources(app, 'AWS::CloudFront::CachePolicy')[0];
    expect(cache.Properties.CachePolicyConfig).toMatchObject({ DefaultTTL: 60, MaxTTL: 60 });
    expect(cache.Properties.CachePolicyConfig.ParametersInCacheKeyAndForwardedToOrigin.HeadersConfig).toEqual({ HeaderBehavior: 'whitelist', Headers: ['x-public-address'] });
    const [, waf] = resources(app, 'AWS::WAFv2::WebACL')[0];
    expect(waf.Properties.Rules.map((r: any) => r.Name)).toContain('PublicRateLimitPerIp');
  });

  it('hardens the user pool: case-insensitive sign-in, keepOriginal e-mail, optional TOTP, no self-written e-mail', () => {
    data.hasResourceProperties('AWS::Cognito::UserPool', {
      UsernameConfiguration: { CaseSensitive: false },
      UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ['email'] },
      MfaConfiguration: 'OPTIONAL',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
    });
    const [, client] = resources(data, 'AWS::Cognito::UserPoolClient')[0];
    expect(client.Properties.WriteAttributes.length).toBeGreaterThan(0);
    expect(client.Properties.WriteAttributes).not.toContain('email');
    expect(client.Properties.WriteAttributes).not.toContain('email_verified');
  });

  it('lets only the organisations function manage Cognito accounts', () => {
    const managers = resources(app, 'AWS::IAM::Policy')
      .filter(([, p]) => p.Properties.PolicyDocument.Statement.some((s: any) => [s.Action].flat().some((a: string) => a.startsWith('cognito-idp:'))))
      .map(([id]) => id);
    expect(managers).toHaveLength(1);
    expect(managers[0]).toMatch(/^organisationsFunction/);
  });

  it('lets only the offers function draft translations by machine (translate:TranslateText and nothing else of Translate), with its monthly budget set', () => {
    const translators = resources(app, 'AWS::IAM::Policy').flatMap(([id, p]) =>
      p.Properties.PolicyDocument.Statement.filter((s: any) => [s.Action].flat().some((a: string) => a.startsWith('translate:'))).map((s: any) => [id, [s.Action].flat()]),
    );
    expect(translators.map(([id]: [string]) => id.replace(/Function.*/, ''))).toEqual(['offers']);
    expect(translators[0][1]).toEqual(['translate:TranslateText']);
    const offers = resources(app, 'AWS::Lambda::Function').find(([id]) => id.startsWith('offersFunction'))![1];
    expect(Number(offers.Properties.Environment.Variables.MACHINE_TRANSLATION_CHARS_PER_MONTH)).toBeGreaterThan(0);
  });

  it('lets only the reports and participation functions send e-mail, from the sender identity only', () => {
    const senders = resources(app, 'AWS::IAM::Policy')
      .filter(([, p]) => p.Properties.PolicyDocument.Statement.some((s: any) => [s.Action].flat().some((a: string) => a.startsWith('ses:'))));
    expect(senders.map(([id]) => id.replace(/Function.*/, '')).sort()).toEqual(['participation', 'reports']);
    for (const [, p] of senders)
      for (const s of p.Properties.PolicyDocument.Statement.filter((x: any) => [x.Action].flat().some((a: string) => a.startsWith('ses:')))) expect(JSON.stringify(s.Resource)).not.toContain('*');
  });

  it('schedules the report on days 1-7 and the reminders daily, at 07:00 Europe/Berlin, with retries and a dead-letter queue', () => {
    for (const [cron, kind] of [['cron(0 7 1-7 * ? *)', 'report'], ['cron(0 7 * * ? *)', 'reminders']])
      app.hasResourceProperties('AWS::Scheduler::Schedule', {
        ScheduleExpression: cron,
        ScheduleExpressionTimezone: 'Europe/Berlin',
        Target: Match.objectLike({ Input: JSON.stringify({ source: 'schedule', kind }), RetryPolicy: Match.objectLike({ MaximumRetryAttempts: 5 }), DeadLetterConfig: Match.objectLike({ Arn: Match.anyValue() }) }),
      });
    // Pending backfills (pattern 20) run hourly, so a deployment's new pattern is filled within the hour.
    app.hasResourceProperties('AWS::Scheduler::Schedule', { ScheduleExpression: 'rate(1 hour)', Target: Match.objectLike({ Input: JSON.stringify({ source: 'schedule', kind: 'catch-up' }) }) });
  });

  it('keeps the link secret in Secrets Manager, readable by the reports, offers, participation, spatial (preview links) and public (their check) functions only', () => {
    app.resourceCountIs('AWS::SecretsManager::Secret', 1);
    const readers = resources(app, 'AWS::IAM::Policy')
      .filter(([, p]) => p.Properties.PolicyDocument.Statement.some((s: any) => [s.Action].flat().includes('secretsmanager:GetSecretValue')))
      .map(([id]) => id.replace(/Function.*/, ''))
      .sort();
    expect(readers).toEqual(['offers', 'participation', 'public', 'reports', 'spatial']);
    for (const [, fn] of resources(app, 'AWS::Lambda::Function')) expect(Object.keys(fn.Properties.Environment?.Variables ?? {})).not.toContain('LINK_SECRET');
  });

  it('protects the API with WAF (rate limit and AWS common rules)', () => {
    app.resourceCountIs('AWS::WAFv2::WebACLAssociation', 1);
    app.hasResourceProperties('AWS::WAFv2::WebACL', {
      Rules: Match.arrayWith([
        Match.objectLike({ Statement: { RateBasedStatement: Match.objectLike({ AggregateKeyType: 'IP' }) } }),
        Match.objectLike({ Statement: { ManagedRuleGroupStatement: Match.objectLike({ Name: 'AWSManagedRulesCommonRuleSet' }) } }),
      ]),
    });
  });

  it('serves the admin UI from a private bucket through CloudFront with OAC, HTTPS only', () => {
    for (const [, b] of resources(app, 'AWS::S3::Bucket'))
      expect(b.Properties.PublicAccessBlockConfiguration).toEqual({ BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true });
    // The UI's bucket and the photos' bucket, each read by CloudFront only.
    app.resourceCountIs('AWS::CloudFront::OriginAccessControl', 2);
    app.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({ DefaultCacheBehavior: Match.objectLike({ ViewerProtocolPolicy: 'redirect-to-https', Compress: true, ResponseHeadersPolicyId: Match.anyValue() }) }),
    });
    const [, headers] = resources(app, 'AWS::CloudFront::ResponseHeadersPolicy')[0];
    const csp = JSON.stringify(headers.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain('connect-src');
    expect(csp).toContain('execute-api');
    expect(csp).toContain('cognito-idp.');
  });

  it('runs every function on Node 22, ARM64, with tracing and alarms', () => {
    const fns = resources(app, 'AWS::Lambda::Function').filter(([id]) => /Function[0-9A-F]{8}$/.test(id));
    expect(fns.length).toBe(FUNCTION_GROUPS.length + 2); // and the authorizer and the key migration
    for (const [, f] of fns) expect(f.Properties).toMatchObject({ Runtime: 'nodejs22.x', Architectures: ['arm64'], TracingConfig: { Mode: 'Active' } });
    expect(resources(app, 'AWS::CloudWatch::Alarm').length).toBeGreaterThanOrEqual(8 * 2 + 2);
  });

  it('answers before anyone else gives up: dependency deadline < every function\'s timeout, and < the API methods\' integration timeout (at most API Gateway\'s 29 s)', () => {
    const fns = resources(app, 'AWS::Lambda::Function').filter(([id]) => /Function[0-9A-F]{8}$/.test(id));
    expect(fns.length).toBe(FUNCTION_GROUPS.length + 2);
    // A second of the function's own work besides the one call that waited out the deadline.
    for (const [id, f] of fns) expect(f.Properties.Timeout * 1000, id).toBeGreaterThanOrEqual(DEPENDENCY_DEADLINE_MS + 1000);
    // A request's budget for all its calls, too, leaves the function a second to answer (functions/http/wrapper.ts).
    for (const [id, f] of fns) expect(f.Properties.Timeout * 1000, id).toBeGreaterThanOrEqual(REQUEST_BUDGET_MS + 1000);
    const methods = resources(app, 'AWS::ApiGateway::Method').filter(([, m]) => m.Properties.HttpMethod !== 'OPTIONS');
    expect(methods.length).toBeGreaterThan(0);
    for (const [id, m] of methods) {
      const gatewayWaits = m.Properties.Integration?.TimeoutInMillis ?? 29000;
      expect(gatewayWaits, id).toBeLessThanOrEqual(29000);
      expect(gatewayWaits, id).toBeGreaterThan(DEPENDENCY_DEADLINE_MS + 1000);
    }
    // The authorizer's failure and the gateway's own 5xx are our 503 problem with Retry-After too.
    for (const type of ['AUTHORIZER_FAILURE', 'DEFAULT_5XX'])
      app.hasResourceProperties('AWS::ApiGateway::GatewayResponse', { ResponseType: type, StatusCode: '503', ResponseParameters: Match.objectLike({ 'gatewayresponse.header.Retry-After': `'${RETRY_AFTER_SECONDS}'` }) });
  });
});
