/**
 * Bank holidays in England and Wales, 2018 to 2030: the default non-working
 * days of every partnership document (a document's `partnership.holidays`
 * replaces them).
 *
 * Source: GOV.UK, "UK bank holidays" (www.gov.uk/bank-holidays), England and
 * Wales, for 2018 to 2026, including the one-off days: early May moved to
 * 8 May 2020; the spring bank holiday moved to 2 June 2022 with the Platinum
 * Jubilee on 3 June; the State Funeral on 19 September 2022; the Coronation on
 * 8 May 2023. 2027 to 2030 follow the standing rules (Banking and Financial
 * Dealings Act 1971 and the royal proclamations that fix the May and August
 * Mondays): New Year's Day, Good Friday and Easter Monday (Easter by the
 * Gregorian computus), the first and last Mondays of May, the last Monday of
 * August, Christmas Day and Boxing Day, with substitute days when a holiday
 * falls at a weekend. The tests recompute every year from these rules.
 */
// prettier-ignore
export const ENGLAND_AND_WALES_BANK_HOLIDAYS: readonly string[] = [
  '2018-01-01', '2018-03-30', '2018-04-02', '2018-05-07', '2018-05-28', '2018-08-27', '2018-12-25', '2018-12-26',
  '2019-01-01', '2019-04-19', '2019-04-22', '2019-05-06', '2019-05-27', '2019-08-26', '2019-12-25', '2019-12-26',
  '2020-01-01', '2020-04-10', '2020-04-13', '2020-05-08', '2020-05-25', '2020-08-31', '2020-12-25', '2020-12-28',
  '2021-01-01', '2021-04-02', '2021-04-05', '2021-05-03', '2021-05-31', '2021-08-30', '2021-12-27', '2021-12-28',
  '2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02', '2022-06-03', '2022-08-29', '2022-09-19',
  '2022-12-26', '2022-12-27',
  '2023-01-02', '2023-04-07', '2023-04-10', '2023-05-01', '2023-05-08', '2023-05-29', '2023-08-28', '2023-12-25',
  '2023-12-26',
  '2024-01-01', '2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27', '2024-08-26', '2024-12-25', '2024-12-26',
  '2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26',
  '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28',
  '2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28',
  '2028-01-03', '2028-04-14', '2028-04-17', '2028-05-01', '2028-05-29', '2028-08-28', '2028-12-25', '2028-12-26',
  '2029-01-01', '2029-03-30', '2029-04-02', '2029-05-07', '2029-05-28', '2029-08-27', '2029-12-25', '2029-12-26',
  '2030-01-01', '2030-04-19', '2030-04-22', '2030-05-06', '2030-05-27', '2030-08-26', '2030-12-25', '2030-12-26',
];
