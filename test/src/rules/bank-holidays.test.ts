import { expect } from '@open-wc/testing';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS as LIST } from '../../../src/rules/bank-holidays.js';

const iso = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
const plus = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Easter Sunday by the anonymous Gregorian computus (Meeus/Jones/Butcher). */
function easter(y: number): string {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  return iso(y, Math.floor((h + l - 7 * m + 114) / 31), ((h + l - 7 * m + 114) % 31) + 1);
}

/** The first (`from` 1) or last (`from` the month's end) Monday, stepping by `step`. */
function monday(y: number, month: number, from: number, step: 1 | -1): string {
  let day = iso(y, month, from);
  while (weekday(day) !== 1) day = plus(day, step);
  return day;
}

/** The standing rules, before any one-off change. */
function standingRules(y: number): string[] {
  let newYear = iso(y, 1, 1);
  while (weekday(newYear) === 0 || weekday(newYear) === 6) newYear = plus(newYear, 1);
  const christmas: Record<number, [number, number]> = { 5: [25, 28], 6: [27, 28], 0: [26, 27] };
  const [xmas, boxing] = christmas[weekday(iso(y, 12, 25))] ?? [25, 26];
  return [
    newYear,
    plus(easter(y), -2),
    plus(easter(y), 1),
    monday(y, 5, 1, 1),
    monday(y, 5, 31, -1),
    monday(y, 8, 31, -1),
    iso(y, 12, xmas),
    iso(y, 12, boxing),
  ];
}

describe('England and Wales bank holidays', () => {
  it('are sorted, without repeats, 2018 to 2030, and never at a weekend', () => {
    expect([...LIST].sort()).to.deep.equal([...LIST]);
    expect(new Set(LIST).size).to.equal(LIST.length);
    expect([LIST[0], LIST[LIST.length - 1]]).to.deep.equal(['2018-01-01', '2030-12-26']);
    expect(LIST.filter((d) => weekday(d) === 0 || weekday(d) === 6)).to.deep.equal([]);
  });

  it('the computus gives the published Easter Sundays', () => {
    const published = [
      '2018-04-01',
      '2019-04-21',
      '2020-04-12',
      '2021-04-04',
      '2022-04-17',
      '2023-04-09',
      '2024-03-31',
    ];
    const later = ['2025-04-20', '2026-04-05', '2027-03-28', '2028-04-16', '2029-04-01', '2030-04-21'];
    expect([...published, ...later].map((d) => easter(Number(d.slice(0, 4))))).to.deep.equal([...published, ...later]);
  });

  it('follow the standing rules every year, apart from the one-off days', () => {
    const computed = Array.from({ length: 13 }, (_, i) => standingRules(2018 + i)).flat();
    const moved = ['2020-05-04', '2022-05-30']; // early May 2020 went to VE Day; spring 2022 to Thursday 2 June
    const oneOffs = ['2020-05-08', '2022-06-02', '2022-06-03', '2022-09-19', '2023-05-08'];
    const expected = [...computed.filter((d) => !moved.includes(d)), ...oneOffs].sort();
    expect([...LIST]).to.deep.equal(expected);
  });

  it('include the substitute days of 2020 to 2028', () => {
    expect(LIST).to.include.members(['2020-12-28', '2021-12-27', '2021-12-28', '2022-01-03', '2022-12-27']);
    expect(LIST).to.include.members(['2023-01-02', '2026-12-28', '2027-12-27', '2027-12-28', '2028-01-03']);
  });
});
