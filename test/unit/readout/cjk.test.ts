import { describe, expect, it } from 'vitest';
import { cjkDocType, cjkHolders, cjkKind, parseCjkLead } from '../../../src/readout/parse/cjk.js';
import { cjkDate, cjkLengths, cjkTimes } from '../../../src/readout/parse/cjk-time.js';
import {
  countryJustBefore,
  isCjkText,
  pairedCountries,
  pairJustBefore,
} from '../../../src/readout/parse/cjk-words.js';
import { parseDateLine } from '../../../src/readout/parse/dates.js';
import { parseReadout } from '../../../src/readout/parse/index.js';

/** Readouts written in Japanese, Chinese and Korean (our own sentences, in the shapes their governments write). */
describe('CJK dates', () => {
  it('reads a date line in an era, in years, and in Korean', () => {
    expect(parseDateLine('令和6年1月10日')).toBe('2024-01-10');
    expect(parseDateLine('令和元年5月1日')).toBe('2019-05-01');
    expect(parseDateLine('平成31年4月30日')).toBe('2019-04-30');
    expect(parseDateLine('平成元年1月8日')).toBe('1989-01-08');
    expect(parseDateLine('2024年04月02日 23:10')).toBe('2024-04-02');
    expect(parseDateLine('２０２４年１月１０日（水）')).toBe('2024-01-10');
    expect(parseDateLine('2023년 5월 10일 (수)')).toBe('2023-05-10');
    // A sentence holding a date is no date line.
    expect(parseDateLine('2024年1月10日、両首脳は会談を行いました。')).toBeNull();
  });

  it('dates a lead by its month and day, its day alone, or today and yesterday', () => {
    const on = (t: string, ref: string | null = '2024-01-11') => cjkDate(t, ref)?.date ?? null;
    expect(on('1月10日、午後8時から、岸田総理は電話会談を行いました。')).toBe('2024-01-10');
    // December's talk on a January page keeps its own year.
    expect(on('12月30日、両首脳は電話会談を行った。', '2024-01-02')).toBe('2023-12-30');
    expect(on('国家主席习近平10日晚应约同美国总统通电话。')).toBe('2024-01-10');
    // A day later than the page's is the month before's.
    expect(on('윤석열 대통령은 28일 오후 통화를 가졌다.', '2024-02-03')).toBe('2024-01-28');
    expect(on('本日、両外相は会談を行いました。')).toBe('2024-01-11');
    expect(on('昨日午後9時頃から、電話会談を行いました。')).toBe('2024-01-10');
    expect(on('윤석열 대통령은 어제 통화를 했다.')).toBe('2024-01-10');
    expect(on('양국 장관은 10.5(화) 오후 회담을 가졌다.', '2021-10-06')).toBe('2021-10-05');
    // A day of last month.
    expect(on('岸田総理は先月5日、電話会談を行った。', '2024-02-10')).toBe('2024-01-05');
    expect(on('윤 대통령은 지난달 5일 통화했다.', '2024-02-10')).toBe('2024-01-05');
    // A number of days is no date.
    expect(on('3日間の日程で訪問中の首相と会談しました。')).toBe(null);
    expect(on('1月10日、会談を行いました。', null)).toBe(null);
  });

  it('takes the date of the talk, not of the page that tells it', () => {
    const t = '11月25日の定例記者会見で、報道官は、昨晩の両首脳の電話会談について説明した。';
    expect(cjkDate(t, '2025-11-25', t.indexOf('電話'))?.date).toBe('2025-11-24');
  });
});

