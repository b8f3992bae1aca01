// Markdown (with YAML frontmatter and GFM tables) → StandardDocument.
// Problems in the document are diagnostics, never exceptions: an administrator's draft is
// often unfinished, and the linter must still see as much of it as can be read.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkTables, { tableStartLines } from './remark-tables.js';
import type { Root, RootContent, Yaml } from 'mdast';
import type {
  Block,
  Citation,
  Diagnostic,
  Footnote,
  InlineMark,
  Metadata,
  Position,
  Section,
  StandardDocument,
} from '@kvalitet/model';
import { classifyHeading, parentSection, parseCitations, sectionLabels } from '@kvalitet/model';
import { classifyByContent } from '@kvalitet/language';
import { parseFrontmatter } from './frontmatter.js';
import { collectText, lineStartsOf, pointAt, positionOf, type MappedText } from './text-map.js';
import { validateDocument } from './validate.js';
import { guessMetadata } from './guess.js';
import { deepestBrackets, deepestNesting, maxNesting } from './nesting.js';
import { gfmLinear } from './gfm.js';

// The lines tables may begin on in the document being parsed (parsing is synchronous, so one
// variable serves every call).
let tableLines: Set<number> | undefined;
const gfmProcessor = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkTables, { startLines: () => tableLines });
const plainProcessor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
/** All of GFM, as a publication shows it: bare web addresses become links, task lists, single-tilde strikethrough. */
const fullGfmProcessor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(gfmLinear);
/**
 * GFM syntax a standard may use: tables (a delimiter row), strikethrough and footnotes ("[^1]").
 * The extensions are only switched on for documents that have such syntax; for all others the
 * tree is the same.
 */
const gfmSyntax = /^[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+[ \t]*(?::?-+:?[ \t]*)?$|~~|\[\^[^\]\s]+\]/m;

/** What `parseStandard` returns: the data, the mdast tree and the source, for rules and renderers. */
export interface ParseResult {
  document: StandardDocument;
  tree: Root;
  source: string;
  /** Source position of a [start, end) range of a block's `text` (or of a section heading). */
  locate(target: Block | Section, start: number, end: number): Position | undefined;
  /** The text was not parsed (nested too deep): the document is empty and its diagnostics say why; rules skip it. */
  refused?: true;
}

/** Options for parseStandard. */
export interface ParseOptions {
  /** Path shown in diagnostics and stored in `document.file`. Default: "<stdin>". */
  file?: string;
  /** Diagnostics found while reading the file (encoding); they are added to the document's. */
  readDiagnostics?: Diagnostic[];
  /**
   * Check the result against schemas/standard.schema.json (default true). The linter turns it
   * off: the data never leaves the process there, and the tests validate the parser's output.
   */
  validate?: boolean;
  /**
   * "standard" (default): the GFM a standard uses (tables, strikethrough, footnotes), switched on
   * only where the text has such syntax. "gfm": all of GFM, as the publication renders it (bare
   * web addresses as links, task lists, single-tilde strikethrough).
   */
  syntax?: 'standard' | 'gfm';
}

const parserSource = '@kvalitet/parser';

/** Adds a diagnostic of this parser for the file being parsed. */
type Report = (d: Omit<Diagnostic, 'source' | 'file'>) => void;
/** Source position of a [start, end) range of offsets. */
type At = (startOffset: number, endOffset: number) => Position;
/** Source position of a tree node, when it has offsets. */
type PosOf = (n: RootContent) => Position | undefined;

/**
 * Parses a standard from Markdown text. Never throws for a user's document: every problem
 * becomes a diagnostic in `document.diagnostics`.
 */
