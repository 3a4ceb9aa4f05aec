import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { escapeMrkdwn, mrkdwnLink } from '../../../src/render/format.js';
import { decodeSlackEntities, mrkdwnToHtml, plainTextToHtml } from '../../../src/render/mrkdwn-html.js';

/** The HTML as a DOM fragment, to read what a person sees. */
function dom(html: string) {
  const { document } = parseHTML(`<!doctype html><html><body><div id="root">${html}</div></body></html>`);
  // biome-ignore lint/style/noNonNullAssertion: the wrapper above always has #root
  return document.getElementById('root')!;
}
const shownText = (mrkdwn: string) => dom(mrkdwnToHtml(mrkdwn)).textContent;

describe('mrkdwnToHtml formatting', () => {
  it.each([
    ['*bold*', '<b>bold</b>'],
    ['_italic_', '<i>italic</i>'],
    ['~struck~', '<s>struck</s>'],
    ['a *b* and _c_ and ~d~.', 'a <b>b</b> and <i>c</i> and <s>d</s>.'],
    ['*_both_*', '<b><i>both</i></b>'],
    ['(*in brackets*)', '(<b>in brackets</b>)'],
    ['*1.* text', '<b>1.</b> text'],
  ])('formats %j', (input, html) => {
    expect(mrkdwnToHtml(input)).toBe(html);
  });

  it.each([
    ['snake_case_name', 'a mark inside a word'],
    ['2*3*4', 'marks between digits'],
    ['* not bold *', 'spaces inside the marks'],
    ['*one\ntwo*', 'a mark across a line break'],
    ['a lone * star', 'an unmatched mark'],
  ])('leaves %j as written (%s)', (input) => {
    const html = mrkdwnToHtml(input);
    expect(html).not.toMatch(/<[bis]>/);
    expect(dom(html).textContent).toBe(input.replace('\n', ''));
  });

  it('shows code spans and fenced blocks as written, without formatting inside', () => {
    expect(mrkdwnToHtml('run `/readout *japan-us* latest` now')).toBe(
      'run <code>/readout *japan-us* latest</code> now',
    );
    const block = dom(mrkdwnToHtml('before\n```\nline *1*\n  _line 2_\n```\nafter'));
    const pre = block.querySelector('pre');
    expect(pre?.textContent).toBe('line *1*\n  _line 2_');
    expect(block.querySelector('b, i')).toBeNull();
    expect(block.textContent).toContain('after');
  });

  it('shows an unclosed fence as text', () => {
    const html = mrkdwnToHtml('a ``` b');
    expect(html).not.toContain('<pre');
    expect(dom(html).textContent).toBe('a ``` b');
  });

  it('keeps line breaks and bullet lists, and quotes lines that start with >', () => {
    const root = dom(mrkdwnToHtml('• one\n• two\n> quoted *bold*\nplain'));
    expect(root.querySelectorAll('br').length).toBeGreaterThanOrEqual(1);
    expect(root.innerHTML).toContain('• one<br>• two');
    expect(root.querySelector('blockquote')?.innerHTML).toBe('quoted <b>bold</b>');
    expect(root.textContent).toContain('plain');
  });

  it('turns known emoji shortcodes into the character and leaves unknown ones and times alone', () => {
    const root = dom(mrkdwnToHtml(':date: Fri 9 Mar   :clock3: 08:50:10 JST :no_such_emoji:'));
    expect(root.textContent).toBe('📅 Fri 9 Mar   🕒 08:50:10 JST :no_such_emoji:');
  });

  it('does not take the underscores of an emoji name for italics', () => {
    const html = mrkdwnToHtml(':hourglass_flowing_sand: about 30 min');
    expect(html).not.toContain('<i>');
    expect(dom(html).textContent).toBe('⏳ about 30 min');
  });
});

