/*
 * RFC 4180 CSV. Text arrives already decoded (UTF-8); a leading BOM is dropped. Records end with CRLF, LF or a lone
 * CR; quoted fields may hold commas, doubled quotes and line breaks. Line numbers are physical lines, 1-based, so a
 * message can point at the line a spreadsheet or editor shows.
 */

export interface CsvRow {
  /** Physical line on which the record starts. */
  line: number;
  /** Cell values by header name, exactly as written (not trimmed). */
  values: Record<string, string>;
}

export interface CsvError {
  line: number;
  reason: string;
}

export interface CsvTable {
  header: string[];
  headerLine: number;
  rows: CsvRow[];
  /** Malformed records are reported here and left out of `rows`; the well-formed rest stays usable for a preview. */
  errors: CsvError[];
}

interface RawRecord {
  line: number;
  fields: string[];
  /** Already reported in errors; kept out of the rows. */
  malformed: boolean;
}

const BOM = '\uFEFF';

function isBreak(ch: string | undefined): boolean {
  return ch === '\n' || ch === '\r';
}

function tokenize(text: string, errors: CsvError[]): RawRecord[] {
  const records: RawRecord[] = [];
  const n = text.length;
  let i = text.startsWith(BOM) ? 1 : 0;
  let line = 1;
  // Consumes a line break at i (CRLF counts as one) and advances the physical line counter.
  const skipBreak = (): void => {
    if (text[i] === '\r' && text[i + 1] === '\n') i += 2;
    else i += 1;
    line += 1;
  };

  while (i < n) {
    const recordLine = line;
    const errorsBefore = errors.length;
    const fields: string[] = [];
    for (;;) {
      let value = '';
      if (text[i] === '"') {
        const openLine = line;
        i += 1;
        let closed = false;
        while (i < n) {
          const ch = text[i];
          if (ch === '"') {
            if (text[i + 1] === '"') {
              value += '"';
              i += 2;
            } else {
              i += 1;
              closed = true;
              break;
            }
          } else if (isBreak(ch)) {
            const start = i;
            skipBreak();
            value += text.slice(start, i);
          } else {
            value += ch;
            i += 1;
          }
        }
        if (!closed) {
          errors.push({ line: openLine, reason: 'a quoted field is never closed' });
          return records;
        }
        if (i < n && text[i] !== ',' && !isBreak(text[i])) {
          errors.push({ line, reason: 'unexpected text after a closing quote (a quote inside a field must be doubled)' });
          while (i < n && text[i] !== ',' && !isBreak(text[i])) value += text[i++];
        }
      } else {
        const start = i;
        while (i < n && text[i] !== ',' && !isBreak(text[i])) i += 1;
        value = text.slice(start, i);
        if (value.includes('"')) {
          errors.push({ line, reason: 'a quote inside an unquoted field (quote the whole field and double the quote)' });
        }
      }
      fields.push(value);
      if (text[i] === ',') {
        i += 1;
        continue;
      }
      if (i < n) skipBreak();
      break;
    }
    records.push({ line: recordLine, fields, malformed: errors.length > errorsBefore });
  }
  return records;
}

/** Blank lines, and rows a spreadsheet leaves behind as bare separators (",,,"), carry no data. */
function isBlank(record: RawRecord): boolean {
  return record.fields.every((f) => f === '');
}

export function parseCsv(text: string): CsvTable {
  const errors: CsvError[] = [];
  const records = tokenize(text, errors).filter((r) => !isBlank(r));
  const [headerRecord, ...dataRecords] = records;
  if (!headerRecord) {
    if (errors.length === 0) errors.push({ line: 1, reason: 'the file is empty: a header row is required' });
    return { header: [], headerLine: 1, rows: [], errors };
  }

  const header = headerRecord.fields.map((h) => h.trim());
  const seen = new Set<string>();
  header.forEach((name, index) => {
    if (name === '') errors.push({ line: headerRecord.line, reason: `column ${index + 1} has no name in the header` });
    else if (seen.has(name)) errors.push({ line: headerRecord.line, reason: `column "${name}" appears twice in the header` });
    seen.add(name);
  });

  const rows: CsvRow[] = [];
  for (const record of dataRecords) {
    if (record.malformed) continue;
    const extra = record.fields.slice(header.length);
    // Trailing empty cells beyond the header are spreadsheet residue, not data.
    if (record.fields.length < header.length || extra.some((f) => f !== '')) {
      errors.push({ line: record.line, reason: `has ${record.fields.length} fields but the header has ${header.length}` });
      continue;
    }
    const values: Record<string, string> = {};
    header.forEach((name, index) => {
      values[name] = record.fields[index] ?? '';
    });
    rows.push({ line: record.line, values });
  }
  return { header, headerLine: headerRecord.line, rows, errors };
}

export interface CsvWriteOptions {
  /** Default true: Excel opens a BOM-less UTF-8 file in the system code page, which garbles Chinese names. */
  bom?: boolean;
  /** Default CRLF, as RFC 4180 specifies. */
  eol?: '\r\n' | '\n';
}

function quote(value: string): string {
  // Edge whitespace is quoted too so that a reader that trims unquoted cells still gets the value back intact.
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Writes the header and rows; a missing value is written as an empty cell. Ends with a line break. */
export function writeCsv(
  header: readonly string[],
  rows: readonly Readonly<Record<string, string | undefined>>[],
  options: CsvWriteOptions = {},
): string {
  const eol = options.eol ?? '\r\n';
  const lines = [header.map(quote).join(',')];
  for (const row of rows) lines.push(header.map((h) => quote(row[h] ?? '')).join(','));
  return (options.bom === false ? '' : BOM) + lines.join(eol) + eol;
}
