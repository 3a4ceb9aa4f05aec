import { pino } from 'pino';
import { readLogLevel } from './config.js';

/**
 * One structured logger for the process. Logs go to stderr so that stdout stays free for what
 * the commands print (parsed readouts, dry-run messages). Secrets are redacted by path.
 */
export const logger = pino(
  {
    level: readLogLevel(),
    base: undefined,
    redact: {
      paths: [
        'token',
        '*.token',
        'botToken',
        'signingSecret',
        'appToken',
        '*.botToken',
        '*.signingSecret',
        '*.appToken',
        'clientSecret',
        '*.clientSecret',
        'stateSecret',
        '*.stateSecret',
        'password',
        '*.password',
        'databaseUrl',
        '*.databaseUrl',
        'authorization',
        '*.authorization',
        '*.headers.authorization',
      ],
      censor: '[secret]',
    },
  },
  pino.destination(2),
);

export type Logger = typeof logger;