describe('mrkdwnToHtml control sequences', () => {
  it('makes links of <url|label> and <url>, bold around a link included', () => {
    const root = dom(
      mrkdwnToHtml('*<https://www.mofa.go.jp/a.html?x=1&amp;y=2|Read the source>* or <https://example.org>'),
    );
    const [first, second] = root.querySelectorAll('a');
    expect(first?.getAttribute('href')).toBe('https://www.mofa.go.jp/a.html?x=1&y=2');
    expect(first?.textContent).toBe('Read the source');
    expect(first?.parentNode?.nodeName).toBe('B');
    expect(second?.getAttribute('href')).toBe('https://example.org');
    expect(second?.textContent).toBe('https://example.org');
  });

  it('links what mrkdwnLink makes, with the label shown as written', () => {
    const link = mrkdwnLink('https://example.org/a b', 'Q&A <1> | 2') as string;
    const a = dom(mrkdwnToHtml(link)).querySelector('a');
    expect(a?.getAttribute('href')).toBe('https://example.org/a%20b');
    expect(a?.textContent).toBe('Q&A <1> ¦ 2');
  });

  it('never makes a link of a javascript: or other unsafe URL', () => {
    const root = dom(mrkdwnToHtml('<javascript:alert(1)|click> <data:text/html,x|data>'));
    expect(root.querySelector('a')).toBeNull();
    expect(root.textContent).toBe('click data');
  });

  it('escapes quotes in a link address', () => {
    const html = mrkdwnToHtml('<https://example.org/"onmouseover="x|label>');
    const a = dom(html).querySelector('a');
    expect(a?.getAttribute('href')).toBe('https://example.org/"onmouseover="x');
    expect(a?.getAttribute('onmouseover')).toBeNull();
  });

  it('shows channel, user and broadcast mentions with names when known', () => {
    const root = dom(
      mrkdwnToHtml('<#C123> <#C456|asia-desk> <@U1> <!here>', {
        channels: { C123: 'readouts' },
        users: { U1: 'aiko' },
      }),
    );
    expect([...root.querySelectorAll('.mention')].map((m) => m.textContent)).toEqual([
      '#readouts',
      '#asia-desk',
      '@aiko',
      '@here',
    ]);
    expect(shownText('<#C999>')).toBe('#C999');
  });

  it('shows a date token as its fallback text, with the instant in a time element', () => {
    const time = dom(
      mrkdwnToHtml('posted <!date^1520585400^{date_short} at {time}|9 Mar 2018 08:50 UTC>'),
    ).querySelector('time');
    expect(time?.textContent).toBe('9 Mar 2018 08:50 UTC');
    expect(time?.getAttribute('datetime')).toBe('2018-03-09T08:50:00.000Z');
  });
});

describe('mrkdwnToHtml escaping', () => {
  it("shows Slack's entities as the characters, escaped once for HTML", () => {
    expect(mrkdwnToHtml('AT&amp;T &lt;b&gt; &amp;lt; &copy;')).toBe('AT&amp;T &lt;b&gt; &amp;lt; &amp;copy;');
    expect(shownText('AT&amp;T &lt;b&gt; &amp;lt; &copy;')).toBe('AT&T <b> &lt; &copy;');
  });

  it('shows escaped feed text, a <!channel> or a <script> in it, as text and never as markup or a mention', () => {
    const hostile = 'Talk <script>alert(1)</script> <!channel> <img src=x onerror=alert(2)> *end*';
    const root = dom(mrkdwnToHtml(escapeMrkdwn(hostile)));
    expect(root.querySelector('script, img, .mention')).toBeNull();
    expect(root.textContent).toBe(hostile.replace('*end*', 'end'));
  });

  it('escapes raw HTML that is not a control sequence', () => {
    // A bare "<" that is not part of <…> on one line: shown, not parsed.
    const root = dom(mrkdwnToHtml('a < b and "c" \'d\''));
    expect(root.textContent).toBe('a < b and "c" \'d\'');
  });

  it('drops nothing a reader typed but the private-use characters it uses itself', () => {
    expect(shownText('x\uE0000\uE001y')).toBe('x0y');
  });

  it('shows plain text exactly as written, emoji only when asked', () => {
    expect(plainTextToHtml('<b>&lt; :date:')).toBe('&lt;b&gt;&amp;lt; :date:');
    expect(plainTextToHtml(':date: x', true)).toBe('📅 x');
    expect(decodeSlackEntities('&amp;lt;')).toBe('&lt;');
  });
});
