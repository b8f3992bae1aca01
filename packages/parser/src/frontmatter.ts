// YAML frontmatter of a standard. Keys are Danish, since administrators write them:
//
//   ---
//   titel: Kvalitetsstandard for midlertidigt botilbud
//   kommune: Frederikssund Kommune
//   ydelse: Midlertidigt botilbud
//   paragraffer: [SEL § 107]
//   type: kvalitetsstandard        # kvalitetsstandard | plan | andet
//   status: godkendt               # udkast | høring | godkendt | ophævet
//   udvalg: Social- og Sundhedsudvalget
//   godkendt-dato: 2024-06-12
//   gyldig-fra: 2024-07-01
//   version: "2024.2"
//   kilde: { titel: …, url: …, hentet: 2024-05-01, note: … }
//   begrundelse: |
//     Hvorfor standarden ændres (forsiden af ændringsdokumentet).
//   ---
import { parseDocument, isMap, isScalar, LineCounter, type ErrorCode } from 'yaml';
import type { DocumentStatus, DocumentType, LegalReference, Metadata, Source } from '@kvalitet/model';
import { parseParagraphList } from '@kvalitet/model';
import { isIsoDate, isoDateOf } from '@kvalitet/language';

/** Metadata that frontmatter may set (everything but `guessed`). */
export type FrontmatterData = Partial<Omit<Metadata, 'guessed'>>;

/** A frontmatter problem with a 0-based offset range inside the YAML text. */
export interface FrontmatterProblem {
  messageId: 'yamlSyntax' | 'notAMap' | 'unknownKey' | 'invalidValue';
  message: string;
  range?: [number, number];
}

const typeValues: Record<string, DocumentType> = {
  kvalitetsstandard: 'standard',
  standard: 'standard',
  plan: 'plan',
  andet: 'other',
  other: 'other',
};
const statusValues: Record<string, DocumentStatus> = {
  udkast: 'draft',
  draft: 'draft',
  høring: 'consultation',
  'i høring': 'consultation',
  godkendt: 'approved',
  vedtaget: 'approved',
  approved: 'approved',
  ophævet: 'repealed',
  repealed: 'repealed',
};

/** The keys frontmatter accepts, with the Danish description shown in error messages. */
const frontmatterKeys = {
  titel: 'standardens titel',
  kommune: 'kommunens navn',
  ydelse: 'ydelsen standarden handler om',
  paragraffer: 'de paragraffer standarden er udstedt efter, fx [SEL § 85]',
  type: 'kvalitetsstandard, plan eller andet',
  status: 'udkast, høring, godkendt eller ophævet',
  udvalg: 'udvalget der godkender',
  'godkendt-dato': 'datoen for godkendelse, ÅÅÅÅ-MM-DD',
  'gyldig-fra': 'datoen standarden gælder fra, ÅÅÅÅ-MM-DD',
  version: 'versionsbetegnelse',
  kilde: 'kilden (titel, url, hentet, note)',
  begrundelse: 'begrundelsen for ændringen',
} as const;

function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length]![b.length]!;
}

function nearestKey(key: string): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of Object.keys(frontmatterKeys)) {
    const dd = distance(key.toLowerCase(), k);
    if (dd < bestD) [best, bestD] = [k, dd];
  }
  return bestD <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined;
}

