// The XML safety check reads the whole part (issue 15, point 7).
import { describe, expect, it } from 'vitest';
import { importBytes } from '@kvalitet/import';
import { docx } from './inputs.js';

describe('DOCTYPE anywhere in a part', () => {
  it('is refused after the first 4 KB too', async () => {
    const xml = `<?xml version="1.0"?><!--${' '.repeat(8000)}--><!DOCTYPE w:document [<!ENTITY a "aaaa">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&a;</w:t></w:r></w:p></w:body></w:document>`;
    await expect(importBytes(docx(xml), { file: 'sent.docx' })).rejects.toThrow(
      /^sent\.docx: delen word\/document\.xml indeholder en DOCTYPE\/ENTITY-erklæring/,
    );
  });

  it('is refused in a part written as UTF-16', async () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x [<!ENTITY a "aaaa">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>';
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from(xml, 'utf16le')]);
    await expect(importBytes(docx('<w:document/>', { 'word/styles.xml': bytes }), { file: 'u.docx' })).rejects.toThrow(
      /DOCTYPE\/ENTITY-erklæring/,
    );
  });
});
