// Deterministic .docx output: `docx` stamps the current time into docProps/core.xml and into
// every zip entry. For byte-identical output from identical input, both are set to a fixed
// date (the document's own, or one given by the user).
import { unzipSync, zipSync, type Zippable } from 'fflate';

/** The date a document gets when none is given: fixed, so the same input gives the same bytes. */
export const fixedDocxDate = '2000-01-01T00:00:00Z';

/** Rewrites the timestamps of a .docx to `isoDate` and returns the new bytes. */
export function normaliseDocx(bytes: Uint8Array, isoDate: string): Uint8Array {
  const when = new Date(isoDate);
  if (Number.isNaN(when.getTime())) throw new Error(`Invalid date "${isoDate}"`);
  const stamp = when.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const files = unzipSync(bytes);
  const core = files['docProps/core.xml'];
  if (core) {
    const xml = new TextDecoder().decode(core).replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${stamp}$3`);
    files['docProps/core.xml'] = new TextEncoder().encode(xml);
  }
  // The zip format stores local time from 1980 on; clamp older dates.
  const mtime = when.getTime() < Date.UTC(1980, 0, 2) ? new Date(Date.UTC(1980, 0, 2)) : when;
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(files)) zippable[name] = [data, { mtime, level: 6 }];
  return zipSync(zippable);
}
