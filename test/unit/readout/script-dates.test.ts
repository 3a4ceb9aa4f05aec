import { describe, expect, it } from 'vitest';
import { scriptFullDate } from '../../../src/readout/parse/script-dates.js';

/** Full dates written in other scripts (our own phrases). */
describe('full dates in other scripts', () => {
  it('reads Arabic month names, Egyptian and Levantine, with either digits', () => {
    expect(scriptFullDate('يوم الأحد (4 أبريل/ نيسان 2021) قال')).toBe('2021-04-04');
    expect(scriptFullDate('في ٢٥ كانون الأول ٢٠١٩')).toBe('2019-12-25');
    expect(scriptFullDate('في 25 كانون الثاني 2019')).toBe('2019-01-25');
    expect(scriptFullDate('بتاريخ 9 سبتمبر عام 2018')).toBe('2018-09-09');
  });

  it('reads Persian digits and the Gregorian months as Iranian pages write them', () => {
    expect(scriptFullDate('روز ۱۵ ژوئن ۲۰۲۲')).toBe('2022-06-15');
    expect(scriptFullDate('در ۳ اکتبر ۲۰۱۹')).toBe('2019-10-03');
  });

  it('reads Russian and Ukrainian genitive months', () => {
    expect(scriptFullDate('21 сентября 2023 года состоялся')).toBe('2023-09-21');
    expect(scriptFullDate('2 листопада 2022 року')).toBe('2022-11-02');
    expect(scriptFullDate('30 березня 2024')).toBe('2024-03-30');
  });

  it('reads Greek genitive months without their accents', () => {
    expect(scriptFullDate('την Τρίτη 12 Δεκεμβρίου 2023')).toBe('2023-12-12');
  });

  it('reads a Thai Buddhist year as the Gregorian one', () => {
    expect(scriptFullDate('เมื่อวันที่ 3 กรกฎาคม 2566')).toBe('2023-07-03');
    expect(scriptFullDate('วันที่ 3 กรกฎาคม 2023')).toBe('2023-07-03');
  });

  it('reads no date without a year, nor a day that is not one', () => {
    expect(scriptFullDate('في 4 أبريل الماضي')).toBeNull();
    expect(scriptFullDate('31 лютого 2022')).toBeNull();
    expect(scriptFullDate('نحو 2000 شخص')).toBeNull();
  });
});
