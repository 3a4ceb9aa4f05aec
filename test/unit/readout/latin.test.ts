import { describe, expect, it } from 'vitest';
import { findMonthDay, parseDateLine } from '../../../src/readout/parse/dates.js';
import { parseReadout } from '../../../src/readout/parse/index.js';
import { latinFutureTalk, latinPastAt } from '../../../src/readout/parse/latin.js';
import { findDurations, findTimes, kindFromPhrase } from '../../../src/readout/parse/lead.js';
import { isLatinLead, latinCountryIn, latinPrincipals } from '../../../src/readout/parse/lead-latin.js';

// Readouts in languages written in Latin letters other than English, French and German: Spanish,
// Italian, Portuguese, Turkish, Indonesian and Malay, Dutch, Polish, Vietnamese, Tagalog,
// Romanian, Czech, Swedish. Every sentence is our own, in the shapes governments and
// republishers write.

/** A page of a title and a lead, parsed on a feed date. */
const read = (title: string, lead: string, published: string) =>
  parseReadout({ content: `${title}\n${lead}\nLos dos líderes acordaron seguir en contacto.`, published });
const names = (r: { participants: { name: string }[] }) => r.participants.map((p) => p.name);

describe('dates of these languages', () => {
  it.each([
    ['el 12 de marzo de 2024', [2024, 2, 12]],
    ['il 12 marzo 2024', [2024, 2, 12]],
    ['em 12 de março de 2024', [2024, 2, 12]],
    ['10 Ocak 2024 tarihinde', [2024, 0, 10]],
    ['pada 10 Januari 2024', [2024, 0, 10]],
    ['op 10 januari 2024', [2024, 0, 10]],
    ['10 stycznia 2024 r.', [2024, 0, 10]],
    ['dne 10. ledna 2024', [2024, 0, 10]],
    ['ngày 10/1/2024', [2024, 0, 10]],
    ['ngày 10 tháng 1 năm 2024', [2024, 0, 10]],
    ['noong Setyembre 2, 2017', [2017, 8, 2]],
    ['pe 24 ianuarie 2023', [2023, 0, 24]],
    ['den 10 januari 2024', [2024, 0, 10]],
    ['Senin (10/1/2024)', [2024, 0, 10]],
  ])('reads "%s"', (text, [year, month, day]) => {
    const m = findMonthDay(text);
    expect(m && [m.year, m.month, m.day]).toEqual([year, month, day]);
  });

  it('reads a day and month without a year, and the part of the day before a Vietnamese date', () => {
    expect(findMonthDay('Chiều 10/1, Thủ tướng …')).toMatchObject({ day: 10, month: 0, year: null });
    expect(findMonthDay('el pasado 3 de mayo')).toMatchObject({ day: 3, month: 4, year: null });
  });

  it('takes a line that is only a date, with its weekday or clock, as a date line', () => {
    expect(parseDateLine('Martes, 12 de marzo de 2024')).toBe('2024-03-12');
    expect(parseDateLine('10 Ocak 2024 Çarşamba')).toBe('2024-01-10');
    expect(parseDateLine('24 ianuarie 2023')).toBe('2023-01-24');
    expect(parseDateLine('12 marzo 2024 - 14:30')).toBe('2024-03-12');
    expect(parseDateLine('El 12 de marzo de 2024 se reunieron')).toBeNull();
  });
});

describe('relative days and weekdays, counted from the feed date', () => {
  it.each([
    [
      'ayer',
      'El presidente del Gobierno, Pedro Sánchez, habló ayer por teléfono con el presidente de Francia, Emmanuel Macron.',
      '2024-03-11',
    ],
    [
      'oggi',
      'Il Presidente del Consiglio Giorgia Meloni ha incontrato oggi il cancelliere tedesco Olaf Scholz.',
      '2024-03-12',
    ],
    [
      'dün',
      'Cumhurbaşkanı Recep Tayyip Erdoğan dün Rusya Devlet Başkanı Vladimir Putin ile telefonda görüştü.',
      '2024-03-11',
    ],
    [
      'hari ini',
      'Presiden Joko Widodo hari ini bertemu dengan Perdana Menteri Jepang Fumio Kishida.',
      '2024-03-12',
    ],
    [
      'wczoraj',
      'Premier Donald Tusk rozmawiał wczoraj telefonicznie z kanclerzem Niemiec Olafem Scholzem.',
      '2024-03-11',
    ],
    [
      'hôm qua',
      'Hôm qua, Thủ tướng Phạm Minh Chính điện đàm với Thủ tướng Nhật Bản Kishida Fumio.',
      '2024-03-11',
    ],
    [
      'este martes (a Tuesday)',
      'El presidente del Gobierno, Pedro Sánchez, ha mantenido este martes una conversación telefónica con el presidente de Francia, Emmanuel Macron.',
      '2024-03-12',
    ],
    [
      'w środę (a Wednesday)',
      'Premier Donald Tusk w środę spotkał się z prezydentem Francji Emmanuelem Macronem.',
      '2024-03-06',
    ],
  ])('"%s"', (_word, lead, date) => {
    expect(read('Conversación', lead, '2024-03-12').date).toBe(date);
  });

  it('never counts back to a weekday still to come', () => {
    const r = read(
      '12/03/2024\nReunión',
      'El ministro de Asuntos Exteriores, José Manuel Albares, se reunió con el secretario de Estado de Estados Unidos, Antony Blinken, antes del próximo lunes.',
      '2024-03-12',
    );
    // The page writes its date, and no day of the talk: the page's date, not last Monday.
    expect(r.date).toBe('2024-03-12');
  });
});

