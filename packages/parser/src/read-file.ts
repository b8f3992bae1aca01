// Reading a standard from disk (size limit, binary detection, text encodings) and writing
// one back atomically.
// Administrators' files come from Word, old intranets and e-mail; we accept UTF-8 (with or
// without BOM), UTF-16 with BOM, and fall back to Windows-1252/Latin-1 with a warning.
import { isUtf8 } from 'node:buffer';
import { closeSync, constants as fsConstants, fstatSync, openSync, readFileSync } from 'node:fs';
import { copyFile, type FileHandle, link, lstat, open, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import type { Diagnostic } from '@kvalitet/model';

/** Largest file we read as a standard: real standards are 5–60 KB. */
export const maxFileBytes = 5 * 1024 * 1024;

/** Outcome of reading a file: its text and any warnings, or a Danish reason it cannot be read. */
export type ReadResult =
  | {
      ok: true;
      text: string;
      diagnostics: Diagnostic[] /** The file began with a UTF-8 byte-order mark (not part of `text`); a rewrite should keep it. */;
      bom?: true /** Set when the file is not UTF-8: a rewrite in UTF-8 would change its encoding. */;
      encoding?: 'UTF-16' | 'Latin-1';
    }
  | { ok: false; message: string };

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toLocaleString('da-DK', { maximumFractionDigits: 1 })} MB`;
  return `${Math.ceil(n / 1024).toLocaleString('da-DK')} KB`;
}

/**
 * A size in Danish (KB or MB). Given the limit it is compared with, a size just over the limit
 * is shown in KB, so the message never reads "for stor (5 MB) … højst 5 MB".
 */
export function formatSize(n: number, limit?: number): string {
  const text = formatBytes(n);
  if (limit !== undefined && n > limit && text === formatBytes(limit))
    return `${Math.ceil(n / 1024).toLocaleString('da-DK')} KB`;
  return text;
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
    return {
      ok: false,
      message: `${file}: filen er en zip-fil (fx et Word-dokument), ikke Markdown. Brug "kvalitet import" til at omsætte Word-filer.`,
    };
  }
  if (startsWith(0x25, 0x50, 0x44, 0x46)) {
    return {
      ok: false,
      message: `${file}: filen er en PDF, ikke Markdown. Brug "kvalitet import" til at omsætte PDF-filer.`,
    };
  }
  if (startsWith(0xd0, 0xcf, 0x11, 0xe0)) {
    return {
      ok: false,
      message: `${file}: filen er et gammelt Word-dokument (.doc). Gem det som .docx i Word, og brug derefter "kvalitet import".`,
    };
  }
  if (startsWith(0xff, 0xfe) || startsWith(0xfe, 0xff)) {
    const le = bytes[0] === 0xff;
    const text = new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2));
    return { ok: true, text, diagnostics, encoding: 'UTF-16' };
  }
  const bom = startsWith(0xef, 0xbb, 0xbf);
  const body = bom ? bytes.subarray(3) : bytes;
  const marked = bom ? { bom: true as const } : {};
  const buffer = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const utf16 = utf16WithoutBom(body);
  if (utf16) {
    return {
      ok: false,
      message: `${file}: filen er gemt som UTF-16 (${utf16}) uden byte-order-mærke og kan ikke læses sikkert; gem den som UTF-8.`,
    };
  }
  if (buffer.indexOf(0) !== -1) {
    const sample = head(8)
      .map((b) => b.toString(16).padStart(2, '0'))
      .join(' ');
    return {
      ok: false,
      message: `${file}: filen indeholder binære data (begynder med ${sample}) og kan ikke læses som tekst.`,
    };
  }
  // isUtf8 and toString are native (simdutf): a third of the time TextDecoder's fatal mode took.
  if (isUtf8(body)) return { ok: true, text: buffer.toString('utf8'), diagnostics, ...marked };
  diagnostics.push({
    ruleId: 'parse/encoding',
    source: '@kvalitet/parser',
    severity: 'warning',
    messageId: 'notUtf8',
    message:
      'Filen er ikke gemt som UTF-8 og er læst som Latin-1 (Windows-1252); gem den som UTF-8, så æ, ø og å altid vises rigtigt.',
    file,
  });
  return { ok: true, text: new TextDecoder('windows-1252').decode(body), diagnostics, ...marked, encoding: 'Latin-1' };
}

/**
 * 'little-endian' or 'big-endian' when the bytes look like UTF-16 text without a byte-order mark:
 * in the first 4 KB, most bytes at odd (little-endian) or even (big-endian) positions are 0.
 */
function utf16WithoutBom(bytes: Uint8Array): string | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.6 && even < pairs * 0.1) return 'little-endian';
  if (even > pairs * 0.6 && odd < pairs * 0.1) return 'big-endian';
  return undefined;
}

/** The Danish reason a file cannot be opened. */
function openFailure(path: string, error: unknown): ReadResult {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return { ok: false, message: `${path}: filen findes ikke.` };
  if (code === 'EISDIR') return { ok: false, message: `${path}: er en mappe, ikke en fil.` };
  if (code === 'EACCES' || code === 'EPERM')
    return { ok: false, message: `${path}: du har ikke adgang til at læse filen.` };
  return { ok: false, message: `${path}: filen kan ikke åbnes (${code ?? String(error)}).` };
}

/** Opened without blocking, so a FIFO or device named .md cannot hang the run; refused below as not a regular file. */
const openFlags = fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0);

/** Size and kind checks before the bytes are read; undefined when the file may be read. */
function refuse(
  path: string,
  stat: { size: number; isDirectory(): boolean; isFile(): boolean },
  limit: number,
): ReadResult | undefined {
  if (stat.isDirectory()) return { ok: false, message: `${path}: er en mappe, ikke en fil.` };
  if (!stat.isFile())
    return {
      ok: false,
      message: `${path}: er ikke en almindelig fil (fx en navngiven pipe eller en enhed) og kan ikke læses som en standard.`,
    };
  if (stat.size > limit) {
    return {
      ok: false,
      message: `${path}: filen er for stor (${formatSize(stat.size, limit)}); en kvalitetsstandard må højst fylde ${formatSize(limit)}.`,
    };
  }
  return undefined;
}

/** Reads and decodes a Markdown file; never throws for a user's file, only reports. */
export async function readTextFile(path: string, options: { maxBytes?: number } = {}): Promise<ReadResult> {
  const limit = options.maxBytes ?? maxFileBytes;
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, openFlags);
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
    fd = openSync(path, openFlags);
  } catch (error) {
    return openFailure(path, error);
  }
  try {
    return refuse(path, fstatSync(fd), options.maxBytes ?? maxFileBytes) ?? decodeText(readFileSync(fd), path);
  } finally {
    closeSync(fd);
  }
}

/** A file could not be written: the message is Danish and names the file. */
export class WriteError extends Error {
  override name = 'WriteError';
  /** The errno code behind it, when there was one. */
  code: string | undefined;
  constructor(message: string, code?: string) {
    super(message);
    this.code = code;
  }
}

/** The Danish reason a write failed. */
function writeFailure(path: string, error: unknown): WriteError {
  if (error instanceof WriteError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT'
      ? `mappen ${dirname(path)} findes ikke`
      : code === 'ENOTDIR'
        ? `${dirname(path)} er ikke en mappe`
        : code === 'EISDIR'
          ? 'der ligger en mappe med det navn'
          : code === 'EACCES' || code === 'EPERM'
            ? 'du har ikke adgang til at skrive i mappen'
            : code === 'EROFS'
              ? 'mappen ligger på et skrivebeskyttet drev'
              : code === 'ENOSPC' || code === 'EDQUOT'
                ? 'der er ikke plads på drevet'
                : `skrivningen mislykkedes (${code ?? String((error as Error)?.message ?? error)})`;
  return new WriteError(`${path}: kan ikke gemmes: ${reason}.`, code);
}

/** Options for writeFileAtomic. */
export interface WriteOptions {
  /** Flush to disk before the rename (default); a cache that may be lost can skip it. */
  durable?: boolean;
  /** A symlink is written through to its target only when the target lies inside this folder (default: the link's own folder). */
  root?: string;
  /**
   * The file must not exist yet: it is created complete under its name, or not at all when a file,
   * folder or link has that name (a WriteError with code EEXIST). Never overwrites.
   */
  exclusive?: boolean;
}

const within = (root: string, path: string) => path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);

/**
 * Creates the temporary file a write of `target` goes through, beside it:
 * ".NAME.PID.MILLISECONDS.tmp", the name removeStaleTempFiles (in @kvalitet/node) knows. Never
 * reuses a name: when another writer in this process took the millisecond, the next one is tried.
 */
async function openTemp(path: string, target: string, mode: number): Promise<{ tmp: string; handle: FileHandle }> {
  for (let stamp = Date.now(); ; stamp++) {
    const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${stamp}.tmp`);
    try {
      return { tmp, handle: await open(tmp, 'wx', mode) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw writeFailure(path, error);
    }
  }
}

