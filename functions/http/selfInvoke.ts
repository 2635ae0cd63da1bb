/**
 * Hands an event to a fresh asynchronous invocation of this very function: the import continues a
 * long run this way, and a schedule's run gives each tenant an invocation of its own. Lambda retries
 * a failed asynchronous invocation and sends what still fails to the function's dead-letter queue.
 */

/** This function's name in AWS; undefined elsewhere (`npm start`, tests), where the caller does the work itself. */
export const selfName = (): string | undefined => process.env.AWS_LAMBDA_FUNCTION_NAME;

import { boundedClientConfig, withDeadline } from '../../shared/boundedClients.ts';

// One client per container (a fan-out sends hundreds of invocations); the SDK loads with the first.
let client: Promise<{ send(event: unknown, self: string): Promise<unknown> }> | undefined;
const lambda = () =>
  (client ??= import('@aws-sdk/client-lambda').then(({ LambdaClient, InvokeCommand }) => {
    const c = withDeadline(new LambdaClient(boundedClientConfig()));
    return { send: (event: unknown, self: string) => c.send(new InvokeCommand({ FunctionName: self, InvocationType: 'Event', Payload: Buffer.from(JSON.stringify(event)) })) };
  }));

export async function invokeSelf(event: unknown): Promise<void> {
  const self = selfName();
  if (!self) throw new Error('invokeSelf outside Lambda: the caller runs the work in this process');
  await (await lambda()).send(event, self);
}
