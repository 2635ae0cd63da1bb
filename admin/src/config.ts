/** Runtime config: `/config.json`, served by the local server or deployed beside the UI by CDK. */
export interface RuntimeConfig {
  apiUrl: string;
  region: string;
  userPoolId: string;
  userPoolClientId: string;
  /** Local only: cognito-local's address. In AWS the regional Cognito endpoint is used. */
  cognitoEndpoint?: string;
  /** Optional base map tiles (`https://…/{z}/{x}/{y}.png`); without, maps show boundaries on a plain background. */
  mapTileUrl?: string;
}

let config: Promise<RuntimeConfig> | undefined;
export function getConfig(): Promise<RuntimeConfig> {
  config ??= fetch('/config.json').then((r) => {
    if (!r.ok) throw new Error('config.json nicht gefunden');
    return r.json();
  });
  return config;
}
