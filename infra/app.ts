/**
 * The CDK app: a stateful DataStack and a stateless AppStack per stage (`-c stage=dev|prod`),
 * checked by cdk-nag's AwsSolutions rules (every suppression carries its reason, in nag.ts).
 */
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { stageConfig } from './config.ts';
import { suppressWithReasons } from './nag.ts';
import { AppStack } from './stacks/appStack.ts';
import { DataStack } from './stacks/dataStack.ts';
import { resourceCounts, STACK_RESOURCE_BUDGET } from './resourceCount.ts';

export function buildApp(app = new App()) {
  const cfg = stageConfig(app.node.tryGetContext('stage'));
  const env = { account: cfg.account, region: cfg.region };
  const data = new DataStack(app, `HammData-${cfg.stage}`, cfg, { env, terminationProtection: cfg.stage === 'prod' });
  const appStack = new AppStack(app, `HammApp-${cfg.stage}`, cfg, { env, table: data.table, userPool: data.userPool, userPoolClient: data.userPoolClient, senderIdentity: data.senderIdentity });
  suppressWithReasons(data, appStack, cfg.region);
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
  return { app, data, appStack, cfg };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const { app, data, appStack } = buildApp();
  const assembly = app.synth();
  // On stderr, which the CDK CLI shows: how much room each stack has left.
  for (const c of resourceCounts(assembly.directory, [data, appStack])) console.error(`${c.stack.padEnd(40)} ${String(c.resources).padStart(4)} resources (budget ${STACK_RESOURCE_BUDGET}, limit 500)`);
}
