import { type RetryOptions, WebAPIRequestError } from '@slack/web-api';

/**
 * The Web API client's retry policy for posting (`@slack/web-api` retries; no loop of ours):
 * - 429: web-api waits the `Retry-After` seconds (rejectRateLimitedCalls stays false), then
 *   tries again; Slack did not apply a rate-limited call, so this is safe;
 * - HTTP 5xx: tried again after 1, 2, 4, 8, 16 s (factor 2, capped at 30 s);
 * - at most 5 retries (6 attempts) per call, whatever the mix; each attempt times out at 30 s;
 * - a network error or a timeout (no answer at all) is NOT retried by the client: the call may
 *   have been applied, and `chat.postMessage` is not idempotent. The attempt stays on record and
 *   the next cycle looks for the message in Slack before posting again (`send-post.ts`).
 */
export const POSTING_RETRY: RetryOptions & { onFailedAttempt(error: Error): void } = {
  retries: 5,
  factor: 2,
  minTimeout: 1000,
  maxTimeout: 30_000,
  onFailedAttempt(error) {
    if (!(error instanceof WebAPIRequestError)) return;
    // web-api wraps its own "wait out Retry-After, then retry" signal in a request error too.
    if (/^A rate limit was exceeded/.test(error.original?.message ?? '')) return;
    throw error;
  },
};

/** Time allowed for one attempt of one Web API call. */
export const POSTING_TIMEOUT_MS = 30_000;
