import { Logger } from '@aws-lambda-powertools/logger';

/** One structured JSON logger per function, created at module scope. */
export const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'opsdesk' });