/**
 * Writes a file atomically: the content goes to a temporary file beside the target and is
 * renamed over it, so an interrupted run never leaves a half-written standard or document.
 * An existing file keeps its permissions (and owner, when we may set it); a read-only file is
 * refused; a symlink is written through to its target (which must lie inside `root`), so the
 * link stays a link. Failures are WriteErrors with a Danish message.
 */
export async function writeFileAtomic(
  path: string,
  content: string | Uint8Array,
  options: WriteOptions = {},
): Promise<void> {
  if (options.exclusive) return writeNewFileAtomic(path, content, options);
  let target = path;
  const link = await lstat(path).catch(() => undefined);
  if (link?.isSymbolicLink()) {
    const real = await realpath(path).catch(() => undefined);
    if (real === undefined)
      throw new WriteError(`${path}: kan ikke gemmes: filen er et link til en fil, der ikke findes.`);
    const root = await realpath(options.root ?? dirname(path)).catch(() => resolve(options.root ?? dirname(path)));
    if (!within(root, real))
      throw new WriteError(`${path}: kan ikke gemmes: filen er et link til ${real}, som ligger uden for ${root}.`);
    target = real;
  }
  const existing = await stat(target).catch(() => undefined);
  if (existing && !existing.isFile()) {
    throw new WriteError(
      `${path}: kan ikke gemmes: ${existing.isDirectory() ? 'der ligger en mappe med det navn' : 'det er ikke en almindelig fil'}.`,
    );
  }
  if (existing && (existing.mode & 0o222) === 0)
    throw new WriteError(`${path}: kan ikke gemmes: filen er skrivebeskyttet.`, 'EACCES');
  const { tmp, handle } = await openTemp(path, target, existing ? existing.mode & 0o7777 : 0o666);
  try {
    if (existing) {
      await handle.chmod(existing.mode & 0o7777);
      if (process.getuid?.() === 0) await handle.chown(existing.uid, existing.gid).catch(() => undefined);
    }
    await handle.writeFile(content);
    if (options.durable !== false) await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(tmp, { force: true });
    throw writeFailure(path, error);
  }
  await handle.close();
  try {
    await rename(tmp, target);
  } catch (error) {
    await rm(tmp, { force: true });
    throw writeFailure(path, error);
  }
}

