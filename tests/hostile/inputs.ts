// Hostile inputs, generated: zip bombs with falsified sizes, deep nesting, long plain text.
// Used by the hostile-input suite and by `npm run bench`.
import { constants, deflateRawSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';

const contentTypes =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const rels =
  '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/** A minimal .docx whose word/document.xml is `documentXml` (already compressed bytes may be given through `raw`). */
export function docx(documentXml: string, extra: Record<string, Uint8Array> = {}): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(contentTypes),
    '_rels/.rels': strToU8(rels),
    'word/document.xml': strToU8(documentXml),
    ...extra,
  });
}

/**
 * Raw DEFLATE of `megabytes` MB of the byte `fill`: one MB compressed once and ended with a sync
 * flush (a byte-aligned, non-final block), repeated, then an empty final block.
 */
function deflateRepeated(megabytes: number, fill: number): Uint8Array {
  const piece = deflateRawSync(new Uint8Array(1024 * 1024).fill(fill), {
    level: 9,
    finishFlush: constants.Z_SYNC_FLUSH,
  });
  const end = deflateRawSync(new Uint8Array(0));
  return concat([...Array.from({ length: megabytes }, () => piece), end]);
}

/**
 * A zip bomb whose headers lie: word/document.xml inflates to `megabytes` MB of spaces, but the
 * local header and the central directory both claim 2 KB.
 */
export function lyingZipBomb(megabytes = 1024): Uint8Array {
  const name = strToU8('word/document.xml');
  const data = deflateRepeated(megabytes, 0x20);
  const small = docx('<w:document/>');
  // Build the entry by hand: local header, data, then a central directory for all entries.
  const local = new Uint8Array(30 + name.length);
  const lv = new DataView(local.buffer);
  lv.setUint32(0, 0x04034b50, true);
  lv.setUint16(4, 20, true);
  lv.setUint16(8, 8, true);
  lv.setUint32(18, data.length, true);
  lv.setUint32(22, 2048, true);
  lv.setUint16(26, name.length, true);
  local.set(name, 30);
  const central = new Uint8Array(46 + name.length);
  const cv = new DataView(central.buffer);
  cv.setUint32(0, 0x02014b50, true);
  cv.setUint16(4, 20, true);
  cv.setUint16(6, 20, true);
  cv.setUint16(10, 8, true);
  cv.setUint32(20, data.length, true);
  cv.setUint32(24, 2048, true);
  cv.setUint16(28, name.length, true);
  cv.setUint32(42, 0, true);
  central.set(name, 46);
  // The two small parts from a real zip, moved after the bomb.
  const parts = readZip(small).filter((p) => p.name !== 'word/document.xml');
  const body: Uint8Array[] = [local, data];
  const centrals: Uint8Array[] = [central];
  let offset = local.length + data.length;
  for (const p of parts) {
    const c = p.central.slice();
    new DataView(c.buffer).setUint32(42, offset, true);
    body.push(p.local);
    centrals.push(c);
    offset += p.local.length;
  }
  const cdSize = centrals.reduce((a, c) => a + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, centrals.length, true);
  ev.setUint16(10, centrals.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  return concat([...body, ...centrals, end]);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((a, c) => a + c.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The entries of a zip made by zipSync (no data descriptors): name, local record (header + data) and central record. */
function readZip(bytes: Uint8Array): Array<{ name: string; local: Uint8Array; central: Uint8Array }> {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (v.getUint32(end, true) !== 0x06054b50) end--;
  const count = v.getUint16(end + 10, true);
  let at = v.getUint32(end + 16, true);
  const out = [];
  for (let i = 0; i < count; i++) {
    const nameLength = v.getUint16(at + 28, true);
    const centralLength = 46 + nameLength + v.getUint16(at + 30, true) + v.getUint16(at + 32, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const lo = v.getUint32(at + 42, true);
    const localLength = 30 + v.getUint16(lo + 26, true) + v.getUint16(lo + 28, true) + v.getUint32(at + 20, true);
    out.push({ name, local: bytes.slice(lo, lo + localLength), central: bytes.slice(at, at + centralLength) });
    at += centralLength;
  }
  return out;
}

/** A standard whose body is `depth` nested list markers on one line ("- - - - …"). */
export const nestedListMarkers = (depth: number) => `# Dyb\n\n${'- '.repeat(depth)}tekst\n`;
/** A standard whose body is a list indented `depth` levels deep, one level per line. */
export const indentedList = (depth: number) =>
  `# Dyb\n\n${Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- punkt ${i}`).join('\n')}\n`;
/** Growing block quotes: line i has i quote markers. */
export const growingQuotes = (lines: number) =>
  `# Citat\n\n${Array.from({ length: lines }, (_, i) => `${'> '.repeat(i + 1)}linje ${i}`).join('\n')}\n`;
/** Square brackets nested `depth` deep ("[[[…]]]"), which the Markdown parser reads in quadratic time. */
export const nestedBrackets = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}\n`;
/** Plain text of `lines` short lines, as pasted from a PDF. */
export const plainLines = (lines: number) =>
  Array.from({ length: lines }, (_, i) =>
    i % 40 === 0 ? `Afsnit ${i / 40 + 1}` : `Borgeren kan få hjælp til praktiske opgaver i hjemmet nummer ${i}.`,
  ).join('\n') + '\n';
