import { describe, expect, it } from 'vitest';
import { cyrillicHolders, skeleton, transliterate } from '../../../src/readout/parse/cyrillic.js';
import { parseReadout } from '../../../src/readout/parse/index.js';

/** Office holders named in Cyrillic copies, and the leads those copies open with (our own sentences). */
describe('Cyrillic names', () => {
  it('brings a Cyrillic word and its Latin form to one consonant skeleton', () => {
    expect(transliterate('Меркель')).toBe('merkel');
    expect(skeleton(transliterate('Меркель'))).toBe(skeleton('Merkel'));
    expect(skeleton(transliterate('Трамп'))).toBe(skeleton('Trump'));
  });

  it('finds holders by given name and surname, whatever the case ending', () => {
    const names = cyrillicHolders(
      'Президент России Владимир Путин провёл телефонный разговор с федеральным канцлером Германии Ангелой Меркель.',
      '2019-03-01',
    ).map((p) => p.name);
    expect(names).toEqual(['Vladimir Putin', 'Angela Merkel']);
    expect(
      cyrillicHolders('Владимир Путин встретился с Дональдом Трампом.', '2018-07-16').map((p) => p.country),
    ).toEqual(['RU', 'US']);
  });

  it('takes a short surname only with the whole given name', () => {
    const names = (t: string) => cyrillicHolders(t, '2020-10-01').map((p) => p.name);
    expect(names('Владимир Путин обсудил с премьером Японии Ёсихидэ Сугой связи.')).toEqual([
      'Vladimir Putin',
      'Yoshihide Suga',
    ]);
    expect(names('Глава ведомства Ю. Сугой')).toEqual([]);
  });

  it('needs the given name too, and the date in office', () => {
    expect(cyrillicHolders('Господин Путин и министр Меркель', '2019-03-01')).toEqual([]);
    expect(cyrillicHolders('Ангела Меркель', '2023-03-01')).toEqual([]);
  });
});

describe('Cyrillic leads', () => {
  const body = (lead: string) =>
    `Новости\n${lead}\nСтороны условились продолжить контакты на разных уровнях.\n`;

  it('posts a Russian copy of a call between two named leaders', () => {
    const r = parseReadout({
      content: body(
        'Президент России Владимир Путин провёл телефонный разговор с канцлером Германии Ангелой Меркель. Беседа прошла по инициативе немецкой стороны.',
      ),
      url: 'https://news.example.ru/p7-a',
      published: '2020-05-12',
    });
    expect([r.docType, r.kind, r.relation]).toEqual(['readout', 'telephone', 'germany-russia']);
  });

  it('holds back a call still in the plans', () => {
    const r = parseReadout({
      content: body(
        'В Кремле сообщили, что в планах Владимира Путина на среду значится телефонный разговор с Ангелой Меркель.',
      ),
      url: 'https://news.example.ru/p7-b',
      published: '2020-05-12',
    });
    expect(r.docType).toBe('other');
  });
});

describe('leads of a talk that took place (parse7)', () => {
  const post = (content: string) =>
    parseReadout({ content, url: 'https://news.example.com/p7-c', published: '2023-05-07' }).docType;

  it('an opening in the talk itself is an account of it, unless it looks ahead', () => {
    const lead = (s: string) =>
      `World\nLeaders agree to keep up visits\n${s}\nThey also agreed to widen talks on energy.\n`;
    expect(
      post(
        lead(
          'At his summit meeting with President Yoon Suk Yeol of the Republic of Korea, Prime Minister Kishida Fumio of Japan shared the wish to keep up visits.',
        ),
      ),
    ).toBe('readout');
    expect(
      post(
        lead(
          'At his summit meeting with President Yoon Suk Yeol of the Republic of Korea, Prime Minister Kishida Fumio of Japan is expected to raise the visits.',
        ),
      ),
    ).toBe('other');
  });

  it("a German lead with 'haben … geführt' after a spokesman's preamble", () => {
    expect(
      post(
        'Politik\nKanzlerin und Präsident beraten\nDer Regierungssprecher teilt mit: Bundeskanzlerin Angela Merkel und der französische Präsident Emmanuel Macron haben am Abend ein Telefongespräch über Libyen geführt.\nBeide wollen in Kontakt bleiben.\n',
      ),
    ).toBe('readout');
  });
});
