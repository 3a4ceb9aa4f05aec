import { describe, expect, it } from 'vitest';
import { cyrillicHolders, withoutCyrillicOtherTalk } from '../../../src/readout/parse/cyrillic.js';
import { parseReadout } from '../../../src/readout/parse/index.js';
import { findDurations } from '../../../src/readout/parse/lead.js';

/** Copies of readouts in Cyrillic, Vietnamese and German, in the shapes met (our own sentences). */
const parse = (content: string, published: string | null = null, url = 'https://news.example.org/cl-1') =>
  parseReadout({ content, url, published });
const facts = (content: string, published: string | null = null) => {
  const r = parse(content, published);
  return {
    docType: r.docType,
    kind: r.kind,
    relation: r.relation,
    date: r.date,
    names: r.participants.map((p) => p.name),
    minutes: r.durationMinutes,
  };
};

describe('Cyrillic talk verbs', () => {
  it('reads "встретился", "позвонил", "розмова", "разговарао" as a talk', () => {
    expect(
      facts(
        'Новости\nГлава МИД России Сергей Лавров встретился сегодня с министром иностранных дел Индии Субраманьямом Джайшанкаром в Нью-Йорке.\nСтороны обсудили двусторонние связи.\n',
        '2019-09-25',
      ),
    ).toMatchObject({ docType: 'readout', kind: 'meeting', relation: 'india-russia' });
    expect(
      facts(
        'Мир\nПремьер-министр Израиля Биньямин Нетаньяху позвонил президенту России Владимиру Путину, чтобы обсудить положение в регионе.\nЛидеры условились поддерживать контакты.\n',
      ),
    ).toMatchObject({ docType: 'readout', kind: 'telephone', relation: 'israel-russia' });
  });

  it('reads Serbian and Macedonian letters and a Turkish name written by its sounds', () => {
    const names = cyrillicHolders(
      'Турскиот претседател Реџеп Таип Ердоган телефонски разговараше со францускиот претседател Емануел Макрон.',
      '2023-04-21',
    ).map((p) => p.name);
    expect(names).toEqual(['Recep Tayyip Erdoğan', 'Emmanuel Macron']);
  });

  it('reads a Hungarian name written by its sounds', () => {
    expect(
      cyrillicHolders('Сергей Лавров провёл встречу с Петером Сийярто.', '2023-09-20').map((p) => p.name),
    ).toEqual(['Sergey Lavrov', 'Péter Szijjártó']);
  });

  it("takes a long surname on its given name's start on an undated page, never a short one", () => {
    expect(cyrillicHolders('Биньямин Нетаньяху и Владимир Путин', null).map((p) => p.name)).toEqual([
      'Benjamin Netanyahu',
      'Vladimir Putin',
    ]);
    expect(cyrillicHolders('Борис Нетаньяху', null)).toEqual([]);
  });
});

describe('Cyrillic sentences naming another talk', () => {
  it('drops a relative clause or an "after" phrase about another talk', () => {
    expect(
      withoutCyrillicOtherTalk(
        'Зеленський провів розмову з Еммануелем Макроном, який перед цим поговорив з Володимиром Путіним.',
      ),
    ).toBe('Зеленський провів розмову з Еммануелем Макроном.');
    expect(withoutCyrillicOtherTalk('Макрон позвонил Зеленскому после разговора с Путиным.')).toBe(
      'Макрон позвонил Зеленскому.',
    );
    // "After talks with Abe, Putin said …" is this talk: no counterpart is named before it.
    expect(
      withoutCyrillicOtherTalk(
        'После переговоров с премьер-министром Японии Синдзо Абэ Путин заявил о прогрессе.',
      ),
    ).toBe('После переговоров с премьер-министром Японии Синдзо Абэ Путин заявил о прогрессе.');
    expect(withoutCyrillicOtherTalk('Putin spoke with Macron after his call with Scholz.')).toBe(
      'Putin spoke with Macron after his call with Scholz.',
    );
  });

  it("leaves the other talk's party out of the principals", () => {
    expect(
      facts(
        'Політика\nПрезидент України Володимир Зеленський провів телефонну розмову з Президентом Франції Еммануелем Макроном, який перед цим поговорив з російським колегою Володимиром Путіним.\nЛідери обговорили безпекову ситуацію.\n',
        '2022-02-20',
      ),
    ).toMatchObject({ relation: 'france-ukraine', names: ['Volodymyr Zelenskyy', 'Emmanuel Macron'] });
  });
});

describe('lengths as adjectives in Russian and Ukrainian', () => {
  it('reads "годинна розмова", "двухчасовые переговоры", "получасовой разговор"', () => {
    expect(findDurations('У годинній розмові з Макроном обговорили оборону.').map((d) => d.minutes)).toEqual([
      60,
    ]);
    expect(
      findDurations('После двухчасовых переговоров стороны подписали документы.').map((d) => d.minutes),
    ).toEqual([120]);
    expect(findDurations('Состоялся получасовой телефонный разговор.').map((d) => d.minutes)).toEqual([30]);
    expect(findDurations('Часовой пояс Москвы.')).toEqual([]);
  });
});