export function parseStandard(source: string, options: ParseOptions = {}): ParseResult {
  const file = options.file ?? '<stdin>';
  const text = source.replace(/^\uFEFF/, '');
  const lineStarts = lineStartsOf(text);
  const diagnostics: Diagnostic[] = [...(options.readDiagnostics ?? [])];
  const at: At = (startOffset, endOffset) => ({
    start: pointAt(lineStarts, startOffset),
    end: pointAt(lineStarts, endOffset),
  });
  const posOf: PosOf = (n) =>
    n.position && n.position.start.offset !== undefined && n.position.end.offset !== undefined
      ? at(n.position.start.offset, n.position.end.offset)
      : undefined;
  const report: Report = (d) => diagnostics.push({ ...d, source: parserSource, file });

  const nestingProblem = refuseDeepNesting(text, file, at);
  if (nestingProblem) diagnostics.push(nestingProblem);
  const refused = nestingProblem !== undefined;
  const tree: Root = refused ? { type: 'root', children: [] } : markdownTree(text, options.syntax ?? 'standard');
  const front = readFrontmatter(tree, text, at, posOf, report);
  const textMaps = new WeakMap<Block | Section, MappedText>();
  const { sections, footnotes, footnoteMaps, headingCount } = collectSections(tree, textMaps, posOf);
  classifyByContentWhereUnknown(sections);
  const citations = [
    ...sectionCitations(sections, textMaps, lineStarts),
    ...footnoteCitations(sections, footnotes, footnoteMaps, lineStarts),
  ];
  if (!refused) reportStructure(sections, headingCount, report);

  const metadata = guessMetadata(front, sections, citations, file);
  const document: StandardDocument = {
    file,
    metadata,
    sections,
    citations,
    diagnostics,
    ...(footnotes.length ? { footnotes } : {}),
  };
  if (options.validate !== false && !refused)
    for (const d of validateDocument(document)) diagnostics.push({ ...d, file });

  return {
    document,
    tree,
    source: text,
    locate(target, start, end) {
      const mapped = textMaps.get(target);
      return mapped ? positionOf(mapped, lineStarts, start, end) : undefined;
    },
    ...(refused ? { refused: true as const } : {}),
  };
}

/** The finding for a text nested too deep to parse safely (the file is then not parsed), or undefined. */
function refuseDeepNesting(text: string, file: string, at: At): Diagnostic | undefined {
  // Too deep to parse safely: the file gets one finding and an empty document; the others are linted as usual.
  const finding = (deepest: { line: number; offset: number }, message: string): Diagnostic => {
    const lineEnd = text.indexOf('\n', deepest.offset);
    return {
      ruleId: 'parse/nesting',
      source: parserSource,
      file,
      severity: 'error',
      messageId: 'tooDeep',
      message,
      place: at(deepest.offset, lineEnd === -1 ? text.length : lineEnd),
    };
  };
  const blocks = deepestNesting(text);
  if (blocks.depth > maxNesting)
    return finding(
      blocks,
      `Linje ${blocks.line} har lister eller citater indlejret ${blocks.depth} niveauer dybt; højst ${maxNesting} niveauer kan læses, så filen er ikke tjekket. Ret indrykningen eller markeringerne (-, *, >) i begyndelsen af linjerne.`,
    );
  const brackets = deepestBrackets(text);
  if (brackets.depth > maxNesting)
    return finding(
      brackets,
      `Linje ${brackets.line} har kantede parenteser [ ] inden i hinanden mere end ${maxNesting} niveauer dybt; så dybt kan teksten ikke læses, så filen er ikke tjekket. Fjern de overflødige parenteser, eller skriv dem som \\[ og \\].`,
    );
  return undefined;
}

/** The mdast tree of the text: GFM extensions only where the text has their syntax, or all of GFM. */
function markdownTree(text: string, syntax: 'standard' | 'gfm'): Root {
  if (syntax === 'gfm') return fullGfmProcessor.parse(text);
  if (!gfmSyntax.test(text)) return plainProcessor.parse(text);
  tableLines = tableStartLines(text);
  try {
    return gfmProcessor.parse(text);
  } finally {
    tableLines = undefined;
  }
}

