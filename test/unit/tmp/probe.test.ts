import { it } from 'vitest';
import { parseParticipant, parsePersonPhrase, splitHonorific, countryInPhrase, isTitleSegment } from '../../../src/readout/parse/people.js';
import { parseDateLine, findMonthDay, yearNear } from '../../../src/readout/parse/dates.js';
it('probe', () => {
  for (const s of ['H.E. Mr. Yoon Suk Yeol', 'the Honorable Joseph R. Biden', 'the Rt Hon Keir Starmer MP', 'Mr. Xi Jinping', 'Mr. KISHIDA Fumio', 'Prime Minister Shinzo Abe', 'former Foreign Minister HAYASHI Yoshimasa', 'Senator the Hon Penny Wong', 'H.E. Ms. Mr. Olaf Scholz', 'The Honorable Antony J. Blinken', 'President Xi Jinping of the People\'s Republic of China', 'Hon. Enrique A. Manalo', 'the Hon. Anthony Albanese, MP', 'his counterpart', 'KISHIDA Fumio'])
    console.log(JSON.stringify(s), JSON.stringify(parsePersonPhrase(s)));
  console.log(JSON.stringify(parseParticipant(['the Honorable Joseph R. Biden', 'Jr.', 'President of the United States of America'])));
  console.log(JSON.stringify(parseParticipant(['Mr. Xi Jinping', "President of the People's Republic of China"])));
  console.log(JSON.stringify(parseParticipant(['the Rt Hon Keir Starmer MP', 'Prime Minister of the United Kingdom of Great Britain and Northern Ireland'])));
  for (const p of ['Prime Minister of Japan', 'Secretary of State of the United States of America', 'Japanese Foreign Minister', 'Chancellor of the Federal Republic of Germany', 'President of the European Commission', 'Minister of Foreign Affairs of Atlantis', 'U.S. Ambassador to Japan']) console.log(p, countryInPhrase(p));
  for (const l of ['March 9, 2018', 'Monday, March 16, 2020', '9 March 2018', '2018-03-09', 'February 30, 2020', 'March 9', 'September 22nd, 2023', 'Sept. 22, 2023']) console.log(l, parseDateLine(l));
  console.log(JSON.stringify(findMonthDay('On Saturday, November 12, commencing')), JSON.stringify(findMonthDay('On February 13th, from')), JSON.stringify(findMonthDay('On January 21, 2022, the')), JSON.stringify(findMonthDay('On 26 May 2020 the')));
  console.log(yearNear(11, 31, '2024-01-01'), yearNear(0, 1, '2023-12-31'), yearNear(2, 9, '2018-03-10'));
  console.log(splitHonorific('H.E. Mr. Yoon'), isTitleSegment('who is visiting Japan'), isTitleSegment('Prime Minister of Japan'));
});
