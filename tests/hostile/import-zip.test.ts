// Word files whose zip headers lie about their sizes are stopped on the bytes actually
// inflated (issue 15, point 1).
import { describe, expect, it } from 'vitest';
import { importBytes } from '@kvalitet/import';
import { docx, lyingZipBomb } from './inputs.js';

describe('zip bomb with falsified sizes', () => {
  it('is refused quickly, on the bytes actually inflated', async () => {
    const bytes = lyingZipBomb(1024);
    expect(bytes.length).toBeLessThan(4 * 1024 * 1024);
    const started = performance.now();
    const before = process.memoryUsage().rss;
    await expect(importBytes(bytes, { file: 'bombe.docx' })).rejects.toThrow(/^bombe\.docx: .*(mulig zip-bombe)/);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(process.memoryUsage().rss - before).toBeLessThan(400 * 1024 * 1024);
  }, 120_000);
});

describe('only the checked text parts reach the Word reader', () => {
  it('leaves pictures out and says so', async () => {
    const xml =
      '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Borgeren får hjælp i hjemmet.</w:t></w:r></w:p><w:p><w:r><w:drawing/></w:r></w:p></w:body></w:document>';
    const r = await importBytes(docx(xml, { 'word/media/image1.png': new Uint8Array(5000).fill(7) }), {
      file: 'billede.docx',
    });
    expect(r.markdown).toContain('Borgeren får hjælp i hjemmet.');
    expect(r.markdown).not.toContain('data:image');
    expect(r.report.notices.join('\n')).toContain('1 billede er udeladt');
  });
});
