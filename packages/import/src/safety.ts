// Reading untrusted Word files safely: size limits, zip bombs, encrypted files and XML entity
// tricks are refused with a Danish reason before any converter sees the bytes.
import { inflateRawSync } from 'node:zlib';
import { zipSync } from 'fflate';

/** Largest input file we import. */
const maxImportBytes = 25 * 1024 * 1024;
/** Largest total size the parts of a .docx we read may unpack to (counted as they inflate). */
const maxUnpackedBytes = 50 * 1024 * 1024;
/** Largest ratio between a part's unpacked and packed size (DEFLATE manages ~1000; real Word files ~20). */
const maxRatio = 200;

/** A problem with an input file; the message is Danish and names the file. */
export class ImportError extends Error {
  override name = 'ImportError';
}

/** Refuses an input larger than maxImportBytes, before or after it is read. */
export function checkImportSize(file: string, size: number): void {
  if (size > maxImportBytes)
    throw new ImportError(
      `${file}: filen er for stor (${(size / 1024 / 1024).toFixed(1).replace('.', ',')} MB); grænsen er ${maxImportBytes / 1024 / 1024} MB.`,
    );
}

/** What kind of file the bytes are, from their first bytes. */
export function sniff(bytes: Uint8Array): 'zip' | 'pdf' | 'ole' | 'text' | 'binary' {
  const at = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (at(0x50, 0x4b, 0x03, 0x04) || at(0x50, 0x4b, 0x05, 0x06)) return 'zip';
  if (at(0x25, 0x50, 0x44, 0x46)) return 'pdf';
  if (at(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'ole';
  const head = bytes.subarray(0, 4096);
  const utf16 = at(0xff, 0xfe) || at(0xfe, 0xff);
  if (!utf16 && head.includes(0)) return 'binary';
  return 'text';
}

/** The parts of a .docx the Word reader reads; nothing else is unpacked or handed on. */
const readParts = /^(\[Content_Types\]\.xml|word\/.*\.(xml|rels)|_rels\/\.rels|docProps\/.*\.xml)$/;

/** One entry of a zip's central directory. */
interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  localOffset: number;
}

/** Reads the central directory (the index a Word reader follows); throws a plain Error on damage. */
function centralDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error('slutningen af zip-arkivet mangler');
  const count = view.getUint16(end + 10, true);
  const offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff) throw new Error('zip64-arkiver bruges ikke af Word');
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50)
      throw new Error('indholdsfortegnelsen er beskadiget');
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    entries.push({
      name: new TextDecoder(flags & 0x800 ? 'utf-8' : 'latin1').decode(nameBytes),
      method: view.getUint16(at + 10, true),
      flags,
      compressedSize: view.getUint32(at + 20, true),
      localOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** The compressed bytes of an entry, found through its local header. */
function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) throw new Error(`delen ${entry.name} mangler`);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) throw new Error(`delen ${entry.name} er afkortet`);
  return bytes.subarray(start, start + entry.compressedSize);
}

/**
 * Inflates one part with zlib, which counts the bytes it actually produces (the sizes in the
 * zip's headers are not trusted) and stops as soon as `limit` is passed: undefined then.
 */
function inflateCounted(data: Uint8Array, limit: number): Uint8Array | undefined {
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, limit), chunkSize: 256 * 1024 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return undefined;
    throw new Error('en del er beskadiget');
  }
}

/**
 * Unpacks the parts of a .docx that we read, refusing bombs and files that are not Word documents.
 * The limits hold on the bytes actually inflated, counted as they are produced.
 */
export function unpackDocx(bytes: Uint8Array, file: string): Record<string, Uint8Array> {
  const bomb = () =>
    new ImportError(
      `${file}: filen pakker sig ud til mere end ${maxUnpackedBytes / 1024 / 1024} MB og afvises (mulig zip-bombe).`,
    );
  let total = 0;
  const files: Record<string, Uint8Array> = {};
  try {
    const entries = centralDirectory(bytes);
    if (entries.length > 5000)
      throw new ImportError(`${file}: zip-filen har over 5.000 dele og ligner ikke et Word-dokument.`);
    for (const entry of entries) {
      if (!readParts.test(entry.name)) continue;
      if (entry.flags & 1)
        throw new ImportError(
          `${file}: delen ${entry.name} er krypteret; gem dokumentet uden adgangskode i Word, og prøv igen.`,
        );
      if (files[entry.name] !== undefined) throw new Error(`delen ${entry.name} findes to gange`);
      const data = entryData(bytes, entry);
      let part: Uint8Array;
      if (entry.method === 0) {
        if (total + data.length > maxUnpackedBytes) throw bomb();
        part = data.slice();
      } else if (entry.method === 8) {
        // A part may grow to the remaining budget, and to at most maxRatio times its packed size once past 1 MB.
        const remaining = maxUnpackedBytes - total;
        const ratioCap = Math.max(1024 * 1024, maxRatio * data.length);
        const inflated = inflateCounted(data, Math.min(remaining, ratioCap));
        if (inflated === undefined) {
          if (ratioCap < remaining)
            throw new ImportError(
              `${file}: delen ${entry.name} er pakket usædvanligt hårdt (over ${maxRatio}:1) og afvises (mulig zip-bombe).`,
            );
          throw bomb();
        }
        part = inflated;
      } else {
        throw new Error(`delen ${entry.name} er pakket med en ukendt metode (${entry.method})`);
      }
      total += part.length;
      files[entry.name] = part;
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(
      `${file}: filen er ikke en gyldig Word-fil (zip-arkivet kan ikke læses: ${(error as Error).message}).`,
    );
  }
  if (!files['word/document.xml'])
    throw new ImportError(
      `${file}: zip-filen indeholder ikke et Word-dokument (word/document.xml mangler). Er det en .xlsx, .pptx eller en anden zip-fil?`,
    );
  for (const [name, data] of Object.entries(files)) {
    // The whole part, not its first bytes: a declaration may stand anywhere before the root element.
    if (declaresDoctype(data))
      throw new ImportError(
        `${file}: delen ${name} indeholder en DOCTYPE/ENTITY-erklæring, som Word aldrig skriver; filen afvises af sikkerhedshensyn.`,
      );
  }
  return files;
}

/** Whether XML bytes contain a DOCTYPE or ENTITY declaration anywhere (any case; UTF-8 or UTF-16). */
function declaresDoctype(data: Uint8Array): boolean {
  const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const utf16 = (data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff);
  const text = utf16
    ? new TextDecoder(data[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(data)
    : buffer.toString('latin1');
  return /<!\s*(DOCTYPE|ENTITY)/i.test(text);
}

/**
 * Packs the checked parts into a new, uncompressed zip for the Word reader, so it reads exactly
 * the bytes that passed the checks and never unpacks the original archive itself.
 */
export function repackDocx(parts: Record<string, Uint8Array>): Uint8Array {
  return zipSync(parts, { level: 0 });
}
