import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage, extractPageWithDom } from '../../../src/readout/parse/html.js';
import { detectSource, parseReadout } from '../../../src/readout/parse/index.js';

const root = join(import.meta.dirname, '../../../fixtures/pages');

/** Every HTML page under fixtures/pages, at any depth, read when the test runs. */
function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...htmlFiles(path));
    else if (/\.html?$/i.test(name)) out.push(path);
  }
  return out;
}

/** The streaming extractor must give what the DOM walker gives (and not throw where it throws). */
function expectSame(html: string, source: string): void {
  const stream = extractPage(html, source);
  let dom: ReturnType<typeof extractPageWithDom>;
  try {
    dom = extractPageWithDom(html, source);
  } catch {
    // The DOM path throws on a few broken pages (e.g. Readability removing the document element);
    // extractPage then answers with the body text, which the line above proved does not throw.
    return;
  }
  expect({
    lines: stream.lines,
    title: stream.title,
    canonicalUrl: stream.canonicalUrl,
    via: stream.via,
  }).toEqual({
    lines: dom.lines,
    title: dom.title,
    canonicalUrl: dom.canonicalUrl,
    via: dom.via,
  });
}

/** The sources a page is read under: its folder, the one parseReadout detects, and the generic rule. */
function sourcesFor(file: string, html: string): string[] {
  const folder = relative(root, file).split('/')[0] as string;
  return [...new Set([folder, detectSource(null, html), 'other'])];
}

const nav = (n: number) =>
  `<ul class="menu">${Array.from({ length: n }, (_, i) => `<li><a href="/s/${i}.html">Section ${i}</a></li>`).join('')}</ul>`;

describe('extractPage (streaming) equals the DOM walker on every fixture page', () => {
  const files = htmlFiles(root);
  it('finds the fixture pages', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });
  for (const file of files) {
    const name = relative(root, file);
    it(name, () => {
      const html = readFileSync(file, 'utf8');
      for (const source of sourcesFor(file, html)) expectSame(html, source);
      // Padded with site chrome the way the benchmark pads it.
      const padded = html
        .replace('<body>', `<body><header>${nav(200)}</header>`)
        .replace('</body>', `<footer>${nav(100)}</footer></body>`);
      expectSame(padded, sourcesFor(file, html)[0] as string);
    });
    it(`${name}, cut short at 12 places`, () => {
      const html = readFileSync(file, 'utf8');
      const source = sourcesFor(file, html)[0] as string;
      for (let i = 1; i <= 12; i++) expectSame(html.slice(0, Math.floor((html.length * i) / 13)), source);
    });
  }
});