/** The refusal when an exclusive write finds its name taken. */
const taken = (path: string) =>
  new WriteError(`${path}: kan ikke gemmes: der findes allerede en fil med det navn.`, 'EEXIST');

/**
 * writeFileAtomic with `exclusive`: the content goes to a temporary file beside the target, which
 * is then hard-linked under the target's name. link() fails when the name exists, so a file
 * created meanwhile is never overwritten, and the name never shows a half-written file. Where
 * the file system has no hard links, the temporary file is copied with "fail if it exists".
 */
async function writeNewFileAtomic(path: string, content: string | Uint8Array, options: WriteOptions): Promise<void> {
  if (await lstat(path).catch(() => undefined)) throw taken(path);
  const temp = await openTemp(path, path, 0o666);
  const { tmp } = temp;
  let handle: FileHandle | undefined = temp.handle;
  try {
    await handle.writeFile(content);
    if (options.durable !== false) await handle.sync();
    await handle.close();
    handle = undefined;
    try {
      await link(tmp, path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw taken(path);
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EXDEV') throw error;
      await copyFile(tmp, path, fsConstants.COPYFILE_EXCL).catch((copyError: unknown) => {
        throw (copyError as NodeJS.ErrnoException).code === 'EEXIST' ? taken(path) : copyError;
      });
    }
  } catch (error) {
    throw writeFailure(path, error);
  } finally {
    await handle?.close();
    await rm(tmp, { force: true });
  }
}
