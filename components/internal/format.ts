/** Today's date in the UK as YYYY-MM-DD: the default of every element's `today`. */
const isoDateFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' });

export function ukToday(now: Date = new Date()): string {
  return isoDateFormat.format(now);
}
