/**
 * A fault-injecting HTTP proxy in front of one real local service (DynamoDB Local, cognito-local,
 * any HTTP endpoint a function calls), after Toxiproxy: the service stays real, only the wire fails.
 * Built on mockttp (a direct, non-proxy server whose rules forward to `target`).
 *
 *   const proxy = await startFaultProxy(dynamoEndpoint);   // point the client under test at proxy.url
 *   await proxy.set('hang');                               // from now on every request hangs
 *   await proxy.set('throttle', { only: { 'x-amz-target': 'DynamoDB_20120810.Query' }, times: 1 });
 *   await proxy.clear();                                   // forward again (same url)
 *   await proxy.stop();
 *
 * Faults:
 *   'none'             forward unchanged
 *   { latencyMs }      forward after a delay
 *   'hang'             accept, read the request, never answer (connection kept open)
 *   'refuse'           nothing listens on the port (the proxy closes it; `clear` opens it again)
 *   'reset'            TCP RST before the request reaches the service
 *   'lost-response'    forward, let the service do the work, then RST instead of its answer
 *   'throttle'         400 ThrottlingException           } DynamoDB's own JSON error bodies
 *   'provisioned'      400 ProvisionedThroughputExceeded } (awsJson1.0, as the SDK parses them)
 *   'internal'         500 InternalServerError           }
 * Scope: `only` matches request headers exactly (for AWS JSON APIs `x-amz-target` names the
 * operation); `times` applies the fault to that many matching requests, then forwards again.
 *
 * How switching works: every `set` adds a rule at a higher priority than all before it, so the
 * change is atomic (no window without rules, in which mockttp would answer its own 503). Older
 * rules stay below, unused. HTTP only: the SMTP server's is tests/support/tcpFaultProxy.ts, of the same shape.
 */
import { getLocal, type Mockttp, type RequestRuleBuilder } from 'mockttp';

export type Fault = 'none' | { latencyMs: number } | 'hang' | 'refuse' | 'reset' | 'lost-response' | 'throttle' | 'provisioned' | 'internal';

export interface FaultScope {
  /** Request headers to match exactly, e.g. `{ 'x-amz-target': 'DynamoDB_20120810.TransactWriteItems' }`. */
  only?: Record<string, string>;
  /** The fault hits this many matching requests, then they are forwarded again. */
  times?: number;
}

export interface FaultProxy {
  /** Point the client under test here (http://127.0.0.1:port). */
  url: string;
  set(fault: Fault, scope?: FaultScope): Promise<void>;
  clear(): Promise<void>;
  stop(): Promise<void>;
}

const AWS_JSON = { 'Content-Type': 'application/x-amz-json-1.0' };
const dynamoError = (type: string, message: string) => JSON.stringify({ __type: `com.amazonaws.dynamodb.v20120810#${type}`, message });

/** The rule for one fault (everything but 'refuse', which is about the port, not a rule). */
function apply(rule: RequestRuleBuilder, fault: Exclude<Fault, 'refuse'>, target: string): Promise<unknown> {
  if (fault === 'none') return rule.thenForwardTo(target);
  if (typeof fault === 'object') return rule.delay(fault.latencyMs).thenForwardTo(target);
  switch (fault) {
    case 'hang':
      return rule.thenTimeout();
    case 'reset':
      return rule.thenResetConnection();
    case 'lost-response':
      return rule.thenForwardTo(target, { beforeResponse: () => 'reset' });
    case 'throttle':
      return rule.thenReply(400, dynamoError('ThrottlingException', 'Rate of requests exceeds the allowed throughput.'), AWS_JSON);
    case 'provisioned':
      return rule.thenReply(400, dynamoError('ProvisionedThroughputExceededException', 'The level of configured provisioned throughput for the table was exceeded.'), AWS_JSON);
    case 'internal':
      return rule.thenReply(500, dynamoError('InternalServerError', 'Internal server error'), AWS_JSON);
  }
}

export async function startFaultProxy(target: string): Promise<FaultProxy> {
  let server: Mockttp | undefined;
  let port = 0;
  let priority = 1;

  const open = async () => {
    server = getLocal({ cors: false, recordTraffic: false });
    await server.start(port || undefined);
    port = server.port;
    await apply(server.forAnyRequest().asPriority(priority), 'none', target);
  };
  const close = async () => {
    await server?.stop();
    server = undefined;
  };
  await open();

  const set = async (fault: Fault, scope: FaultScope = {}) => {
    if (fault === 'refuse') return close();
    if (!server) await open();
    let rule = server!.forAnyRequest().asPriority(++priority);
    if (scope.only) rule = rule.withHeaders(scope.only);
    if (scope.times) rule = rule.times(scope.times);
    await apply(rule, fault, target);
  };
  return { url: `http://127.0.0.1:${port}`, set, clear: () => set('none'), stop: close };
}