describe('extractPage (streaming) on adversarial markup', () => {
  const page = (body: string, head = '') =>
    `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
  const cases: Record<string, string> = {
    'lists: ordered with start, nested, items that carry their own marker': page(
      `<main><h1>T</h1><ol start="3"><li>three</li><li>1. has one</li><li>four<ol><li>a</li><li>(2) b</li></ol></li></ol>
       <ul><li>x<ul><li>y</li><li>- z</li></ul></li><li>  • already</li><li><p>para in item</p></li><li></li><li> </li></ul>
       <ol start="x"><li>nan start</li></ol><ol start=""><li>empty start</li></ol><ol start="-2"><li>neg</li><li>next</li></ol></main>`,
    ),
    'list item markers decided by text far inside the item': page(
      `<main><ul><li><span> </span><b>1</b>.<i> </i>split marker</li><li>1.</li><li>(1)</li><li>12) x</li><li>123. x</li>
       <li>  <ul><li>  <ol><li>2. deep</li></ol></li></ul></li><li>*<br>star</li></ul></main>`,
    ),
    'dropped items do not count in the numbering': page(
      `<main><div id="maincontents"><ol><li>one</li><li class="social">gone for kantei</li><li class="social-btn">gone for mofa</li><li>two</li></ol></div></main>`,
    ),
    'chrome inside the root is dropped, with the first h1 outside it': page(
      `<main><header><h1>Site</h1></header><nav>Menu</nav><script>var x = '<p>no</p>';</script><style>p{}</style>
       <form><button>Go</button><select><option>o</option></select></form><svg><text>svg</text></svg>
       <h1>  Real
       title </h1><p>Body&nbsp;text &amp; more</p><footer>foot</footer><div class="share breadcrumb">x</div></main>`,
    ),
    'a whitespace-only h1 falls back to og:title; a site-name og:title is no title': page(
      `<main><h1> </h1><p>text</p></main>`,
      '<meta property="og:title" content="  Meeting  "><meta property="og:title" content="second">',
    ),
    'site name in og:title': page('<main><p>text</p></main>', '<meta property="og:title" content="MOFA">'),
    'canonical: empty og:url, then rel=Canonical in capitals': page(
      '<article><p>text</p></article>',
      '<meta property="og:url" content=" "><meta property="og:url" content="https://x/2"><link rel="Canonical" href="https://x/c">',
    ),
    'canonical: link only, og:url after the body': `<html><head><link rel="canonical" href=""><link rel="canonical" href="https://x/late"></head><body><main><p>text</p></main><meta property="og:url" content="https://x/og"></body></html>`,
    'a higher-priority root after a lower one': page(
      `<main><p>in main</p><div id="maincontents"><p>in maincontents</p></div></main><div id="maincontents"><p>second</p></div>`,
    ),
    'a higher-priority root after a closed lower one, its id spelt with character references': page(
      `<article><p>in article</p></article><p>Copyright &copy; &#39;x&#39;</p><div id="&#99;ontents"><p>by decimal</p></div>`,
    ),
    'a higher-priority root after a closed lower one, its class spelt in hex and its tag in capitals': page(
      `<article><p>in article</p></article><div class="a cont&#x65;nts"><p>by hex</p></div><MAIN><p>main</p></MAIN>`,
    ),
    'a closed lower root with nothing of a higher one after it': page(
      `<article><p>in article</p></article><footer><p>&#39;contents&#39; &amp; more</p><div id="content-x">x</div></footer>`,
    ),
    'the root is a list item in an ordered list, inside another item': page(
      `<ul><li>outer<ol start="5"><li>a</li><li id="content">the root <ul><li>nested</li></ul></li></ol></li></ul>`,
    ),
    'the root inside a template, an svg and a dropped element': page(
      `<template><article><p>in template</p></article></template><footer><main><p>main in footer</p></main></footer>`,
    ),
    'uppercase tags and attributes, classes among others': `<HTML><BODY><DIV ID="content"><P>upper id</P></DIV><div CLASS="contents"><p>upper class</p></div>
      <div class=" x  contents	y "><p>class list</p><div class="socialx">kept</div><div class="x social">gone</div></div><div role="main"><p>role</p></div></BODY></HTML>`,
    'stray and missing end tags': page(
      `<main><p>one<p>two</br>three</p></p><div><span>unclosed<li>loose item</li></main><p>after</p>`,
    ),
    'comments, CDATA, processing instructions and entities': page(
      `<main><!-- <p>no</p> --><p>a<![CDATA[ b ]]>c</p><?php echo 1 ?><p>&lt;tag&gt; &#x41;&#66; &copy &unknown; &amp</p></main>`,
    ),
    'an empty root goes to the DOM path': page(
      `<div id="maincontents"><nav>only chrome</nav></div><main><p>the text</p></main>`,
    ),
    'truncated inside an attribute': '<html><body><main><p>text</p><div class="a',
    'truncated inside a comment': '<html><body><main><p>text</p><!-- never closed <p>x</p>',
    'fragment without html': '<main><h1>Frag</h1><p>one</p></main><p>tail',
    'fragment with chrome in the root': 'lead text<main><header>H</header><p>m</p><footer>F</footer></main>',
    'cut inside the html tag': '<!doctype html><html lang="en',
    'an unclosed html tag swallowing the page': '<html class="a<main>text</main><p>more</p>',
    'text only': 'just text, no tags',
    empty: '',
    'lone less-than': '<',
  };
  for (const [name, html] of Object.entries(cases)) {
    it(name, () => {
      for (const source of ['mofa', 'kantei', 'other']) expectSame(html, source);
    });
  }

  it('keeps the source rule order: MOFA finds #maincontents before main', () => {
    const page = extractPage(cases['a higher-priority root after a lower one'] as string, 'mofa');
    expect(page.via).toBe('mofa:#maincontents');
    expect(page.lines).toEqual(['in maincontents']);
  });

  it('reads 1 MB of nested divs without throwing or stalling, with and without a root', () => {
    const nested = `${'<div>'.repeat(200_000)}deep text`;
    const t0 = performance.now();
    const inMain = extractPage(`<html><body><main><p>lead</p>${nested}</main></body></html>`, 'mofa');
    expect(inMain.via).toBe('mofa:main');
    expect(inMain.lines[0]).toBe('lead');
    const noRoot = extractPage(`<html><body><p>lead</p>${nested}</body></html>`, 'mofa');
    expect(noRoot.via).toBe('body');
    expect(noRoot.lines[0]).toBe('lead');
    expect(() => parseReadout({ content: `<html><body><div id="maincontents">${nested}` })).not.toThrow();
    expect(extractPage(nested, 'other').lines).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });

  it('keeps the head of a huge text node: the lead and a bounded line, no DOM', () => {
    const huge = `<html><body><p>lead</p><p>${'word '.repeat(2 * 1024 * 1024)}</p></body></html>`;
    const page = extractPage(huge, 'mofa');
    expect(page.via).toBe('body');
    expect(page.lines[0]).toBe('lead');
    expect(page.lines).toHaveLength(2);
    expect((page.lines[1] as string).length).toBeLessThanOrEqual(64 * 1024);
    expect(page.lines[1]).toMatch(/^word word/);
    // The parse reads at most 20,000 characters of it, cut between words.
    const readout = parseReadout({ content: huge, url: 'https://www.mofa.go.jp/x.html' });
    const longest = Math.max(...readout.summary.map((p) => p.length));
    expect(longest).toBeLessThanOrEqual(20_000);
  });

  it('reads a page with an element of 50k attributes from the stream, not the DOM', () => {
    const attrs = Array.from({ length: 50_000 }, (_, i) => `data-a${i}="v"`).join(' ');
    const page = extractPage(`<html><body><p>lead</p><p ${attrs}>text</p></body></html>`, 'mofa');
    expect(page).toMatchObject({ via: 'body', lines: ['lead', 'text'] });
    // A handful of attributes still goes to the DOM reader when no source rule reads the page.
    const plain = extractPage('<html><body><p class="a" id="b">lead</p></body></html>', 'mofa');
    expect(plain.via).not.toBe('body');
  });

  it('reads deep but legal nesting whole: 4,000 nested lists, and 1,000 divs without a root', () => {
    const lists = extractPage(`<main>${'<ul><li> '.repeat(4_000)}1. x</main>`, 'other');
    expect(lists.lines).toEqual(['1. x']);
    const divs = extractPage(`<html><body>${'<div>'.repeat(1_000)}<p>deep text</p></body></html>`, 'mofa');
    expect(divs).toMatchObject({ via: 'body', lines: ['deep text'] });
  });

  it('equals the DOM walker on random splices of fixture pages', () => {
    const pages = htmlFiles(root).map((f) => readFileSync(f, 'utf8'));
    let seed = 20261127;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let i = 0; i < 120; i++) {
      let html = '';
      for (let k = 1 + random(3); k > 0; k--) {
        const page = pages[random(pages.length)] as string;
        const a = random(page.length);
        html += page.slice(a, a + random(page.length - a + 1));
      }
      for (const source of ['mofa', 'kantei']) expectSame(html, source);
    }
  });

  it('never throws on fixture pages cut into fragments at odd places', () => {
    const files = htmlFiles(root);
    for (const file of files.slice(0, 3)) {
      const html = readFileSync(file, 'utf8');
      for (let i = 0; i < 20; i++) {
        const a = (i * 7919) % html.length;
        const b = Math.min(html.length, a + ((i * 104729) % 9000));
        expect(() => extractPage(html.slice(a, b), 'mofa')).not.toThrow();
      }
    }
  });
});
