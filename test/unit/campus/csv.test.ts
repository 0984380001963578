import { describe, expect, it } from 'vitest';
import { parseCsv, writeCsv } from '../../../shared/campus/csv.js';

describe('parseCsv', () => {
  it('drops a UTF-8 BOM so the first column keeps its name', () => {
    const table = parseCsv('\uFEFFname,unitId\r\n张三,u1\r\n');
    expect(table.header).toEqual(['name', 'unitId']);
    expect(table.rows).toEqual([{ line: 2, values: { name: '张三', unitId: 'u1' } }]);
    expect(table.errors).toEqual([]);
    // A quoted first cell only parses if the BOM is dropped before tokenizing, not merely trimmed off the header.
    expect(parseCsv('\uFEFF"name"\n"张三"\n')).toMatchObject({ header: ['name'], rows: [{ line: 2, values: { name: '张三' } }], errors: [] });
  });

  it('reads LF, CRLF, mixed endings and a missing final line break alike', () => {
    for (const text of ['a,b\n1,2\n3,4\n', 'a,b\r\n1,2\r\n3,4\r\n', 'a,b\r\n1,2\n3,4', 'a,b\r1,2\r3,4\r']) {
      const table = parseCsv(text);
      expect(table.rows, JSON.stringify(text)).toEqual([
        { line: 2, values: { a: '1', b: '2' } },
        { line: 3, values: { a: '3', b: '4' } },
      ]);
      expect(table.errors).toEqual([]);
    }
  });

  it('reads quoted fields holding commas, doubled quotes, line breaks and Chinese text', () => {
    const text = 'name,note\r\n"王, 小明","他说""你好"""\r\n"李\r\n四","第一行\n第二行"\r\n赵六,\r\n';
    const table = parseCsv(text);
    expect(table.errors).toEqual([]);
    expect(table.rows).toEqual([
      { line: 2, values: { name: '王, 小明', note: '他说"你好"' } },
      { line: 3, values: { name: '李\r\n四', note: '第一行\n第二行' } },
      // The record above holds two line breaks, spanning lines 3 to 5, so this one starts on physical line 6.
      { line: 6, values: { name: '赵六', note: '' } },
    ]);
  });

  it('columns may come in any order and the header is trimmed', () => {
    const table = parseCsv(' unitId , name\nu1,张三\n');
    expect(table.rows[0]?.values).toEqual({ unitId: 'u1', name: '张三' });
  });

  it('skips blank lines and separator-only rows but keeps counting lines', () => {
    const table = parseCsv('a,b\n\n,\n1,2\n\n');
    expect(table.rows).toEqual([{ line: 4, values: { a: '1', b: '2' } }]);
    expect(table.errors).toEqual([]);
  });

  it('accepts trailing empty cells beyond the header but not extra data', () => {
    const table = parseCsv('a,b\n1,2,,\n1,2,3\n1\n');
    expect(table.rows).toEqual([{ line: 2, values: { a: '1', b: '2' } }]);
    expect(table.errors).toEqual([
      { line: 3, reason: 'has 3 fields but the header has 2' },
      { line: 4, reason: 'has 1 fields but the header has 2' },
    ]);
  });

  it('reports malformed quoting on the right line and leaves those rows out', () => {
    const table = parseCsv('a,b\n1,x"y\n"2"z,3\n"ok\nstill",4\n"open,5\n6,7\n');
    expect(table.rows).toEqual([{ line: 4, values: { a: 'ok\nstill', b: '4' } }]);
    expect(table.errors.map((e) => e.line)).toEqual([2, 3, 6]);
    expect(table.errors[2]?.reason).toMatch(/never closed/);
  });

  it('reports an empty file, and unnamed or repeated header columns', () => {
    expect(parseCsv('\uFEFF\r\n').errors).toEqual([{ line: 1, reason: 'the file is empty: a header row is required' }]);
    expect(parseCsv('\na,,a\n').errors).toEqual([
      { line: 2, reason: 'column 2 has no name in the header' },
      { line: 2, reason: 'column "a" appears twice in the header' },
    ]);
  });
});

describe('writeCsv', () => {
  it('writes a BOM and CRLF by default, quoting only where needed', () => {
    const text = writeCsv(['name', 'note'], [{ name: '张三', note: 'a,b' }, { name: ' 李四', note: undefined }, { name: 'x"y', note: 'l1\nl2' }]);
    expect(text).toBe('\uFEFFname,note\r\n张三,"a,b"\r\n" 李四",\r\n"x""y","l1\nl2"\r\n');
    expect(writeCsv(['a'], [{ a: '1' }], { bom: false, eol: '\n' })).toBe('a\n1\n');
  });

  it('round-trips awkward values', () => {
    const values = ['', ' ', '"', '""', ',', '\r\n', '\n', '\r', 'a\r\nb', '张三, "小明"', '  padded  ', '=1+1', 'end,'];
    const rows = values.map((v, i) => ({ k: String(i), v }));
    const parsed = parseCsv(writeCsv(['k', 'v'], rows));
    expect(parsed.errors).toEqual([]);
    // A row whose every cell is empty is indistinguishable from a blank line; here k is never empty.
    expect(parsed.rows.map((r) => r.values)).toEqual(rows);
  });
});
