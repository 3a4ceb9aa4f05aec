import { describe, expect, it } from 'vitest';
import { scriptHolders, skeleton } from '../../../src/readout/parse/cyrillic.js';
import { countryOfWord, holdersByScriptOffice } from '../../../src/readout/parse/script-countries.js';
import { fold, scriptOf, toLatin } from '../../../src/readout/parse/script-letters.js';

/** Office holders named in other scripts than Latin and Cyrillic (our own sentences). */
describe('names in other scripts', () => {
  const bone = (word: string) => {
    const script = scriptOf(word);
    if (!script) throw new Error(word);
    return fold(skeleton(toLatin(word, script)), script);
  };
  const names = (text: string, date: string | null = null) => scriptHolders(text, date).map((p) => p.name);

  it('brings each script and the Latin form to one folded skeleton', () => {
    expect(bone('بلينكن')).toBe(fold(skeleton('Blinken'), 'arabic'));
    expect(bone('Μισέλ')).toBe(fold(skeleton('Michel'), 'greek'));
    expect(bone('मोदी')).toBe(fold(skeleton('Modi'), 'devanagari'));
    expect(bone('மோடி')).toBe(fold(skeleton('Modi'), 'tamil'));
    expect(bone('മോദി')).toBe(fold(skeleton('Modi'), 'malayalam'));
    expect(bone('문재인')).toBe(fold(skeleton('Munjaein'), 'hangul'));
  });

  it('finds a holder by given name and surname, with or without the date', () => {
    expect(names('وزير الخارجية الأمريكي أنتوني بلينكن')).toEqual(['Antony Blinken']);
    expect(names('Πρόεδρο του Ευρωπαϊκού Συμβουλίου Σαρλ Μισέλ', '2021-03-01')).toEqual(['Charles Michel']);
    expect(names('وزیر اعظم نریندر مودی اور جاپانی وزیر اعظم فومیو کشیدا')).toEqual([
      'Narendra Modi',
      'Fumio Kishida',
    ]);
  });

  it('reads a long name word by word, its last part joined to the surname', () => {
    expect(names('ഷെയ്ഖ് മുഹമ്മദ് ബിന് സായിദ് അല്-നഹ്യാനുമായി')).toEqual(['Mohamed bin Zayed Al Nahyan']);
    // Other words before a surname that fits are no name's middle.
    expect(names('ஜப்பான் பிரதமர் யோஷிஹிடே')).toEqual([]);
  });

  it('takes a name this short only after its country', () => {
    expect(names('генеральным секретарем ЦК Компартии Вьетнама То Ламом', '2025-05-10')).toEqual(['To Lam']);
    expect(names('сказал То Ламом', '2025-05-10')).toEqual([]);
  });

  it('matches a transliteration on whole words: a short surname is never the head of a longer word', () => {
    // "Market route", "Marxist blood", "Markam Rudran", "medical …": two Tamil words each, no one's name.
    for (const text of ['மார்க்கெட் ரூட்டில்', 'மார்க்சிய ரத்தம்', 'மார்க்கம் ருத்ரன்', 'மார்க் ருத்ரன்', 'மருத்துவ ரூட்டோ'])
      for (const date of ['2020-05-01', null]) expect(names(text, date), text).toEqual([]);
    // The name itself, and with the endings Tamil joins to its last word.
    for (const text of ['மார்க் ருட்டே', 'மார்க் ருட்டேவுடன்', 'மார்க் ருட்டேவை', 'மார்க் ருட்டேக்கு'])
      expect(names(text, '2020-05-01'), text).toEqual(['Mark Rutte']);
    expect(names('பிரதமர் நரேந்திர மோடியுடன்', '2020-05-01')).toEqual(['Narendra Modi']);
  });

  it('names countries in their own scripts', () => {
    expect(countryOfWord('Казахстана')).toBe('KZ');
    expect(countryOfWord('Ελλάδας')).toBe('GR');
    expect(countryOfWord('الإمارات')).toBe('AE');
    expect(countryOfWord('индивидуальный')).toBe(null);
  });
});

describe('offices in other scripts', () => {
  const named = (text: string, date: string | null) =>
    holdersByScriptOffice(text, date).map((p) => `${p.name}/${p.country}`);

  it('resolves an office and its country on the date', () => {
    expect(named('разговор с президентом Казахстана', '2024-05-16')).toEqual(['Kassym-Jomart Tokayev/KZ']);
    expect(named('اتصالا هاتفيا بوزير خارجية جمهورية كوريا', '2022-06-10')).toEqual(['Park Jin/KR']);
    expect(named('جاپانی وزیر اعظم نے بات کی', '2022-06-10')).toEqual(['Fumio Kishida/JP']);
  });

  it('names no one without a date, nor the foreign minister as a head of government', () => {
    expect(named('разговор с президентом Казахстана', null)).toEqual([]);
    expect(named('с министром иностранных дел Японии', '2022-06-10')).toEqual(['Yoshimasa Hayashi/JP']);
  });
});

describe('Korean names in Hangul', () => {
  const names = (text: string, date: string | null) => scriptHolders(text, date).map((p) => p.name);

  it('reads a Korean name written in one word, and a Japanese one family name first', () => {
    expect(names('윤석열 대통령은 기시다 후미오 일본 총리와 통화했다.', '2022-06-10')).toEqual([
      'Yoon Suk Yeol',
      'Fumio Kishida',
    ]);
    expect(names('문재인 대통령은 조 바이든 미국 대통령과 통화했다.', '2021-05-01')).toEqual([
      'Moon Jae-in',
      'Joe Biden',
    ]);
  });
});
