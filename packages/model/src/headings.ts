// The canonical section vocabulary of a kvalitetsstandard.
//
// Municipalities name the same section in many ways: noun forms ("Formål", "Klage- og
// ankemuligheder"), question forms ("Hvad er formålet med indsatsen?", "Kan du modtage
// indsatsen?") and numbered forms ("2.1 Lovgrundlag"). Each is mapped to one SectionKey.
// The patterns are built from the meaning of each section (the words Danish uses for it),
// following the heading vocabulary in shared/legal/catalogue.md section (e), not from the
// wording of any one municipality.
import type { SectionKey } from './generated/standard.js';
import { da } from './text.js';

/** Danish label for each canonical section key, as a reader would name it. */
export const sectionLabels: Readonly<Record<SectionKey, string>> = {
  titel: 'Titel',
  indledning: 'Indledning',
  lovgrundlag: 'Lovgrundlag',
  politiske_maal: 'Politiske mål og principper',
  formaal: 'Formål',
  maalgruppe: 'Målgruppe',
  indhold: 'Indhold',
  omfang: 'Omfang og varighed',
  maal: 'Mål for indsatsen',
  visitation: 'Ansøgning og afgørelse',
  sagsbehandlingsfrist: 'Sagsbehandlingsfrist',
  levering: 'Levering og leverandør',
  frit_valg: 'Frit valg',
  kvalitetskrav: 'Kvalitetskrav',
  opfoelgning: 'Opfølgning',
  egenbetaling: 'Egenbetaling',
  klageadgang: 'Klageadgang',
  rettigheder: 'Rettigheder og pligter',
  sammenhaeng: 'Sammenhæng og samarbejde',
  kontakt: 'Kontakt',
  henvisninger: 'Henvisninger',
  godkendelse: 'Godkendelse',
};

/** Every canonical key, in the order a standard usually presents them. */
export const sectionKeys = Object.keys(sectionLabels) as SectionKey[];

/**
 * Ordered patterns: the first that matches the normalised heading wins, so narrower
 * patterns (e.g. "kvalitetsstandardens formål" = indledning) stand before broader ones
 * ("formål"). Patterns run on lower-case text without numbering and punctuation.
 */
