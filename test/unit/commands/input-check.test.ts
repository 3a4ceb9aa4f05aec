import { describe, expect, it } from 'vitest';
import { isCalendarDate, unreadableReason } from '../../../src/commands/input-check.js';

describe('isCalendarDate', () => {
  it.each(['2024-02-29', '2020-01-01', '1999-12-31'])('takes %s', (d) =>
    expect(isCalendarDate(d)).toBe(true),
  );
  it.each(['2020-13-45', '2021-02-29', '2024-04-31', '2024-00-10', '2024-1-1', '5 Oct', ''])(
    'refuses %s',
    (d) => expect(isCalendarDate(d)).toBe(false),
  );
});

describe('unreadableReason', () => {
  it('takes HTML and text, Japanese included', () => {
    expect(unreadableReason('<html><body><p>日米首脳会談</p></body></html>')).toBeNull();
    expect(unreadableReason('Foreign Minister held a meeting.\r\n\tThe two sides agreed.\f')).toBeNull();
  });
  it('says empty for nothing or white space', () => {
    expect(unreadableReason('')).toBe('it is empty');
    expect(unreadableReason(' \n\t ')).toBe('it is empty');
  });
  it('says binary for a NUL, for control characters, for bytes that are not UTF-8', () => {
    expect(unreadableReason('PK\u0003\u0004\u0000')).toMatch(/NUL bytes/);
    expect(unreadableReason('\u0001\u0002\u0003abc')).toMatch(/binary or not UTF-8.*50% of its start/);
    expect(unreadableReason(Buffer.alloc(100, 0xff).toString('utf8'))).toMatch(
      /100% of its start is not text/,
    );
  });
});
