// PDF → text lines with unpdf (PDF.js), then the plain-text path. Lines are rebuilt from the
// positions of the text items; a vertical gap larger than a line means a blank line, and a new
// page a page break, as text extraction tools give them.
import { getDocumentProxy } from 'unpdf';

interface Item {
  str: string;
  x: number;
  y: number;
  height: number;
  width: number;
}

/** Extracts the text of a PDF as lines, with blank lines for paragraph gaps and \f between pages. */
export async function pdfToText(bytes: Uint8Array): Promise<{ text: string; pages: number }> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    const items: Item[] = [];
    for (const raw of content.items) {
      if (!('str' in raw) || raw.str === '') continue;
      items.push({ str: raw.str, x: raw.transform[4] as number, y: raw.transform[5] as number, height: Math.abs((raw.transform[3] as number) || raw.height), width: raw.width });
    }
    // Group into lines by baseline, top to bottom, left to right.
    items.sort((a, b) => b.y - a.y || a.x - b.x);
    const lines: Array<{ y: number; height: number; parts: Item[] }> = [];
    for (const it of items) {
      const line = lines.find((l) => Math.abs(l.y - it.y) <= Math.max(2, it.height * 0.3));
      if (line) line.parts.push(it);
      else lines.push({ y: it.y, height: it.height, parts: [it] });
    }
    lines.sort((a, b) => b.y - a.y);
    const out: string[] = [];
    let prevY: number | undefined;
    let prevH = 0;
    for (const l of lines) {
      l.parts.sort((a, b) => a.x - b.x);
      let text = '';
      let end = -Infinity;
      for (const p of l.parts) {
        if (text !== '' && p.x - end > p.height * 0.15 && !text.endsWith(' ') && !p.str.startsWith(' ')) text += ' ';
        text += p.str;
        end = p.x + p.width;
      }
      if (prevY !== undefined && prevY - l.y > Math.max(prevH, l.height) * 1.6) out.push('');
      out.push(text);
      prevY = l.y;
      prevH = l.height;
    }
    pages.push(out.join('\n'));
    page.cleanup();
  }
  await pdf.destroy();
  return { text: pages.join('\n\f\n'), pages: pdf.numPages };
}
