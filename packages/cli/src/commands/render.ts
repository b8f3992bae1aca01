// kvalitet render changes|publication: the committee's change document (.docx with blue marks
// or tracked changes, or an HTML preview) and the clean publication .docx.
import { relative, resolve, extname } from 'node:path';
import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { readTextFile, writeFileAtomic } from '@kvalitet/parser';
import { rules } from '@kvalitet/lint';
import { buildRevision, renderChangeDocx, renderChangeHtml, renderPublicationDocx } from '@kvalitet/render';
import { loadConfig } from '../config-file.js';
import { overwrittenInput } from '../files.js';
import { showAtRevision } from '../git.js';
import { ExitCode, UsageError, dateOption, todayOption, type CliIo } from '../io.js';

export const renderHelp = `Brug:
  kvalitet render changes --from GAMMEL.md --to NY.md -o UD.docx [valg]
  kvalitet render changes FIL.md --base GIT-REF -o UD.docx [valg]
  kvalitet render publication FIL.md -o UD.docx

changes laver ændringsdokumentet til udvalget: forside med begrundelse og oversigt over
ændringerne og de fund, de løser, og derefter hele standarden med ændringerne markeret med blåt.

  --from FIL / --to FIL      den gamle og den nye version
  --base REF                 tag den gamle version fra git (fx HEAD~1 eller main)
  -o, --output FIL           hvor dokumentet gemmes (.docx eller .html)
  --format docx|html         standard: ud fra filendelsen
  --reason FIL               begrundelsen (Markdown); standard: „begrundelse“ i den nye versions frontmatter
  --track-changes            sporede ændringer i Word i stedet for blå markering
  --meeting-date ÅÅÅÅ-MM-DD  udvalgsmødet dokumentet er til
  --author NAVN              forfatter af de sporede ændringer (standard: Forvaltningen)
  --date ÅÅÅÅ-MM-DD          dokumentets dato (standard: fast, så samme input giver samme fil)
`;

async function readMarkdown(path: string, label: string): Promise<string> {
  const r = await readTextFile(path);
  // The reader's message begins with the path; shown once, as the user wrote it.
  if (!r.ok) throw new UsageError(r.message.startsWith(`${path}: `) ? `${label}: ${r.message.slice(path.length + 2)}` : `${label}: ${r.message}`);
  return r.text;
}

async function checkOutput(io: CliIo, output: string | undefined, inputs: string[]): Promise<string> {
  if (!output) throw new UsageError('Angiv hvor dokumentet skal gemmes med -o, fx -o aendring.docx.');
  const abs = resolve(io.cwd, output);
  const clash = await overwrittenInput(abs, inputs.map((i) => resolve(io.cwd, i)));
  if (clash !== undefined) throw new UsageError(`Uddata ${output} er den samme fil som inddata (${relative(io.cwd, clash) || clash}); vælg et andet navn.`);
  const dir = resolve(abs, '..');
  if (!(await stat(dir).catch(() => undefined))?.isDirectory()) throw new UsageError(`Mappen til ${output} findes ikke.`);
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
  const date = dateOption('--date', values.date) ? `${values.date}T00:00:00Z` : undefined;
  const today = todayOption(values.today);

  if (what === 'publication') {
    if (positionals.length !== 1) throw new UsageError('Angiv én standard, fx: kvalitet render publication standards/thisted/socialpaedagogisk-stoette-85.md -o standard.docx');
    const input = positionals[0]!;
    const out = await checkOutput(io, values.output, [input]);
    const source = await readMarkdown(resolve(io.cwd, input), input);
    await writeFileAtomic(out, await renderPublicationDocx(source, date ? { date } : {}));
    io.stderr.write(`Skrev publikationsdokumentet ${values.output}.\n`);
    return ExitCode.ok;
  }
  if (what !== 'changes') throw new UsageError(`Ukendt dokument „${what}“; brug changes eller publication.`);

  let oldSource: string;
  let newSource: string;
  let newPath: string;
  if (values.base !== undefined) {
    if (positionals.length !== 1 || values.from || values.to) throw new UsageError('Med --base angives præcis én fil, fx: kvalitet render changes standards/a.md --base HEAD~1 -o a.docx');
    newPath = positionals[0]!;
    newSource = await readMarkdown(resolve(io.cwd, newPath), newPath);
    const old = await showAtRevision(values.base, resolve(io.cwd, newPath), io.cwd);
    if (old === undefined) throw new UsageError(`${newPath} findes ikke i ${values.base}; brug --from med den gamle version.`);
    oldSource = old;
  } else {
    if (!values.from || !values.to) throw new UsageError('Angiv begge versioner med --from og --to (eller én fil med --base).');
    if (positionals.length > 0) throw new UsageError(`Uventet argument „${positionals[0]}“.`);
    oldSource = await readMarkdown(resolve(io.cwd, values.from), values.from);
    newPath = values.to;
    newSource = await readMarkdown(resolve(io.cwd, values.to), values.to);
  }
  const loaded = await loadConfig(io.cwd, values.config, rules);
  const out = await checkOutput(io, values.output, [newPath, ...(values.from ? [values.from] : []), ...(values.reason ? [values.reason] : []), ...(loaded.file ? [loaded.file] : [])]);
  const format = values.format ?? (extname(out).toLowerCase() === '.html' || extname(out).toLowerCase() === '.htm' ? 'html' : 'docx');
  if (format !== 'docx' && format !== 'html') throw new UsageError(`Ukendt format „${format}“; brug docx eller html.`);
  if (format === 'html' && values['track-changes']) throw new UsageError('--track-changes gælder kun .docx.');
  const reason = values.reason ? await readMarkdown(resolve(io.cwd, values.reason), values.reason) : undefined;

  const settings = loaded.settingsFor(resolve(io.cwd, newPath));
  const rev = buildRevision(oldSource, newSource, {
    ...(reason !== undefined ? { reason } : {}),
    ...(values['meeting-date'] ? { meetingDate: values['meeting-date'] } : {}),
    lint: { rules, settings, municipality: loaded.config.municipality ?? {}, today },
    oldFile: values.from ?? `${newPath}@${values.base}`,
    newFile: newPath,
  });
  const bytes =
    format === 'html'
      ? renderChangeHtml(rev)
      : await renderChangeDocx(rev, { trackChanges: values['track-changes'], ...(values.author ? { author: values.author } : {}), ...(date ? { date } : {}) });
  await writeFileAtomic(out, bytes);
  const s = rev.diff.stats;
  io.stderr.write(
    `Skrev ændringsdokumentet ${values.output}: ${s.changedSections} ændrede afsnit, ${s.deletedWords} ord slettet og ${s.insertedWords} ord tilføjet; ` +
      `${rev.resolved.length} fund løst${rev.introduced.length ? `, ${rev.introduced.length} nye fund` : ''}.\n`,
  );
  return ExitCode.ok;
}
