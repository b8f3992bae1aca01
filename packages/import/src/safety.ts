// Reading untrusted Word files safely: size limits, zip bombs, encrypted files and XML entity
// tricks are refused with a Danish reason before any converter sees the bytes.
import { unzipSync } from 'fflate';

/** Largest input file we import. */
export const maxImportBytes = 25 * 1024 * 1024;
/** Largest total size the parts of a .docx may unpack to. */
export const maxUnpackedBytes = 100 * 1024 * 1024;
/** Largest ratio between a part's unpacked and packed size (DEFLATE manages ~1000; real Word files ~20). */
export const maxRatio = 200;

/** A problem with an input file; the message is Danish and names the file. */
export class ImportError extends Error {
  override name = 'ImportError';
}

/** Refuses an input larger than maxImportBytes, before or after it is read. */
export function checkImportSize(file: string, size: number): void {
  if (size > maxImportBytes) throw new ImportError(`${file}: filen er for stor (${(size / 1024 / 1024).toFixed(1).replace('.', ',')} MB); grænsen er ${maxImportBytes / 1024 / 1024} MB.`);
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

/** Unpacks the parts of a .docx that we read, refusing bombs and files that are not Word documents. */
export function unpackDocx(bytes: Uint8Array, file: string): Record<string, Uint8Array> {
  let total = 0;
  let count = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        count++;
        if (count > 5000) throw new ImportError(`${file}: zip-filen har over 5.000 dele og ligner ikke et Word-dokument.`);
        total += f.originalSize;
        if (total > maxUnpackedBytes) throw new ImportError(`${file}: filen pakker sig ud til mere end ${maxUnpackedBytes / 1024 / 1024} MB og afvises (mulig zip-bombe).`);
        if (f.size > 0 && f.originalSize / f.size > maxRatio && f.originalSize > 1024 * 1024) {
          throw new ImportError(`${file}: delen ${f.name} er pakket usædvanligt hårdt (${Math.round(f.originalSize / f.size)}:1) og afvises (mulig zip-bombe).`);
        }
        return /^(\[Content_Types\]\.xml|word\/.*\.(xml|rels)|_rels\/\.rels|docProps\/.*\.xml)$/.test(f.name);
      },
    });
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(`${file}: filen er ikke en gyldig Word-fil (zip-arkivet kan ikke læses: ${(error as Error).message}).`);
  }
  if (!files['word/document.xml']) throw new ImportError(`${file}: zip-filen indeholder ikke et Word-dokument (word/document.xml mangler). Er det en .xlsx, .pptx eller en anden zip-fil?`);
  for (const [name, data] of Object.entries(files)) {
    const head = new TextDecoder().decode(data.subarray(0, 4096));
    if (/<!DOCTYPE|<!ENTITY/i.test(head)) throw new ImportError(`${file}: delen ${name} indeholder en DOCTYPE/ENTITY-erklæring, som Word aldrig skriver; filen afvises af sikkerhedshensyn.`);
  }
  return files;
}