describe('the kind of talk, by language', () => {
  it.each([
    ['ha mantenido una conversación telefónica con', 'telephone'],
    ['ha avuto un colloquio telefonico con', 'telephone'],
    ['realizou um telefonema com', 'telephone'],
    ['ile telefonda görüştü', 'telephone'],
    ['melakukan pembicaraan telepon dengan', 'telephone'],
    ['heeft een telefoongesprek gevoerd met', 'telephone'],
    ['rozmawiał telefonicznie z', 'telephone'],
    ['điện đàm với', 'telephone'],
    ['a avut o convorbire telefonică cu', 'telephone'],
    ['se reunió con', 'meeting'],
    ['ha incontrato', 'meeting'],
    ['reuniu-se com', 'meeting'],
    ['ile bir araya geldi', 'meeting'],
    ['bertemu dengan', 'meeting'],
    ['spotkał się z', 'meeting'],
    ['hội đàm với', 'meeting'],
    ['participó por videoconferencia en', 'video'],
    ['si è collegato in videochiamata con', 'video'],
    ['wideokonferencja z', 'video'],
    ['hội đàm trực tuyến với', 'video'],
    ['recibió en visita de cortesía a', 'courtesy_call'],
    ['hội kiến', 'courtesy_call'],
    ['tiếp Bộ trưởng Ngoại giao', 'courtesy_call'],
    ['tiếp xã giao Đại sứ', 'courtesy_call'],
    ['sprak met', 'telephone'],
  ])('"%s" is %s', (phrase, kind) => {
    expect(kindFromPhrase(phrase)).toBe(kind);
  });
});

describe('a talk that took place, and one still to come', () => {
  it('reads the past in each language, and in the languages without tenses the verb itself', () => {
    for (const text of [
      'se reunió ayer con',
      'ha incontrato il',
      'conversaram por telefone',
      'telefonda görüştü',
      'telefon görüşmesi gerçekleştirdi',
      'bertemu dengan',
      'heeft telefonisch gesproken met',
      'spotkał się z',
      'điện đàm với',
      'nakipagpulong kay',
      's-a întâlnit cu',
      'se setkal s',
      'träffade i går',
      'A conversa, realizada por videoconferência,',
      'ha ricevuto a Palazzo Chigi il',
      'menerima Perdana Menteri',
    ])
      expect(latinPastAt(text), text).toBeGreaterThanOrEqual(0);
  });

  it('takes a sentence that looks ahead before any past talk as an announcement', () => {
    for (const text of [
      'El presidente del Gobierno mantendrá el lunes una reunión con',
      'Il Presidente del Consiglio incontrerà domani il',
      'O presidente vai se reunir com',
      'Cumhurbaşkanı Erdoğan yarın Putin ile görüşecek.',
      'Presiden Joko Widodo akan bertemu dengan',
      'Premier spotka się jutro z',
      'Thủ tướng sẽ hội đàm với',
      'Premierul se va întâlni cu',
    ])
      expect(latinFutureTalk(text), text).toBe(true);
    // A plan agreed in a talk that took place is no announcement.
    expect(
      latinFutureTalk(
        'Presiden Joko Widodo bertemu dengan Perdana Menteri, keduanya sepakat akan bekerja sama.',
      ),
    ).toBe(false);
  });

  it('holds back announcements of a talk in these languages', () => {
    const pages = [
      [
        'Sánchez y Macron',
        'El presidente del Gobierno, Pedro Sánchez, mantendrá el lunes una reunión con el presidente de Francia, Emmanuel Macron.',
      ],
      [
        'Erdoğan Putin ile görüşecek',
        'Cumhurbaşkanı Recep Tayyip Erdoğan, Rusya Devlet Başkanı Vladimir Putin ile yarın telefonda görüşecek.',
      ],
      [
        'Jokowi akan bertemu Kishida',
        'Presiden Joko Widodo akan bertemu dengan Perdana Menteri Jepang Fumio Kishida di Tokyo.',
      ],
      [
        'Thủ tướng sẽ hội đàm',
        'Thủ tướng Phạm Minh Chính sẽ hội đàm với Thủ tướng Nhật Bản Kishida Fumio tại Tokyo.',
      ],
    ];
    for (const [title, lead] of pages)
      expect(read(title as string, lead as string, '2024-03-12').docType).toBe('other');
  });
});

