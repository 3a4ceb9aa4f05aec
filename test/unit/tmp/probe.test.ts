import { it } from 'vitest';
import { parseLead } from '../../../src/readout/parse/lead.js';
import { parseKeyPoints } from '../../../src/readout/parse/key-points.js';
const ctx = (referenceDate: string | null, more = {}) => ({ referenceDate, japaneseSource: true, sectionCountry: null, title: null, ...more });
const leads: [string, string | null, object?][] = [
  ['On April 23, commencing at 12:10 p.m. (7:10 p.m. on April 23, Japan time) for approximately 45 minutes, Mr. KISHIDA Fumio, Prime Minister of Japan, who is visiting Paris, held a summit meeting with H.E. Mr. Emmanuel Macron, President of the French Republic.', '2023-04-24'],
  ['On June 5, Mr. Shinzo Abe, Prime Minister of Japan, held a telephone talk with H.E. Mr. Moon Jae-in, President of the Republic of Korea, at 4:20 P.M. for approximately 15 minutes.', '2017-06-05'],
  ['On November 16, commencing at 5:35 p.m. (local time; 10:35 a.m. on November 17, JST) for approximately 65 minutes, Mr. KISHIDA Fumio, Prime Minister of Japan, who is visiting San Francisco, held a meeting with Mr. Xi Jinping, President of the People\'s Republic of China.', '2023-11-17'],
  ['On June 14, commencing at 3:00 p.m. local time, Mr. KISHIDA Fumio, Prime Minister of Japan, held a meeting with the Rt Hon Rishi Sunak MP, Prime Minister of the United Kingdom, in London, for approximately 50 minutes, followed by a working lunch that commenced at 4:00 p.m. for approximately 80 minutes.', '2023-06-14'],
  ['On March 19, commencing at 6:10 p.m. (local time; 9:40 p.m. JST) for approximately 90 minutes, including a 20-minute tête-à-tête, KISHIDA Fumio, Prime Minister, who is visiting New Delhi, held a summit meeting with H.E. Mr. Narendra Modi, Prime Minister of the Republic of India.', '2022-03-19'],
  ['On April 10, Prime Minister Shinzo Abe held a telephone conference with the Honorable John Kerry, Secretary of State of the United States, for approximately 20 minutes from 9:35.', '2015-04-10'],
  ['On May 9, commencing at 10:00 a.m. for approximately 30 minutes, Mr. KISHIDA Fumio, Prime Minister of Japan, held a meeting with H.E. Mr. Anthony Albanese, Prime Minister of Australia. Mr. Richard Marles, Deputy Prime Minister, and Mr. KIHARA Seiji, Chief Cabinet Secretary, also attended.', '2023-05-09'],
  ['On May 9, commencing at 10:00 a.m. for approximately 30 minutes, Mr. KISHIDA Fumio, Prime Minister of Japan, held a meeting with H.E. Mr. Anthony Albanese, Prime Minister of Australia, which was also attended by Mr. Richard Marles, Deputy Prime Minister of Australia.', '2023-05-09'],
  ['On January 5, commencing at 9:00 p.m., Mr. KISHIDA Fumio, Prime Minister of Japan, held a meeting with H.E. Mr. Someone Else, President of Atlantis.', '2023-01-05', { japaneseSource: false }],
];
it('probe', () => {
  for (const [l, r, m] of leads) console.log(l.slice(0, 60), '\n', JSON.stringify(parseLead(l, ctx(r, m)), null, 0));
  const kp = (s: string) => console.log(JSON.stringify(s), '\n', JSON.stringify(parseKeyPoints(s.split('\n'))));
  kp('1. First point.\n2. Second point.');
  kp('1 The leaders agreed.\n2 They also agreed.');
  kp('- One thing.\n- Another thing.');
  kp('• One thing.\n• Another thing.\n• (1) sub a\n• (2) sub b');
  kp('1. Regarding North Korea, the two leaders:\n(1) agreed one;\n(2) agreed two.\n2. Next.');
  kp('1. Regarding trade.\n1. (1) first sub\n1. (2) second sub\n2. Last.');
  kp('1. Opening remarks\nPrime Minister Kishida welcomed the President.\nThe President thanked him.\n2. Bilateral relations\n(1) Economy.\n(2) Security.\n3. Regional situation\nThey exchanged views.');
  kp('1. Prime Minister Kishida stated the following:\n- "We are friends."\n- "We will cooperate."\n2. The President responded.');
  kp('The two leaders had a warm exchange.\n1. First.\n2. Second.');
  kp('1. Opening remarks\n2. Bilateral relations');
  kp('- Japan and the Philippines agreed:\n- more');
  kp('◦ x\n1. y\n◦ z');
  kp('1. The leaders met 3 times.\n10 Downing Street was mentioned.');
  kp('1. The leaders.\n(a) alpha\n(b) beta');
});
