// no-placeholder: template leftovers in a published standard ("[indsæt link]", "den XX",
// "Fejl! Bogmærke er ikke defineret", "TODO") tell the citizen nothing and show the text was
// never finished. Quality rule; no paragraph of law, but good administration (RULES.md: Form).
import { da } from '@kvalitet/model';
import { defineRule } from '../define-rule.js';
import { sources } from '../basis.js';
import { matchRange } from '../detect.js';

/** [pattern, messageId, a keyword that must occur (lower case) before the pattern is tried]. */
const patterns: ReadonlyArray<readonly [RegExp, string, RegExp]> = [
  [
    da(String.raw`\[\s*(indsæt|udfyld|tilføj|skriv|angiv|link|dato|navn|tbd|todo|xx+|…|\.\.\.)[^\]]*\]`),
    'brackets',
    /\[/,
  ],
  // A field promised for later: "[link følger]", "[tekst mangler]".
  [da(String.raw`\[[^\]\n]{0,40}\b(følger|mangler|kommer senere|opdateres senere)\s*\]`), 'brackets', /\[/],
  [
    da(String.raw`\b(indsæt|udfyld|tilføj) (link|dato|navn|tekst|beløb|adresse|telefonnummer|mødedato|her)\w*`),
    'instruction',
    /indsæt|udfyld|tilføj/,
  ],
  // Every Word field error reads "Fejl! <Something> …" ("Bogmærke er ikke defineret", "Henvisningskilde
  // ikke fundet", "Ingen tekst med den angivne typografi", "Ukendt kontaktparameter" …).
  [da(String.raw`\b([Ff]ejl|FEJL|[Ee]rror|ERROR)! +\p{Lu}[^.!?\n]*`, ''), 'brokenReference', /fejl!|error!/],
  [da(String.raw`\b(xx\.xx\.(20)?xx|xx\.(20)?xx|20xx|19xx|x{2,}(?:[ .-]x{2,})*)\b`), 'placeholderText', /xx/],
  [da(String.raw`\bden \.{2,}`), 'placeholderText', /den \.\./],
  // A template field in angle brackets: "<dato>", "<navn på teamleder>", "<indsæt link>".
  [da(String.raw`<\s*\p{L}[\p{L}\s.,/-]{1,60}>`), 'placeholderText', /</],
  [da(String.raw`\b(TODO|FIXME|TBD)\b`, ''), 'placeholderText', /todo|fixme|tbd/],
  [da(String.raw`\blorem ipsum\b`), 'placeholderText', /lorem/],
  [da(String.raw`\bunder revision\b`), 'underRevision', /under revision/],
];
const globalPatterns = patterns.map(([re, id, quick]) => [new RegExp(re.source, re.flags + 'g'), id, quick] as const);
/** Cheap test on lower-case text, from the patterns' own keywords: can any placeholder be there at all? */
const trigger = new RegExp(patterns.map(([, , quick]) => quick.source).join('|'));

/** The whole word around [start, end) of a text (letters, digits and joining marks). */
function wordAround(text: string, start: number, end: number): string {
  let a = start;
  let b = end;
  while (a > 0 && /[\p{L}\d-]/u.test(text[a - 1]!)) a--;
  while (b < text.length && /[\p{L}\d-]/u.test(text[b]!)) b++;
  return text.slice(a, b).toLocaleLowerCase('da');
}

/** "ddmmåå-xxxx", "dd.mm.åååå": a format mask tells the reader how to write a number; it is no leftover. */
const formatMask = /(dd|mm|åå|yy|tt)/;

/** True when the text before `at` opens a quotation that is still open: the words are mentioned, not used. */
function quoted(text: string, start: number, end: number): boolean {
  return /[»"“„'‘«]\s*$/.test(text.slice(0, start)) && /^\s*[«"”“'’»]/.test(text.slice(end));
}

/**
 * "UNDER REVISION" is a mark when it stands as one: in capitals, alone on its line or in a heading,
 * in brackets, or after "Status:". In running text ("mens standarden var under revision") it is prose.
 */
function isRevisionMark(text: string, start: number, end: number, heading: boolean): boolean {
  if (quoted(text, start, end)) return false;
  const phrase = text.slice(start, end);
  if (phrase === phrase.toLocaleUpperCase('da')) return true;
  const before = text.slice(0, start).trim();
  const after = text.slice(end).trim();
  if (/[([]$/.test(before) && /^[)\]]/.test(after)) return true;
  if (/(status|tilstand)\s*:?$/i.test(before)) return true;
  if (!before.replace(/[-–—:|*_#]/g, '').trim() && !after.replace(/[-–—.:|*_]/g, '').trim()) return true;
  return heading && /[-–—:]$/.test(before);
}

export default defineRule({
  id: 'no-placeholder',
  meta: {
    description: {
      da: 'Standarden må ikke indeholde skabelontekst som „[indsæt link]“, „den XX“ eller „Fejl! Bogmærke er ikke defineret“.',
      en: 'The standard must not contain template leftovers such as "[indsæt link]", "den XX" or broken cross-references.',
    },
    rationale:
      'En offentliggjort standard skal kunne læses af borgeren som den står. Pladsholdere, ødelagte krydshenvisninger og mærker som „UNDER REVISION“ viser, at teksten ikke er færdig, og de skjuler ofte netop den oplysning borgeren har brug for (et link til fristerne, en mødedato).',
    basis: [sources.qualityPlaceholders],
    defaultSeverity: 'error',
    scope: { kind: 'substance' },
    messages: {
      brackets: {
        da: 'Skabelontekst „{text}“ står stadig i teksten; udfyld den eller slet den.',
        en: 'Template text "{text}" is still in the text; fill it in or delete it.',
      },
      instruction: {
        da: 'Skriveinstruktionen „{text}“ står stadig i teksten; erstat den med den rigtige oplysning.',
        en: 'The writing instruction "{text}" is still in the text; replace it with the real information.',
      },
      brokenReference: {
        da: 'Ødelagt krydshenvisning fra Word: „{text}“; indsæt henvisningen igen eller skriv den som tekst.',
        en: 'Broken Word cross-reference: "{text}"; insert it again or write it as text.',
      },
      placeholderText: {
        da: 'Pladsholderen „{text}“ står stadig i teksten; udfyld den (fx med datoen) eller slet den.',
        en: 'The placeholder "{text}" is still in the text; fill it in (e.g. with the date) or delete it.',
      },
      underRevision: {
        da: '„{text}“ hører ikke hjemme i en offentliggjort standard; fjern mærket, når revisionen er færdig.',
        en: '"{text}" does not belong in a published standard; remove the mark when the revision is done.',
      },
    },
  },
  check(context) {
    if (!trigger.test(context.lowerText)) return;
    const units = [
      ...context.sentences(),
      ...context.document.sections
        .filter((s) => s.heading)
        .map((s) => ({ text: s.heading, section: s, heading: true as const })),
    ];
    for (const unit of units) {
      const taken: Array<[number, number]> = [];
      const lower = 'lower' in unit ? unit.lower : unit.text.toLowerCase();
      if (!trigger.test(lower)) continue;
      for (const [global, messageId, quick] of globalPatterns) {
        if (!quick.test(lower)) continue;
        global.lastIndex = 0;
        for (const m of unit.text.matchAll(global)) {
          const range = matchRange(m);
          if (taken.some(([a, b]) => range[0] < b && a < range[1])) continue;
          if (messageId === 'underRevision' && !isRevisionMark(unit.text, range[0], range[1], 'heading' in unit))
            continue;
          if (
            messageId === 'placeholderText' &&
            /^x+$/i.test(m[0]) &&
            formatMask.test(wordAround(unit.text, range[0], range[1]))
          )
            continue;
          if (messageId !== 'underRevision' && quoted(unit.text, range[0], range[1]) && messageId !== 'brokenReference')
            continue;
          taken.push(range);
          if ('heading' in unit) context.report({ messageId, data: { text: m[0] }, section: unit.section });
          else context.report({ messageId, data: { text: m[0] }, sentence: unit, range });
        }
      }
    }
  },
});