describe('countries and offices by language', () => {
  it.each([
    ['el primer ministro japonés', 'JP'],
    ['il primo ministro giapponese', 'JP'],
    ['o primeiro-ministro do Japão', 'JP'],
    ['Japonya Başbakanı', 'JP'],
    ['Perdana Menteri Jepang', 'JP'],
    ['de Japanse premier', 'JP'],
    ['premier Japonii', 'JP'],
    ['Thủ tướng Nhật Bản', 'JP'],
    ['presidente de Estados Unidos', 'US'],
    ['ABD Başkanı', 'US'],
    ['Presiden AS', 'US'],
    ['Tổng thống Mỹ', 'US'],
    ['prezydent USA', 'US'],
    ['cancelliere tedesco', 'DE'],
    ['kanclerz Niemiec', 'DE'],
    ['presidenta de la Comisión Europea', 'EU'],
  ])('"%s" is %s', (phrase, country) => {
    expect(latinCountryIn(phrase)).toBe(country);
  });

  it('reads principals by office, country and name, the subject first', () => {
    expect(
      latinPrincipals(
        'El presidente del Gobierno, Pedro Sánchez, ha mantenido una conversación telefónica con el presidente de Francia, Emmanuel Macron.',
        null,
      ),
    ).toEqual([
      { name: 'Pedro Sánchez', honorific: null, title: 'Prime Minister', country: 'ES' },
      { name: 'Emmanuel Macron', honorific: null, title: 'President', country: 'FR' },
    ]);
    // A surname alone is left to the table on the date: its country is not the language's.
    expect(
      latinPrincipals('Cumhurbaşkanı Erdoğan, Rusya Devlet Başkanı Putin’le telefonda görüştü.', null).map(
        (p) => [p.name, p.title, p.country],
      ),
    ).toEqual([
      ['Erdoğan', 'President', null],
      ['Putin', 'President', 'RU'],
    ]);
    const r = read(
      'Görüşme',
      'Cumhurbaşkanı Erdoğan, Rusya Devlet Başkanı Putin’le telefonda görüştü.',
      '2024-03-12',
    );
    expect(names(r)).toEqual(['Recep Tayyip Erdoğan', 'Vladimir Putin']);
    expect([r.relation, r.kind]).toEqual(['russia-turkey', 'telephone']);
  });

  it('reads offices in the plural, one principal per country', () => {
    const people = latinPrincipals(
      'Los presidentes de Chile, Gabriel Boric, y de Argentina, Javier Milei, conversaron por teléfono.',
      null,
    );
    expect(people.map((p) => [p.name, p.country])).toEqual([
      ['Gabriel Boric', 'CL'],
      ['Javier Milei', 'AR'],
    ]);
  });

  it('leaves out deputies and former holders', () => {
    const people = latinPrincipals(
      'El expresidente Mariano Rajoy y el vicepresidente del Gobierno se reunieron.',
      null,
    );
    expect(people.filter((p) => p.title)).toEqual([]);
  });

  it('names principals by office alone or by surname through the office table on the date', () => {
    const spain = read(
      'Llamada',
      'El presidente del Gobierno ha hablado por teléfono con el primer ministro japonés.',
      '2024-03-12',
    );
    expect(names(spain)).toEqual(['Pedro Sánchez', 'Fumio Kishida']);
    const turkey = read(
      'Görüşme',
      'Cumhurbaşkanı Erdoğan, Japonya Başbakanı ile telefonda görüştü.',
      '2025-03-12',
    );
    expect(names(turkey)).toEqual(['Recep Tayyip Erdoğan', 'Shigeru Ishiba']);
    const italy = read(
      'Colloquio',
      'Il Presidente del Consiglio ha avuto un colloquio telefonico con il presidente ucraino Zelensky.',
      '2023-05-02',
    );
    expect(names(italy)).toEqual(['Giorgia Meloni', 'Volodymyr Zelenskyy']);
    expect(italy.relation).toBe('italy-ukraine');
  });

  it('names the holders of the countries added with these languages', () => {
    const nl = read(
      'Gesprek',
      'De minister-president heeft vandaag telefonisch gesproken met de Amerikaanse president.',
      '2023-06-15',
    );
    expect(names(nl)).toEqual(['Mark Rutte', 'Joe Biden']);
    expect(nl.relation).toBe('netherlands-us');
    const iran = read(
      'Görüşme',
      'Cumhurbaşkanı Erdoğan, İran Cumhurbaşkanı ile telefonda görüştü.',
      '2023-10-20',
    );
    expect(names(iran)).toEqual(['Recep Tayyip Erdoğan', 'Ebrahim Raisi']);
    // Another language's form of a holder's name is the table's ("İbrahim Reisi" in Turkish).
    const written = read(
      'Görüşme',
      'Cumhurbaşkanı Erdoğan, İran Cumhurbaşkanı İbrahim Reisi ile telefonda görüştü.',
      '2023-10-20',
    );
    expect(names(written)).toEqual(['Recep Tayyip Erdoğan', 'Ebrahim Raisi']);
    const sweden = read('Möte', 'Statsministern träffade i går USA:s president i Vita huset.', '2024-03-08');
    expect(sweden.relation).toBe('sweden-us');
  });

  it('resolves a name in a case form to the holder on the date', () => {
    const r = read(
      'Rozmowa',
      'Premier Donald Tusk rozmawiał telefonicznie z prezydentem USA Joe Bidenem.',
      '2024-03-12',
    );
    expect(names(r)).toEqual(['Donald Tusk', 'Joe Biden']);
    expect(r.kind).toBe('telephone');
  });

  it('finds no lead where neither principal is named or of a country', () => {
    expect(isLatinLead('La presidente della Commissione ha sentito la premier per fare il punto.')).toBe(
      false,
    );
  });
});

