import { writeFileSync } from 'node:fs';
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { isCalendarDate } from '../commands/input-check.js';
import { parseReadout } from '../readout/parse/index.js';
import type { RenderInput } from '../render/blocks.js';
import { DEFAULT_CHROME } from '../render/html-preview.js';
import { renderHomePage, renderPostPage } from './preview.js';

export type PreviewOptions = {
  /** Each given once per input, in the order of the inputs (a single one belongs to the first). */
  source?: string[];
  url?: string[];
  published?: string[];
  home?: boolean;
  /** Where to write the page; standard output when absent. */
  html?: string;
};

export type PreviewDeps = {
  /** Reads a file, a URL or "-" (the same reader as `readout parse`); throws when it cannot. */
  readInput: (input: string) => Promise<{ content: string; url: string | null }>;
  out: (text: string) => void;
  err: (text: string) => void;
  now: Date;
  timeZone: string;
};

/**
 * `readout preview`: reads and parses each input like `readout parse`, then writes a standalone
 * HTML page showing the first readout posted in a channel with the others as replies in its
 * thread, or (`--home`) the App Home with them as the latest readouts. Returns the exit code:
 * 0, 1 when an input cannot be read or the page cannot be written, 64 for a usage mistake.
 */
export async function runPreview(
  inputs: string[],
  given: PreviewOptions,
  deps: PreviewDeps,
): Promise<number> {
  const opts = {
    source: given.source ?? [],
    url: given.url ?? [],
    published: given.published ?? [],
    home: given.home === true,
    html: given.html,
  };
  const fail = (message: string, code = 1) => {
    deps.err(`readout preview: ${message}\n`);
    return code;
  };
  if (inputs.length === 0 && !opts.home)
    return fail('give a readout page (a file, a URL or -) to preview, or --home', 64);
  if (inputs.filter((i) => i === '-').length > 1) return fail('standard input (-) can be read only once', 64);
  for (const [name, values] of [
    ['--source', opts.source],
    ['--url', opts.url],
    ['--published', opts.published],
  ] as const) {
    if (values.length > inputs.length)
      return fail(
        `${name} is given ${values.length} times for ${inputs.length} input(s): once per input at most`,
        64,
      );
  }
  const badDate = opts.published.find((d) => !isCalendarDate(d));
  if (badDate !== undefined) return fail(`--published expects a date YYYY-MM-DD, got "${badDate}"`, 64);

  const readouts: RenderInput[] = [];
  for (const [i, input] of inputs.entries()) {
    let page: { content: string; url: string | null };
    try {
      page = await deps.readInput(input);
    } catch (error) {
      return fail(`cannot read ${input}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const url = opts.url[i] ?? null;
    const readout = parseReadout({
      content: page.content,
      url: url ?? page.url,
      source: opts.source[i] ?? null,
      published: opts.published[i] ?? null,
    });
    readouts.push({ id: String(i + 1), readout, link: readout.url ?? url ?? page.url ?? '', partial: false });
  }

  const time = format(new TZDate(deps.now.getTime(), deps.timeZone), 'h:mm a');
  const chrome = { ...DEFAULT_CHROME, time };
  const html = opts.home
    ? renderHomePage(readouts, deps.now, chrome)
    : renderPostPage(readouts, { timeZone: deps.timeZone }, chrome);

  if (opts.html === undefined) {
    deps.out(html);
    return 0;
  }
  try {
    writeFileSync(opts.html, html);
  } catch (error) {
    return fail(`cannot write ${opts.html}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const what = opts.home
    ? `the App Home with ${readouts.length} readout(s)`
    : `a post${readouts.length > 1 ? ` with ${readouts.length - 1} other readout(s) in its thread` : ''}`;
  deps.err(`Wrote ${opts.html} (${Math.ceil(Buffer.byteLength(html) / 1024)} KB): ${what}.\n`);
  return 0;
}
