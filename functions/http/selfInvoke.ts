/**
 * Hands an event to a fresh asynchronous invocation of this very function: the import continues a
 * long run this way, and a schedule's run gives each tenant an invocation of its own. Lambda retries
 * a failed asynchronous invocation and sends what still fails to the function's dead-letter queue.
 */

/** This function's name in AWS; undefined elsewhere (`npm start`, tests), where the caller does the work itself. */
export const selfName = (): string | undefined => process.env.AWS_LAMBDA_FUNCTION_NAME;

export async function invokeSelf(event: unknown): Promise<void> {
  const self = selfName();
  if (!self) throw new Error('invokeSelf outside Lambda: the caller runs the work in this process');
  const { LambdaClient, InvokeCommand } = await import('@aws-sdk/client-lambda');
  await new LambdaClient({}).send(new InvokeCommand({ FunctionName: self, InvocationType: 'Event', Payload: Buffer.from(JSON.stringify(event)) }));
}
