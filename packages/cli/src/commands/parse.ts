// kvalitet parse FILE… [--format json|summary]
import { parseArgs } from 'node:util';
import type { StandardDocument } from '@kvalitet/model';
import { formatReference, sectionLabels } from '@kvalitet/model';
import { guessedFieldLabels, severityLabels } from '@kvalitet/language';
// The light entries of the Node layer: parse needs no lint rules.
import { expandInputs } from '@kvalitet/node/files';
import { loadStandard } from '@kvalitet/node/load';
import { ExitCode, UsageError, type CliIo } from '../io.js';

export const parseHelp = `Brug: kvalitet parse FIL… [--format json|summary]

Læser kvalitetsstandarder i Markdown og viser dem som struktureret data.

  FIL…                 filer, mapper (alle .md under dem) eller mønstre som "standards/**/*.md"
  --format json        StandardDocument som JSON (ét objekt; en liste ved flere filer) (standard)
  --format summary     kort dansk oversigt: afsnit, lovhenvisninger, ukendte overskrifter

Afslutningskode: 0 alt læst, 1 et dokument har fejl, 2 forkert brug eller en fil kan ikke læses.
`;

/** Runs `kvalitet parse`. */
export async function runParse(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { format: { type: 'string', default: 'json' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.stdout.write(parseHelp);
    return ExitCode.ok;
  }
  if (values.format !== 'json' && values.format !== 'summary')
    throw new UsageError(`Ukendt format „${values.format}“; brug json eller summary.`);
  if (positionals.length === 0) throw new UsageError('Angiv mindst én fil, fx: kvalitet parse standards/');
  const inputs = await expandInputs(positionals, io.cwd);
  if (inputs.length === 0) throw new UsageError(`Ingen Markdown-filer fundet i ${positionals.join(', ')}.`);

  let exit: number = ExitCode.ok;
  const docs: StandardDocument[] = [];
  for (const input of inputs) {
    const loaded = await loadStandard(input);
    if (!loaded.ok) {
      io.stderr.write(`fejl: ${loaded.message}\n`);
      exit = ExitCode.usage;
      continue;
    }
    const { document } = loaded.parsed;
    docs.push(document);
    if (exit === ExitCode.ok && document.diagnostics.some((d) => d.severity === 'error')) exit = ExitCode.findings;
  }
  if (values.format === 'json') {
    if (docs.length > 0)
      io.stdout.write(JSON.stringify(docs.length === 1 && inputs.length === 1 ? docs[0] : docs, null, 2) + '\n');
  } else {
    io.stdout.write(docs.map(summarise).join('\n'));
  }
  return exit;
}

const typeNames = { standard: 'kvalitetsstandard', plan: 'plan', other: 'andet dokument' } as const;

/** A short Danish summary of one parsed document. */
export function summarise(doc: StandardDocument): string {
  const m = doc.metadata;
  const lines: string[] = [doc.file];
  const guessedNote =
    m.guessed.length > 0 ? ` (gættet: ${m.guessed.map((g) => guessedFieldLabels[g] ?? g).join(', ')})` : '';
  lines.push(`  ${m.title}`);
  lines.push(`  ${typeNames[m.type]}${m.municipality ? `, ${m.municipality}` : ''}${guessedNote}`);
  lines.push(
    `  Paragraffer: ${m.paragraphs.length > 0 ? m.paragraphs.map(formatReference).join(', ') : 'ingen fundet'}`,
  );
  const named = doc.sections.filter((s) => s.level > 0);
  lines.push(
    `  Afsnit (${named.length}): ${named.map((s) => (s.key ? sectionLabels[s.key] : `„${s.heading}“ (ukendt)`)).join(' · ')}`,
  );
  const refs = [...new Set(doc.citations.flatMap((c) => c.references.map(formatReference)))];
  lines.push(`  Lovhenvisninger (${doc.citations.length}): ${refs.join(', ') || 'ingen'}`);
  const unknown = named.filter((s) => s.key === null);
  if (unknown.length > 0) lines.push(`  Ukendte overskrifter: ${unknown.map((s) => `„${s.heading}“`).join(', ')}`);
  const problems = doc.diagnostics.filter((d) => d.ruleId !== 'parse/unknown-heading');
  for (const d of problems) {
    const where = d.place ? `${d.place.start.line}:${d.place.start.column}` : '–';
    lines.push(`  ${where.padEnd(7)} ${severityLabels[d.severity].padEnd(9)} ${d.message}`);
  }
  return lines.join('\n') + '\n';
}
