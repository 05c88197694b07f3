// A council adds a language the kit does not ship, as the README shows: Irish (ga) or Scottish Gaelic (gd).
// Chromium's Intl has their plurals but not their dates or lists: asked for them it answers in its own default,
// "October 15, 2019" and "a, b, and c", an American date on an Irish page.
import { expect } from '@open-wc/testing';
import { createFormat } from '../../../src/messages/index.js';

const gaClock = { am: 'r.n.', pm: 'i.n.', midday: 'meán lae', midnight: 'meán oíche', at: 'ag' };
const gaMonths = [
  'Eanáir',
  'Feabhra',
  'Márta',
  'Aibreán',
  'Bealtaine',
  'Meitheamh',
  'Iúil',
  'Lúnasa',
  'Meán Fómhair',
  'Deireadh Fómhair',
  'Samhain',
  'Nollaig',
];

describe('createFormat for a language the browser may not know', () => {
  it('writes dates with the months a council gives, whatever the browser knows', () => {
    const format = createFormat('ga-IE', gaClock, {
      months: gaMonths,
      list: (items) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} agus ${items.at(-1)}`),
    });
    expect(format.date('2019-10-15')).to.equal('15 Deireadh Fómhair 2019');
    expect(format.shortDate('2019-10-15'), 'short months left out: the long ones').to.equal('15 Deireadh Fómhair 2019');
    expect(format.dateTime('2019-10-15T16:00:00+01:00')).to.equal('15 Deireadh Fómhair 2019 ag 4i.n.');
    expect(format.list(['Áine', 'Brian', 'Cáit'])).to.equal('Áine, Brian agus Cáit');
    expect(format.date('next Friday'), 'no date: as written').to.equal('next Friday');
    // Plurals stay the language's own: Irish has one, two, few, many and other.
    const forms = { one: '# vóta', two: '# vóta (2)', few: '# vóta (3-6)', many: '# vóta (7-10)', other: '# vóta' };
    expect([1, 2, 3, 7, 11].map((n) => format.plural(n, forms))).to.deep.equal([
      '1 vóta',
      '2 vóta (2)',
      '3 vóta (3-6)',
      '7 vóta (7-10)',
      '11 vóta',
    ]);
  });

  it('writes short months when given', () => {
    const format = createFormat('gd-GB', gaClock, {
      months: gaMonths,
      shortMonths: gaMonths.map((m) => m.slice(0, 3)),
    });
    expect(format.shortDate('2019-12-10')).to.equal('10 Nol 2019');
  });

  it('without months, writes an unknown language’s dates day first, as GOV.UK does, never the browser default', () => {
    for (const locale of ['gd-GB', 'ga', 'x-council']) {
      const format = createFormat(locale, {
        am: 'm',
        pm: 'f',
        midday: 'meadhan-latha',
        midnight: 'meadhan-oidhche',
        at: 'aig',
      });
      expect(format.locale).to.equal(locale);
      expect(format.date('2019-10-15'), locale).to.equal('15 October 2019');
      expect(format.shortDate('2019-10-15'), locale).to.equal('15 Oct 2019');
      expect(format.dateTime('2019-10-15T16:00:00+01:00'), locale).to.equal('15 October 2019 aig 4f');
      expect(format.list(['a', 'b', 'c']), locale).to.equal('a, b and c');
      expect(format.number(1234.5), locale).to.equal('1,234.5');
    }
  });
});