describe('CJK times and lengths', () => {
  const first = (t: string) => cjkTimes(t)[0];
  it('reads the parts of the day and approximations', () => {
    expect(first('午後8時15分から約30分間')).toMatchObject({ time: '20:15', approximate: false });
    expect(first('午後12時頃から')).toMatchObject({ time: '12:00', approximate: true });
    expect(first('午前0時30分')).toMatchObject({ time: '00:30' });
    expect(first('20時から')).toMatchObject({ time: '20:00' });
    expect(first('午後8時半から')).toMatchObject({ time: '20:30' });
    expect(first('北京时间晚上8时33分')).toMatchObject({ time: '20:33' });
    expect(first('오후 3시 30분부터')).toMatchObject({ time: '15:30' });
    expect(first('正午から')).toMatchObject({ time: '12:00' });
    // Hours are a length, and a Chinese "点" needs the part of the day.
    expect(first('約1時間会談した')).toBeUndefined();
    expect(first('达成3点共识')).toBeUndefined();
  });

  it('reads lengths in hours and minutes, and leaves a time alone', () => {
    const len = (t: string) => cjkLengths(t).map((l) => [l.minutes, l.approximate]);
    expect(len('午後8時15分から約30分間')).toEqual([[30, true]]);
    expect(len('約1時間10分間')).toEqual([[70, true]]);
    expect(len('1時間半にわたり')).toEqual([[90, false]]);
    expect(len('18時30分から1時間30分程')).toEqual([[90, true]]);
    expect(len('通话持续约1小时')).toEqual([[60, true]]);
    expect(len('一个半小时')).toEqual([[90, false]]);
    expect(len('会谈逾两个小时')).toEqual([[120, true]]);
    expect(len('半小时')).toEqual([[30, false]]);
    expect(len('30분간')).toEqual([[30, false]]);
    expect(len('40여분간')).toEqual([[40, true]]);
    expect(len('약 1시간 동안')).toEqual([[60, true]]);
    expect(len('오후 3시 30분부터')).toEqual([]);
  });
});

