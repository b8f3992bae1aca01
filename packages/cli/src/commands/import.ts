// kvalitet import FILE… [-o OUT.md | --out-dir DIR] [--municipality NAME] [--force]
// Turns Word, PDF, Markdown and extracted text (the importer registry's kinds) into Markdown standards, and says what it recognised.
import { readFile, stat } from 'node:fs/promises';
import { basename, extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  ImportError,
  checkImportSize,
  importBytes,
  importKindLabel,
  importers,
  type ImportResult,
} from '@kvalitet/import';
import { writeFileAtomic, WriteError } from '@kvalitet/parser';
import { guessedFieldLabels } from '@kvalitet/language';
import { overwrittenInput } from '@kvalitet/node/files';
import { ExitCode, UsageError, type CliIo } from '../io.js';

/** The kinds of input, from the importer registry: "Word (.docx), PDF (.pdf), … eller tekst (.txt)". */
const kindNames = importers.map((i) => `${i.label} (${i.extensions.join(', ')})`);
const kindList = `${kindNames.slice(0, -1).join(', ')} eller ${kindNames[kindNames.length - 1]}`;

export const importHelp = `Brug: kvalitet import FIL… [-o UD.md | --out-dir MAPPE] [--municipality NAVN] [--force] [--verbose]

Omsætter kvalitetsstandarder i ${kindList} til Markdown
med frontmatter, klar til standards/. En Markdown-fil beholder sin egen frontmatter (manglende felter
tilføjes). Uden -o eller --out-dir skrives Markdown til skærmen. Hvad der blev genkendt og gættet,
står bagefter, så du kan tjekke det.

  -o, --output FIL        gem resultatet i FIL (kun ved én fil)
  --out-dir MAPPE         gem hver fil som MAPPE/<navn>.md
  --municipality NAVN     kommunens navn (ellers gættes det ud fra teksten)
  --force                 overskriv eksisterende filer
  -v, --verbose           vis hver advarsel fra Word-læseren, ikke kun hvor mange
`;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function describe(file: string, out: string | undefined, r: ImportResult, verbose: boolean): string {
  const rep = r.report;
  const lines = [`${out ? `${out} ← ` : ''}${file} (${importKindLabel(r.kind)})`];
  lines.push(`  titel: ${r.metadata.title}`);
  lines.push(`  ${r.sections.length} afsnit: ${r.sections.join(' · ') || 'ingen'}`);
  lines.push(`  lovhenvisninger: ${r.citations.join(', ') || 'ingen'}`);
  const guessed = r.metadata.guessed.map((g) => guessedFieldLabels[g] ?? g);
  if (guessed.length) lines.push(`  gættet (tjek dem): ${guessed.join(', ')}`);
  const done: string[] = [];
  if (rep.runInHeadings) done.push(`${plural(rep.runInHeadings, 'overskrift', 'overskrifter')} skilt fra brødteksten`);
  if (rep.headersFootersRemoved)
    done.push(
      `${plural(rep.headersFootersRemoved, 'sidehoved- eller sidefodslinje', 'sidehoved- og sidefodslinjer')} fjernet`,
    );
  if (rep.pageNumbersRemoved) done.push(`${rep.pageNumbersRemoved} sidetal fjernet`);
  if (rep.tables) done.push(`${plural(rep.tables, 'tabel', 'tabeller')} genskabt`);
  if (rep.footnotes) done.push(`${plural(rep.footnotes, 'fodnote', 'fodnoter')} genskabt`);
  if (rep.sectionSignsRestored)
    done.push(`${plural(rep.sectionSignsRestored, 'manglende §-tegn', 'manglende §-tegn')} sat ind`);
  if (rep.tocLinesRemoved) done.push(`indholdsfortegnelse fjernet (${rep.tocLinesRemoved} linjer)`);
  if (rep.hyphenationsJoined) done.push(`${plural(rep.hyphenationsJoined, 'orddeling', 'orddelinger')} samlet`);
  if (rep.hyphenationsKept) done.push(`${plural(rep.hyphenationsKept, 'bindestreg', 'bindestreger')} bevaret`);
  if (done.length) lines.push(`  ${done.join(', ')}`);
  for (const n of rep.notices) lines.push(`  bemærk: ${n}`);
  if (verbose) for (const w of rep.warnings) lines.push(`  advarsel: ${w}`);
  else if (rep.warnings.length)
    lines.push(`  (--verbose viser ${rep.warnings.length === 1 ? 'advarslen' : 'advarslerne'})`);
  return lines.join('\n') + '\n';
}

/** Runs `kvalitet import`. */
export async function runImport(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      'out-dir': { type: 'string' },
      municipality: { type: 'string' },
      force: { type: 'boolean', default: false },
      verbose: { type: 'boolean', short: 'v', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(importHelp);
    return ExitCode.ok;
  }
  if (positionals.length === 0)
    throw new UsageError('Angiv mindst én fil, fx: kvalitet import standard.docx -o standards/kommune/ydelse.md');
  if (values.output && values['out-dir']) throw new UsageError('Brug enten -o eller --out-dir, ikke begge.');
  if (values.output && positionals.length > 1)
    throw new UsageError('-o kan kun bruges med én fil; brug --out-dir ved flere.');
  if (!values.output && !values['out-dir'] && positionals.length > 1)
    throw new UsageError('Ved flere filer skal resultatet gemmes med --out-dir MAPPE.');
  if (values['out-dir'] && !(await stat(resolve(io.cwd, values['out-dir'])).catch(() => undefined))?.isDirectory())
    throw new UsageError(`Mappen ${values['out-dir']} findes ikke.`);

  let exit: number = ExitCode.ok;
  // No output may overwrite any of the inputs, not only its own.
  const inputs = positionals.map((p) => resolve(io.cwd, p));
  for (const file of positionals) {
    const abs = resolve(io.cwd, file);
    const out = values.output
      ? resolve(io.cwd, values.output)
      : values['out-dir']
        ? join(resolve(io.cwd, values['out-dir']), `${basename(file, extname(file))}.md`)
        : undefined;
    try {
      const info = await stat(abs).catch(() => undefined);
      if (!info) throw new ImportError(`${file}: filen findes ikke.`);
      if (info.isDirectory()) throw new ImportError(`${file}: er en mappe, ikke en fil.`);
      if (!info.isFile())
        throw new ImportError(
          `${file}: er ikke en almindelig fil (fx en navngiven pipe eller en enhed) og kan ikke importeres.`,
        );
      checkImportSize(file, info.size);
      const clash = out ? await overwrittenInput(out, inputs) : undefined;
      if (clash !== undefined)
        throw new ImportError(
          `${file}: uddata ${relative(io.cwd, out!) || out} er den samme fil som inddata (${relative(io.cwd, clash) || clash}); vælg et andet navn.`,
        );
      if (out && !values.force && (await stat(out).catch(() => undefined))) {
        throw new ImportError(`${out} findes allerede; brug --force for at overskrive den.`);
      }
      const result = await importBytes(new Uint8Array(await readFile(abs)), {
        file,
        ...(values.municipality ? { municipality: values.municipality } : {}),
      });
      if (out) await writeFileAtomic(out, result.markdown);
      else io.stdout.write(result.markdown);
      io.stderr.write(
        describe(
          file,
          out ? (values.output ?? join(values['out-dir']!, basename(out))) : undefined,
          result,
          values.verbose === true,
        ),
      );
    } catch (error) {
      if (!(error instanceof ImportError) && !(error instanceof WriteError)) throw error;
      io.stderr.write(`fejl: ${error.message}\n`);
      exit = ExitCode.usage;
    }
  }
  return exit;
}
