import { describe, expect, it } from 'vitest';
import { csvCell, csvText } from './csv.rules';

describe('csv cells', () => {
  it('neutralises formulas, quotes separators and blanks null', () => {
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell('-1+1')).toBe("'-1+1");
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(3)).toBe('3');
  });

  it('writes a header and rows with CRLF line ends', () => {
    expect(
      csvText(
        ['a', 'b'],
        [
          ['x', 1],
          ['@y', null],
        ],
      ),
    ).toBe("a,b\r\nx,1\r\n'@y,\r\n");
  });
});