describe('CJK countries and offices', () => {
  it('finds the country written just before an office', () => {
    expect(countryJustBefore('ジョー・バイデン米国')).toBe('US');
    expect(countryJustBefore('バイデン米')).toBe('US');
    expect(countryJustBefore('美国')).toBe('US');
    expect(countryJustBefore('기시다 후미오 일본 ')).toBe('JP');
    expect(countryJustBefore('ファム・ミン・チン・ベトナム社会主義共和国')).toBe('VN');
    expect(countryJustBefore('印度尼西亚')).toBe('ID');
    // A short form after a Han character is part of a word.
    expect(countryJustBefore('会談中')).toBe(null);
    expect(countryJustBefore('本日')).toBe(null);
  });

  it('reads pairs of countries in headings and before offices', () => {
    expect(pairedCountries('日米首脳電話会談')).toEqual(['JP', 'US']);
    expect(pairedCountries('日・インド首脳会談')).toEqual(['JP', 'IN']);
    expect(pairedCountries('中美元首会晤')).toEqual(['CN', 'US']);
    expect(pairedCountries('한미 정상회담')).toEqual(['KR', 'US']);
    expect(pairedCountries('日中韓首脳会議')).toEqual(['JP', 'CN', 'KR']);
    expect(pairedCountries('総理大臣の動き')).toEqual([]);
    expect(pairJustBefore('日中')).toEqual(['JP', 'CN']);
  });

  it('names principals by office and country on the date, in the text order', () => {
    const names = (t: string, d: string) =>
      cjkHolders(t, d).participants.map((p) => `${p.name}/${p.country}`);
    expect(
      names('岸田文雄内閣総理大臣は、ジョー・バイデン米国大統領と電話会談を行いました。', '2024-01-10'),
    ).toEqual(['Fumio Kishida/JP', 'Joe Biden/US']);
    expect(names('国家主席习近平同法国总统马克龙通电话。', '2024-02-01')).toEqual([
      'Xi Jinping/CN',
      'Emmanuel Macron/FR',
    ]);
    expect(names('外交部长王毅应约同俄罗斯外长通电话。', '2024-03-05')).toEqual([
      'Wang Yi/CN',
      'Sergey Lavrov/RU',
    ]);
    expect(names('習近平中華人民共和国国家主席と安倍晋三総理が会談した。', '2019-06-27')).toEqual([
      'Xi Jinping/CN',
      'Shinzo Abe/JP',
    ]);
    // A family name just before the holder's office, in Japanese and Korean.
    expect(names('茂木外相は、英国外相と会談した。', '2020-08-05')).toEqual([
      'Toshimitsu Motegi/JP',
      'Dominic Raab/GB',
    ]);
    expect(names('윤 대통령은 미국 대통령과 통화했다.', '2023-05-10')).toEqual([
      'Yoon Suk Yeol/KR',
      'Joe Biden/US',
    ]);
    // China's premier and Korea's prime minister in Japanese are no Japanese "総理"; a deputy is no one.
    expect(names('岸田総理は、李強中国国務院総理と会談しました。', '2023-09-06')).toEqual([
      'Fumio Kishida/JP',
      'Li Qiang/CN',
    ]);
    expect(names('岸田総理は、韓悳洙大韓民国国務総理と会談しました。', '2023-09-06')).toEqual([
      'Fumio Kishida/JP',
      'Han Duck-soo/KR',
    ]);
    expect(names('麻生副総理は、英国首相と会談しました。', '2022-01-10')).toEqual(['Boris Johnson/GB']);
    // A pair before an office names both sides.
    expect(names('日中外相は電話で会談を実施した。', '2021-04-05')).toEqual([
      'Toshimitsu Motegi/JP',
      'Wang Yi/CN',
    ]);
    // A name, then another title joined to the office by "兼".
    expect(names('茂木敏充外相は、中国の王毅国務委員兼外相と電話会談を行った。', '2021-04-05')).toEqual([
      'Toshimitsu Motegi/JP',
      'Wang Yi/CN',
    ]);
    // Traditional characters, and the names Taiwan and Hong Kong write.
    expect(names('南韓總統尹錫悅與美國總統拜登舉行視訊會談。', '2023-11-15')).toEqual([
      'Yoon Suk Yeol/KR',
      'Joe Biden/US',
    ]);
    // A Japanese name in Hangul, read by its sounds.
    expect(names('윤석열 대통령은 기시다 후미오 총리와 통화했다.', '2023-05-10')).toEqual([
      'Yoon Suk Yeol/KR',
      'Fumio Kishida/JP',
    ]);
  });

  it('without a date, resolves an office only when one person held it through the named holder terms', () => {
    const names = (t: string) => cjkHolders(t, null).participants.map((p) => p.name);
    expect(names('岸田文雄首相は、米国大統領と電話会談を行った。')).toEqual(['Fumio Kishida', 'Joe Biden']);
    // Two British foreign ministers in Motegi's terms, two American presidents in Xi's: no one.
    expect(names('茂木敏充外相は、英国外相と電話会談を行った。')).toEqual(['Toshimitsu Motegi']);
    expect(names('国家主席习近平同美国总统通电话。')).toEqual(['Xi Jinping']);
  });

  it('never names a president for a monarchy, a deputy, nor a holder not in office', () => {
    const names = (t: string, d: string) => cjkHolders(t, d).participants.map((p) => p.name);
    expect(names('英国大統領と会談した。', '2024-01-10')).toEqual([]);
    expect(names('米国副大統領と会談した。', '2024-01-10')).toEqual([]);
    expect(names('韩国副总理与美国财长会谈。', '2024-01-10')).toEqual([]);
    // A family name alone before the office names its holder only while in office.
    expect(names('バイデン大統領と会談した。', '2019-01-10')).toEqual([]);
    expect(names('트럼프 대통령과 통화했다.', '2023-01-10')).toEqual([]);
    expect(names('岸田文雄総理と会談した。', '2019-01-10')).toEqual([]);
  });
});

