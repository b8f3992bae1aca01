// Word → PDF through LibreOffice (`soffice --headless --convert-to pdf`), for committees that
// publish PDFs in their meeting systems. Each conversion gets its own LibreOffice profile, so
// conversions running side by side do not wait for each other's lock.
import { execFile } from 'node:child_process';
import { access, constants, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UsageError } from './errors.js';

/** The LibreOffice program on PATH ($KVALITET_SOFFICE first), or undefined. */
export async function findSoffice(env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  if (env['KVALITET_SOFFICE']) return env['KVALITET_SOFFICE'];
  for (const dir of (env['PATH'] ?? '').split(delimiter).filter(Boolean)) {
    for (const name of ['soffice', 'libreoffice']) {
      const path = join(dir, name);
      if (
        await access(path, constants.X_OK).then(
          () => true,
          () => false,
        )
      )
        return path;
    }
  }
  return undefined;
}

/** The message when a PDF is asked for and LibreOffice is missing. */
export const missingSoffice =
  'PDF kræver LibreOffice: programmet soffice findes ikke på denne maskine. Installér det (på Debian/Ubuntu: apt install libreoffice-writer), eller gem som .docx.';

/** Converts .docx bytes to PDF bytes with LibreOffice. Throws a UsageError when it cannot. */
export async function docxToPdf(docx: Uint8Array, env: NodeJS.ProcessEnv = process.env): Promise<Uint8Array> {
  const soffice = await findSoffice(env);
  if (!soffice) throw new UsageError(missingSoffice);
  const dir = await mkdtemp(join(tmpdir(), 'kvalitet-pdf-'));
  try {
    const input = join(dir, 'dokument.docx');
    await writeFile(input, docx);
    const profile = pathToFileURL(join(dir, 'profil')).href;
    await new Promise<void>((resolve, reject) => {
      execFile(
        soffice,
        [
          `-env:UserInstallation=${profile}`,
          '--headless',
          '--norestore',
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          input,
        ],
        { timeout: 180_000, env: { ...env, HOME: dir } },
        (error, _stdout, stderr) => {
          if (error)
            reject(
              new UsageError(
                `LibreOffice kunne ikke lave PDF'en (${(stderr || error.message).trim().split('\n')[0]}).`,
              ),
            );
          else resolve();
        },
      );
    });
    const pdf = await readFile(join(dir, 'dokument.pdf')).catch(() => undefined);
    if (pdf?.subarray(0, 5).toString('latin1') !== '%PDF-')
      throw new UsageError(
        'LibreOffice lavede ingen PDF; prøv at gemme som .docx og åbne filen i Word eller LibreOffice.',
      );
    return new Uint8Array(pdf);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
