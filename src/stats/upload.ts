/**
 * The chart into Slack the way Slack takes files today: `files.getUploadURLExternal` gives an
 * upload URL and a file id, the PNG is posted there, `files.completeUploadExternal` finishes it
 * (no channel: the file stays the app's own, shown only where a message's image block names it
 * with `slack_file`). Needs the `files:write` scope; without it the figures go alone, with a
 * line that says why.
 */
import type { Block } from '../render/blocks.js';

/** The two Web API methods the upload uses (a WebClient's `files` has them). */
export interface FilesApi {
  getUploadURLExternal(args: {
    filename: string;
    length: number;
    alt_text?: string;
  }): Promise<{ upload_url?: string; file_id?: string }>;
  completeUploadExternal(args: {
    files: [{ id: string; title?: string }];
  }): Promise<{ files?: { id?: string }[] }>;
}

export type UploadedChart = { fileId: string; ms: number };

/** An upload that Slack refused or that failed on the way, with the reason people read. */
export class ChartUploadError extends Error {
  constructor(
    readonly slackError: string,
    message: string,
  ) {
    super(message);
    this.name = 'ChartUploadError';
  }
}

/** The Slack error code of a failed Web API call (`missing_scope`, `invalid_auth`…). */
function slackErrorOf(error: unknown): string {
  const data = (error as { data?: { error?: unknown } } | null)?.data;
  if (typeof data?.error === 'string') return data.error;
  return error instanceof Error ? error.message : String(error);
}

/** Why the chart is missing, in one line for the answer. */
export function chartMissingLine(slackError: string): string {
  if (slackError === 'missing_scope')
    return 'The chart is not attached: Readout lacks the `files:write` permission in this workspace; reinstalling the app grants it.';
  if (slackError === 'not_allowed_token_type' || slackError === 'invalid_auth')
    return "The chart is not attached: Slack did not accept the app's token for file uploads.";
  if (slackError === 'render_failed') return 'The chart is not attached: it could not be drawn.';
  if (slackError === 'invalid_blocks')
    return 'The chart is not attached: Slack would not show the uploaded file.';
  return `The chart is not attached: Slack refused the upload (${slackError.replace(/[<>&`*_~]/g, '')}).`;
}

/**
 * Uploads a PNG through the external-upload flow and returns its file id. Throws a
 * ChartUploadError with Slack's error code (e.g. `missing_scope`) when any step fails.
 */
export async function uploadChart(
  files: FilesApi,
  png: Uint8Array,
  names: { filename: string; title: string; altText: string },
  fetchFn: typeof fetch = fetch,
): Promise<UploadedChart> {
  const started = performance.now();
  let target: { upload_url?: string; file_id?: string };
  try {
    target = await files.getUploadURLExternal({
      filename: names.filename,
      length: png.byteLength,
      alt_text: names.altText.slice(0, 1000),
    });
  } catch (error) {
    const code = slackErrorOf(error);
    throw new ChartUploadError(code, chartMissingLine(code));
  }
  if (!target.upload_url || !target.file_id)
    throw new ChartUploadError('no_upload_url', chartMissingLine('no_upload_url'));
  // The bytes as the body, as Slack's SDKs send them (a multipart form works too).
  const sent = await fetchFn(target.upload_url, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream' },
    body: png,
  }).catch((error: unknown) => error);
  if (!(sent instanceof Response) || !sent.ok) {
    const code = sent instanceof Response ? `upload_http_${sent.status}` : 'upload_failed';
    throw new ChartUploadError(code, chartMissingLine(code));
  }
  try {
    await files.completeUploadExternal({ files: [{ id: target.file_id, title: names.title }] });
  } catch (error) {
    const code = slackErrorOf(error);
    throw new ChartUploadError(code, chartMissingLine(code));
  }
  return { fileId: target.file_id, ms: Math.round(performance.now() - started) };
}

/** The image block that shows an uploaded chart. */
export function chartBlock(fileId: string, title: string, altText: string): Block {
  return {
    type: 'image',
    slack_file: { id: fileId },
    alt_text: altText.slice(0, 2000),
    title: { type: 'plain_text', text: title.slice(0, 2000) },
  };
}

/** A context line (why the chart is missing). */
export function noteBlock(text: string): Block {
  return { type: 'context', elements: [{ type: 'mrkdwn', text }] };
}
