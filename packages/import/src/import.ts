// One entry point for every kind of input: the bytes are sniffed (not the file name trusted),
// converted to Markdown, and given a frontmatter with what could be read or guessed.
import { parseDocument, stringify } from 'yaml';
import { formatReference, sectionLabels, type Metadata } from '@kvalitet/model';
import { guessedFieldLabels } from '@kvalitet/language';
import { parseStandard } from '@kvalitet/parser';
import { importers, type Converted, type ImportKind } from './importers/index.js';
import { checkResultSize } from './importers/importer.js';
import { ImportError, checkImportSize, sniff } from './safety.js';
import { emptyReport, type ImportReport } from './text.js';

/** The result of importing one file. */
export interface ImportResult {
  /** Markdown with frontmatter, ready for standards/. */
  markdown: string;
  kind: ImportKind;
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

/** The importer for the bytes, by their content; files no importer takes are refused with the reason. */
function importerFor(bytes: Uint8Array, file: string): (typeof importers)[number] {
  const importer = importers.find((i) => i.detect(bytes));
  if (importer) return importer;
  if (sniff(bytes) === 'ole') {
    const asText = new TextDecoder('utf-16le').decode(bytes.subarray(0, Math.min(bytes.length, 1 << 20)));
    if (asText.includes('EncryptedPackage'))
      throw new ImportError(
        `${file}: Word-filen er beskyttet med adgangskode; fjern beskyttelsen i Word (Filer › Oplysninger › Beskyt dokument) og prøv igen.`,
      );
    throw new ImportError(
      `${file}: filen er et gammelt Word-dokument (.doc); åbn det i Word og gem det som .docx, og prøv igen.`,
    );
  }
  throw new ImportError(`${file}: filen er hverken Word (.docx), PDF eller tekst og kan ikke importeres.`);
}

/** The frontmatter the input had, kept as written, with the importer's fields added where it lacks them. */
function completeFrontmatter(yaml: string, fields: Record<string, unknown>, override: readonly string[]): string {
  const doc = parseDocument(yaml);
  for (const [key, value] of Object.entries(fields)) if (override.includes(key) || !doc.has(key)) doc.set(key, value);
  return doc.toString({ lineWidth: 0 });
}

/** Imports a Word, PDF, Markdown or text file given as bytes. Throws ImportError with a Danish message. */
export async function importBytes(bytes: Uint8Array, options: ImportOptions): Promise<ImportResult> {
  const { file } = options;
  if (bytes.length === 0) throw new ImportError(`${file}: filen er tom.`);
  checkImportSize(file, bytes.length);
  const report = emptyReport();
  const importer = importerFor(bytes, file);
  const kind: ImportKind = importer.kind;
  const converted: Converted = await importer.convert(bytes, file, report);
  const body = converted.body;
  if (body.trim() === '') throw new ImportError(`${file}: der blev ikke fundet nogen tekst i filen.`);
  checkResultSize(file, body);

  const own = converted.frontmatter;
  const { document } = parseStandard(own === undefined ? body : `---\n${own}---\n\n${body}`, { file });
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
      note: `Importeret fra ${importer.label} med kvalitet import.${guessed.length ? ` Gættet ud fra teksten: ${guessed.map((g) => guessedFieldLabels[g] ?? g).join(', ')}.` : ''}`,
    },
  };
  const yaml =
    own === undefined
      ? stringify(front, { lineWidth: 0 })
      : completeFrontmatter(own, front, options.municipality ? ['kommune'] : []);
  const markdown = `---\n${yaml}---\n\n${body.trimStart()}`;
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
