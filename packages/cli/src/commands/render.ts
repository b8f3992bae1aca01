// kvalitet render changes|publication: the committee's change document (.docx with blue marks
// or tracked changes, or an HTML preview) and the clean publication .docx.
import { relative, resolve, extname } from 'node:path';
import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { readTextFile, writeFileAtomic } from '@kvalitet/parser';
import { rules } from '@kvalitet/lint';
import {
  buildRevision,
  count,
  documentDate,
  isUnapproved,
  renderChangeDocx,
  renderChangeHtml,
  renderPublicationDocx,
} from '@kvalitet/render';
import { parseStandard } from '@kvalitet/parser';
import {
  docxToPdf,
  findSoffice,
  loadConfig,
  missingSoffice,
  overwrittenInput,
  revisionChecks,
  showAtRevision,
} from '@kvalitet/node';
import { ExitCode, UsageError, dateOption, todayOption, type CliIo } from '../io.js';

export const renderHelp = `Brug:
  kvalitet render changes --from GAMMEL.md --to NY.md -o UD.docx [valg]
  kvalitet render changes FIL.md --base GIT-REF -o UD.docx [valg]
  kvalitet render publication FIL.md -o UD.docx|UD.pdf

changes laver ændringsdokumentet til udvalget: forside med begrundelse og oversigt over
ændringerne og de fund, de løser, og derefter hele standarden med ændringerne markeret med blåt.

  --from FIL / --to FIL      den gamle og den nye version
  --base REF                 tag den gamle version fra git (fx HEAD~1 eller main)
  -o, --output FIL           hvor dokumentet gemmes (.docx, .pdf eller .html)
  --format docx|pdf|html     standard: ud fra filendelsen; pdf kræver LibreOffice (soffice)
  --reason FIL               begrundelsen (Markdown); standard: „begrundelse“ i den nye versions frontmatter
  --track-changes            sporede ændringer i Word i stedet for blå markering
  --meeting-date ÅÅÅÅ-MM-DD  udvalgsmødet dokumentet er til
  --author NAVN              forfatter af de sporede ændringer (standard: Forvaltningen)
  --date ÅÅÅÅ-MM-DD          dato for dokumentet og de sporede ændringer (standard: SOURCE_DATE_EPOCH,
                             ellers dagens dato; samme input og dato giver samme fil)

publication laver den rene udgave til hjemmesiden. En standard med status udkast eller høring
får en tydelig advarsel øverst og i sidste linje i stedet for en godkendelse.
`;

async function readMarkdown(path: string, label: string): Promise<string> {
  const r = await readTextFile(path);
  // The reader's message begins with the path; shown once, as the user wrote it.
  if (!r.ok)
    throw new UsageError(
      r.message.startsWith(`${path}: `) ? `${label}: ${r.message.slice(path.length + 2)}` : `${label}: ${r.message}`,
    );
  return r.text;
}

async function checkOutput(io: CliIo, output: string | undefined, inputs: string[]): Promise<string> {
  if (!output) throw new UsageError('Angiv hvor dokumentet skal gemmes med -o, fx -o aendring.docx.');
  const abs = resolve(io.cwd, output);
  const clash = await overwrittenInput(
    abs,
    inputs.map((i) => resolve(io.cwd, i)),
  );
  if (clash !== undefined)
    throw new UsageError(
      `Uddata ${output} er den samme fil som inddata (${relative(io.cwd, clash) || clash}); vælg et andet navn.`,
    );
  const dir = resolve(abs, '..');
  if (!(await stat(dir).catch(() => undefined))?.isDirectory())
    throw new UsageError(`Mappen til ${output} findes ikke.`);
  return abs;
}

