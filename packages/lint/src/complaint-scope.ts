// What a standard says about complaints, read for meaning: which sentences state that a decision
// can be appealed (not how), and which paragraphs each such statement speaks of. Shared by
// no-appeal-promise-82 and complaint-info-per-paragraph; also the paragraphs a standard covers
// when its frontmatter names none (the citations in its legal-basis and title sections).
import type { LegalReference, Section } from '@kvalitet/model';
import { parseCitations, sameParagraph } from '@kvalitet/model';
import { analyse, findConcept, mayMention, paragraphsNamed, type ConceptMatch } from '@kvalitet/language';
import type { AnyRuleContext, Sentence } from './types.js';

export type Paragraph = Pick<LegalReference, 'law' | 'paragraph'>;

/** Where a complaint about a decision under the paragraph goes. */
export type Route = 'none' | 'ankestyrelsen' | 'health' | 'housing';

/**
 * §§ 82 a–d: no appeal to another administrative authority (§ 82 a, stk. 2; § 82 b as the
 * municipalities describe it). Sundhedsloven: Styrelsen for Patientklager. Almenboligloven:
 * its own route, outside the social complaint system. Everything else: Ankestyrelsen, after the
 * municipality's reconsideration (retssikkerhedsloven §§ 60, 66–67).
 */
export function routeOf(p: Paragraph): Route {
  if (p.law === 'SEL' && /^82 [a-d]$/.test(p.paragraph)) return 'none';
  if (p.law === 'SUL') return 'health';
  if (p.law === 'ABL') return 'housing';
  return 'ankestyrelsen';
}

/** "paragraf 86" is a citation as much as "§ 86". */
function citationsIn(text: string): Paragraph[] {
  const normal = /paragraf/i.test(text) ? text.replace(/\bparagraf(?:ferne|fen)?\s+(?=\d)/giu, '§ ') : text;
  if (!normal.includes('§') && !/\b(?:SEL|SUL|ABL)\b/.test(normal)) return [];
  return parseCitations(normal).flatMap((c) => c.references.map((r) => ({ law: r.law, paragraph: r.paragraph })));
}

function unique(ps: readonly Paragraph[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const p of ps) if (!out.some((o) => sameParagraph(o, p))) out.push(p);
  return out;
}

/** General paragraphs a legal-basis section names besides the service (purposes, service levels, action plans). */
const general = new Set(['1', '2', '3', '81', '138', '139', '141', '148']);

/**
 * The paragraphs the standard covers: its frontmatter or guessed metadata, or, when that is
 * empty, the citations (also "paragraf 86", also other laws) in its legal-basis and title
 * sections, or else the services those sections name in words.
 */
export function coveredParagraphs(context: AnyRuleContext): Paragraph[] {
  const metadata = context.document.metadata;
  const declared = metadata.paragraphs;
  // Paragraphs the parser only guessed (from serviceloven's citations) may leave out another
  // law's paragraph that the legal basis names: read that section too.
  if (declared.length > 0 && !metadata.guessed.includes('paragraphs')) return declared;
  const sections = [...context.sectionsWith(['lovgrundlag']), ...context.sectionsWith(['titel'])];
  const texts = sections.flatMap((s) => [s.heading, ...s.blocks.map((b) => b.text)]);
  const found = unique([
    ...declared,
    ...texts.flatMap(citationsIn).filter((p) => !(p.law === 'SEL' && general.has(p.paragraph))),
  ]);
  if (found.length > 0) return found;
  // No citation: the service the title and the legal basis name ("længerevarende botilbud").
  const named = [context.document.metadata.title, ...texts].join('\n');
  return paragraphsNamed(named);
}

/** The distinct complaint routes of a set of paragraphs. */
export function routesOf(ps: readonly Paragraph[]): Route[] {
  return [...new Set(ps.map(routeOf))];
}

/** A sentence (or table cell) that says a decision can be appealed, and what it speaks of. */
export interface AccessStatement {
  sentence: Sentence;
  /** Offsets in the sentence of the words that grant the access. */
  range: [number, number];
  /** The paragraphs it names, or "all" when it speaks of every decision of the standard (or of none in particular). */
  scope: Paragraph[] | 'all';
  /** True when the scope is named in the statement itself (citations, service names, "alle afgørelser"). */
  explicit: boolean;
}

/** The paragraphs a piece of text names: citations, the early offers (§ 82) and § 85 support by name. */
function namedIn(text: string, early82: Paragraph): Paragraph[] {
  const out = citationsIn(text);
  const early = findConcept(text, 'EARLY_OFFER');
  if (early.length > 0 && !out.some((p) => routeOf(p) === 'none')) out.push(early82);
  const support = findConcept(text, 'SUPPORT_85').filter(
    (m) => !early.some((e) => m.start >= e.start && m.end <= e.end) && !/^(ansøg|søg)/i.test(m.text),
  );
  if (support.length > 0 && !out.some((p) => p.law === 'SEL' && /^85/.test(p.paragraph)))
    out.push({ law: 'SEL', paragraph: '85' });
  return unique(out);
}

