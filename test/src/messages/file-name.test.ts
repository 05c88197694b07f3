// safeFileName: a download's name, built from the document's own words, that Windows, macOS and Linux all
// save as written, in English and Welsh alike.
import { expect } from '@open-wc/testing';
import { safeFileName } from '../../../src/messages/file-name.js';
import { en } from '../../../src/messages/en.js';
import { cy } from '../../../src/messages/cy.js';

/** What Windows refuses in a name (and macOS's `:`), and the characters below a space. */
// eslint-disable-next-line no-control-regex
const REFUSED = /[<>:"/\\|?*\u0000-\u001F]/;

describe('safeFileName', () => {
  it('leaves a name every file system takes as it is, Welsh letters, dashes and apostrophes too', () => {
    for (const name of [
      'Sutton Education Partnership actions.csv',
      'Camau gweithredu Grŵp Arweinyddiaeth – Wedi’i wneud yn hwyr - Partneriaeth Addysg Sutton.ics',
      "Ysgol Gymraeg Brynhyfryd's ŷd (2019) actions.csv",
    ])
      expect(safeFileName(name)).to.equal(name);
  });

  it('says a colon as a dash, a slash, backslash or bar as a hyphen, a double quote as a single one', () => {
    expect(safeFileName('Sutton - Work Project 1: High Needs Block Review actions.csv')).to.equal(
      'Sutton - Work Project 1 - High Needs Block Review actions.csv',
    );
    expect(safeFileName('Schools/Colleges\\Trusts|Forum actions.csv')).to.equal(
      'Schools-Colleges-Trusts-Forum actions.csv',
    );
    expect(safeFileName('The "core" group actions.csv')).to.equal("The 'core' group actions.csv");
  });

  it('drops <, >, ? and *, and makes control characters and text-direction marks spaces', () => {
    expect(safeFileName('What next? <Draft> *urgent* actions.csv')).to.equal('What next Draft urgent actions.csv');
    expect(safeFileName('Line one\nline two\tactions.csv')).to.equal('Line one line two actions.csv');
    // A right-to-left override would show "report‮vsc.exe" as "reportexe.csv".
    expect(safeFileName('report\u202Evsc.exe actions.csv')).to.equal('report vsc.exe actions.csv');
  });

  it('drops dots and spaces at either end: no hidden file on macOS or Linux, none Windows would trim', () => {
    expect(safeFileName('.Sutton actions.csv')).to.equal('Sutton actions.csv');
    expect(safeFileName('  Sutton actions.csv. ')).to.equal('Sutton actions.csv');
  });

  it('cuts a name over 200 octets before its extension, between characters', () => {
    const long = safeFileName(`Sutton - ${'Ŵ'.repeat(150)} actions.csv`);
    expect(new TextEncoder().encode(long).length).to.be.at.most(200);
    expect(long).to.match(/^Sutton - Ŵ+\.csv$/);
    const emoji = safeFileName(`${'🏫'.repeat(60)}.ics`);
    expect(emoji).to.equal(`${'🏫'.repeat(49)}.ics`); // 49 × 4 + 4 = 200 octets, no half emoji
  });

  it('gives what it gave when applied again', () => {
    for (const name of ['a: b / c "d" ?.csv', `${'x'.repeat(300)}.csv`, ' .. : .csv'])
      expect(safeFileName(safeFileName(name))).to.equal(safeFileName(name));
  });

  it('names every download safely in English and Welsh, whatever a title holds', () => {
    const part = 'Work Project 1: High Needs / SEND "review"?';
    const names = [
      en.actions.csvFile('Sutton: EP', part),
      en.actions.calendarFile('Sutton: EP', part),
      en.risk.csvFile('Sutton: EP', part),
      en.highlightReport.csvFile('Sutton: EP', part),
      cy.actions.csvFile('Sutton: EP', part),
      cy.actions.calendarFile('Sutton: EP', part),
      cy.risk.csvFile('Sutton: EP', part),
      cy.highlightReport.csvFile('Sutton: EP', part),
    ];
    for (const name of names) expect(REFUSED.test(name), name).to.equal(false);
    // A colon of the document's own becomes ' - '; the kit joins the partnership and the part with an en dash.
    expect(names[0]).to.equal("Sutton - EP – Work Project 1 - High Needs - SEND 'review' actions.csv");
    expect(names[4]).to.equal("Camau gweithredu Work Project 1 - High Needs - SEND 'review' – Sutton - EP.csv");
    // The RAG history is named as the other downloads are: it read "Sutton - EP Work Project 1 … RAG history.csv".
    expect(names[3]).to.equal("Sutton - EP – Work Project 1 - High Needs - SEND 'review' RAG history.csv");
    expect(names[7]).to.equal("Hanes RAG Work Project 1 - High Needs - SEND 'review' – Sutton - EP.csv");
  });
});
