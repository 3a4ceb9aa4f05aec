// Pathological HTML pages, built on demand (nothing large is stored in the repository). Shared
// by bench/hostile.js (times) and test/unit/readout/hostile-html.test.ts (no crash, bounded).
const wrap = (body) =>
  `<!DOCTYPE html><html><head><title>Telephone talk between the leaders</title></head><body>${body}</body></html>`;
const lead =
  '<p>On November 20, the Prime Minister held a telephone talk with the President for about 20 minutes.</p>';

/** name → () => html */
export const HOSTILE_PAGES = {
  '100k nested divs': () => wrap(`${lead}${'<div>'.repeat(100_000)}deep text${'</div>'.repeat(100_000)}`),
  '100k nested divs, never closed': () => wrap(`${lead}${'<div>'.repeat(100_000)}deep text`),
  '10 MB single text node': () => wrap(`${lead}<p>${'word '.repeat(2 * 1024 * 1024)}</p>`),
  '50k attributes on one tag': () =>
    wrap(`${lead}<p ${Array.from({ length: 50_000 }, (_, i) => `data-a${i}="v${i}"`).join(' ')}>text</p>`),
  '100k unclosed tags': () => wrap(`${lead}${'<p><b><i><span>text '.repeat(25_000)}`),
  '5k deeply nested tables': () =>
    wrap(`${lead}${'<table><tr><td>'.repeat(5_000)}cell${'</td></tr></table>'.repeat(5_000)}`),
  '5 MB <script>': () =>
    wrap(`${lead}<script>var x = "${'a'.repeat(5 * 1024 * 1024)}";</script><p>after</p>`),
  '200k empty paragraphs': () => wrap(`${lead}${'<p></p>'.repeat(200_000)}`),
  '1 MB of < and &': () => wrap(`${lead}<p>${'<&<&< &amp;&#x3c;&#60;'.repeat(50_000)}</p>`),
  '100k list items': () => wrap(`${lead}<ol>${'<li>point</li>'.repeat(100_000)}</ol>`),
};
