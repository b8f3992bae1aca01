// kvalitet studio [--root DIR] [--port N] [--open]: the local web app, on 127.0.0.1 only.
import { spawn } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError } from '@kvalitet/lint';
import { ExitCode, UsageError, dateOption, type CliIo } from '../io.js';

export const studioHelp = `Brug: kvalitet studio [--root MAPPE] [--port N] [--open]

Åbner studiet: en webside på din egen maskine, hvor du skriver en standard og ser lovens krav,
mens du skriver, og henter ændringsdokumentet til udvalget. Studiet svarer kun på 127.0.0.1.

  --root MAPPE   mappen med standarder (standard: standards/)
  --port N       porten (standard: 4873; 0 vælger en ledig)
  --open         åbn studiet i browseren (den i miljøvariablen BROWSER, ellers systemets)
`;

/** The program that opens an address in the user's browser: $BROWSER, else the system's opener. */
function opener(url: string): { command: string; args: string[] } {
  const browser = process.env['BROWSER'];
  if (browser) return { command: browser, args: [url] };
  if (process.platform === 'darwin') return { command: 'open', args: [url] };
  if (process.platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', url] };
  return { command: 'xdg-open', args: [url] };
}

/** Opens the address in a browser, run as a program with arguments (no shell); says so in Danish when it cannot. */
function openBrowser(url: string, io: CliIo): void {
  const { command, args } = opener(url);
  const fail = (reason: string) =>
    io.stderr.write(`Browseren kunne ikke åbnes (${command}: ${reason}). Åbn ${url} selv.\n`);
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.once('error', (error) =>
      fail((error as NodeJS.ErrnoException).code === 'ENOENT' ? 'programmet findes ikke' : error.message),
    );
    child.unref();
  } catch (error) {
    fail((error as Error).message);
  }
}

/** Runs `kvalitet studio` until the process is stopped (Ctrl+C). */
export async function runStudio(argv: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      root: { type: 'string', default: 'standards' },
      port: { type: 'string', default: '4873' },
      open: { type: 'boolean', default: false },
      today: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(studioHelp);
    return ExitCode.ok;
  }
  dateOption('--today', values.today);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port skal være et tal fra 0 til 65535 (fik „${values.port}“).`);
  const root = resolve(io.cwd, values.root);
  if (!(await stat(root).catch(() => undefined))?.isDirectory())
    throw new UsageError(`Mappen ${values.root} findes ikke.`);
  const { startStudio } = await import('@kvalitet/studio');
  let studio: Awaited<ReturnType<typeof startStudio>>;
  try {
    studio = await startStudio({ root, port, ...(values.today ? { today: values.today } : {}) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE')
      throw new UsageError(`Port ${port} er optaget; vælg en anden med --port.`);
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
  if (values.open) {
    io.stdout.write(`kvalitet studio kører på ${studio.url}\nÅbner browseren. Stop med Ctrl+C.\n`);
    openBrowser(studio.url, io);
  } else
    io.stdout.write(
      `kvalitet studio kører på ${studio.url}\nÅbn adressen i din browser (eller start med --open). Stop med Ctrl+C.\n`,
    );
  await new Promise<void>((done) => {
    const stop = () => void studio.close().then(done);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return ExitCode.ok;
}