function sectionScope(section: Section, early82: Paragraph): Paragraph[] {
  return namedIn(section.heading, early82);
}

/** A decision referred back to: "en sådan afgørelse", "denne afgørelse", "disse afgørelser". */
const anaphor = /\b(?:en sådan|sådanne|denne|disse|den nye|en ny) afgørelse/iu;
/** "Du kan klage skriftligt eller mundtligt" says how, not whether. */
const manner = /^\s+(?:skriftlig|mundtlig|digital|telefonisk|personligt|på |pr\. |per |via |ved )/iu;
const complaintCell = /klag|påklag|indbring|anke/i;
const yes = /^\s*(ja\b|kan påklages|kan indbringes|til ankestyrelsen|du kan klage)/i;

/** Every affirmed statement of complaint access in the document, with its scope. */
export function accessStatements(context: AnyRuleContext): AccessStatement[] {
  if (!/klag|påklag|indbring|anke|prøvet/.test(context.lowerText)) return [];
  const covered = coveredParagraphs(context);
  const early82 = covered.find((p) => routeOf(p) === 'none') ?? { law: 'SEL', paragraph: '82 b' };
  const out: AccessStatement[] = [];
  let previous: Sentence | undefined;
  for (const s of context.sentences()) {
    const before = previous?.section === s.section ? previous : undefined;
    previous = s;
    if (s.block.kind === 'table' && s.block.rows) {
      out.push(...tableStatements(s, early82));
      continue;
    }
    if (!mayMention(s.lower, 'COMPLAINT_ACCESS')) continue;
    const a = analyse(s.text);
    const matches = a.find('COMPLAINT_ACCESS').filter((m) => !manner.test(s.text.slice(m.end)));
    const denied = (m: ConceptMatch) => {
      const c = a.contextOf(m);
      return c.negated || c.metaNegated;
    };
    const access = matches.find((m) => {
      const c = a.contextOf(m);
      return !denied(m) && !c.reported && !c.historical;
    });
    if (!access) continue;
    // Paragraphs named in a clause that denies access ("… efter § 82 a kan ikke påklages") are not in scope.
    const excluded = matches.filter(denied).flatMap((m) => {
      const c = a.clauseOf(m.start);
      return namedIn(s.text.slice(c.start, c.end), early82);
    });
    const named = namedIn(s.text, early82).filter((p) => !excluded.some((e) => sameParagraph(e, p)));
    const all = findConcept(s.text, 'COMPLAINT_ALL_DECISIONS').length > 0;
    // "En sådan afgørelse kan også påklages": the decision the sentence before spoke of.
    const fromBefore =
      named.length === 0 && !all && before && anaphor.test(s.text) ? namedIn(before.text, early82) : [];
    const fromSection = named.length === 0 && !all && fromBefore.length === 0 ? sectionScope(s.section, early82) : [];
    const local = named.length > 0 ? named : fromBefore.length > 0 ? fromBefore : fromSection;
    const scope = all ? 'all' : local.length > 0 ? local : 'all';
    out.push({ sentence: s, range: [access.start, access.end], scope, explicit: all || local.length > 0 });
  }
  return out;
}

/** A table row about complaints ("Kan afgørelsen påklages? | Ja, til Ankestyrelsen"): each "yes" cell, scoped by its column's heading. */
function tableStatements(s: Sentence, early82: Paragraph): AccessStatement[] {
  const rows = s.block.rows!;
  const lineIndex = s.block.text.slice(0, s.start).split('\n').length - 1;
  const row = rows[lineIndex];
  if (!row || row.length < 2 || lineIndex === 0 || !complaintCell.test(row[0]!)) return [];
  const lineStart = s.block.text.lastIndexOf('\n', s.start - 1) + 1;
  const out: AccessStatement[] = [];
  let at = lineStart - s.start;
  row.forEach((cell, i) => {
    const start = at;
    at += cell.length + 3;
    if (i === 0 || !yes.test(cell) || start < 0 || start + cell.length > s.text.length) return;
    // A table with one column of values is an overview of the whole standard: its heading
    // ("Bostøtte") names the service, not one of its paragraphs, unless it cites one.
    const heading = rows[0]?.[i] ?? '';
    const named = row.length === 2 ? citationsIn(heading) : namedIn(heading, early82);
    out.push({
      sentence: s,
      range: [start, start + cell.length],
      scope: named.length > 0 ? named : 'all',
      explicit: named.length > 0 || row.length === 2,
    });
  });
  return out;
}

/** The covered paragraphs a sentence names (citations, early offers, § 85 support by name). */
export function namedParagraphs(text: string, covered: readonly Paragraph[]): Paragraph[] {
  const early82 = covered.find((p) => routeOf(p) === 'none') ?? { law: 'SEL', paragraph: '82 b' };
  return namedIn(text, early82);
}
