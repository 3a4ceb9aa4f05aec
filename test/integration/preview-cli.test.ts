import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '../..');
const seedPath = join(repo, 'fixtures/pages/mofa/seed-2018-03-09-telephone.txt');
const bin = join(repo, 'bin/readout.js');
const pages = join(repo, 'fixtures/pages');
const mofa = join(pages, 'mofa/2021-10-05-japan-us-telephone-numbered.html');
const whitehouse = join(pages, 'whitehouse/2021-10-04-japan-us-call-biden-kishida-today.html');
const dir = mkdtempSync(join(tmpdir(), 'readout-preview-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the built binary as a child process. */
function readout(args: string[], input?: string) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: repo,
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.stdin.end(input);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** The page as a reader sees it: every selected element's text, line breaks as spaces. */
function seen(html: string, selector: string): string[] {
  const { document } = parseHTML(html.replace(/<br>/g, '\n'));
  return [...document.querySelectorAll(selector)].map((e) =>
    (e.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
}

describe('readout preview', () => {
  it('writes a standalone page of the post with the title, principals and key points as text', async () => {
    const out = join(dir, 'post.html');
    const { status, stderr } = await readout(['preview', mofa, '--html', out]);
    expect(status).toBe(0);
    expect(stderr).toContain(`Wrote ${out}`);
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(seen(html, '.messages .b-header')).toEqual(['Japan-U.S. Summit Telephone Talk']);
    const post = seen(html, '.messages .message .blocks')[0];
    expect(post).toContain('🇯🇵 KISHIDA Fumio, Prime Minister of Japan');
    expect(post).toContain('🇺🇸 Joseph R. Biden, Jr., President of the United States of America');
    expect(post).toContain(
      '2. The two leaders confirmed the United States’ unwavering commitment to the defense of Japan',
    );
    expect(post).toContain('Read the source (mofa)');
    expect(seen(html, '.thread')).toEqual([]);
  });

  it('prints the page to standard output without --html, and reads standard input', async () => {
    const seed = readFileSync(seedPath, 'utf8');
    const { status, stdout } = await readout(
      ['preview', '-', '--url', 'https://www.mofa.go.jp/na/na1/us/page4e_000785.html'],
      seed,
    );
    expect(status).toBe(0);
    expect(seen(stdout, '.messages .b-header')).toEqual(['Japan–United States telephone talk']);
    expect(parseHTML(stdout).document.querySelector('.messages .b-context a')?.getAttribute('href')).toBe(
      'https://www.mofa.go.jp/na/na1/us/page4e_000785.html',
    );
  });

  it('shows a hostile title as text: no script element, no mention', async () => {
    const hostile = readFileSync(seedPath, 'utf8').replace(
      'Japan-United States of America Relations',
      '<html><body><main><h1>Japan-U.S. &lt;script&gt;alert(1)&lt;/script&gt; &amp;lt;!channel&amp;gt; Telephone Talk</h1><pre>',
    );
    const { status, stdout } = await readout(['preview', '-'], `${hostile}</pre></main></body></html>`);
    expect(status).toBe(0);
    const { document } = parseHTML(stdout);
    expect(document.querySelector('script')).toBeNull();
    expect(document.querySelector('.mention')).toBeNull();
    expect(seen(stdout, '.messages .b-header')).toEqual([
      'Japan-U.S. <script>alert(1)</script> &lt;!channel&gt; Telephone Talk',
    ]);
  });

  it('opens the thread of a readout whose key point is too long for the post', async () => {
    const long = `${'The two leaders exchanged views on the regional situation in great detail. '.repeat(55)}That was all.`;
    const seed = readFileSync(seedPath, 'utf8').replace(
      '  3. In response,',
      `  3. ${long}\n  4. In response,`,
    );
    const out = join(dir, 'long.html');
    const { status } = await readout(['preview', '-', '--html', out], seed);
    expect(status).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(seen(html, '.messages .reply-count')).toEqual(['1 reply']);
    const replies = seen(html, '.thread .message .blocks').slice(1);
    expect(replies.join(' ')).toContain('That was all.');
  });

  it('shows a second readout of the same event as a reply in the first one’s thread', async () => {
    const out = join(dir, 'thread.html');
    const { status } = await readout(['preview', mofa, whitehouse, '--html', out]);
    expect(status).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(seen(html, '.messages .reply-count')).toEqual(['1 reply']);
    expect(seen(html, '.thread .b-header')).toEqual(['Japan-U.S. Summit Telephone Talk']);
    expect(seen(html, '.thread')[0]).toContain('The White House readout of the same telephone talk');
  });

  it('renders the App Home with --home, the given readouts as the latest', async () => {
    const out = join(dir, 'home.html');
    const { status } = await readout(['preview', '--home', mofa, whitehouse, '--html', out]);
    expect(status).toBe(0);
    const home = seen(readFileSync(out, 'utf8'), '.home-view')[0];
    expect(home).toContain('Subscriptions');
    expect(home).toContain('Tue 5 Oct 2021 · telephone talk · Japan-U.S. Summit Telephone Talk');
    expect(home).toContain('Mon 4 Oct 2021 · telephone talk · Readout of President Joe Biden’s Call');
    expect(home).toContain('Feeds');
  });

  it('exits 1 with a message when an input cannot be read or the page cannot be written', async () => {
    const missing = await readout(['preview', mofa, '/nonexistent/page.html', '--html', join(dir, 'x.html')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('readout preview: cannot read /nonexistent/page.html');
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'x.html'))).toBe(false);
    const unwritable = await readout(['preview', mofa, '--html', '/nonexistent/dir/out.html']);
    expect(unwritable.status).toBe(1);
    expect(unwritable.stderr).toContain('readout preview: cannot write /nonexistent/dir/out.html');
  });

  it('exits 64 with a message for no input, a bad date or more options than inputs', async () => {
    const none = await readout(['preview']);
    expect(none.status).toBe(64);
    expect(none.stderr).toContain('give a readout page');
    const date = await readout(['preview', mofa, '--published', '5 Oct']);
    expect(date.status).toBe(64);
    expect(date.stderr).toContain('--published expects a date YYYY-MM-DD, got "5 Oct"');
    const urls = await readout([
      'preview',
      mofa,
      '--url',
      'https://a.example/1',
      '--url',
      'https://a.example/2',
    ]);
    expect(urls.status).toBe(64);
    expect(urls.stderr).toContain('--url is given 2 times for 1 input(s)');
    // Three runs of the binary: room for a loaded machine.
  }, 60_000);
});