describe('CJK talks', () => {
  it('reads the kind from the talk word after the subject', () => {
    const kind = (t: string) => cjkKind(t, 0, null);
    expect(kind('岸田総理は、先月の首脳会談に続き、電話会談を行いました。')).toBe('meeting');
    expect(cjkKind('先月の首脳会談に続き、岸田総理は電話会談を行いました。', 12, null)).toBe('telephone');
    expect(kind('テレビ会議形式で首脳会談を行いました。')).toBe('video');
    expect(kind('ウォン外務大臣の表敬を受けました。')).toBe('courtesy_call');
    expect(kind('以视频方式同美国总统举行会晤。')).toBe('video');
    expect(kind('会见来华访问的总理。')).toBe('meeting');
    expect(kind('통화를 가졌다.')).toBe('telephone');
    expect(kind('화상 정상회담을 가졌다.')).toBe('video');
    expect(kind('접견했다.')).toBe('meeting');
    expect(kind('外長在北京接见来访的外长。')).toBe('meeting');
    // A press conference is no talk.
    expect(kind('記者会見を行った。')).toBe('other');
    expect(cjkKind('両首脳は意見を交換した。', 0, '日米首脳電話会談')).toBe('telephone');
  });

  it('reads a lead: date, start, length, kind and principals', () => {
    const facts = parseCjkLead(
      '1月10日、午後8時15分から約30分間、岸田文雄内閣総理大臣は、ジョー・バイデン米国大統領と電話会談を行いました。',
      { referenceDate: '2024-01-10', title: null },
    );
    expect(facts).toMatchObject({
      date: '2024-01-10',
      start: { time: '20:15', approximate: false, timeZone: 'Asia/Tokyo' },
      durationMinutes: 30,
      durationApproximate: true,
      kind: 'telephone',
    });
    // A meeting abroad at local time: the zone is not said.
    const abroad = parseCjkLead(
      '現地時間10日午後3時から約45分間、岸田総理大臣は、米国大統領と首脳会談を行いました。',
      {
        referenceDate: '2024-04-11',
        title: null,
      },
    );
    expect(abroad).toMatchObject({
      date: '2024-04-10',
      start: { time: '15:00', timeZone: null },
      kind: 'meeting',
    });
    // From one time to another: the length between them.
    expect(
      parseCjkLead('午後7時29分から7時59分まで、岸田総理は、英国首相と電話会談を行いました。', {
        referenceDate: '2023-03-01',
        title: null,
      }).durationMinutes,
    ).toBe(30);
  });

  it('takes the other side from the title pair when the lead ties no country to it', () => {
    const facts = parseCjkLead('本日、岸田総理は、アルバニージー首相と電話会談を行いました。', {
      referenceDate: '2023-06-01',
      title: '日豪首脳電話会談',
    });
    expect(facts.participants.map((p) => p.name)).toEqual(['Fumio Kishida', 'Anthony Albanese']);
  });

  it('tells a past talk from an announcement, a statement and a speech', () => {
    const two = [{ country: 'JP' }, { country: 'US' }];
    expect(cjkDocType('日米首脳電話会談', '本日、両首脳は電話会談を行いました。', two)).toBe('readout');
    expect(cjkDocType('日米首脳電話会談', '明日、両首脳は電話会談を行う予定です。', two)).toBe('other');
    expect(cjkDocType('日米首脳共同声明', '本日、両首脳は会談を行いました。', two)).toBe('other');
    expect(cjkDocType('中美元首通电话', '国家主席习近平将于明天同美国总统通电话。', two)).toBe('other');
    expect(cjkDocType('中美元首通电话', '国家主席习近平同美国总统通电话。', two)).toBe('readout');
    expect(cjkDocType('한미 정상 통화', '윤 대통령은 미국 대통령과 통화할 예정이다.', two)).toBe('other');
    expect(cjkDocType('한미 정상 통화', '윤 대통령은 미국 대통령과 통화를 하였다.', two)).toBe('readout');
    expect(cjkDocType('外務大臣の演説', '本日、外務大臣は演説を行いました。', two)).toBe('other');
    // Korea's future form ("만날", "통화할") before a plan or a likelihood; a past talk's agreed course is no plan.
    expect(cjkDocType(null, '두 장관은 회의장에서 약식으로 만날 가능성이 큰 것으로 알려졌다.', two)).toBe(
      'other',
    );
    expect(cjkDocType(null, '윤 대통령은 다음 주 미국 대통령과 통화할 계획이다.', two)).toBe('other');
    expect(cjkDocType(null, '두 정상은 협력을 추진해 나갈 방침을 확인했다.', two)).toBe('readout');
    expect(cjkDocType(null, '両首脳は電話会談を行い、連携を強化する方針で一致しました。', two)).toBe(
      'readout',
    );
    expect(cjkDocType('日米首脳電話会談', '本日、首相は電話会談を行いました。', [{ country: 'JP' }])).toBe(
      'other',
    );
  });

  it('tells a text in these scripts from an English one with a name in characters', () => {
    expect(isCjkText('国家主席习近平同美国总统拜登通电话。')).toBe(true);
    expect(
      isCjkText('President Xi Jinping (习近平) spoke with President Joe Biden by telephone today.'),
    ).toBe(false);
  });
});

