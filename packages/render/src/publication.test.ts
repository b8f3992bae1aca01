import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderPublicationDocx } from './publication.js';

const documentXml = (docx: Uint8Array) => new TextDecoder().decode(unzipSync(docx)['word/document.xml']);

describe('renderPublicationDocx', () => {
  it('reads the standard with all of GFM in its one parse: a bare web address becomes a link', async () => {
    const source =
      '---\ntitel: Kvalitetsstandard for bostøtte\nkommune: Østerby Kommune\nstatus: godkendt\n---\n# Kvalitetsstandard for bostøtte\n\n## Kontakt\n\nLæs mere på https://www.oesterby.dk/bostoette om ~ændringer~.\n';
    const xml = documentXml(await renderPublicationDocx(source, { date: '2026-01-01T00:00:00Z' }));
    expect(xml).toContain('<w:hyperlink');
    expect(xml).toContain('Kvalitetsstandard for bostøtte');
    expect(xml).toContain('<w:strike/>');
  });
});