/** The frontmatter's data; its problems (or a frontmatter never closed) are reported. */
function readFrontmatter(
  tree: Root,
  text: string,
  at: At,
  posOf: PosOf,
  report: Report,
): Partial<Omit<Metadata, 'guessed'>> {
  const yamlNode = tree.children[0]?.type === 'yaml' ? (tree.children[0] as Yaml) : undefined;
  if (yamlNode) {
    const base =
      (yamlNode.position?.start.offset ?? 0) + (text.slice(yamlNode.position?.start.offset ?? 0).indexOf('\n') + 1);
    const { data, problems } = parseFrontmatter(yamlNode.value);
    for (const p of problems) {
      report({
        ruleId: `parse/frontmatter`,
        severity: 'error',
        messageId: p.messageId,
        message: p.message,
        ...(p.range
          ? { place: at(base + p.range[0], base + Math.max(p.range[0], p.range[1])) }
          : posOf(yamlNode)
            ? { place: posOf(yamlNode)! }
            : {}),
      });
    }
    return data;
  }
  if (/^\s*---\s*\r?\n/.test(text) && !/^\s*---\s*\r?\n[\s\S]*?\r?\n---\s*(\r?\n|$)/.test(text)) {
    report({
      ruleId: 'parse/frontmatter',
      severity: 'error',
      messageId: 'unclosed',
      message: 'Frontmatter begynder med „---“ men afsluttes aldrig med en linje „---“.',
      place: at(0, Math.min(3, text.length)),
    });
  }
  return {};
}

/** The sections (each heading opens one; text before the first heading is an untitled one) and the footnotes. */
function collectSections(
  tree: Root,
  textMaps: WeakMap<Block | Section, MappedText>,
  posOf: PosOf,
): { sections: Section[]; footnotes: Footnote[]; footnoteMaps: Map<Footnote, MappedText>; headingCount: number } {
  const sections: Section[] = [];
  let current: Section | undefined;
  let headingCount = 0;
  const ensureSection = (): Section => {
    if (!current) {
      current = { key: null, heading: '', level: 0, blocks: [] };
      sections.push(current);
    }
    return current;
  };
  const footnotes: Footnote[] = [];
  const footnoteMaps = new Map<Footnote, MappedText>();
  for (const node of tree.children) {
    if (node.type === 'yaml') continue;
    if (node.type === 'footnoteDefinition') {
      // A footnote belongs to the text that refers to it, not to the section it is written in.
      const mapped = collectText(node);
      const position = posOf(node);
      const note: Footnote = {
        label: node.label ?? node.identifier,
        text: mapped.text,
        ...(mapped.marks.length ? { marks: mapped.marks } : {}),
        ...(position ? { position } : {}),
      };
      footnotes.push(note);
      footnoteMaps.set(note, mapped);
      continue;
    }
    if (node.type === 'heading') {
      const mapped = collectText(node);
      const headingText = mapped.text.replace(/\s+/g, ' ').trim();
      let key = classifyHeading(headingText);
      if (key === null && headingCount === 0 && node.depth === 1) key = 'titel';
      headingCount++;
      const position = posOf(node);
      current = { key, heading: headingText, level: node.depth, blocks: [], ...(position ? { position } : {}) };
      textMaps.set(current, { text: headingText, segments: mapped.segments, marks: [] });
      sections.push(current);
      continue;
    }
    const block = toBlock(node, textMaps, posOf);
    if (block) ensureSection().blocks.push(block);
  }
  return { sections, footnotes, footnoteMaps, headingCount };
}

/**
 * Gives top-level sections whose heading is unknown the key their content clearly points to.
 * A subsection stays part of its parent section (effectiveKey), so only top-level ones are read.
 */
