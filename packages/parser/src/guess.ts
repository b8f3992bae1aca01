// Metadata the frontmatter does not give is guessed from the text, and the guess is recorded
// in `metadata.guessed` so that tools can show the administrator what to check.
import type { Citation, LegalReference, Metadata, Section } from '@kvalitet/model';
import { da, sameParagraph } from '@kvalitet/model';
import { findDanishDate } from '@kvalitet/language';
import type { FrontmatterData } from './frontmatter.js';

/**
 * Paragraphs that state general purposes or the municipality's power to set service levels;
 * they appear in a Lovgrundlag section without being the service the standard is about.
 */
const generalParagraphs: ReadonlyArray<Pick<LegalReference, 'law' | 'paragraph'>> = [
  { law: 'SEL', paragraph: '1' },
  { law: 'SEL', paragraph: '2' },
  { law: 'SEL', paragraph: '3' },
  { law: 'SEL', paragraph: '81' },
  { law: 'SEL', paragraph: '138' },
  { law: 'SEL', paragraph: '139' },
  { law: 'SEL', paragraph: '141' },
  { law: 'SEL', paragraph: '148' },
];

const standardSections = new Set([
  'formaal',
  'maalgruppe',
  'indhold',
  'omfang',
  'klageadgang',
  'sagsbehandlingsfrist',
  'levering',
  'lovgrundlag',
  'visitation',
]);
const planTitle = da(
  String.raw`\b(plan|velfærdsplan|handleplan|strategi|analyse|dagsorden|udvalgssag|sagsfremstilling|notat|budget\w*)\b`,
);
const standardTitle = da(
  String.raw`\b(kvalitetsstandard\w*|servicestandard\w*|serviceniveau\w*|indsatskatalog|ydelsesbeskrivelse\w*|kvalitetsbog)\b`,
);
/** A committee case about a standard is not the standard: its title or its headings say so. */
const caseTitle = da(
  String.raw`\b(sagsfremstilling\w*|udvalgssag\w*|dagsordenspunkt\w*|beslutningsforslag\w*|indstilling til)\b`,
);
const caseHeading = da(
  String.raw`^(resumé|resume|indstilling|sagsfremstilling|beslutning|økonomi(ske konsekvenser)?|høring\w*|videre proces|sagens baggrund|forvaltningens vurdering)\b`,
);
const municipalityRe = /(?<![\p{L}])(\p{Lu}[\p{L}]+(?:-\p{Lu}[\p{L}]+)?) Kommunes?(?![\p{L}])/gu;
const approvalRe = da(
  String.raw`\b(?:godkendt|vedtaget|behandlet|besluttet)\s+(?:af|i|på)\s+(?:mødet\s+i\s+)?((?:[\p{L}-]+\s+(?:og\s+)?){0,4}?[\p{L}-]*(?:udvalg(?:et)?|byrådet|kommunalbestyrelsen))`,
);
function basename(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
}

/** Combines frontmatter with what can be read from the text. */
export function guessMetadata(
  front: FrontmatterData,
  sections: Section[],
  citations: Citation[],
  file: string,
): Metadata {
  const guessed: string[] = [];
  const allText = sections
    .map((s) =>
      [s.heading, ...s.blocks.filter((b) => b.kind !== 'html' && b.kind !== 'code').map((b) => b.text)].join('\n'),
    )
    .join('\n');

  let title = front.title;
  if (!title) {
    title =
      sections.find((s) => s.key === 'titel')?.heading ?? sections.find((s) => s.level > 0)?.heading ?? basename(file);
    guessed.push('title');
  }

  let paragraphs = front.paragraphs;
  if (!paragraphs || paragraphs.length === 0) {
    const lovIdx = new Set(sections.flatMap((s, i) => (s.key === 'lovgrundlag' ? [i] : [])));
    const titleIdx = new Set(sections.flatMap((s, i) => (s.key === 'titel' ? [i] : [])));
    const pick = (idx: Set<number>) => {
      const out: LegalReference[] = [];
      for (const c of citations) {
        if (c.sectionIndex === undefined || !idx.has(c.sectionIndex)) continue;
        for (const r of c.references) {
          if (r.law !== 'SEL' && r.law !== 'ABL') continue;
          if (generalParagraphs.some((g) => sameParagraph(g, r))) continue;
          if (!out.some((o) => sameParagraph(o, r))) out.push({ law: r.law, paragraph: r.paragraph });
        }
      }
      return out;
    };
    paragraphs = pick(lovIdx);
    if (paragraphs.length === 0) paragraphs = pick(titleIdx);
    guessed.push('paragraphs');
  }

  let type = front.type;
  if (!type) {
    const known = new Set(sections.map((s) => s.key).filter((k) => k !== null && standardSections.has(k)));
    // A plan says so in its title or in its first lines ("Uddrag af velfærdsplan …").
    const opening = sections
      .slice(0, 2)
      .flatMap((s) => s.blocks.slice(0, 2).map((b) => b.text))
      .join(' ');
    const caseHeadings = sections.filter((sec) => caseHeading.test(sec.heading.trim())).length;
    if (caseTitle.test(title) || caseHeadings >= 3) type = 'other';
    else if ((planTitle.test(title) || (known.size < 3 && planTitle.test(opening))) && !standardTitle.test(title))
      type = 'plan';
    else if (standardTitle.test(title) || known.size >= 3) type = 'standard';
    else type = 'other';
    guessed.push('type');
  }

  const metadata: Metadata = { title, type, paragraphs, guessed };

  let municipality = front.municipality;
  if (!municipality) {
    const counts = new Map<string, number>();
    for (const m of allText.matchAll(municipalityRe)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
    const best = [...counts].sort((a, b) => b[1] - a[1])[0];
    if (best) {
      municipality = `${best[0]} Kommune`;
      guessed.push('municipality');
    }
  }
  if (municipality) metadata.municipality = municipality;

  let committee = front.committee;
  let approvalDate = front.approvalDate;
  if (!committee || !approvalDate) {
    for (const line of allText.split('\n')) {
      const m = approvalRe.exec(line);
      if (!m) continue;
      if (!committee) {
        committee = m[1]!.replace(/\s+/g, ' ').trim();
        committee = committee.charAt(0).toLocaleUpperCase('da') + committee.slice(1);
        guessed.push('committee');
      }
      if (!approvalDate) {
        const date = findDanishDate(line);
        if (date) {
          approvalDate = date;
          guessed.push('approvalDate');
        }
      }
      break;
    }
  }
  if (committee) metadata.committee = committee;
  if (approvalDate) metadata.approvalDate = approvalDate;

  if (front.service) metadata.service = front.service;
  if (front.status) metadata.status = front.status;
  if (front.effectiveDate) metadata.effectiveDate = front.effectiveDate;
  if (front.version) metadata.version = front.version;
  if (front.source) metadata.source = front.source;
  if (front.changeReason) metadata.changeReason = front.changeReason;
  return metadata;
}
