/** Slack's error code of a failed Web API call (`data.error`), else the error's message. */
export function slackError(error: unknown): string {
  const data = (error as { data?: { error?: string } }).data;
  if (data?.error) return data.error;
  return error instanceof Error ? error.message : String(error);
}

/** Whether Slack answered a call with an error (`ok: false`): then nothing was posted. */
export function slackAnswered(error: unknown): boolean {
  return Boolean((error as { data?: { error?: string } }).data?.error);
}
