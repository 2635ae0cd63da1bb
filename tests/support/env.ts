/**
 * Per test worker: point code that reads its configuration from the environment (the seed's
 * user directory) at the run's cognito-local, as CDK and `npm start` do for the real thing.
 */
import { inject } from 'vitest';

process.env.USER_POOL_ID = inject('pool').userPoolId;
process.env.COGNITO_ENDPOINT = inject('cognitoEndpoint');
