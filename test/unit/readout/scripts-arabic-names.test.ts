import { describe, expect, it } from 'vitest';
import { scriptHolders } from '../../../src/readout/parse/cyrillic.js';
import { countryOfWord } from '../../../src/readout/parse/script-countries.js';

/** Arabic-script names and countries of the Gulf and Egypt (our own sentences). */
describe('Arabic-script names: compound given names, countries after the name', () => {
  const names = (text: string, date: string | null = null) => scriptHolders(text, date).map((p) => p.name);

  it('reads "عبد" and the name with its article as the Latin "Abdel …"', () => {
    expect(names('تحدث الرئيس المصري عبد الفتاح السيسي مع نظيره')).toEqual(['Abdel Fattah el-Sisi']);
    expect(names('قال الرئيس عبد الفتاح السيسى إن', '2020-05-01')).toEqual(['Abdel Fattah el-Sisi']);
    expect(names('الرئيس الروسي فلاديمير بوتين والرئيس المصري عبد الفتاح السيسي')).toEqual([
      'Vladimir Putin',
      'Abdel Fattah el-Sisi',
    ]);
  });

  it('takes the country named just after a short name, as an apposition', () => {
    expect(names('اتصال من الملك حمد بن عيسى ملك البحرين')).toEqual(['Hamad bin Isa Al Khalifa']);
    expect(names('ملك البحرين الملك حمد بن عيسى')).toEqual(['Hamad bin Isa Al Khalifa']);
    // No country anywhere near: a name this short is no one's.
    expect(names('قال حمد بن عيسى في كلمة')).toEqual([]);
  });

  it('names Egypt, Bahrain, Qatar, Oman by the whole word only', () => {
    expect(countryOfWord('مصر')).toBe('EG');
    expect(countryOfWord('المصري')).toBe('EG');
    expect(countryOfWord('والمصرية')).toBe('EG');
    expect(countryOfWord('مصرف')).toBeNull();
    expect(countryOfWord('البحرين')).toBe('BH');
    expect(countryOfWord('القطري')).toBe('QA');
    expect(countryOfWord('قطرات')).toBeNull();
    expect(countryOfWord('عمان')).toBe('OM');
    expect(countryOfWord('Египта')).toBe('EG');
  });
});
