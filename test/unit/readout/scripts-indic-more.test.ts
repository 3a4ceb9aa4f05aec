import { describe, expect, it } from 'vitest';
import { scriptHolders, skeleton } from '../../../src/readout/parse/cyrillic.js';
import { fallbackLead } from '../../../src/readout/parse/fallback.js';
import { findDurations, kindFromPhrase } from '../../../src/readout/parse/lead.js';
import { fold, scriptOf, toLatin } from '../../../src/readout/parse/script-letters.js';

/** Names, talk words and lengths in the Indian scripts, Hebrew, Thai and Armenian (our own sentences). */
describe('Indian scripts, Hebrew, Thai, Armenian', () => {
  const bone = (word: string) => {
    const script = scriptOf(word);
    if (!script) throw new Error(word);
    return fold(skeleton(toLatin(word, script)), script);
  };
  const same = (word: string, latin: string) => {
    const script = scriptOf(word);
    if (!script) throw new Error(word);
    expect(bone(word)).toBe(fold(skeleton(latin), script));
  };
  const names = (text: string, date: string | null = null) => scriptHolders(text, date).map((p) => p.name);

  it('reads Gujarati, Gurmukhi, Kannada and Oriya as Devanagari twins', () => {
    expect(scriptOf('ડોનાલ્ડ')).toBe('gujarati');
    expect(scriptOf('ਬਾਈਡੇਨ')).toBe('gurmukhi');
    expect(scriptOf('ಮೋದಿ')).toBe('kannada');
    expect(scriptOf('ମୋଦୀ')).toBe('oriya');
    same('ડોનાલ્ડ', 'Donald');
    same('ಮೋದಿ', 'Modi');
    same('ਬਾਈਡੇਨ', 'Biden');
    same('ମୋଦୀ', 'Modi');
  });

  it('reads an anusvara before a labial as "m", as a tippi in Gurmukhi', () => {
    same('ट्रंप', 'Trump');
    same('ट्रम्प', 'Trump');
    same('ಟ್ರಂಪ್', 'Trump');
    same('ਟਰੰਪ', 'Trump');
    expect(bone('संसद')).toBe('snsd');
  });

  it('reads a Latin "gh" as the Indic scripts\' "g"', () => {
    same('അരഘ്ചി', 'Araghchi');
    same('अराघची', 'Araghchi');
  });

  it('finds two leaders in Kannada and Gujarati without a date', () => {
    expect(names('ಪ್ರಧಾನಿ ನರೇಂದ್ರ ಮೋದಿ ಹಾಗೂ ಅಧ್ಯಕ್ಷ ಡೊನಾಲ್ಡ್ ಟ್ರಂಪ್ ಮಾತನಾಡಿದರು')).toEqual(['Narendra Modi', 'Donald Trump']);
    expect(names('શ્રી નરેન્દ્ર મોદી અને શ્રી બરાક ઓબામા')).toEqual(['Narendra Modi', 'Barack Obama']);
  });

  it('reads a given name and surname joined in one word, with an ending', () => {
    expect(names('భారత ప్రధాని నరేంద్రమోదీకి అధ్యక్షుడు ఫోన్ చేశారు')).toEqual(['Narendra Modi']);
    // A city's name is no one's, however its consonants fall.
    expect(names('प्रधानमन्त्री हैदराबाद हाउसमा')).toEqual([]);
  });

  it('holds back a Nepali talk still to come', () => {
    const lines = ['प्रधानमन्त्री नरेन्द्र मोदी र राष्ट्रपति डोनाल्ड ट्रम्प बीच भोलि फोन वार्ता गर्ने छन्।'];
    expect(fallbackLead(lines, null, null)).toBeNull();
  });

  it('reads Hebrew vowel letters and the geresh', () => {
    same('פוטין', 'Putin');
    same("ג'ו", 'Joe');
    same('נתניהו', 'Netanyahu');
    expect(names("הנשיא ג'ו ביידן דיבר עם ולדימיר פוטין")).toEqual(['Joe Biden', 'Vladimir Putin']);
  });

  it('reads Thai consonants and sets a title apart from the name it runs into', () => {
    same('ปูติน', 'Putin');
    same('วลาดิเมียร์', 'Vladimir');
    expect(names('ผู้นำคุยกับประธานาธิบดีวลาดิเมียร์ ปูติน วันนี้')).toEqual(['Vladimir Putin']);
  });

  it('reads Armenian names with their case endings', () => {
    expect(names('Իլհամ Ալիևը խոսել է Մասուդ Փեզեշքիանի հետ')).toEqual(['Ilham Aliyev', 'Masoud Pezeshkian']);
  });

  it('holds back two short common words that look like a short given name and surname', () => {
    // "Modi their" in Tamil is no Senegalese prime minister.
    expect(names('பிரதமர் மோடி தனது உரையில்')).toEqual([]);
  });

  it('names a talk in these scripts', () => {
    expect(kindFromPhrase('ದೂರವಾಣಿ ಮೂಲಕ ಮಾತುಕತೆ')).toBe('telephone');
    expect(kindFromPhrase('ਦਫ਼ਤਰ ਵਿੱਚ ਮੁਲਾਕਾਤ ਕੀਤੀ')).toBe('meeting');
    expect(kindFromPhrase('שוחח בטלפון')).toBe('telephone');
    expect(kindFromPhrase('հեռախոսազրույց')).toBe('telephone');
    expect(kindFromPhrase('हॉटलाइन पर बातचीत')).toBe('telephone');
    const lines = ['ראש הממשלה בנימין נתניהו שוחח בטלפון עם נשיא רוסיה ולדימיר פוטין על המצב.'];
    expect(fallbackLead(lines, null, null)?.holders.map((h) => h.name)).toEqual([
      'Benjamin Netanyahu',
      'Vladimir Putin',
    ]);
  });

  it('reads a talk length in Hindi and Tamil only just before the talk', () => {
    expect(
      findDurations('दोनों नेताओं ने करीब 40 मिनट तक बातचीत की').map((d) => [d.minutes, d.approximate]),
    ).toEqual([[40, true]]);
    expect(findDurations('नेताओं ने आधे घंटे तक फोन पर चर्चा की').map((d) => d.minutes)).toEqual([30]);
    expect(findDurations('सभा आधे घंटे तक चली')).toHaveLength(0);
    expect(findDurations('பிரதமர் சுமார் ஒரு மணி நேரம் உரையாடினார்').map((d) => d.minutes)).toEqual([60]);
    expect(findDurations('20 मिनट तक इंतजार किया')).toHaveLength(0);
  });

  it('ends a Hindi sentence at a period after a word, not after an initial', () => {
    const lines = [
      'नई दिल्ली: प्रधानमंत्री नरेंद्र मोदी ने राष्ट्रपति डोनाल्ड ट्रंप को फोन किया.बाद में विदेश मंत्री एस. जयशंकर ने भी बात की और जानकारी दी गई।',
    ];
    expect(fallbackLead(lines, null, null)?.holders.map((h) => h.name)).toEqual([
      'Narendra Modi',
      'Donald Trump',
    ]);
  });
});

describe('today, yesterday and weekdays in these languages', () => {
  it('dates a talk "today" and on a weekday from the page date', async () => {
    const { parseReadout } = await import('../../../src/readout/parse/index.js');
    const today = parseReadout({
      content:
        'الخبر\n2024-05-15\nأجرى الرئيس عبد الفتاح السيسي اليوم اتصالاً هاتفياً مع الرئيس الفرنسي إيمانويل ماكرون، وبحث الجانبان العلاقات الثنائية.',
      url: 'https://example.com/ar/news/1',
      published: '2024-05-15',
    });
    expect(today.date).toBe('2024-05-15');
    const weekday = parseReadout({
      content:
        'સમાચાર\n2024-05-16\nપ્રધાનમંત્રી શ્રી નરેન્દ્ર મોદીએ મંગળવારે અમેરિકાના રાષ્ટ્રપતિ શ્રી જો બાઇડન સાથે ફોન પર વાત કરી.',
      url: 'https://example.com/gu/news/2',
      published: '2024-05-16',
    });
    expect(weekday.date).toBe('2024-05-14');
  });
});
