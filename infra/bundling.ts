/**
 * How a function is bundled, for CDK (infra/stacks/functions.ts) and the bench alike, so the bench
 * measures the bundles AWS runs.
 */
import type { FunctionGroup } from '../shared/contract/routes/index.ts';

/** The AWS SDK v3 is in the Lambda runtime. */
const ALWAYS_EXTERNAL = ['@aws-sdk/*'];

/**
 * Modules a function imports only on paths that never run in AWS: the reports and participation
 * functions reach nodemailer only for the local SMTP and JSON transports (functions/mail/mailer.ts).
 */
const LOCAL_ONLY: Partial<Record<FunctionGroup | 'authorizer' | 'migrate', string[]>> = { reports: ['nodemailer'], participation: ['nodemailer'] };

export const externalModules = (fn: FunctionGroup | 'authorizer' | 'migrate') => [...ALWAYS_EXTERNAL, ...(LOCAL_ONLY[fn] ?? [])];

/** CommonJS dependencies inside an ESM bundle need `require`. */
export const ESM_REQUIRE_BANNER = "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);";
