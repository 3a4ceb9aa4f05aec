import { describe, expect, it } from 'vitest';
import { parseReadout } from '../../../src/readout/parse/index.js';
import { domesticMeeting, messageNotTalk, pressWordsNoTalk } from '../../../src/readout/parse/not-readout.js';
import { severalTalks, soughtTalk, titleLooksAhead } from '../../../src/readout/parse/talk-ahead.js';

// Branch precision: pages that speak of a talk but report none (our own sentences).

const parse = (feedTitle: string, text: string) =>
  parseReadout({ content: `${feedTitle}\n\n${text}`, url: null, published: '2024-05-06', feedTitle });

describe('titles that look ahead, seek or deny a talk', () => {
  it.each([
    'Leaders may have telephone conversation soon',
    'Announced conversation of the President with his counterpart',
    'PM tries to establish urgent contact with counterpart',
    'Office: dates of the call have not yet been determined',
    'Президент собрался звонить коллеге',
    'الوزير ينفي اللقاء بين الزعيمين',
  ])('%s', (title) => expect(titleLooksAhead(title)).toBe(true));
  it.each([
    'Readout of the President’s Call with Prime Minister X',
    'President Putin had a telephone conversation with the Turkish President',
    'Leaders agree to meet again next year',
  ])('not: %s', (title) => expect(titleLooksAhead(title)).toBe(false));
});

describe('sentences of a talk only planned, sought or arranged', () => {
  it.each([
    'The President plans in the coming days a telephone conversation with his counterpart.',
    'He said he had tasked his chief of staff to organize a meeting with the President.',
    'The ministry wrote seeking an arrangement for urgent telephonic contact between the leaders.',
    'Президент намеревается провести разговор с коллегой в ближайшие дни.',
  ])('%s', (s) => expect(soughtTalk(s)).toBe(true));
  it.each([
    'Japan hopes to promote the extensive strategic partnership with Vietnam.',
    'Президент провёл телефонный разговор с коллегой, который состоится снова.',
  ])('not: %s', (s) => expect(soughtTalk(s)).toBe(false));
});

describe('several talks told together', () => {
  it.each([
    'He called six European leaders on Monday.',
    'Presiden telah berkomunikasi dengan sejumlah kepala negara.',
    'The minister held 13 bilateral meetings on the first day.',
    'Zelenský vedl telefonní rozhovory se šesti evropskými vůdci.',
  ])('%s', (s) => expect(severalTalks(s)).toBe(true));
  it.each(['The four leaders discussed the Indo-Pacific.', 'The two leaders spoke by phone.'])(
    'not: %s',
    (s) => expect(severalTalks(s)).toBe(false),
  );
});

describe('meetings at home, messages, press words', () => {
  const one = () => 1;
  it('a cabinet, a command, a predecessor', () => {
    expect(domesticMeeting('PM chairs federal cabinet’s meeting in the capital', one)).toBe(true);
    expect(domesticMeeting('The President held a meeting with the military command.', one)).toBe(true);
    expect(domesticMeeting('The President met his predecessor at the palace.', one)).toBe(true);
    expect(domesticMeeting('The President met the leader of the main opposition party.', one)).toBe(true);
    expect(domesticMeeting('The Secretary met the leader of the opposition of X.', () => 2)).toBe(false);
  });
  it('a message is no talk; a call is', () => {
    expect(messageNotTalk('The President congratulated X on National Day in a message on Thursday.')).toBe(
      true,
    );
    expect(messageNotTalk('The President congratulated X in a phone call on Thursday.')).toBe(false);
  });
  it('words at a press conference naming no talk', () => {
    expect(pressWordsNoTalk('Speaking at a joint news conference with X, Y said aid was late.')).toBe(true);
    expect(pressWordsNoTalk('Speaking at a joint news conference after their talks, Y said …')).toBe(false);
  });
});

describe('pages held back', () => {
  it('a talk to come under a title that names a conversation', () => {
    const r = parse(
      'Leaders may have telephone conversation soon',
      'President Vladimir Putin and President Recep Tayyip Erdogan may hold a telephone conversation in the near future. Details were discussed, a spokesman said on Tuesday.',
    );
    expect(r.docType).toBe('other');
  });
  it('a meeting of the cabinet', () => {
    const r = parse(
      'PM chairs federal cabinet’s meeting',
      'The meeting of the federal cabinet was held on Sunday with Prime Minister Muhammad Shehbaz Sharif in the chair.',
    );
    expect(r.docType).toBe('other');
  });
  it('a readout stays one', () => {
    const r = parse(
      'Prime Minister speaks with President of France',
      'Prime Minister Justin Trudeau spoke today with the President of France, Emmanuel Macron. The leaders discussed trade.',
    );
    expect(r.docType).toBe('readout');
  });
});
