/**
 * Which table the backup tools work on: the running `npm start`'s (DynamoDB Local, the default), or,
 * with `--aws`, a table in the AWS account of the current credentials and `AWS_REGION`.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createDynamoClient, localDynamoClient } from '../../shared/db/client.ts';
import { TABLE_NAME_DEFAULT } from '../../shared/db/tableDefinition.ts';
import { portInUse } from '../local/ports.ts';

export async function tableClient(aws: boolean): Promise<{ client: DynamoDBClient; local: boolean; endpoint?: string }> {
  if (aws) return { client: createDynamoClient(), local: false };
  const port = Number(process.env.DYNAMODB_PORT ?? 8000);
  if (!(await portInUse(port))) {
    console.error(`✗ DynamoDB Local is not running on port ${port}. Start the system first (npm start), or add --aws for a table in AWS.`);
    process.exit(1);
  }
  const endpoint = `http://127.0.0.1:${port}`;
  return { client: localDynamoClient(endpoint), local: true, endpoint };
}

export const defaultTable = () => process.env.TABLE_NAME ?? TABLE_NAME_DEFAULT;