function classifyByContentWhereUnknown(sections: Section[]): void {
  for (const [i, section] of sections.entries()) {
    if (section.key !== null || section.level < 1 || parentSection(sections, i)) continue;
    const byContent = classifyByContent(section.blocks.map((b) => b.text));
    if (byContent) {
      section.key = byContent.key;
      section.keyFrom = 'content';
    }
  }
}

/** The citations in headings and text, with the section they stand in. */
function sectionCitations(
  sections: readonly Section[],
  textMaps: WeakMap<Block | Section, MappedText>,
  lineStarts: readonly number[],
): Citation[] {
  const citations: Citation[] = [];
  sections.forEach((section, sectionIndex) => {
    const targets: Array<Block | Section> = [
      section,
      ...section.blocks.filter((b) => b.kind !== 'code' && b.kind !== 'html'),
    ];
    for (const target of targets) {
      const mapped = textMaps.get(target);
      const value = 'kind' in target ? target.text : target.heading;
      for (const c of parseCitations(value)) {
        const position = mapped ? positionOf(mapped, lineStarts, c.start, c.end) : undefined;
        citations.push({
          text: c.text,
          references: c.references as Citation['references'],
          sectionIndex,
          ...(position ? { position } : {}),
        });
      }
    }
  });
  return citations;
}

/** The citations in footnotes, counted in the section whose text first refers to the footnote. */
function footnoteCitations(
  sections: readonly Section[],
  footnotes: readonly Footnote[],
  footnoteMaps: Map<Footnote, MappedText>,
  lineStarts: readonly number[],
): Citation[] {
  const citations: Citation[] = [];
  const referredFrom = new Map<string, number>();
  sections.forEach((section, sectionIndex) => {
    for (const b of section.blocks)
      for (const m of b.marks ?? [])
        if (m.kind === 'footnote' && m.label !== undefined && !referredFrom.has(m.label))
          referredFrom.set(m.label, sectionIndex);
  });
  for (const note of footnotes) {
    const sectionIndex = referredFrom.get(note.label) ?? sections.length - 1;
    if (sectionIndex < 0) continue;
    for (const c of parseCitations(note.text)) {
      const position = positionOf(footnoteMaps.get(note)!, lineStarts, c.start, c.end);
      citations.push({
        text: c.text,
        references: c.references as Citation['references'],
        sectionIndex,
        ...(position ? { position } : {}),
      });
    }
  }
  return citations;
}

/** Reports an empty document, one without headings, and unknown, content-classified or empty sections. */
function reportStructure(sections: readonly Section[], headingCount: number, report: Report): void {
  const hasContent = sections.some((s) => s.heading !== '' || s.blocks.some((b) => b.text.trim() !== ''));
  if (!hasContent) {
    report({
      ruleId: 'parse/empty-document',
      severity: 'error',
      messageId: 'empty',
      message: 'Dokumentet er tomt; der er hverken overskrifter eller tekst.',
    });
  } else if (headingCount === 0) {
    report({
      ruleId: 'parse/no-headings',
      severity: 'warning',
      messageId: 'noHeadings',
      message:
        'Dokumentet har ingen overskrifter, så afsnittene (formål, målgruppe, klageadgang …) kan ikke genkendes; brug Markdown-overskrifter som „## Formål“.',
    });
  }
  sections.forEach((s, i) => {
    if (s.keyFrom === 'content' && s.key !== null) {
      report({
        ruleId: 'parse/unknown-heading',
        severity: 'info',
        messageId: 'headingByContent',
        message: `Overskriften „${s.heading}“ svarer ikke til et kendt afsnit; ud fra indholdet læses den som afsnittet om ${sectionLabels[s.key].toLocaleLowerCase('da')}.`,
        section: s.heading,
        ...(s.position ? { place: s.position } : {}),
      });
    }
    if (s.level > 0 && s.key === null) {
      const parent = parentSection(sections, i);
      report({
        ruleId: 'parse/unknown-heading',
        severity: 'info',
        messageId: parent ? 'unknownSubheading' : 'unknownHeading',
        message: parent
          ? `Overskriften „${s.heading}“ svarer ikke til et kendt afsnit; den læses som en del af „${parent.heading}“.`
          : `Overskriften „${s.heading}“ svarer ikke til et kendt afsnit; den er beholdt, men regler om bestemte afsnit ser bort fra den.`,
        section: s.heading,
        ...(s.position ? { place: s.position } : {}),
      });
    }
    const next = sections[i + 1];
    const hasChildSection = next !== undefined && next.level > s.level;
    if (s.level > 0 && s.key !== 'titel' && s.blocks.length === 0 && !hasChildSection) {
      report({
        ruleId: 'parse/empty-section',
        severity: 'warning',
        messageId: 'emptySection',
        message: `Afsnittet „${s.heading}“ er tomt.`,
        section: s.heading,
        ...(s.position ? { place: s.position } : {}),
      });
    }
  });
}

