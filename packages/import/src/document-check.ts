// Is this text a document? A standard is Danish prose with headings and lists; source code and
// data files (a Python script, JSON, CSV, XML, a web page, RTF) are text too, but importing them
// makes a "standard" of nonsense. The check reads lines: those that look like code or data
// against those that read as Danish sentences.
import { ImportError } from './safety.js';

/** Short words that nearly every Danish sentence has. */
const danishWords = new Set(
  'og i at er til for med af på den det de du der som kan har en et vi ikke skal eller om så vil bliver fra efter ved hvis når din dit dine sig sin sit sine man være blive have kommunen borgeren støtte'.split(
    ' ',
  ),
);

const codeLine = [
  /^\s*(?:import|from|export|def|class|function|const|let|var|return|if|elif|else|for|while|try|except|catch|finally|public|private|static|void|int|package|using|namespace|#include|#!|print|async|await|module|require)\b.*(?:[:;{}()=]|\bimport\b)/u,
  /[;{}]\s*$/u,
  /^\s*[\w.[\]'"]+\s*(?:[+\-*/]?=|:=)\s*\S/u,
  /\b\w+\.\w+\(.*\)/u,
  /^\s*(?:\)|\]|\}|\/\/|\/\*|\*\/|--|#\s*\w+\s*=)/u,
  /=>|->|::|&&|\|\||!==?|===|\+\+/u,
];
/** A line of data: JSON, XML, or several short fields with separators. */
const dataLine = (line: string): boolean => {
  const t = line.trim();
  if (/^[{}[\]],?$/.test(t) || /^"[^"]*"\s*:/.test(t) || /^<\/?[\w:.-]+(?:\s[^>]*)?\/?>/.test(t) || /^<\?xml/.test(t))
    return true;
  for (const sep of [';', '\t', ',', '|']) {
    const fields = t.split(sep);
    if (fields.length < 3) continue;
    if (sep === '|' && /^\|/.test(t)) continue; // a Markdown table row belongs in a document
    const short = fields.filter((f) => f.trim().split(/\s+/).length <= 3).length;
    const numeric = fields.filter((f) => /^\s*-?[\d.,:%]+\s*$/.test(f) || /^\s*"?[\w-]*"?\s*$/.test(f)).length;
    if (short === fields.length && numeric * 2 >= fields.length) return true;
  }
  return false;
};
/** A line that reads as a Danish sentence: words, mostly letters, and a common Danish word. */
const sentenceLine = (line: string): boolean => {
  const t = line.trim();
  const words = t.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 4) return false;
  const letters = (t.match(/[\p{L}\s]/gu) ?? []).length / t.length;
  if (letters < 0.8) return false;
  return words.some((w) => danishWords.has(w.toLocaleLowerCase('da').replace(/[^\p{L}]/gu, '')));
};

/** Refuses text that is not a document by its content, with a Danish reason naming the file. */
export function checkIsDocument(text: string, file: string): void {
  const head = text.slice(0, 2000).trimStart();
  if (/^\{\\rtf/.test(head))
    throw new ImportError(
      `${file}: filen er i RTF-format, som ikke kan importeres; åbn den i Word, gem den som .docx, og prøv igen.`,
    );
  if (/^(?:<!doctype html|<html\b)/i.test(head)) {
    throw new ImportError(
      `${file}: filen er en webside (HTML), ikke en kvalitetsstandard i Word, PDF eller tekst; gem siden som tekst eller som PDF fra browseren, og prøv igen.`,
    );
  }
  // Front matter of a Markdown standard is YAML; it says nothing either way.
  const body = text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  const lines = body
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(0, 2000);
  if (lines.length === 0) return;
  if (!/\p{L}{2,}/u.test(body))
    throw new ImportError(
      `${file}: filen indeholder ingen ord, kun tal og tegn; den ligner ikke en kvalitetsstandard og kan ikke importeres.`,
    );
  let code = 0;
  let data = 0;
  let sentences = 0;
  for (const l of lines) {
    if (sentenceLine(l) && !/[;{}]\s*$/.test(l) && !/\w\.\w+\(/.test(l)) sentences++;
    else if (dataLine(l)) data++;
    else if (codeLine.some((re) => re.test(l))) code++;
  }
  const n = lines.length;
  if (code + data >= n * 0.3 && code + data > sentences * 2) {
    const what = code >= data ? 'programkode' : 'data (fx CSV, JSON eller XML)';
    throw new ImportError(
      `${file}: filen ligner ${what} og ikke en kvalitetsstandard (${code + data} af ${n} linjer er ${code >= data ? 'kode' : 'data'}, ${sentences} ${sentences === 1 ? 'linje' : 'linjer'} med danske sætninger); den importeres ikke. Importér standarden som Word (.docx), PDF eller tekst.`,
    );
  }
}
