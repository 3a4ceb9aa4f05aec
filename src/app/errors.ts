/** Stable codes for the few failures that are not expected outcomes (see STYLE.md habit 3). */
export type ErrorCode =
  | 'CONFIG_INVALID'
  | 'STORE_MIGRATION'
  | 'STORE_INVARIANT'
  | 'INPUT_UNREADABLE'
  | 'SLACK_PERMANENT'
  | 'SERVICE_UNAVAILABLE';

export class ReadoutError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ReadoutError';
    this.code = code;
  }
}

export class ConfigError extends ReadoutError {
  constructor(message: string) {
    super('CONFIG_INVALID', message);
    this.name = 'ConfigError';
  }
}
