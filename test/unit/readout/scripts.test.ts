import { describe, expect, it } from 'vitest';
import { scriptHolders, skeleton } from '../../../src/readout/parse/cyrillic.js';
import { countryOfWord } from '../../../src/readout/parse/script-countries.js';
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

  it('names countries in their own scripts', () => {
    expect(countryOfWord('Казахстана')).toBe('KZ');
    expect(countryOfWord('Ελλάδας')).toBe('GR');
    expect(countryOfWord('الإمارات')).toBe('AE');
    expect(countryOfWord('индивидуальный')).toBe(null);
  });
});