/** Runs `kvalitet render`. */
export async function runRender(argv: string[], io: CliIo): Promise<number> {
  const [what, ...rest] = argv;
  if (what === undefined || what === '--help' || what === '-h') {
    io.stdout.write(renderHelp);
    return what === undefined ? ExitCode.usage : ExitCode.ok;
  }
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      from: { type: 'string' },
      to: { type: 'string' },
      base: { type: 'string' },
      output: { type: 'string', short: 'o' },
      format: { type: 'string' },
      reason: { type: 'string' },
      'track-changes': { type: 'boolean', default: false },
      'meeting-date': { type: 'string' },
      author: { type: 'string' },
      date: { type: 'string' },
      today: { type: 'string' },
      config: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(renderHelp);
    return ExitCode.ok;
  }
  dateOption('--meeting-date', values['meeting-date']);
  const today = todayOption(values.today);
  // The date of the document and its tracked changes: --date, else SOURCE_DATE_EPOCH, else today.
  const explicitDate = dateOption('--date', values.date)
    ? `${values.date}T00:00:00Z`
    : process.env['SOURCE_DATE_EPOCH']
      ? documentDate()
      : undefined;
  const date = explicitDate ?? `${today}T00:00:00Z`;
  const formatOf = (out: string) => {
    const ext = extname(out).toLowerCase();
    const format = values.format ?? (ext === '.html' || ext === '.htm' ? 'html' : ext === '.pdf' ? 'pdf' : 'docx');
    if (format !== 'docx' && format !== 'html' && format !== 'pdf')
      throw new UsageError(`Ukendt format „${format}“; brug docx, pdf eller html.`);
    if (format === 'pdf' && ext !== '.pdf')
      throw new UsageError(`Med --format pdf skal filen hedde .pdf (fik ${values.output}).`);
    if (format === 'docx' && ext === '.pdf')
      throw new UsageError(
        `${values.output} hedder .pdf, men formatet er docx; brug --format pdf eller et navn på .docx.`,
      );
    return format;
  };
  // Checked before any work is done, so nothing is half-written.
  const needPdf = async (format: string) => {
    if (format === 'pdf' && !(await findSoffice())) throw new UsageError(missingSoffice);
  };

  if (what === 'publication') {
    if (positionals.length !== 1)
      throw new UsageError(
        'Angiv én standard, fx: kvalitet render publication standards/thisted/socialpaedagogisk-stoette-85.md -o standard.docx',
      );
    const input = positionals[0]!;
    const out = await checkOutput(io, values.output, [input]);
    const format = formatOf(out);
    if (format === 'html') throw new UsageError('Publikationen skrives som .docx eller .pdf.');
    await needPdf(format);
    const source = await readMarkdown(resolve(io.cwd, input), input);
    const parsed = parseStandard(source, { file: input, validate: false });
    const tooDeep = parsed.refused && parsed.document.diagnostics.find((d) => d.ruleId === 'parse/nesting');
    if (tooDeep) throw new UsageError(`${input}: ${tooDeep.message}`);
    const docx = await renderPublicationDocx(source, explicitDate ? { date: explicitDate } : { today });
    await writeFileAtomic(out, format === 'pdf' ? await docxToPdf(docx) : docx);
    const meta = parsed.document.metadata;
    if (isUnapproved(meta)) {
      io.stderr.write(
        `Bemærk: ${input} har status ${meta.status === 'consultation' ? 'høring' : 'udkast'}; publikationen er mærket som ${meta.status === 'consultation' ? 'høringsudgave' : 'udkast'} og er ikke en godkendt standard.\n`,
      );
    }
    io.stderr.write(`Skrev publikationsdokumentet ${values.output}.\n`);
    return ExitCode.ok;
  }
  if (what !== 'changes') throw new UsageError(`Ukendt dokument „${what}“; brug changes eller publication.`);

  let oldSource: string;
  let newSource: string;
  let newPath: string;
  if (values.base !== undefined) {
    if (positionals.length !== 1 || values.from || values.to)
      throw new UsageError(
        'Med --base angives præcis én fil, fx: kvalitet render changes standards/a.md --base HEAD~1 -o a.docx',
      );
    newPath = positionals[0]!;
    newSource = await readMarkdown(resolve(io.cwd, newPath), newPath);
    const old = await showAtRevision(values.base, resolve(io.cwd, newPath), io.cwd);
    if (old === undefined)
      throw new UsageError(`${newPath} findes ikke i ${values.base}; brug --from med den gamle version.`);
    oldSource = old;
  } else {
    if (!values.from || !values.to)
      throw new UsageError('Angiv begge versioner med --from og --to (eller én fil med --base).');
    if (positionals.length > 0) throw new UsageError(`Uventet argument „${positionals[0]}“.`);
    oldSource = await readMarkdown(resolve(io.cwd, values.from), values.from);
    newPath = values.to;
    newSource = await readMarkdown(resolve(io.cwd, values.to), values.to);
  }
  const loaded = await loadConfig(io.cwd, values.config, rules);
  const out = await checkOutput(io, values.output, [
    newPath,
    ...(values.from ? [values.from] : []),
    ...(values.reason ? [values.reason] : []),
    ...(loaded.file ? [loaded.file] : []),
  ]);
  const format = formatOf(out);
  if (format === 'html' && values['track-changes']) throw new UsageError('--track-changes gælder kun .docx.');
  if (format === 'pdf' && values['track-changes'])
    throw new UsageError('--track-changes gælder kun .docx; en PDF viser ændringerne med blåt.');
  await needPdf(format);
  const reason = values.reason ? await readMarkdown(resolve(io.cwd, values.reason), values.reason) : undefined;

  const oldParsed = parseStandard(oldSource, { file: values.from ?? `${newPath}@${values.base}` });
  const rev = buildRevision(oldParsed, parseStandard(newSource, { file: newPath }), {
    ...(reason !== undefined ? { reason } : {}),
    ...(values['meeting-date'] ? { meetingDate: values['meeting-date'] } : {}),
    ...revisionChecks(loaded, resolve(io.cwd, newPath), today),
  });
  const docx =
    format === 'html'
      ? undefined
      : await renderChangeDocx(rev, {
          trackChanges: values['track-changes'],
          ...(values.author ? { author: values.author } : {}),
          date,
        });
  const bytes = format === 'html' ? renderChangeHtml(rev) : format === 'pdf' ? await docxToPdf(docx!) : docx!;
  await writeFileAtomic(out, bytes);
  const s = rev.diff.stats;
  io.stderr.write(
    `Skrev ændringsdokumentet ${values.output}: ${count(s.changedSections, 'ændret afsnit', 'ændrede afsnit')}, ${s.deletedWords} ord slettet og ${s.insertedWords} ord tilføjet; ` +
      `${rev.resolved.length} fund løst${rev.introduced.length ? `, ${count(rev.introduced.length, 'nyt fund', 'nye fund')}` : ''}` +
      `${rev.remaining.length ? `; ${count(rev.remaining.length, 'fund', 'fund')} tilbage` : ''}.\n`,
  );
  return ExitCode.ok;
}