const patterns: ReadonlyArray<readonly [SectionKey, RegExp]> = [
  // Approval and political anchoring come first: "Politisk udvalg" is not a political goal.
  [
    'godkendelse',
    da(
      String.raw`\b(godkend\w*|vedtag\w*|politisk(e)? (udvalg|behandling|godkendelse)|gældende fra|ikrafttræd\w*|versionshistorik|revideret|revision af (standarden|kvalitetsstandarden)|dato for (godkendelse|vedtagelse))\b`,
      '',
    ),
  ],
  [
    'indledning',
    da(
      String.raw`\b(indledning|forord|læsevejledning|baggrund|om (denne |den )?kvalitetsstandard(en)?|hvad er en (kvalitetsstandard|servicestandard)|kvalitetsstandard(en)?s (formål|opbygning)|forudsætninger|generel(t)? (information|om)|introduktion)\b`,
      '',
    ),
  ],
  [
    'sagsbehandlingsfrist',
    da(
      String.raw`\b(hvor lang tid (tager|går) (det|der)|hvornår (hører|får) (du|jeg) (svar|noget)|sagsbehandlingsfrist\w*|sagsbehandlingstid\w*|svarfrist\w*|frist(er)? for (sagsbehandling|behandling|afgørelse|svar)|hvor (lang tid|hurtigt)|hvornår (får|kan) du (svar|en afgørelse|besked))\b`,
      '',
    ),
  ],
  [
    'klageadgang',
    da(
      String.raw`\b(hvis du (ikke er enig|er uenig)|er du (uenig|ikke enig|utilfreds)|uenig i (afgørelsen|vores afgørelse)|klage\w*|ank(e|er|ning)\w*|kan du klage|hvordan klager)\b`,
      '',
    ),
  ],
  [
    'lovgrundlag',
    da(
      String.raw`\b(lovgrundlag\w*|lovgivning(en)?|retsgrundlag\w*|lovhjemmel|hjemmel|lovbestemmelse\w*|lovhenvisning\w*|overordnede rammer|lovmæssige rammer|love og regler|regler på området)\b`,
      '',
    ),
  ],
  [
    'frit_valg',
    da(
      String.raw`\b((kan|må) (du|jeg|borgeren) (selv )?vælge|frit[ -]valg|valgfrihed|valgmulighed\w*|vælge (din |en )?(leverandør|botilbud|tilbud)|valg af (leverandør|botilbud|tilbud))\b`,
      '',
    ),
  ],
  [
    'egenbetaling',
    da(
      String.raw`\b(egenbetaling|brugerbetaling|betaling\w*|betale\w*|pris(er)?|takst\w*|koster|omkostning\w*|udgifter for (borgeren|dig))\b`,
      '',
    ),
  ],
  [
    'politiske_maal',
    da(
      String.raw`\b(politisk(e)? (mål\w*|målsætning\w*)|målsætning\w*|principper|værdi(er|grundlag)|vision\w*|strategi\w*|handicappolitik\w*|det overordnede formål)\b`,
      '',
    ),
  ],
  [
    'omfang',
    da(
      String.raw`\b(hvor (meget|mange timer|tit)|omfang\w*|varighed\w*|hvor (meget|ofte|længe)|tidsramme\w*|tidsforbrug|hyppighed)\b`,
      '',
    ),
  ],
  [
    'maalgruppe',
    da(
      String.raw`\b(målgruppe\w*|hvem kan (få|modtage|søge|bevilges|tilbydes|benytte|bruge)|hvem er (indsatsen|tilbuddet|ydelsen|støtten|hjælpen) (for|til)|(?<!hvad )(?<!hvor meget )kan du (få|modtage|søge)|hvem (gælder|omfatter)|tildelingskriterier|visitationskriterier|kriterier for (tildeling|adgang|visitation)|adgang til (indsatsen|tilbuddet|ydelsen|assistance)|visitationsgrundlag\w*|personkreds)\b`,
      '',
    ),
  ],
  [
    'formaal',
    da(
      String.raw`\b(hvad er (målet|meningen) med|hvad skal (du|borgeren) have ud af|formål\w*|hvad skal (indsatsen|støtten|hjælpen|tilbuddet)|mål(et)? med (indsatsen|støtten|hjælpen|tilbuddet|ydelsen|opholdet)|hensigt(en)?)\b`,
      '',
    ),
  ],
  [
    'opfoelgning',
    da(
      String.raw`\b(hvordan (ser|følger|holder) vi (øje|op|om)|(ser|vurderer) vi,? om|om (støtten|hjælpen|indsatsen) (hjælper|virker)|opfølgning\w*|følge\w* op|følges op|handleplan\w*|status(møde)?|evaluering\w*|dokumentation\w*|effektmåling\w*|tilsyn\w*|revurdering\w*)\b`,
      '',
    ),
  ],
  [
    'kvalitetskrav',
    da(
      String.raw`\b(kvalitetskrav\w*|kvalitetsmål\w*|kompetencekrav\w*|krav til (personale\w*|medarbejder\w*|leverandør\w*|de fysiske rammer|kvalitet\w*)|faglig kvalitet|personale(t)?|medarbejder(ne)?s? kompetencer)\b`,
      '',
    ),
  ],
  [
    'levering',
    da(
      String.raw`\b(hvem (giver|driver|yder|udfører|kommer)|hvem (giver|leverer) (dig|jer)|hvem leverer|levering\w*|leverandør\w*|hvem leverer|udfør(else|sel|es)|hvordan (leveres|foregår|gives|udføres) (hjælpen|støtten|indsatsen)|erstatningshjælp|aflys\w*|organisering)\b`,
      '',
    ),
  ],
  [
    'visitation',
    da(
      String.raw`\b(visitation\w*|ansøgning\w*|ansøge|sådan søger|hvordan søger|søg(er|e)? om|afgørelse\w*|sagsbehandling|optagelse\w*|udredning\w*|handleforpligtelse|henvisning til (tilbuddet|botilbuddet))\b`,
      '',
    ),
  ],
  ['maal', da(String.raw`^(mål|indsatsmål|delmål|mål og delmål|mål for (indsatsen|støtten|hjælpen|borgeren))$`, '')],
  [
    'indhold',
    da(
      String.raw`\b(hvad (får|kan) (du|jeg|borgeren) (få )?(hjælp|støtte)? ?(til|med)?|hvilken (støtte|hjælp) (får|kan)|hvad (kan|får) (du|jeg) i|hvad kan \w+ hjælpe (med|til)|indhold\w*|hvad (omfatter|indeholder|består|dækker|kan)\w*|hvilke (indsatser|ydelser|aktiviteter|opgaver|former)|hvilket behov|ydelse(r|rne|sbeskrivelse\w*)?|aktivitet(er|erne)?|opgaver|hvad kan du få|støttens art|former for (støtte|hjælp|bostøtte))\b`,
      '',
    ),
  ],
  [
    'rettigheder',
    da(String.raw`\b(rettighed\w*|pligt\w*|indflydelse|brugerråd\w*|magtanvendelse\w*|tavshedspligt)\b`, ''),
  ],
  [
    'sammenhaeng',
    da(String.raw`\b(sammenhæng\w*|samarbejde\w*|koordinering|koordination|tværfaglig\w*|overgang\w*)\b`, ''),
  ],
  [
    'kontakt',
    da(String.raw`\b(kontakt\w*|telefontid\w*|åbningstid\w*|henvend\w*|spørgsmål|hvem skal (jeg|du) kontakte)\b`, ''),
  ],
  [
    'henvisninger',
    da(
      String.raw`\b(henvisninger|links?|læs mere|yderligere information|relevante (love|dokumenter)|tilbudsportalen|se også|bilag)\b`,
      '',
    ),
  ],
];

