/**
 * The one Powertools logger of every function. Level from POWERTOOLS_LOG_LEVEL (CDK sets INFO;
 * tests ERROR, so expected 503s stay quiet). Its own module, so the authorizer can log without
 * pulling in the HTTP wrapper and the route table.
 */
import { Logger } from '@aws-lambda-powertools/logger';

export const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'hamm-stadtteilarbeit' });
