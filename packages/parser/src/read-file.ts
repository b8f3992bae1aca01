// Reading a standard from disk (size limit, binary detection, text encodings) and writing
// one back atomically.
// Administrators' files come from Word, old intranets and e-mail; we accept UTF-8 (with or
// without BOM), UTF-16 with BOM, and fall back to Windows-1252/Latin-1 with a warning.
import { isUtf8 } from 'node:buffer';
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Diagnostic } from '@kvalitet/model';

/** Largest file we read as a standard: real standards are 5–60 KB. */
export const maxFileBytes = 5 * 1024 * 1024;

/** Outcome of reading a file: its text and any warnings, or a Danish reason it cannot be read. */
export type ReadResult =
  | { ok: true; text: string; diagnostics: Diagnostic[]; /** The file began with a UTF-8 byte-order mark (not part of `text`); a rewrite should keep it. */ bom?: true }
  | { ok: false; message: string };

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toLocaleString('da-DK', { maximumFractionDigits: 1 })} MB`;
  return `${Math.ceil(n / 1024).toLocaleString('da-DK')} KB`;
}

/**
 * Decodes the bytes of a text file. Exposed for the importers and tests.
 * Returns `ok: false` for binary content (Word, PDF, images) with a message that says what to do.
 */
export function decodeText(bytes: Uint8Array, file: string): ReadResult {
  const diagnostics: Diagnostic[] = [];
  const head = (n: number) => Array.from(bytes.subarray(0, n));
  const startsWith = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (startsWith(0x50, 0x4b, 0x03, 0x04)) {
    return { ok: false, message: `${file}: filen er en zip-fil (fx et Word-dokument), ikke Markdown. Brug "kvalitet import" til at omsætte Word-filer.` };
  }
  if (startsWith(0x25, 0x50, 0x44, 0x46)) {
    return { ok: false, message: `${file}: filen er en PDF, ikke Markdown. Brug "kvalitet import" til at omsætte PDF-filer.` };
  }
  if (startsWith(0xd0, 0xcf, 0x11, 0xe0)) {
    return { ok: false, message: `${file}: filen er et gammelt Word-dokument (.doc). Gem det som .docx i Word, og brug derefter "kvalitet import".` };
  }
  if (startsWith(0xff, 0xfe) || startsWith(0xfe, 0xff)) {
    const le = bytes[0] === 0xff;
    const text = new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2));
    return { ok: true, text, diagnostics };
  }
  const bom = startsWith(0xef, 0xbb, 0xbf);
  const body = bom ? bytes.subarray(3) : bytes;
  const marked = bom ? { bom: true as const } : {};
  const buffer = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  if (buffer.indexOf(0) !== -1) {
    const sample = head(8).map((b) => b.toString(16).padStart(2, '0')).join(' ');
    return { ok: false, message: `${file}: filen indeholder binære data (begynder med ${sample}) og kan ikke læses som tekst.` };
  }
  // isUtf8 and toString are native (simdutf): a third of the time TextDecoder's fatal mode took.
  if (isUtf8(body)) return { ok: true, text: buffer.toString('utf8'), diagnostics, ...marked };
  diagnostics.push({
    ruleId: 'parse/encoding',
    source: '@kvalitet/parser',
    severity: 'warning',
    messageId: 'notUtf8',
    message: 'Filen er ikke gemt som UTF-8 og er læst som Latin-1 (Windows-1252); gem den som UTF-8, så æ, ø og å altid vises rigtigt.',
    file,
  });
  return { ok: true, text: new TextDecoder('windows-1252').decode(body), diagnostics, ...marked };
}

/** The Danish reason a file cannot be opened. */
function openFailure(path: string, error: unknown): ReadResult {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return { ok: false, message: `${path}: filen findes ikke.` };
  if (code === 'EISDIR') return { ok: false, message: `${path}: er en mappe, ikke en fil.` };
  if (code === 'EACCES' || code === 'EPERM') return { ok: false, message: `${path}: du har ikke adgang til at læse filen.` };
  return { ok: false, message: `${path}: filen kan ikke åbnes (${code ?? String(error)}).` };
}

/** Size and kind checks before the bytes are read; undefined when the file may be read. */
function refuse(path: string, stat: { size: number; isDirectory(): boolean }, limit: number): ReadResult | undefined {
  if (stat.isDirectory()) return { ok: false, message: `${path}: er en mappe, ikke en fil.` };
  if (stat.size > limit) {
    return { ok: false, message: `${path}: filen er for stor (${formatBytes(stat.size)}); en kvalitetsstandard må højst fylde ${formatBytes(limit)}.` };
  }
  return undefined;
}

/** Reads and decodes a Markdown file; never throws for a user's file, only reports. */
export async function readTextFile(path: string, options: { maxBytes?: number } = {}): Promise<ReadResult> {
  const limit = options.maxBytes ?? maxFileBytes;
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    return openFailure(path, error);
  }
  try {
    return refuse(path, await handle.stat(), limit) ?? decodeText(await handle.readFile(), path);
  } finally {
    await handle.close();
  }
}

/** The same as readTextFile, synchronously (for worker loops that read file after file). */
export function readTextFileSync(path: string, options: { maxBytes?: number } = {}): ReadResult {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    return openFailure(path, error);
  }
  try {
    return refuse(path, fstatSync(fd), options.maxBytes ?? maxFileBytes) ?? decodeText(readFileSync(fd), path);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes a file atomically: the content goes to a temporary file beside the target and is
 * renamed over it, so an interrupted run never leaves a half-written standard or document.
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array, options: { /** Flush to disk before the rename (default); a cache that may be lost can skip it. */ durable?: boolean } = {}): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  const handle = await open(tmp, 'wx');
  try {
    await handle.writeFile(content);
    if (options.durable !== false) await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(tmp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}
