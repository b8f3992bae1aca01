import { describe, expect, it } from 'vitest';
import { classifyHeading, effectiveKey, normaliseHeading } from './headings.js';
import type { SectionKey } from './generated/standard.js';

/** Headings of the kinds real standards use (noun, question and numbered forms) → key. */
const table: Array<[string, SectionKey | null]> = [
  ['Formål', 'formaal'],
  ['Formål med indsatsen', 'formaal'],
  ['Hvad er formålet med indsatsen?', 'formaal'],
  ['Hvad er meningen med forløbet?', 'formaal'],
  ['Hvem kommer og hjælper dig?', 'levering'],
  ['Hvordan følger vi op på din plan?', 'opfoelgning'],
  ['Må du selv vælge, hvem der hjælper?', 'frit_valg'],
  ['Hvad kan du få hjælp til?', 'indhold'],
  ['Er du utilfreds med afgørelsen?', 'klageadgang'],
  ['Hvor lang tid går der, før du får svar?', 'sagsbehandlingsfrist'],
  ['Hvad er formålet med hjælpen?', 'formaal'],
  ['Formålet med hjælpen', 'formaal'],
  ['Mål med indsatsen', 'formaal'],
  ['Målgruppe', 'maalgruppe'],
  ['Målgruppen', 'maalgruppe'],
  ['Kan du modtage indsatsen?', 'maalgruppe'],
  ['Hvem kan få bostøtte?', 'maalgruppe'],
  ['Hvem kan modtage indsatsen og hvilke kriterier indgår for tildeling af indsatsen?', 'maalgruppe'],
  ['Kriterier for adgang til assistance', 'maalgruppe'],
  ['Visitationsgrundlaget', 'maalgruppe'],
  ['Hvem er tilbuddet for?', 'maalgruppe'],
  ['Lovgrundlag', 'lovgrundlag'],
  ['2.1 Lovgrundlag', 'lovgrundlag'],
  ['Hvad er indsatsens lovgrundlag?', 'lovgrundlag'],
  ['Lovgrundlag for tilbud', 'lovgrundlag'],
  ['Overordnede rammer', 'lovgrundlag'],
  ['Indhold', 'indhold'],
  ['Hvad omfatter hjælpen?', 'indhold'],
  ['Ydelser under opholdet', 'indhold'],
  ['Hvilke aktiviteter kan indgå i indsatsen?', 'indhold'],
  ['Aktiviteter', 'indhold'],
  ['3. Indholdet i støtten', 'indhold'],
  ['Omfang og varighed', 'omfang'],
  ['Hvad er indsatsens omfang?', 'omfang'],
  ['Indsatsens varighed', 'omfang'],
  ['Hvor meget hjælp kan du få?', 'omfang'],
  ['Kriterier og omfang', 'omfang'],
  ['Levering', 'levering'],
  ['Leverandør', 'levering'],
  ['Hvem leverer hjælpen?', 'levering'],
  ['Arbejdets udførelse', 'levering'],
  ['Frit valg', 'frit_valg'],
  ['Frit valg af leverandør', 'frit_valg'],
  ['Er der valgmulighed med hensyn til leverandør?', 'frit_valg'],
  ['Det frie valg af botilbud', 'frit_valg'],
  ['Kvalitetskrav', 'kvalitetskrav'],
  ['Kompetencekrav til personalet', 'kvalitetskrav'],
  ['Kvalitetsmål', 'kvalitetskrav'],
  ['Faglig kvalitet i ydelsen', 'kvalitetskrav'],
  ['Visitation', 'visitation'],
  ['Ansøgning', 'visitation'],
  ['Sådan søger du', 'visitation'],
  ['Hvordan søger du?', 'visitation'],
  ['Afgørelse', 'visitation'],
  ['Optagelse i boformen', 'visitation'],
  ['Sagsbehandlingsfrist', 'sagsbehandlingsfrist'],
  ['Sagsbehandlingstider', 'sagsbehandlingsfrist'],
  ['Frister for sagsbehandling og opstart af indsats', 'sagsbehandlingsfrist'],
  ['Hvor lang tid går der, før du får svar?', 'sagsbehandlingsfrist'],
  ['Klageadgang', 'klageadgang'],
  ['Klage- og ankemuligheder', 'klageadgang'],
  ['Klage og ankemuligheder', 'klageadgang'],
  ['Klagevejledning', 'klageadgang'],
  ['Hvordan du klager', 'klageadgang'],
  ['Kan du klage over afgørelsen?', 'klageadgang'],
  ['Opfølgning', 'opfoelgning'],
  ['Hvordan følges op på indsatsen?', 'opfoelgning'],
  ['Handleplan og opfølgning', 'opfoelgning'],
  ['Tilsyn', 'opfoelgning'],
  ['Egenbetaling', 'egenbetaling'],
  ['Hvad koster det?', 'egenbetaling'],
  ['Omkostninger for borgeren', 'egenbetaling'],
  ['Betaling for ophold i længerevarende botilbud', 'egenbetaling'],
  ['Pligter og rettigheder', 'rettigheder'],
  ['Brugerindflydelse og brugerråd', 'rettigheder'],
  ['Sammenhæng i borgerforløbet', 'sammenhaeng'],
  ['Kontakt', 'kontakt'],
  ['Kontaktinformationer', 'kontakt'],
  ['Hvem skal jeg kontakte', 'kontakt'],
  ['Indledning', 'indledning'],
  ['Forord', 'indledning'],
  ['Hvad er en kvalitetsstandard?', 'indledning'],
  ['Kvalitetsstandardens formål og opbygning', 'indledning'],
  ['Læsevejledning', 'indledning'],
  ['Politiske målsætninger', 'politiske_maal'],
  ['Principper for indsatsen', 'politiske_maal'],
  ['Mål', 'maal'],
  ['Indsatsmål', 'maal'],
  ['Godkendelse', 'godkendelse'],
  ['Politisk udvalg', 'godkendelse'],
  ['Godkendt af Socialudvalget den 12. januar 2026', 'godkendelse'],
  ['Gældende fra', 'godkendelse'],
  ['Kvalitetsstandard for midlertidigt botilbud', 'titel'],
  ['Serviceniveau for socialpædagogisk støtte', 'titel'],
  ['Kvalitetsstandard: Bostøtte efter Servicelovens §§ 82 b og 85', 'titel'],
  ['Tilbudsportalen', 'henvisninger'],
  ['Vigtig information', null],
  ['Særlige bemærkninger', null],
  ['Bostøtte-café', null],
  ['', null],
];

describe('classifyHeading', () => {
  it('has at least 60 cases', () => expect(table.length).toBeGreaterThanOrEqual(60));
  it.each(table)('%s → %s', (heading, key) => {
    expect(classifyHeading(heading)).toBe(key);
  });
  it('ignores case, numbering and punctuation', () => {
    expect(classifyHeading('  4.2.  KLAGEADGANG:  ')).toBe('klageadgang');
    expect(classifyHeading('a) målgruppe')).toBe('maalgruppe');
    expect(classifyHeading('IV. Formål')).toBe('formaal');
  });
});

describe('normaliseHeading', () => {
  it('folds numbering, soft hyphens and dashes', () => {
    expect(normaliseHeading('2.1 Op\u00adfølgning – status?')).toBe('opfølgning - status');
  });
});

describe('effectiveKey', () => {
  it('gives an unrecognised sub-heading the key of its section', () => {
    const sections = [
      { key: 'levering' as const, level: 2 },
      { key: null, level: 3 },
      { key: null, level: 2 },
    ];
    expect(effectiveKey(sections, 1)).toBe('levering');
    expect(effectiveKey(sections, 2)).toBeNull();
  });
});