/** The block a top-level node becomes (its text mapped back to the source), or undefined for definitions. */
function toBlock(
  node: RootContent,
  textMaps: WeakMap<Block | Section, MappedText>,
  posOf: (n: RootContent) => Position | undefined,
): Block | undefined {
  const position = posOf(node);
  const withPos = <T extends object>(o: T): T => (position ? { ...o, position } : o);
  switch (node.type) {
    case 'paragraph':
    case 'blockquote': {
      const mapped = collectText(node);
      const block: Block = withPos({
        kind: node.type,
        text: mapped.text,
        ...(mapped.marks.length ? { marks: mapped.marks } : {}),
      });
      textMaps.set(block, mapped);
      return block;
    }
    case 'list': {
      const items = node.children.map((item) => {
        const mapped = collectText(item);
        const p = posOf(item);
        return { mapped, item: p ? { text: mapped.text, position: p } : { text: mapped.text } };
      });
      // The block's text is the items joined by newlines; segments are shifted accordingly.
      const segments: MappedText['segments'] = [];
      const marks: InlineMark[] = [];
      let text = '';
      items.forEach(({ mapped }, i) => {
        if (i > 0) text += '\n';
        for (const s of mapped.segments) segments.push({ ...s, textStart: s.textStart + text.length });
        for (const m of mapped.marks) marks.push({ ...m, start: m.start + text.length, end: m.end + text.length });
        text += mapped.text;
      });
      const block: Block = withPos({
        kind: 'list' as const,
        text,
        ordered: node.ordered === true,
        items: items.map((i) => i.item),
        ...(marks.length ? { marks } : {}),
      });
      textMaps.set(block, { text, segments, marks });
      return block;
    }
    case 'table': {
      const rows = node.children.map((row) => row.children.map((cell) => collectText(cell)));
      const segments: MappedText['segments'] = [];
      const marks: InlineMark[] = [];
      let text = '';
      rows.forEach((row, r) => {
        if (r > 0) text += '\n';
        row.forEach((cell, c) => {
          if (c > 0) text += ' | ';
          for (const s of cell.segments) segments.push({ ...s, textStart: s.textStart + text.length });
          for (const m of cell.marks) marks.push({ ...m, start: m.start + text.length, end: m.end + text.length });
          text += cell.text;
        });
      });
      const block: Block = withPos({
        kind: 'table' as const,
        text,
        rows: rows.map((row) => row.map((c) => c.text)),
        ...(marks.length ? { marks } : {}),
      });
      textMaps.set(block, { text, segments, marks });
      return block;
    }
    case 'code':
      return withPos({ kind: 'code' as const, text: node.value });
    case 'html':
      return withPos({ kind: 'html' as const, text: node.value });
    case 'thematicBreak':
      return withPos({ kind: 'thematicBreak' as const, text: '' });
    case 'definition':
    case 'footnoteDefinition':
      return undefined;
    default:
      return undefined;
  }
}
