// The CSV every element downloads: cells quoted only when they must be,
// formulas neutralised (OWASP, CSV injection), UTF-8 with a byte-order mark,
// CRLF line ends; and the download itself, byte for byte.
import { expect } from '@open-wc/testing';
import { csvCell, downloadCsv, toCsv } from '../../../components/internal/csv.js';
import { captureDownload, utf8 } from '../../fixtures/downloads.js';

describe('csvCell', () => {
  it('leaves plain text and numbers as they are', () => {
    expect(csvCell('Draft the paper')).to.equal('Draft the paper');
    expect(csvCell(20)).to.equal('20');
    expect(csvCell(0)).to.equal('0');
    expect(csvCell('Café £25')).to.equal('Café £25');
  });

  it('writes null, undefined and the empty string as an empty cell', () => {
    expect(csvCell(null)).to.equal('');
    expect(csvCell(undefined)).to.equal('');
    expect(csvCell('')).to.equal('');
  });

  it('quotes a cell holding a comma, a quote, a line break or a carriage return, doubling its quotes', () => {
    expect(csvCell('Head, B School')).to.equal('"Head, B School"');
    expect(csvCell('The "core" members')).to.equal('"The ""core"" members"');
    expect(csvCell('one\ntwo')).to.equal('"one\ntwo"');
    expect(csvCell('one\r\ntwo')).to.equal('"one\r\ntwo"');
    expect(csvCell('"')).to.equal('""""');
  });

  it('quotes a cell with spaces at either end, so a spreadsheet keeps them', () => {
    expect(csvCell(' padded ')).to.equal('" padded "');
    expect(csvCell('trailing ')).to.equal('"trailing "');
  });

  it('neutralises every cell a spreadsheet would run as a formula: = + - @ tab and carriage return first', () => {
    expect(csvCell('=1+1')).to.equal("'=1+1");
    expect(csvCell('+44 20 7946 0000')).to.equal("'+44 20 7946 0000");
    expect(csvCell('-2+3')).to.equal("'-2+3");
    expect(csvCell('@SUM(A1:A9)')).to.equal("'@SUM(A1:A9)");
    expect(csvCell('\t=1+1')).to.equal("'\t=1+1");
    expect(csvCell('\r=1+1')).to.equal('"\'\r=1+1"');
    expect(csvCell('-5')).to.equal("'-5"); // text from a record: the reader typed it, it may be the start of more
  });

  it('leaves a negative number a number: a spreadsheet reads -5 as minus five, never a formula', () => {
    // Excel shows a leading apostrophe from a CSV as part of the cell, so '-5 would be text to sum by hand.
    expect(csvCell(-5)).to.equal('-5');
    expect(csvCell(-0.25)).to.equal('-0.25');
    expect(toCsv(['Change'], [[-3]])).to.equal('\uFEFFChange\r\n-3\r\n');
    expect(csvCell(-Infinity)).to.equal("'-Infinity"); // not a number a spreadsheet reads: Excel would try it as a formula
  });

  it('neutralises and then quotes a formula that also needs quoting', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","Click")')).to.equal(
      `"'=HYPERLINK(""http://evil.example"",""Click"")"`,
    );
    expect(csvCell("=cmd|' /C calc'!A0")).to.equal("'=cmd|' /C calc'!A0");
  });

  it('leaves formula characters alone anywhere but first', () => {
    expect(csvCell('a=b')).to.equal('a=b');
    expect(csvCell('R-01')).to.equal('R-01');
    expect(csvCell('name@example.org')).to.equal('name@example.org');
    expect(csvCell('2019-12-10')).to.equal('2019-12-10');
  });
});

describe('toCsv', () => {
  it('is a byte-order mark, the header, each row, every line ended by CRLF', () => {
    expect(
      toCsv(
        ['ID', 'Title', 'Score'],
        [
          ['R-01', 'Budget, high needs', 20],
          ['R-02', '=1+1', null],
        ],
      ),
    ).to.equal('\uFEFFID,Title,Score\r\nR-01,"Budget, high needs",20\r\nR-02,\'=1+1,\r\n');
  });

  it('a header alone when there are no rows', () => {
    expect(toCsv(['ID', 'Title'], [])).to.equal('\uFEFFID,Title\r\n');
  });

  it('neutralises the header too', () => {
    expect(toCsv(['=ID'], [])).to.equal("\uFEFF'=ID\r\n");
  });
});

describe('downloadCsv', () => {
  it('offers a UTF-8 text/csv file with a BOM, under its name, byte for byte', async () => {
    const csv = toCsv(
      ['Name', 'Note'],
      [
        ['Zoë Brontë', '=2+2'],
        ['Head, "B"', '£10'],
      ],
    );
    const download = await captureDownload(() => downloadCsv('Test partnership actions.csv', csv));
    expect(download.filename).to.equal('Test partnership actions.csv');
    expect(download.type).to.equal('text/csv;charset=utf-8');
    expect([...download.bytes]).to.deep.equal([
      ...[0xef, 0xbb, 0xbf],
      ...utf8('Name,Note\r\nZoë Brontë,\'=2+2\r\n"Head, ""B""",£10\r\n'),
    ]);
    // The bytes of the non-ASCII letters are UTF-8: ë is C3 AB, £ is C2 A3.
    const bytes = [...download.bytes];
    expect(bytes.join(' ')).to.contain([0xc3, 0xab].join(' ')).and.contain([0xc2, 0xa3].join(' '));
  });

  it('names the file safely for any file system, whatever name it is given (a council’s own wording)', async () => {
    const download = await captureDownload(() => downloadCsv('Schools / Colleges: "open" risks?.csv', 'a\r\n'));
    expect(download.filename).to.equal("Schools - Colleges - 'open' risks.csv");
  });

  it('leaves nothing in the page: the link is removed once clicked', async () => {
    const before = document.querySelectorAll('a[download]').length;
    await captureDownload(() => downloadCsv('x.csv', toCsv(['a'], [])));
    expect(document.querySelectorAll('a[download]').length).to.equal(before);
  });
});
