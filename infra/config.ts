/** Typed stage configuration. The stage comes from CDK context: `cdk deploy -c stage=prod`. */
export interface StageConfig {
  stage: 'dev' | 'prod';
  account?: string;
  region: string;
  /** Verified SES identity (domain) the report is sent from. */
  senderDomain: string;
  mailFrom: string;
  /** Additional report recipients besides the users with the leadership role. */
  reportRecipients: string[];
  /** Where CloudWatch alarms are e-mailed. */
  alarmEmail: string;
  /** Requests per 5 minutes per IP before WAF blocks. */
  wafRateLimit: number;
  logRetentionDays: number;
  /** The city's imprint and privacy pages, linked from the public finder (`/config.json`). */
  imprintUrl: string;
  privacyUrl: string;
  /**
   * Optional base-map tiles for the maps (`https://…/{z}/{x}/{y}.png`, with the provider's terms).
   * Unset by default: the maps show the boundaries on a plain background and call no third party.
   */
  mapTileUrl?: string;
  /**
   * Characters per month the offers function may send to Amazon Translate for machine drafts of
   * offer translations (at USD 15 per million characters, 500,000 cost about USD 7.50). 0 turns it off.
   */
  machineTranslationCharsPerMonth: number;
  /**
   * Where AWS Backup copies each daily backup of the table as well: a backup vault in a second region
   * (its ARN; the vault is created there first). Unset: the backups stay in the stage's region.
   */
  backupCopyVaultArn?: string;
}

const base = {
  region: 'eu-central-1',
  senderDomain: 'hamm.example',
  mailFrom: 'Stadtteilarbeit Hamm <zielbericht@hamm.example>',
  reportRecipients: [] as string[],
  alarmEmail: 'betrieb@hamm.example',
  wafRateLimit: 2000,
  imprintUrl: 'https://www.hamm.de/impressum',
  privacyUrl: 'https://www.hamm.de/datenschutz',
  machineTranslationCharsPerMonth: 500_000,
};

export const STAGES: Record<StageConfig['stage'], StageConfig> = {
  dev: { ...base, stage: 'dev', logRetentionDays: 14 },
  prod: { ...base, stage: 'prod', logRetentionDays: 365 },
};

export function stageConfig(stage: string | undefined, env: Record<string, string | undefined> = process.env): StageConfig {
  const key = (stage ?? 'dev') as StageConfig['stage'];
  const cfg = STAGES[key];
  if (!cfg) throw new Error(`Unknown stage '${stage}'. Use one of: ${Object.keys(STAGES).join(', ')}`);
  // The region is the stage's (data stays in Frankfurt), not whatever the CLI defaults to.
  return { ...cfg, account: env.CDK_DEFAULT_ACCOUNT, region: env.HAMM_REGION ?? cfg.region };
}