describe('the kind told after the lead', () => {
  it('takes it from a sentence that gives the talk a length, naming no principal', () => {
    const r = parseReadout({
      content:
        'Kishida at Marcos\nSumang-ayon sina Japanese Prime Minister Fumio Kishida at Philippine President Ferdinand Marcos Jr. na palakasin ang ugnayan.\nAyon sa ministeryo, ito ang napag-usapan sa kanilang 20 minutong pag-uusap sa telepono.\nWala nang iba pang detalye.',
      published: '2022-06-01',
    });
    expect([r.kind, r.durationMinutes]).toEqual(['telephone', 20]);
  });
});

describe('lengths of talks by language', () => {
  it.each([
    ['durante unos 30 minutos', 30, true],
    ['per circa 40 minuti', 40, true],
    ['por cerca de 25 minutos', 25, true],
    ['yaklaşık 1 saat sürdü', 60, true],
    ['30 dakika süren görüşme', 30, false],
    ['selama 45 menit', 45, false],
    ['ongeveer 30 minuten', 30, true],
    ['rozmowa trwała 30 minut', 30, false],
    ['kéo dài khoảng 30 phút', 30, true],
    ['15 minutong pag-uusap', 15, false],
    ['timp de 30 de minute', 30, false],
    ['il colloquio è durato un’ora', 60, false],
    ['durou cerca de meia hora', 30, true],
    ['duró como 40 minutos', 40, true],
  ])('"%s" is %i minutes', (text, minutes, approximate) => {
    const [d] = findDurations(text);
    expect(d && [d.minutes, d.approximate]).toEqual([minutes, approximate]);
  });

  it('takes no clock hour or time since for a length', () => {
    for (const text of [
      'vào lúc 15 giờ',
      'khoảng 15 giờ 30',
      'hace 30 minutos',
      '30 minutos después',
      '30 dakika sonra',
    ])
      expect(findDurations(text), text).toEqual([]);
  });
});

describe('clock times by language', () => {
  it.each([
    ['a las 17.30 horas', '17:30', false],
    ['alle ore 15', '15:00', false],
    ['às 14h30', '14:30', false],
    ['por volta das 14 horas', '14:00', true],
    ["saat 15.00'te", '15:00', false],
    ['sekitar pukul 09.30 WIB', '09:30', true],
    ['om 14.00 uur', '14:00', false],
    ['o godz. 12:00', '12:00', false],
    ['lúc 15 giờ 30', '15:30', false],
    ['la ora 15:00', '15:00', false],
  ])('"%s" is %s', (text, time, approximate) => {
    expect(findTimes(text).map((t) => [t.time, t.approximate])).toEqual([[time, approximate]]);
  });

  it('takes no count or year after such a word for a time', () => {
    for (const text of ['om 2 redenen', 'o 5 osób', 'o 10.000 soldados', 'às 2024'])
      expect(findTimes(text), text).toEqual([]);
  });

  it('starts the talk at the time its lead gives, with the stop of a clock inside the sentence', () => {
    const r = read(
      'Llamada',
      'El presidente del Gobierno, Pedro Sánchez, ha mantenido a las 17.30 horas una conversación telefónica con el presidente de Francia, Emmanuel Macron.',
      '2024-03-12',
    );
    expect(r.start?.time).toBe('17:30');
    expect(names(r)).toEqual(['Pedro Sánchez', 'Emmanuel Macron']);
  });
});
