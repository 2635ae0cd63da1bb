/**
 * Stateful resources, deployed separately so that redeploying or renaming code never replaces data:
 * the one DynamoDB table (from the shared definition) with its daily AWS Backup, the Cognito user pool,
 * the SES identity.
 */
import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import * as backup from 'aws-cdk-lib/aws-backup';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as events from 'aws-cdk-lib/aws-events';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as ses from 'aws-cdk-lib/aws-ses';
import type { Construct } from 'constructs';
import { tableDefinition } from '../../shared/db/tableDefinition.ts';
import { CLIENT_WRITE_ATTRIBUTES, TENANT_ATTRIBUTE } from '../../shared/identity/pool.ts';
import { PASSWORD_POLICY } from '../../shared/schemas/user.ts';
import type { StageConfig } from '../config.ts';

/** CLIENT_WRITE_ATTRIBUTES in CDK's names for standard attributes. */
function writableAttributes(): cognito.ClientAttributes {
  const cdkName: Record<(typeof CLIENT_WRITE_ATTRIBUTES)[number], keyof cognito.StandardAttributesMask> = { name: 'fullname', locale: 'locale', zoneinfo: 'timezone' };
  return new cognito.ClientAttributes().withStandardAttributes(Object.fromEntries(CLIENT_WRITE_ATTRIBUTES.map((a) => [cdkName[a], true])));
}

export class DataStack extends Stack {
  readonly table: dynamodb.TableV2;
  readonly userPool: cognito.UserPool;
  readonly userPoolClient: cognito.UserPoolClient;
  readonly senderIdentity: ses.EmailIdentity;

  constructor(scope: Construct, id: string, cfg: StageConfig, props?: StackProps) {
    super(scope, id, props);
    const str = (name: string) => ({ name, type: dynamodb.AttributeType.STRING });
    this.table = new dynamodb.TableV2(this, 'Table', {
      partitionKey: str(tableDefinition.partitionKey),
      sortKey: str(tableDefinition.sortKey),
      globalSecondaryIndexes: tableDefinition.globalSecondaryIndexes.map((g) => ({ indexName: g.indexName, partitionKey: str(g.partitionKey), sortKey: str(g.sortKey) })),
      timeToLiveAttribute: tableDefinition.ttlAttribute,
      billing: dynamodb.Billing.onDemand(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: dynamodb.TableEncryptionV2.awsManagedKey(),
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    // Beside PITR (35 days to the second): a daily backup kept 35 days, which survives the table's deletion,
    // and, where the stage names a vault in a second region, a copy there (infra/config.ts backupCopyVaultArn).
    const vault = new backup.BackupVault(this, 'BackupVault', { removalPolicy: RemovalPolicy.RETAIN });
    const plan = new backup.BackupPlan(this, 'BackupPlan', { backupVault: vault });
    plan.addRule(new backup.BackupPlanRule({
      ruleName: 'daily',
      scheduleExpression: events.Schedule.cron({ hour: '1', minute: '30' }),
      deleteAfter: Duration.days(35),
      ...(cfg.backupCopyVaultArn ? { copyActions: [{ destinationBackupVault: backup.BackupVault.fromBackupVaultArn(this, 'BackupCopyVault', cfg.backupCopyVaultArn), deleteAfter: Duration.days(35) }] } : {}),
    }));
    plan.addSelection('Table', { resources: [backup.BackupResource.fromArn(this.table.tableArn)] });

    this.userPool = new cognito.UserPool(this, 'Users', {
      userPoolName: `hamm-stadtteilarbeit-${cfg.stage}`,
      signInAliases: { email: true },
      // Sign-in ignores letter case, and a changed e-mail counts only once its code is confirmed.
      signInCaseSensitive: false,
      keepOriginal: { email: true },
      selfSignUpEnabled: false,
      autoVerify: { email: true },
      passwordPolicy: { ...PASSWORD_POLICY, tempPasswordValidity: Duration.days(3) },
      customAttributes: { [TENANT_ATTRIBUTE.name]: new cognito.StringAttribute({ minLen: 2, maxLen: 31, mutable: true }) },
      mfa: cognito.Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      featurePlan: cognito.FeaturePlan.PLUS,
      standardThreatProtectionMode: cognito.StandardThreatProtectionMode.FULL_FUNCTION,
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      removalPolicy: RemovalPolicy.RETAIN,
      deletionProtection: true,
    });
    this.userPoolClient = this.userPool.addClient('AdminUi', {
      authFlows: { userPassword: true, userSrp: true },
      preventUserExistenceErrors: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(1),
      generateSecret: false,
      // Users may not write their own e-mail: it is the sign-in name and the system's contact.
      writeAttributes: writableAttributes(),
      // The tenant attribute is readable (it is in the ID token) but never writable by the user.
      readAttributes: new cognito.ClientAttributes()
        .withStandardAttributes({ email: true, emailVerified: true, fullname: true, locale: true, timezone: true })
        .withCustomAttributes(TENANT_ATTRIBUTE.name),
    });

    this.senderIdentity = new ses.EmailIdentity(this, 'Sender', { identity: ses.Identity.domain(cfg.senderDomain) });

    new CfnOutput(this, 'TableName', { value: this.table.tableName });
    new CfnOutput(this, 'UserPoolId', { value: this.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.userPoolClient.userPoolClientId });
  }
}
