import { describe, expect, it } from 'vitest';
import { cjkDocType, cjkHolders, cjkKind, cjkLead } from '../../../src/readout/parse/cjk.js';
import { cjkDate, cjkTimes } from '../../../src/readout/parse/cjk-time.js';

const names = (t: string, d: string | null) => cjkHolders(t, d).participants.map((p) => p.name);

describe('CJK: name forms', () => {
  it('reads a foreign family name in these scripts only next to an office of its holder', () => {
    expect(names('高市総理はきょう、アメリカのトランプ大統領と電話会談を行いました。', '2025-11-25')).toEqual(
      ['Sanae Takaichi', 'Donald Trump'],
    );
    expect(names('习近平主席同美国总统拜登通电话。', '2022-03-18')).toEqual(['Xi Jinping', 'Joe Biden']);
    // A family name alone, no office: no one.
    expect(names('岸田総理は、トランプ氏と会談しました。', '2024-01-10')).toEqual(['Fumio Kishida']);
  });

  it('reads a Korean surname in Hangul before the office, with the country before or after it or none', () => {
    expect(names('문 대통령은 트럼프 대통령과 통화했다.', null)).toEqual(['Moon Jae-in', 'Donald Trump']);
    expect(names('문 대통령은 트럼프 미국 대통령과 통화했다.', null)).toEqual([
      'Moon Jae-in',
      'Donald Trump',
    ]);
    expect(names('문 대통령은 미국 트럼프 대통령과 통화했다.', '2018-05-20')).toEqual([
      'Moon Jae-in',
      'Donald Trump',
    ]);
  });

  it('takes no particle after an office for a Korean family name', () => {
    expect(names('문재인 대통령이 도널드 트럼프 미국 대통령과 통화했다.', null)).toEqual([
      'Moon Jae-in',
      'Donald Trump',
    ]);
  });

  it("reads Japan's foreign minister as Korean writes it, and a pair's foreign affairs chiefs", () => {
    expect(names('조현 외교부 장관은 모테기 도시미쓰 일본 외무상과 회담을 가졌다.', '2025-10-29')).toEqual([
      'Cho Hyun',
      'Toshimitsu Motegi',
    ]);
    expect(names('한일 외교 수장이 29일 경주에서 회담을 가졌다.', '2025-10-29')).toEqual([
      'Cho Hyun',
      'Toshimitsu Motegi',
    ]);
  });

  it('names no one by an office someone took, and reads a pair after a particle', () => {
    expect(names('這是川普20日就任美國總統以來,美中外長首度通話。', '2025-01-25')).toEqual([
      'Marco Rubio',
      'Wang Yi',
    ]);
    expect(names('习近平24日晚同奥巴马举行了中美元首会晤。', '2015-09-24')).toEqual([
      'Xi Jinping',
      'Barack Obama',
    ]);
  });
});

describe('CJK: a possessive', () => {
  it("drops a Japanese lead's holder named only as whose visit it was", () => {
    const text =
      '安倍総理の訪中に同行している河野太郎外務大臣は,中国の王毅国務委員兼外交部長との間で会談を行った。';
    expect(names(text, '2018-10-26')).toEqual(['Taro Kono', 'Wang Yi']);
    // The other side named only so stays.
    expect(names('バイデン大統領の要請で、岸田総理は電話会談を行った。', '2022-05-01')).toEqual([
      'Joe Biden',
      'Fumio Kishida',
    ]);
  });
});

describe('CJK: date and time forms', () => {
  it('reads clock times written with a colon, and a range of them', () => {
    expect(cjkTimes('오후 19:10-19:45 (현지시간)').map((t) => t.time)).toEqual(['19:10', '19:45']);
    expect(cjkTimes('2024-04-02 23:10').map((t) => t.time)).toEqual(['23:10']);
  });

  it("reads Japan's 午前12時 as noon and leaves a Korean hour with no part of the day open", () => {
    expect(cjkTimes('本17日午前12時から約15分間')[0]?.time).toBe('12:00');
    expect(cjkTimes('오전 12시')[0]?.time).toBe('00:00');
    expect(cjkTimes('8시 20분쯤')[0]?.halfDay).toBe(true);
    expect(cjkTimes('저녁 8시 20분쯤')[0]).toMatchObject({ time: '20:20', halfDay: false });
  });

  it('skips a day converted to another zone in brackets and a day a clause counts from', () => {
    const text = '9月21日午後3時(日本時間22日午前4時)から,外相会談を行った。';
    expect(cjkDate(text, '2017-09-21', text.indexOf('会談'))?.date).toBe('2017-09-21');
    const since = '川普20日就任以來,美中外長首度通話。';
    expect(cjkDate(since, '2025-01-25', since.indexOf('通話'))).toBeNull();
  });

  it("reads きょう after a particle and Korea's 이날 as the reference day", () => {
    expect(cjkDate('高市総理はきょう、電話会談しました。', '2025-11-25')?.date).toBe('2025-11-25');
    expect(cjkDate('조 장관은 이날 오후 회담을 가졌다.', '2025-01-13')?.date).toBe('2025-01-13');
    expect(cjkDate('きょうだいと会った。', '2025-11-25')).toBeNull();
  });
});

describe('CJK: talk words and posting', () => {
  it('reads a state banquet as a meeting', () => {
    expect(cjkKind('国家主席习近平9日晚举行宴会,欢迎美国总统特朗普。', 0, null)).toBe('meeting');
  });

  it("posts a past talk beside a Korean '예정된' other event and MOFA's '…たところ'", () => {
    const two = [{ country: 'KR' }, { country: 'US' }];
    expect(
      cjkDocType(null, '문 대통령은 트럼프 대통령과 통화를 갖고 5월로 예정된 회담을 논의했다.', two),
    ).toBe('readout');
    expect(cjkDocType(null, '문 대통령은 다음 주 트럼프 대통령과 통화할 예정이다.', two)).toBe('other');
    const jp = [{ country: 'JP' }, { country: 'US' }];
    expect(
      cjkDocType(null, '安倍総理は,オバマ米大統領からの電話を受けたところ,概要は以下のとおりです。', jp),
    ).toBe('readout');
  });

  it('finds the lead past lines of a weather box', () => {
    const box = Array.from({ length: 20 }, (_, i) => `흐림 ${i}.0℃`);
    const lead = '박진 외교부 장관은 하야시 요시마사 일본 외무대신과 회담을 가졌다.';
    expect(cjkLead([...box, lead], null, '2023-02-18')?.holders.map((h) => h.name)).toEqual([
      'Park Jin',
      'Yoshimasa Hayashi',
    ]);
  });
});