describe('CJK pages', () => {
  it('reads a Japanese readout whose lead follows its title and date line', () => {
    const r = parseReadout({
      content: [
        '報道発表',
        '日加首脳電話会談',
        '令和5年2月3日',
        '2月3日、午後9時から約25分間、岸田文雄内閣総理大臣は、ジャスティン・トルドー・カナダ首相と日加首脳電話会談を行ったところ、概要は以下のとおりです。',
        '1　両首脳は、地域情勢について意見交換を行いました。',
      ].join('\n'),
    });
    expect(r).toMatchObject({
      title: '日加首脳電話会談',
      published: '2023-02-03',
      docType: 'readout',
      kind: 'telephone',
      date: '2023-02-03',
      start: { time: '21:00', timeZone: 'Asia/Tokyo' },
      durationMinutes: 25,
      relation: 'japan-canada',
    });
    expect(r.participants.map((p) => p.name)).toEqual(['Fumio Kishida', 'Justin Trudeau']);
    expect(r.keyPoints.map((k) => k.text)).toEqual(['両首脳は、地域情勢について意見交換を行いました。']);
  });

  it('takes no lead from deep in a page that opens with other news', () => {
    const opening = Array.from(
      { length: 7 },
      (_, i) => `第${i + 1}に、国内の経済政策について説明がありました。`,
    );
    const r = parseReadout({
      content: ['首相の記者発表', ...opening, '先月、岸田総理は、米国大統領と電話会談を行いました。'].join(
        '\n',
      ),
      published: '2024-02-01',
    });
    expect(r.docType).toBe('other');
  });

  it('takes a start and a length a later sentence gives the talk', () => {
    const r = parseReadout({
      content: [
        '李强同日本首相通电话',
        '2024年01月20日',
        '国务院总理李强20日应约同日本首相岸田文雄通电话。双方通话持续约40分钟。',
        '另据日方消息，通话于北京时间下午4时开始。',
      ].join('\n'),
      published: '2024-01-20',
    });
    expect(r).toMatchObject({ durationMinutes: 40, durationApproximate: true });
    expect(r.start).toEqual({ time: '16:00', approximate: false, timeZone: 'Asia/Shanghai' });
    expect(r.relation).toBe('japan-china');
  });

  it('holds back a heading alone and a page announcing a talk', () => {
    const announced = parseReadout({
      content: '首相の予定\n2024年2月1日\n岸田総理は、明日、英国首相と電話会談を行う予定です。',
      published: '2024-02-01',
    });
    expect(announced.docType).toBe('other');
    const heading = parseReadout({ content: '日米首脳電話会談\n令和6年1月10日', published: '2024-01-10' });
    expect(heading.docType).not.toBe('readout');
  });

  it('reads a Chinese readout with the talk in the evening of a day', () => {
    const r = parseReadout({
      content:
        '习近平同德国总理通电话\n2023年06月05日\n国家主席习近平5日晚应约同德国总理朔尔茨通电话，通话持续约1小时。',
      published: '2023-06-05',
    });
    expect(r).toMatchObject({
      docType: 'readout',
      kind: 'telephone',
      date: '2023-06-05',
      durationMinutes: 60,
    });
    expect(r.participants.map((p) => p.name)).toEqual(['Xi Jinping', 'Olaf Scholz']);
  });
});
