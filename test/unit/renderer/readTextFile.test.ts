import { describe, expect, it } from 'vitest';
import { readTextFile } from '../../../renderer/src/ui/readTextFile.js';

describe('reading a chosen CSV file', () => {
  it('reads UTF-8, with or without BOM', async () => {
    expect(await readTextFile(new Blob(['name,unit\n张三,7-1']))).toBe('name,unit\n张三,7-1');
    expect(await readTextFile(new Blob([new Uint8Array([0xef, 0xbb, 0xbf]), '张三']))).toBe('张三');
  });

  it('reads a file Excel saved in GB18030 (Simplified Chinese) without garbling the names', async () => {
    // "张三,学生" in GB18030: 张 D5C5, 三 C8FD, 学 D1A7, 生 C9FA.
    const bytes = new Uint8Array([0xd5, 0xc5, 0xc8, 0xfd, 0x2c, 0xd1, 0xa7, 0xc9, 0xfa]);
    expect(await readTextFile(new Blob([bytes]))).toBe('张三,学生');
  });
});
