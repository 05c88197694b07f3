/**
 * Dates and numbers as a person in England reads them, through Intl. Dates in
 * the document are calendar dates; they are formatted in UTC so that no time
 * zone can move them by a day.
 */
const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const shortDateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  // hourCycle, not hour12: older V8 reads hour12 with en-GB as a 0 to 11 clock ("0:30 pm").
  hourCycle: 'h12',
  timeZone: 'Europe/London',
});
const isoDateFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' });

/** "2019-10-15" → "15 October 2019". */
export function formatDate(date: string): string {
  return dateFormat.format(new Date(`${date}T00:00:00Z`));
}

/** "2019-10-15" → "15 Oct 2019", for table cells. */
export function formatShortDate(date: string): string {
  return shortDateFormat.format(new Date(`${date}T00:00:00Z`));
}

/** An ISO date-time → "15 October 2019 at 4pm" (or "4:30pm", "midday", "midnight"), in UK time, GOV.UK style. */
export function formatDateTime(dateTime: string): string {
  const parts = dateTimeFormat.formatToParts(new Date(dateTime));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('day')} ${get('month')} ${get('year')} at ${timeOfDay(get('hour'), get('minute'), get('dayPeriod'))}`;
}

function timeOfDay(hour: string, minute: string, dayPeriod: string): string {
  const period = dayPeriod.toLowerCase().replace(/\s/g, '');
  if (hour === '12' && minute === '00') return period === 'pm' ? 'midday' : 'midnight';
  return minute === '00' ? `${hour}${period}` : `${hour}:${minute}${period}`;
}

/** Today's date in the UK as YYYY-MM-DD: the default of every element's `today`. */
export function ukToday(now: Date = new Date()): string {
  return isoDateFormat.format(now);
}
