// Reading a generated .docx back: unzip it and walk word/document.xml as XML.
import { unzipSync } from 'fflate';
import { DOMParser, type Element } from '@xmldom/xmldom';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** One run of text with the marks a reader sees. */
export interface Run {
  text: string;
  color?: string;
  strike: boolean;
  /** "ins" or "del" when the run sits in a Word revision. */
  revision?: 'ins' | 'del';
  author?: string;
  date?: string;
  paragraph: number;
}

/** The files of a .docx (throws if it is not a zip). */
export function unzipDocx(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([k, v]) => [k, new TextDecoder().decode(v)]));
}

/** All runs of the document body in order, with colour, strike and revision. */
export function runsOf(documentXml: string): Run[] {
  const doc = new DOMParser().parseFromString(documentXml, 'text/xml');
  const paragraphs = Array.from(doc.getElementsByTagNameNS(W, 'p'));
  const runs: Run[] = [];
  paragraphs.forEach((p, pi) => {
    for (const r of Array.from(p.getElementsByTagNameNS(W, 'r'))) {
      const texts = [
        ...Array.from(r.getElementsByTagNameNS(W, 't')),
        ...Array.from(r.getElementsByTagNameNS(W, 'delText')),
      ];
      const text = texts.map((t) => t.textContent ?? '').join('');
      if (!text) continue;
      const rPr = r.getElementsByTagNameNS(W, 'rPr')[0];
      const color = rPr?.getElementsByTagNameNS(W, 'color')[0]?.getAttributeNS(W, 'val') ?? undefined;
      const strike = (rPr?.getElementsByTagNameNS(W, 'strike').length ?? 0) > 0;
      const parent = r.parentNode as Element | null;
      const revision =
        parent?.localName === 'ins' || parent?.localName === 'del' ? (parent.localName as 'ins' | 'del') : undefined;
      runs.push({
        text,
        ...(color ? { color } : {}),
        strike,
        ...(revision
          ? {
              revision,
              author: parent!.getAttributeNS(W, 'author') ?? '',
              date: parent!.getAttributeNS(W, 'date') ?? '',
            }
          : {}),
        paragraph: pi,
      });
    }
  });
  return runs;
}

/** The plain text of every paragraph. */
export function paragraphTexts(documentXml: string): string[] {
  const doc = new DOMParser().parseFromString(documentXml, 'text/xml');
  return Array.from(doc.getElementsByTagNameNS(W, 'p')).map((p) =>
    [...Array.from(p.getElementsByTagNameNS(W, 't')), ...Array.from(p.getElementsByTagNameNS(W, 'delText'))]
      .map((t) => t.textContent ?? '')
      .join(''),
  );
}
