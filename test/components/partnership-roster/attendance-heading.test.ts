// A roster of a meeting says the attendance column's heading ("Attendance on 15 October 2019 at 4pm") in its header
// and as each card's label. The heading's date was formatted again for every seat's row; it is made once a table.
import { expect } from '@open-wc/testing';
import '../../../components/partnership-roster/partnership-roster.js';
import { seedDocument } from '../../fixtures/documents.js';
import { showWith } from '../../fixtures/show-element.js';
import { en } from '../../../src/messages/en.js';

const format = Object.getOwnPropertyDescriptor(Intl.DateTimeFormat.prototype, 'format')!;
afterEach(() => {
  Object.defineProperty(Intl.DateTimeFormat.prototype, 'format', format);
  document.querySelectorAll('partnership-roster').forEach((e) => e.remove());
});

/** Counts each date Intl formats on `day`, from here on. */
function countFormatting(day: string): { count: number } {
  const counted = { count: 0 };
  const at = Date.parse(`${day}T00:00:00Z`);
  Object.defineProperty(Intl.DateTimeFormat.prototype, 'format', {
    configurable: true,
    get(this: Intl.DateTimeFormat) {
      const write = format.get!.call(this) as (date?: Date | number) => string;
      return (date?: Date | number) => {
        if (date !== undefined && +date === at) counted.count += 1;
        return write(date);
      };
    },
  });
  return counted;
}

describe('<partnership-roster meeting> attendance heading', () => {
  it('formats the meeting’s date once for its table, not once for each seat', async () => {
    const sutton = await seedDocument('sutton');
    const heading = en.roster.attendanceAt(en.format.dateTime('2019-10-15T16:00:00+01:00'));
    const formatted = countFormatting('2019-10-15');
    const roster = await showWith('partnership-roster', sutton, {
      group: 'elg',
      meeting: 'elg-2019-10-15',
      today: '2019-12-10',
    });
    const root = roster.shadowRoot!;
    const labels = [...root.querySelectorAll('tbody tr')].map((row) =>
      row.lastElementChild!.getAttribute('data-label'),
    );
    expect(labels.length, 'seats shown').to.be.greaterThan(5);
    expect(new Set(labels), 'each card labelled with the heading').to.deep.equal(new Set([heading]));
    expect(root.querySelector('thead th:last-child')!.textContent!.trim()).to.equal(heading);
    expect(formatted.count, 'the meeting’s date formatted').to.equal(1);
  });
});
