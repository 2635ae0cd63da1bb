/** Runtime config: `/config.json`, served by the local server or deployed beside the UI by CDK. */
import { nowMs, setClock } from '../../shared/time/clock';
export interface RuntimeConfig {
  apiUrl: string;
  region: string;
  userPoolId: string;
  userPoolClientId: string;
  /** Local only: cognito-local's address. In AWS the regional Cognito endpoint is used. */
  cognitoEndpoint?: string;
  /** Optional base map tiles (`https://…/{z}/{x}/{y}.png`); without, maps show boundaries on a plain background. */
  mapTileUrl?: string;
  /** Local only, with `CLOCK_AT`: how far the API's clock is moved; the UI moves its own by as much. */
  clockOffsetMs?: number;
  /** Whether offers can be drafted by Amazon Translate (only in AWS; locally the endpoints answer 501). */
  machineTranslation?: boolean;
}

let config: Promise<RuntimeConfig> | undefined;
export function getConfig(): Promise<RuntimeConfig> {
  config ??= fetch('/config.json').then(async (r) => {
    if (!r.ok) throw new Error('config.json nicht gefunden');
    const c: RuntimeConfig = await r.json();
    if (c.clockOffsetMs) setClock(nowMs() + c.clockOffsetMs);
    return c;
  });
  return config;
}
