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
  hour12: true,
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

/** An ISO date-time → "15 October 2019 at 4:00pm", in UK time. */
export function formatDateTime(dateTime: string): string {
  const parts = dateTimeFormat.formatToParts(new Date(dateTime));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const hour = `${get('hour')}:${get('minute')}${get('dayPeriod').toLowerCase().replace(/\s/g, '')}`;
  return `${get('day')} ${get('month')} ${get('year')} at ${hour}`;
}

/** Today's date in the UK as YYYY-MM-DD: the default of every element's `today`. */
export function ukToday(now: Date = new Date()): string {
  return isoDateFormat.format(now);
}
