/** What the check-in tests share: the clerk's check-in of a Sutton EOG meeting, as a page would write it. */
export type Indicator = HTMLElement & { updateComplete: Promise<boolean> };

/**
 * A quorum indicator for the Sutton EOG's meeting of 5 November 2019, checked in by its clerk, live updates off,
 * the document fetched afresh (its own URL), with `more` attributes; not yet on the page.
 */
export function eogCheckIn(more: Record<string, string> = {}): Indicator {
  const indicator = document.createElement('quorum-indicator') as Indicator;
  const attrs = {
    src: `/demo/data/sutton.json?test=${Math.random()}`,
    meeting: 'eog-2019-11-05',
    editable: '',
    clerk: 'p-project-manager',
    live: 'off',
    ...more,
  };
  for (const [name, value] of Object.entries(attrs)) indicator.setAttribute(name, value);
  return indicator;
}

/**
 * A seat's attendance radios in the check-in, in order: by the seat's label as its row shows it, or by its id (the
 * radios' name). Empty where the seat's attendance cannot change.
 */
export function attendanceRadios(indicator: Element, seat: string): HTMLInputElement[] {
  const checkIn = indicator.shadowRoot!.querySelector('[part=check-in]');
  const byId = checkIn?.querySelectorAll<HTMLInputElement>(`input[type=radio][name="attendance-${CSS.escape(seat)}"]`);
  if (byId?.length) return [...byId];
  const row = [...(checkIn?.querySelectorAll('tbody tr') ?? [])].find(
    (tr) => tr.querySelector('th')?.textContent?.trim() === seat,
  );
  return [...(row?.querySelectorAll<HTMLInputElement>('input[type=radio]') ?? [])];
}

/** The attendance a seat's radios show chosen (its recorded one until the clerk chooses another). */
export function shownAttendance(indicator: Element, seat: string): string | undefined {
  return attendanceRadios(indicator, seat).find((radio) => radio.checked)?.value;
}

/** The first attendance a seat's radios offer other than the one shown. */
export function anotherAttendance(indicator: Element, seat: string): string {
  const other = attendanceRadios(indicator, seat).find((radio) => !radio.checked);
  if (!other) throw new Error(`no other attendance offered for ${seat}`);
  return other.value;
}

/** Chooses `value` among a seat's radios as a person would, by a click on it: nothing is sent until its Save. */
export function chooseAttendance(indicator: Element, seat: string, value: string): void {
  const radio = attendanceRadios(indicator, seat).find((r) => r.value === value);
  if (!radio) throw new Error(`no “${value}” radio for ${seat}`);
  radio.click();
}
