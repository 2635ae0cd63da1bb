/** The one CSV-injection rule, for the report attachment and the admin exports. */
import { describe, expect, it } from 'vitest';
import { csvCell, csvRows, neutraliseDeep } from '../../shared/format/csv.ts';

describe('CSV cells', () => {
  it.each([
    ['=HYPERLINK("http://x","klick")', `"'=HYPERLINK(""http://x"",""klick"")"`],
    ['+49 2381 123', "'+49 2381 123"],
    ['-1+1', "'-1+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTab', "'\tTab"],
    ['\rCR', `"'\rCR"`],
  ])('neutralises text starting like a formula: %j', (text, cell) => {
    expect(csvCell(text)).toBe(cell);
  });

  it('leaves ordinary text and numbers as they are (negative numbers stay numbers)', () => {
    expect(csvCell('Elterncafé')).toBe('Elterncafé');
    expect(csvCell(-2.5)).toBe('-2,5');
    expect(csvCell(null)).toBe('');
    expect(csvRows([['a;b', 1.5]])).toBe('"a;b";1,5\r\n');
  });

  it('neutralises every text inside a record for the admin export', () => {
    expect(neutraliseDeep({ title: '=1+1', n: 3, tags: ['@x', 'ok'], contact: { name: '+Anna' } })).toEqual({ title: "'=1+1", n: 3, tags: ["'@x", 'ok'], contact: { name: "'+Anna" } });
  });
});
