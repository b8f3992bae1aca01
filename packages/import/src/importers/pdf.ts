// PDF: the text and layout of its pages (pdf.js through unpdf), then the plain-text path.
import { pdfLayout, type PdfLayout } from '../pdf.js';
import { ImportError, sniff } from '../safety.js';
import { linesToMarkdown } from '../text.js';
import { checkResultSize, type Importer } from './importer.js';

/** A Danish reason for a PDF pdf.js cannot open; pdf.js's own (English) message is never shown. */
function unreadablePdf(file: string, error: unknown): ImportError {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'PasswordException')
    return new ImportError(
      `${file}: PDF-filen er beskyttet med adgangskode; gem en udgave uden adgangskode og prøv igen.`,
    );
  if (name === 'InvalidPDFException')
    return new ImportError(
      `${file}: PDF-filen kan ikke læses, da den er beskadiget eller ufuldstændig; gem eller eksportér den igen fra det program, der lavede den, og prøv igen.`,
    );
  return new ImportError(
    `${file}: PDF-filen kan ikke læses; den er måske beskadiget eller bruger en form, der ikke understøttes. Gem den igen som PDF, eller importér standarden som Word (.docx).`,
  );
}

/** PDF files. */
export const pdfImporter = {
  kind: 'pdf',
  label: 'PDF',
  extensions: ['.pdf'],
  detect: (bytes) => sniff(bytes) === 'pdf',
  async convert(bytes, file, report) {
    let layout: PdfLayout;
    try {
      layout = await pdfLayout(bytes);
    } catch (error) {
      throw unreadablePdf(file, error);
    }
    if (layout.text.replace(/\s/g, '').length < 20)
      throw new ImportError(
        `${file}: PDF-filen indeholder ingen tekst (måske et indscannet billede); den skal OCR-behandles, før den kan importeres.`,
      );
    checkResultSize(file, layout.text);
    report.headersFootersRemoved += layout.furnitureRemoved;
    report.pageNumbersRemoved += layout.pageNumbersRemoved;
    report.tables += layout.tables;
    report.footnotes += layout.footnotes.length;
    return { body: linesToMarkdown(layout.lines, report, layout.footnotes) };
  },
} as const satisfies Importer;
