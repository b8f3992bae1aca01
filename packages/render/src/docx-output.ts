// Deterministic .docx output: `docx` stamps the current time into docProps/core.xml and into
// every zip entry, and names hyperlink relationships with random ids. For byte-identical output
// from identical input, the times are set to a fixed date (the document's own, or one given by
// the user) and the random ids are renamed in order of appearance.
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { today } from '@kvalitet/language';

/**
 * The date a document and its tracked changes get when none is given: $SOURCE_DATE_EPOCH (seconds,
 * the reproducible-builds convention) when it is set, else today's date in Denmark at midnight UTC. The same input
 * on the same day, or with the same --date or SOURCE_DATE_EPOCH, gives the same bytes.
 */
export function documentDate(env: Record<string, string | undefined> = process.env, now: Date = new Date()): string {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && /^\d+$/.test(epoch.trim()))
    return new Date(Number(epoch.trim()) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return `${today(now)}T00:00:00Z`;
}

/** Rewrites the timestamps of a .docx to `isoDate` and returns the new bytes. */
export function normaliseDocx(bytes: Uint8Array, isoDate: string): Uint8Array {
  const when = new Date(isoDate);
  if (Number.isNaN(when.getTime())) throw new Error(`Invalid date "${isoDate}"`);
  const stamp = when.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const files = unzipSync(bytes);
  const core = files['docProps/core.xml'];
  if (core) {
    const xml = new TextDecoder()
      .decode(core)
      .replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${stamp}$3`);
    files['docProps/core.xml'] = new TextEncoder().encode(xml);
  }
  renameRandomRelationshipIds(files);
  // The zip format stores local time from 1980 on; clamp older dates.
  const mtime = when.getTime() < Date.UTC(1980, 0, 2) ? new Date(Date.UTC(1980, 0, 2)) : when;
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(files)) zippable[name] = [data, { mtime, level: 6 }];
  return zipSync(zippable);
}

/** Gives relationships that are not named rId<number> the ids rIdLink1, rIdLink2 … in every part that uses them. */
function renameRandomRelationshipIds(files: Record<string, Uint8Array>): void {
  const decoder = new TextDecoder();
  const rels = Object.keys(files).filter((name) => /^word\/_rels\/[^/]+\.rels$/.test(name));
  const random = rels
    .flatMap((name) => [...decoder.decode(files[name]).matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]!))
    .filter((id) => !/^rId\d+$/.test(id));
  if (random.length === 0) return;
  const renamed = new Map(random.map((id, k) => [id, `rIdLink${k + 1}`]));
  const quoted = new RegExp(`"(${random.map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})"`, 'g');
  for (const name of Object.keys(files)) {
    if (!name.startsWith('word/') || !/\.(xml|rels)$/.test(name)) continue;
    const xml = decoder.decode(files[name]);
    const next = xml.replace(quoted, (_, id: string) => `"${renamed.get(id)}"`);
    if (next !== xml) files[name] = new TextEncoder().encode(next);
  }
}