/** Headings that name the document itself. Checked after approval and introduction. */
const titlePattern = da(
  String.raw`\b(kvalitetsstandard|servicestandard|serviceniveau\w*|indsatskatalog|ydelsesbeskrivelse\w*|kvalitetsbog|kvalitetshåndbog|servicedeklaration)\b`,
  '',
);

/**
 * Normalises a heading for matching: lower case, numbering ("2.1", "1)", "A.", "IV.") and
 * surrounding punctuation removed, inner white space and dashes folded.
 */
export function normaliseHeading(heading: string): string {
  return heading
    .normalize('NFC')
    .replace(/[\u00ad\u200b]/g, '')
    .toLocaleLowerCase('da')
    .replace(/^\s*(?:(?:\d+[.)]?)+|[a-h][.)]|[ivx]+\.|§\s*\d+\.?)\s+/u, '')
    .replace(/[–—]/g, '-')
    .replace(/[?!:;.,"“”„'’()*_]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Headings already classified (see classifyHeading). */
const classified = new Map<string, SectionKey | null>();

/**
 * Maps a heading to its canonical section key, or null when it is not recognised.
 * A heading that names the document ("Kvalitetsstandard for …") maps to `titel`; the
 * parser also treats an unrecognised first level-1 heading as the title.
 *
 * @example classifyHeading('Hvad er formålet med indsatsen?') // 'formaal'
 * @example classifyHeading('2.1 Lovgrundlag') // 'lovgrundlag'
 */
export function classifyHeading(heading: string): SectionKey | null {
  let key = classified.get(heading);
  if (key === undefined) {
    key = classifyHeadingMatch(heading)?.key ?? null;
    // Collections repeat their headings ("Formål", "Lovgrundlag" …): remember the answers, up to a bound.
    if (classified.size >= 10_000) classified.clear();
    classified.set(heading, key);
  }
  return key;
}

/**
 * Like classifyHeading, but also says how much of the (normalised) heading the recognised
 * words cover, from 0 to 1, and whether they end it. Importers use it to tell a heading ("Lovgrundlag": 1) from a line
 * of prose that merely contains a heading word ("Myndigheds- og Visitationsafdelingen": 0.6).
 */
export function classifyHeadingMatch(
  heading: string,
): { key: SectionKey; coverage: number; atStart: boolean; atEnd: boolean; matched: string } | null {
  const text = normaliseHeading(heading);
  if (text === '') return null;
  const hit = (key: SectionKey, re: RegExp) => {
    const m = re.exec(text);
    return m
      ? {
          key,
          coverage: m[0].length / text.length,
          atStart: m.index === 0,
          atEnd: m.index + m[0].length === text.length,
          matched: m[0],
        }
      : null;
  };
  for (const [key, re] of patterns.slice(0, 2)) {
    const h = hit(key, re);
    if (h) return h;
  }
  const t = hit('titel', titlePattern);
  if (t) return t;
  for (const [key, re] of patterns.slice(2)) {
    const h = hit(key, re);
    if (h) return h;
  }
  return null;
}

/**
 * Every section key whose words occur in the heading: "Hvad kan du få hjælp til, og hvor ofte?"
 * is about both indhold and omfang, though classifyHeading gives it one key.
 */
export function headingKeys(heading: string): readonly SectionKey[] {
  let keys = named.get(heading);
  if (keys === undefined) {
    const text = normaliseHeading(heading);
    keys = text === '' ? [] : Object.freeze(patterns.filter(([, re]) => re.test(text)).map(([key]) => key));
    if (named.size >= 4096) named.clear();
    named.set(heading, keys);
  }
  return keys;
}

/** Headings already read by headingKeys (each standard's rules ask again for every document). */
const named = new Map<string, readonly SectionKey[]>();

/** The nearest enclosing section (lower heading level) that has a canonical key, if any. */
export function parentSection<S extends { key: SectionKey | null; level: number }>(
  sections: readonly S[],
  index: number,
): S | undefined {
  const level = sections[index]?.level ?? 0;
  for (let i = index - 1; i >= 0; i--) {
    const s = sections[i]!;
    if (s.level > 0 && s.level < level && s.key !== null && s.key !== 'titel') return s;
    if (s.level > 0 && s.level < level && s.key === null) continue;
  }
  return undefined;
}

/**
 * The key a section's text counts under: its own key, or for an unrecognised sub-heading the
 * key of the section it stands in ("### Bostøtte-café" under "## Levering" counts as levering).
 */
export function effectiveKey<S extends { key: SectionKey | null; level: number }>(
  sections: readonly S[],
  index: number,
): SectionKey | null {
  const own = sections[index]?.key ?? null;
  if (own !== null) return own;
  return parentSection(sections, index)?.key ?? null;
}