/** Parses the YAML text of a frontmatter block into metadata, collecting problems. */
export function parseFrontmatter(yamlText: string): { data: FrontmatterData; problems: FrontmatterProblem[] } {
  const problems: FrontmatterProblem[] = [];
  const data: FrontmatterData = {};
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  for (const err of doc.errors) {
    // The YAML text starts on the line after the opening "---": line n of it is line n + 1 of the file.
    const at = lineCounter.linePos(err.pos[0]);
    const where = ` (linje ${at.line + 1}, kolonne ${at.col})`;
    problems.push({
      messageId: 'yamlSyntax',
      message: `Frontmatter er ikke gyldig YAML${where}: ${danishYamlError(err.code)}`,
      range: [err.pos[0], err.pos[1]],
    });
  }
  if (doc.errors.length > 0) return { data, problems };
  if (doc.contents === null) return { data, problems };
  if (!isMap(doc.contents)) {
    problems.push({
      messageId: 'notAMap',
      message: 'Frontmatter skal være nøgler og værdier (fx "titel: …"), ikke en liste eller en enkelt værdi.',
      range: doc.contents.range ? [doc.contents.range[0], doc.contents.range[1]] : undefined,
    } as FrontmatterProblem);
    return { data, problems };
  }
  for (const pair of doc.contents.items) {
    const keyNode = pair.key;
    const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
    const range: [number, number] | undefined =
      isScalar(keyNode) && keyNode.range ? [keyNode.range[0], keyNode.range[1]] : undefined;
    const valueNode = pair.value;
    const valueRange: [number, number] | undefined =
      valueNode && typeof valueNode === 'object' && 'range' in valueNode && valueNode.range
        ? [valueNode.range[0], valueNode.range[1]]
        : range;
    const value: unknown =
      valueNode && typeof valueNode === 'object' && 'toJSON' in valueNode
        ? (valueNode as { toJSON(): unknown }).toJSON()
        : valueNode;
    const bad = (what: string) =>
      problems.push({
        messageId: 'invalidValue',
        message: `Frontmatter-feltet „${key}“ ${what}.`,
        ...(valueRange ? { range: valueRange } : {}),
      });
    const str = (): string | undefined => {
      if (typeof value === 'string' && value.trim() !== '') return value.trim();
      if (typeof value === 'number') return String(value);
      bad(`skal være en tekst (${frontmatterKeys[key as keyof typeof frontmatterKeys]})`);
      return undefined;
    };
    switch (key) {
      case 'titel': {
        const v = str();
        if (v) data.title = v;
        break;
      }
      case 'kommune': {
        const v = str();
        if (v) data.municipality = v;
        break;
      }
      case 'ydelse': {
        const v = str();
        if (v) data.service = v;
        break;
      }
      case 'udvalg': {
        const v = str();
        if (v) data.committee = v;
        break;
      }
      case 'version': {
        const v = str();
        if (v) data.version = v;
        break;
      }
      case 'begrundelse': {
        const v = str();
        if (v) data.changeReason = v;
        break;
      }
      case 'type': {
        const v = typeof value === 'string' ? typeValues[value.trim().toLowerCase()] : undefined;
        if (v) data.type = v;
        else bad('skal være kvalitetsstandard, plan eller andet');
        break;
      }
      case 'status': {
        const v = typeof value === 'string' ? statusValues[value.trim().toLowerCase()] : undefined;
        if (v) data.status = v;
        else bad('skal være udkast, høring, godkendt eller ophævet');
        break;
      }
      case 'godkendt-dato':
      case 'gyldig-fra': {
        const v = typeof value === 'string' ? value.trim() : value instanceof Date ? isoDateOf(value) : undefined;
        if (v && isIsoDate(v)) {
          if (key === 'godkendt-dato') data.approvalDate = v;
          else data.effectiveDate = v;
        } else bad(`skal være en dato på formen ÅÅÅÅ-MM-DD, fx 2026-03-12 (fik „${String(value)}“)`);
        break;
      }
      case 'paragraffer': {
        const items = Array.isArray(value) ? value : [value];
        const refs: LegalReference[] = [];
        for (const item of items) {
          const found = typeof item === 'string' || typeof item === 'number' ? parseParagraphList(String(item)) : [];
          if (found.length === 0)
            bad(
              `indeholder „${String(item)}“, som ikke kan læses som en paragraf (skriv fx „SEL § 85“ eller „§ 82 b“)`,
            );
          refs.push(...found);
        }
        data.paragraphs = refs;
        break;
      }
      case 'kilde': {
        const source: Source = {};
        if (typeof value === 'string') source.title = value;
        else if (value && typeof value === 'object' && !Array.isArray(value)) {
          for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
            if (k === 'titel' && typeof v === 'string') source.title = v;
            else if (k === 'url' && typeof v === 'string') source.url = v;
            else if (k === 'hentet' && typeof v === 'string' && isIsoDate(v)) source.retrieved = v;
            else if (k === 'note' && typeof v === 'string') source.note = v;
            else bad(`har et ukendt eller ugyldigt underfelt „${k}“ (brug titel, url, hentet og note)`);
          }
        } else bad('skal være en tekst eller felterne titel, url, hentet og note');
        data.source = source;
        break;
      }
      default: {
        const near = nearestKey(key);
        problems.push({
          messageId: 'unknownKey',
          message: `Ukendt frontmatter-felt „${key}“${near ? `; mente du „${near}“?` : ''} Kendte felter: ${Object.keys(frontmatterKeys).join(', ')}.`,
          ...(range ? { range } : {}),
        });
      }
    }
  }
  return { data, problems };
}

/** Danish for each error code of the yaml library; its own messages are English. */
const yamlErrors: Record<ErrorCode, string> = {
  ALIAS_PROPS: 'en henvisning (*navn) kan ikke have et anker eller et mærke',
  BAD_ALIAS: 'en henvisning (*navn) peger ikke på noget',
  BAD_COLLECTION_TYPE: 'en liste eller en samling af felter har en ugyldig type',
  BAD_DIRECTIVE: 'ugyldig YAML-direktiv (en linje der begynder med %)',
  BAD_DQ_ESCAPE: 'ugyldig \\-sekvens i en tekst i dobbelte anførselstegn',
  BAD_INDENT: 'forkert indrykning',
  BAD_PROP_ORDER: 'anker og mærke står i forkert rækkefølge',
  BAD_SCALAR_START: 'en værdi begynder med et tegn, der ikke må stå først (fx @ eller `); sæt værdien i anførselstegn',
  BLOCK_AS_IMPLICIT_KEY: 'en nøgle fortsætter over flere linjer; mangler der et kolon eller anførselstegn?',
  BLOCK_IN_FLOW: 'en indrykket blok står inde i [ ] eller { }',
  DUPLICATE_KEY: 'det samme felt står to gange',
  IMPOSSIBLE: 'YAML-teksten kan ikke læses',
  KEY_OVER_1024_CHARS: 'en nøgle er længere end 1024 tegn',
  MISSING_CHAR: 'et tegn mangler (fx et afsluttende anførselstegn eller en parentes)',
  MULTILINE_IMPLICIT_KEY: 'en nøgle fortsætter over flere linjer; mangler der et kolon eller anførselstegn?',
  MULTIPLE_ANCHORS: 'en værdi har flere ankre (&navn)',
  MULTIPLE_DOCS: 'frontmatter må kun indeholde ét YAML-dokument (ingen linje „---“ indeni)',
  MULTIPLE_TAGS: 'en værdi har flere mærker (!mærke)',
  NON_STRING_KEY: 'en nøgle skal være en tekst',
  RESOURCE_EXHAUSTION: 'frontmatter udfolder sig til for meget data (for mange henvisninger)',
  TAB_AS_INDENT: 'tabulator brugt som indrykning; brug mellemrum',
  TAG_RESOLVE_FAILED: 'et mærke (!mærke) er ukendt',
  UNEXPECTED_TOKEN: 'uventet tegn',
};

function danishYamlError(code: string): string {
  return yamlErrors[code as ErrorCode] ?? 'ugyldig YAML';
}