describe('a date near the top of an undated page', () => {
  it('is not taken from a sentence that looks ahead', () => {
    const r = parse(
      'Мир\nПремьер-министр Израиля Биньямин Нетаньяху позвонил президенту России Владимиру Путину, чтобы обсудить положение в регионе.\nПутин пригласил его на торжества, которые будут проходить 9 мая 2020 года.\nЛидеры условились поддерживать контакты.\n',
    );
    expect([r.docType, r.date]).toEqual(['readout', null]);
  });
});

describe('German: a talk told by what was said in it', () => {
  it('posts "haben in einem Telefonat über … beraten"', () => {
    expect(
      facts(
        'Politik\nDas besprachen Scholz und Macron am Telefon\nBundeskanzler Olaf Scholz und der französische Präsident Emmanuel Macron haben in einem Telefonat über die Lage in der Ukraine beraten. Ein Sprecher nannte Einzelheiten.\nBeide wollen eng abgestimmt bleiben.\n',
        '2023-03-02',
      ),
    ).toMatchObject({ docType: 'readout', kind: 'telephone', relation: 'france-germany' });
  });
});

describe('Vietnamese welcome ceremonies', () => {
  it('posts "chủ trì Lễ đón" as a meeting, and a counterpart\'s country from the next lines', () => {
    expect(
      facts(
        'Thời sự\nSáng 20/11/2023, tại Đại lễ đường Nhân dân ở Bắc Kinh, Thủ tướng Lý Cường chủ trì Lễ đón Thủ tướng Phạm Minh Chính thăm chính thức Trung Quốc.\nThủ tướng Phạm Minh Chính và Thủ tướng Trung Quốc Lý Cường duyệt đội danh dự.\n',
        '2023-11-20',
      ),
    ).toMatchObject({
      docType: 'readout',
      kind: 'meeting',
      relation: 'china-vietnam',
      date: '2023-11-20',
      names: ['Li Qiang', 'Phạm Minh Chính'],
    });
  });
});

describe('French presidencies of other republics', () => {
  it('reads "le président de la République, <name>" as the named holder\'s, and a surname in capitals', () => {
    expect(
      facts(
        'Actualité\nLe président de la République, Abdelmadjid Tebboune, a reçu mardi un appel téléphonique du président de la République sud-africaine, M. Cyril RAMAPHOSA, a indiqué la présidence.\nLes deux présidents ont évoqué la situation au Sahel.\n',
        '2023-05-16',
      ),
    ).toMatchObject({
      docType: 'readout',
      kind: 'telephone',
      relation: 'algeria-south-africa',
      names: ['Abdelmadjid Tebboune', 'Cyril Ramaphosa'],
    });
  });
});

describe("a Cyrillic lead's kind", () => {
  it("comes from its own sentence before the headline's", () => {
    expect(
      facts(
        'Новости\nТокаев поговорил с Путиным после слов о переговорах\nПрезидент Казахстана Касым-Жомарт Токаев провел телефонный разговор с коллегой из России Владимиром Путиным. Беседа состоялась после его слов о готовности принять переговоры.\nСтороны обсудили двусторонние отношения.\n',
        '2024-10-01',
      ),
    ).toMatchObject({ docType: 'readout', kind: 'telephone', relation: 'kazakhstan-russia' });
  });
});

describe('French: the President of the Republic', () => {
  it("stays France's before a verb, and an unknown adjective leaves it so", async () => {
    const { deFrPrincipals } = await import('../../../src/readout/parse/lead-de-fr.js');
    const countries = (s: string) => deFrPrincipals(s, null).map((p) => p.country);
    expect(
      countries(
        'Le Président de la République s’est entretenu avec le Premier ministre japonais Fumio Kishida.',
      ),
    ).toEqual(['FR', 'JP']);
    expect(
      countries('Le Président de la République a reçu le président de la République sud-africaine.'),
    ).toEqual(['FR', 'ZA']);
  });
});

describe('Spanish, Portuguese and Italian lengths in words', () => {
  it('reads "durante los cinco minutos que duró", "è durato dieci minuti", never a bare number', () => {
    const minutes = (s: string) => findDurations(s).map((d) => d.minutes);
    expect(minutes('Durante los cinco minutos que duró la charla, acordaron verse.')).toEqual([5]);
    expect(minutes('Durante los 20 minutos que duró la conversación, hablaron del comercio.')).toEqual([20]);
    expect(minutes('Il colloquio è durato dieci minuti.')).toEqual([10]);
    expect(minutes('Tiene cinco minutos para hablar.')).toEqual([]);
  });
});
