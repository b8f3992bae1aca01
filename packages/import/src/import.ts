// One entry point for every kind of input: the bytes are sniffed (not the file name trusted),
// converted to Markdown, and given a frontmatter with what could be read or guessed.
import { stringify } from 'yaml';
import { formatReference, sectionLabels, type Metadata } from '@kvalitet/model';
import { guessedFieldLabels } from '@kvalitet/language';
import { decodeText, formatSize, maxFileBytes, parseStandard } from '@kvalitet/parser';
import { docxToMarkdown } from './docx.js';
import { pdfLayout, type PdfLayout } from './pdf.js';
import { ImportError, checkImportSize, sniff } from './safety.js';
import { checkIsDocument } from './document-check.js';
import { emptyReport, linesToMarkdown, textToMarkdown, type ImportReport } from './text.js';

/** The result of importing one file. */
export interface ImportResult {
  /** Markdown with frontmatter, ready for standards/. */
  markdown: string;
  kind: 'text' | 'docx' | 'pdf';
  report: ImportReport;
  metadata: Metadata;
  /** Section labels in order ("Formål", or the heading itself when unknown). */
  sections: string[];
  citations: string[];
}

/** Options for importing. */
export interface ImportOptions {
  /** The file's name, used in messages and as the source title. */
  file: string;
  /** The municipality, when the importer should not guess it. */
  municipality?: string;
}

const typeNames = { standard: 'kvalitetsstandard', plan: 'plan', other: 'andet' } as const;

/**
 * The result must be a standard the other commands can read: the same limit, checked before
 * anything is written (and, for extracted text, before it is converted).
 */
function checkResultSize(file: string, text: string): void {
  const size = Buffer.byteLength(text);
  if (size > maxFileBytes) {
    throw new ImportError(
      `${file}: den omsatte tekst fylder ${formatSize(size, maxFileBytes)}; en kvalitetsstandard må højst fylde ${formatSize(maxFileBytes)}. Del dokumentet op i flere standarder.`,
    );
  }
}

/** Imports a Word, PDF or text file given as bytes. Throws ImportError with a Danish message. */
export async function importBytes(bytes: Uint8Array, options: ImportOptions): Promise<ImportResult> {
  const { file } = options;
  if (bytes.length === 0) throw new ImportError(`${file}: filen er tom.`);
  checkImportSize(file, bytes.length);
  const report = emptyReport();
  let body: string;
  let kind: ImportResult['kind'];
  switch (sniff(bytes)) {
    case 'zip':
      kind = 'docx';
      body = await docxToMarkdown(bytes, file, report);
      break;
    case 'pdf': {
      kind = 'pdf';
      let layout: PdfLayout;
      try {
        layout = await pdfLayout(bytes);
      } catch (error) {
        const name = (error as Error).name;
        if (name === 'PasswordException')
          throw new ImportError(
            `${file}: PDF-filen er beskyttet med adgangskode; gem en udgave uden adgangskode og prøv igen.`,
          );
        throw new ImportError(`${file}: PDF-filen kan ikke læses (${(error as Error).message}).`);
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
      body = linesToMarkdown(layout.lines, report, layout.footnotes);
      break;
    }
    case 'ole': {
      const asText = new TextDecoder('utf-16le').decode(bytes.subarray(0, Math.min(bytes.length, 1 << 20)));
      if (asText.includes('EncryptedPackage'))
        throw new ImportError(
          `${file}: Word-filen er beskyttet med adgangskode; fjern beskyttelsen i Word (Filer › Oplysninger › Beskyt dokument) og prøv igen.`,
        );
      throw new ImportError(
        `${file}: filen er et gammelt Word-dokument (.doc); åbn det i Word og gem det som .docx, og prøv igen.`,
      );
    }
    case 'binary':
      throw new ImportError(`${file}: filen er hverken Word (.docx), PDF eller tekst og kan ikke importeres.`);
    default: {
      kind = 'text';
      const decoded = decodeText(bytes, file);
      if (!decoded.ok) throw new ImportError(decoded.message);
      checkIsDocument(decoded.text, file);
      if (decoded.diagnostics.length > 0)
        report.notices.push('Teksten var ikke gemt som UTF-8 og er læst som Latin-1 (Windows-1252); tjek æ, ø og å.');
      checkResultSize(file, decoded.text);
      body = textToMarkdown(decoded.text, report);
    }
  }
  if (body.trim() === '') throw new ImportError(`${file}: der blev ikke fundet nogen tekst i filen.`);
  checkResultSize(file, body);

  const { document } = parseStandard(body, { file });
  const meta = document.metadata;
  const municipality = options.municipality ?? meta.municipality;
  const guessed = meta.guessed.filter((g) => !(g === 'municipality' && options.municipality));
  const front: Record<string, unknown> = {
    titel: meta.title,
    ...(municipality ? { kommune: municipality } : {}),
    ...(meta.paragraphs.length > 0 ? { paragraffer: meta.paragraphs.map(formatReference) } : {}),
    type: typeNames[meta.type],
    status: 'udkast',
    ...(meta.committee ? { udvalg: meta.committee } : {}),
    ...(meta.approvalDate ? { 'godkendt-dato': meta.approvalDate } : {}),
    kilde: {
      titel: file.replace(/^.*[\\/]/, ''),
      note: `Importeret fra ${kind === 'docx' ? 'Word' : kind === 'pdf' ? 'PDF' : 'tekst'} med kvalitet import.${guessed.length ? ` Gættet ud fra teksten: ${guessed.map((g) => guessedFieldLabels[g] ?? g).join(', ')}.` : ''}`,
    },
  };
  const markdown = `---\n${stringify(front, { lineWidth: 0 })}---\n\n${body.trimStart()}`;
  const check = parseStandard(markdown, { file });
  return {
    markdown,
    kind,
    report,
    metadata: { ...check.document.metadata, guessed },
    sections: check.document.sections
      .filter((s) => s.level > 1)
      .map((s) => (s.key ? sectionLabels[s.key] : `„${s.heading}“`)),
    citations: [...new Set(check.document.citations.flatMap((c) => c.references.map(formatReference)))],
  };
}
