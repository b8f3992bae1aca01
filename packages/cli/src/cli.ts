// kvalitet: the command-line program. `main` takes its I/O as arguments so tests can run it
// in-process; bin.ts is the thin wrapper that sets process.exitCode.
import { readFileSync } from 'node:fs';
import { ExitCode, UsageError, type CliIo } from './io.js';

const version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string })
  .version;

export const mainHelp = `kvalitet ${version} – kvalitetsstandarder som kode

Brug: kvalitet <kommando> [valg]

Kommandoer:
  init [MAPPE]      tag kvalitet i brug: konfiguration, baseline og GitHub-workflow
  import FIL…       omsæt Word, PDF og tekst til Markdown-standarder
  lint [STI…]       tjek standarder mod lovens krav (fund med retsgrundlag)
  parse FIL…        læs standarder og vis dem som struktureret data (JSON eller oversigt)
  render changes    lav ændringsdokumentet til udvalget (.docx med blå markering, eller HTML)
  render publication  lav det rene publikationsdokument (.docx)
  studio            åbn studiet: skriv og tjek standarder i browseren

Skriv "kvalitet <kommando> --help" for valgene til en kommando.
`;

type Command = (argv: string[], io: CliIo) => Promise<number>;
// Commands are loaded on demand, so `kvalitet lint` does not pay for the Word libraries.
const commands: Record<string, () => Promise<Command>> = {
  import: async () => (await import('./commands/import.js')).runImport,
  init: async () => (await import('./commands/init.js')).runInit,
  lint: async () => (await import('./commands/lint.js')).runLint,
  parse: async () => (await import('./commands/parse.js')).runParse,
  render: async () => (await import('./commands/render.js')).runRender,
  studio: async () => (await import('./commands/studio.js')).runStudio,
};

/** Runs the CLI with the given arguments; resolves to the exit code. Never throws. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(mainHelp);
    return name === undefined ? ExitCode.usage : ExitCode.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${version}\n`);
    return ExitCode.ok;
  }
  const load = commands[name];
  if (!load) {
    io.stderr.write(`fejl: ukendt kommando „${name}“.\n\n${mainHelp}`);
    return ExitCode.usage;
  }
  try {
    const command = await load();
    return await command(rest, io);
  } catch (error) {
    if (
      error instanceof UsageError ||
      (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))
    ) {
      io.stderr.write(`fejl: ${danishArgError(error)}\nSkriv "kvalitet ${name} --help" for hjælp.\n`);
      return ExitCode.usage;
    }
    // A WriteError from @kvalitet/parser (matched by name: the CLI's entry loads no library).
    if (error instanceof Error && error.name === 'WriteError') {
      io.stderr.write(`fejl: ${error.message}\n`);
      return ExitCode.usage;
    }
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr.write(`fejl: kvalitet stødte på en intern fejl. Meld den gerne med teksten herunder.\n${message}\n`);
    return ExitCode.usage;
  }
}

/** parseArgs' English errors in Danish, by their code; the option's name is taken from the message. */
function danishArgError(error: Error): string {
  if (error instanceof UsageError) return error.message;
  const code = 'code' in error ? String(error.code) : '';
  const quoted = /'([^']+)'/.exec(error.message)?.[1];
  const option = quoted?.replace(/ <value>$/, '');
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && quoted) return `ukendt valg „${quoted}“.`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL' && quoted)
    return `uventet værdi „${quoted}“; kommandoen tager ingen filer eller andre værdier uden et valg foran.`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
    if (/argument missing/.test(error.message)) return `valget „${option}“ mangler en værdi.`;
    if (/does not take an argument/.test(error.message)) return `valget „${option}“ tager ingen værdi.`;
    if (/ambiguous/.test(error.message))
      return `værdien efter „${option}“ begynder med „-“ og ligner et valg; skriv valget og værdien med „=“ imellem (fx --output=-fil.docx), hvis den skal begynde med en bindestreg.`;
    return `valget „${option}“ har en ugyldig værdi.`;
  }
  return 'ugyldige valg på kommandolinjen.';
}
