/**
 * Reads a chosen text file: UTF-8 (with or without BOM) when it is valid UTF-8, else GB18030, the encoding Excel in
 * Simplified Chinese saves "CSV" in, so a file exported from a school's spreadsheet imports without garbled names.
 */
export async function readTextFile(file: Blob): Promise<string> {
  const bytes = await file.arrayBuffer();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
