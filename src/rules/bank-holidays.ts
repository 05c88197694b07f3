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
// Each year's holidays from 2018, as month and day (MMDD): the dates below are built from them.
const MONTH_DAYS_BY_YEAR = [
  '0101 0330 0402 0507 0528 0827 1225 1226', // 2018
  '0101 0419 0422 0506 0527 0826 1225 1226', // 2019
  '0101 0410 0413 0508 0525 0831 1225 1228', // 2020
  '0101 0402 0405 0503 0531 0830 1227 1228', // 2021
  '0103 0415 0418 0502 0602 0603 0829 0919 1226 1227', // 2022
  '0102 0407 0410 0501 0508 0529 0828 1225 1226', // 2023
  '0101 0329 0401 0506 0527 0826 1225 1226', // 2024
  '0101 0418 0421 0505 0526 0825 1225 1226', // 2025
  '0101 0403 0406 0504 0525 0831 1225 1228', // 2026
  '0101 0326 0329 0503 0531 0830 1227 1228', // 2027
  '0103 0414 0417 0501 0529 0828 1225 1226', // 2028
  '0101 0330 0402 0507 0528 0827 1225 1226', // 2029
  '0101 0419 0422 0506 0527 0826 1225 1226', // 2030
];

export const ENGLAND_AND_WALES_BANK_HOLIDAYS: readonly string[] = /* @__PURE__ */ MONTH_DAYS_BY_YEAR.flatMap(
  (days, i) => days.split(' ').map((day) => `${2018 + i}-${day.slice(0, 2)}-${day.slice(2)}`),
);
