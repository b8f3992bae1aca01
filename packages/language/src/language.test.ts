import { describe, expect, it } from 'vitest';
import {
  abbreviations,
  contextAt,
  findConcept,
  findDates,
  findDurations,
  findPercentages,
  inDays,
  isAbbreviation,
  isAffirmed,
  readNumber,
  splitClauses,
  splitSentences,
  stem,
  tokenize,
  concept,
  classifyByContent,
  mayMention,
  paragraphsNamed,
} from './index.js';

const sentences = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('sentences', () => {
  it('keeps abbreviations inside a sentence', () => {
    expect(sentences('Du kan fx. få hjælp jf. § 85, stk. 2. Det sker bl.a. om aftenen.')).toEqual([
      'Du kan fx. få hjælp jf. § 85, stk. 2.',
      'Det sker bl.a. om aftenen.',
    ]);
  });
  it('ends a sentence after a real word that was once taken for an abbreviation', () => {
    expect(sentences('Hjælpen er sundhedsfaglig. Den gives hver uge.')).toHaveLength(2);
    expect(sentences('Se vores bilag. Der står mere.')).toHaveLength(2);
    expect(sentences('Det er min. Den er din.')).toHaveLength(2);
  });
  it('reads "min." as an abbreviation only before a number', () => {
    expect(sentences('Besøget varer min. 30 minutter. Så går vi.')).toHaveLength(2);
    expect(isAbbreviation('min', ' 30')).toBe(true);
    expect(isAbbreviation('min', ' Den')).toBe(false);
  });
  it('keeps ordinals and dates together', () => {
    expect(sentences('Standarden gælder fra 1. juli 2026. Den revideres årligt.')).toHaveLength(2);
  });
  it('has each abbreviation once per condition', () => {
    const keys = abbreviations.map((a) => `${a.abbr}/${a.when ?? ''}`);
    expect(new Set(keys).size).toBeLessThanOrEqual(keys.length);
    for (const a of abbreviations) expect(a.abbr).toBe(a.abbr.toLowerCase());
  });
});

describe('clauses', () => {
  it('cuts at men, medmindre, semicolon and subordinate commas', () => {
    const t = 'Støtten gives ikke om natten, men vi kan hjælpe om aftenen; ring til os, hvis du er i tvivl.';
    const parts = splitClauses(t).map((c) => t.slice(c.start, c.end));
    expect(parts).toEqual([
      'Støtten gives ikke om natten',
      'men vi kan hjælpe om aftenen',
      'ring til os',
      'hvis du er i tvivl.',
    ]);
  });
});

describe('tokens and stems', () => {
  it('gives offsets and stems', () => {
    const t = tokenize('Godkendt af udvalget § 85');
    expect(t.map((x) => x.text)).toEqual(['Godkendt', 'af', 'udvalget', '§', '85']);
    expect(t[2]!.start).toBe(12);
    expect(t[4]!.kind).toBe('number');
  });
  it('brings inflections to one stem', () => {
    expect(stem('vurderingen')).toBe(stem('vurdering'));
    expect(stem('bevillinger')).toBe(stem('bevilling'));
    expect(stem('klagens')).toBe(stem('klage'));
  });
});

describe('values', () => {
  it('reads numbers in words and digits', () => {
    expect(readNumber('fire')).toBe(4);
    expect(readNumber('fireogtyve')).toBe(24);
    expect(readNumber('1,5')).toBe(1.5);
    expect(readNumber('1½')).toBe(1.5);
    expect(readNumber('halvandet')).toBe(1.5);
  });
  it('finds durations', () => {
    const d = findDurations('Fristen er otte uger, og et halvt år senere følger vi op efter 14 hverdage eller 6 mdr.');
    expect(d.map((x) => [x.value, x.unit])).toEqual([
      [8, 'week'],
      [0.5, 'year'],
      [14, 'day'],
      [6, 'month'],
    ]);
    expect(d[2]!.workdays).toBe(true);
    expect(inDays({ value: 4, unit: 'week' })).toBe(28);
  });
  it('finds percentages in three spellings and as a fraction', () => {
    expect(findPercentages('højst 10 %, ti procent, 10 pct. eller en tiendedel').map((p) => p.value)).toEqual([
      10, 10, 10, 10,
    ]);
  });
  it('finds dates in every Danish form', () => {
    const t =
      'den 24. juni 2026, den første september 2026, 14.03.2026, 1/7-2025, 2026-07-01, 3. feb. 2025 og juni 2026';
    expect(findDates(t).map((d) => d.iso)).toEqual([
      '2026-06-24',
      '2026-09-01',
      '2026-03-14',
      '2025-07-01',
      '2026-07-01',
      '2025-02-03',
      '2026-06',
    ]);
  });
  it('refuses impossible dates', () => {
    expect(findDates('31.02.2026')).toEqual([]);
  });
});

describe('lexicon', () => {
  it('matches phrases with wildcards, alternatives and gaps', () => {
    expect(findConcept('Standarden blev tiltrådt af byrådet', 'APPROVE').map((m) => m.text)).toEqual(['tiltrådt']);
    expect(findConcept('Vi vil forklare dig hvorfor', 'JUSTIFY')).toHaveLength(1);
  });
  it('matches a compound by its head with a leading wildcard', () => {
    const bodies = findConcept(
      'Godkendt af Social- og Handicapudvalget, siden af Udvalget for Ældre og til sidst af byrådet',
      'APPROVAL_BODY',
    );
    expect(bodies.map((m) => m.text)).toEqual(['Handicapudvalget', 'Udvalget', 'byrådet']);
    expect(findConcept('Teksten afventer udvalgsbehandling', 'APPROVAL_BODY')).toEqual([]);
  });
  it('prefilters on the most telling word of each phrase', () => {
    expect(mayMention('beskrivelserne er vejledende', 'GUIDANCE')).toBe(true);
    expect(mayMention('hjælpen er god, og du har ret til den', 'GUIDANCE')).toBe(false);
  });
  it('fails loudly on an unknown concept', () => {
    expect(() => concept('NO_SUCH')).toThrow(/Unknown concept/);
  });
});

describe('services named in a text', () => {
  it('reads the paragraph from the name of the service, the specific one winning', () => {
    expect(paragraphsNamed('Kvalitetsstandard for længerevarende botilbud')).toEqual([
      { law: 'SEL', paragraph: '108' },
    ]);
    expect(paragraphsNamed('Bostøtte efter Housing First-tilgangen')).toEqual([{ law: 'SEL', paragraph: '85 a' }]);
    expect(paragraphsNamed('Bostøtte – let at læse')).toEqual([{ law: 'SEL', paragraph: '85' }]);
    expect(paragraphsNamed('Midlertidige botilbud og socialpædagogisk støtte under opholdet')).toEqual([
      { law: 'SEL', paragraph: '107' },
    ]);
    expect(paragraphsNamed('Genoptræning og vedligeholdelsestræning')).toEqual([{ law: 'SEL', paragraph: '86' }]);
    expect(paragraphsNamed('Personlig og praktisk hjælp')).toEqual([{ law: 'SEL', paragraph: '83' }]);
    expect(paragraphsNamed('Velkommen til kommunen')).toEqual([]);
  });
});

describe('context', () => {
  const at = (sentence: string, word: string) => {
    const start = sentence.indexOf(word);
    return contextAt(sentence, { start, end: start + word.length });
  };
  it('negation reaches the concept in its own clause only', () => {
    expect(at('Hjælpen gives ikke om natten', 'gives').negated).toBe(true);
    expect(at('Vi hjælper ikke med indkøb, men vi giver støtte til rengøring', 'giver').negated).toBe(false);
  });
  it('"uden" denies what follows it, not what stands before it', () => {
    expect(at('Borgere med et misbrug uden fast bolig', 'misbrug').negated).toBe(false);
    expect(at('Du kan bo her uden et misbrug', 'misbrug').negated).toBe(true);
    expect(at('Hjælpen ydes ingen dage om ugen', 'ydes').negated).toBe(true);
  });
  it('pseudo-negations do not negate', () => {
    expect(at('Støtten gives ikke kun i hjemmet', 'gives').negated).toBe(false);
  });
  it('marks conditions, past states, reports and denied demands', () => {
    expect(at('Hvis du flytter, stopper støtten', 'flytter').hypothetical).toBe(true);
    expect(at('Ydelsen hørte tidligere under en anden paragraf', 'paragraf').historical).toBe(true);
    expect(at('Forvaltningen foreslår, at loftet fjernes', 'loftet').reported).toBe(true);
    expect(at('Det er ikke en betingelse, at du gør fremskridt', 'fremskridt').metaNegated).toBe(true);
  });
  it('marks softened and reassessed statements, also from the next sentence', () => {
    expect(at('Forløbet varer som udgangspunkt et år', 'et år').softened).toBe(true);
    const s = 'Opholdet varer et år';
    expect(contextAt(s, { start: 15, end: 20 }, 'Vi vurderer løbende behovet.').reassessed).toBe(true);
  });
  it('a plain statement is affirmed', () => {
    expect(isAffirmed(at('Støtten bevilges for et år ad gangen', 'bevilges'))).toBe(true);
  });
});

describe('sections by content', () => {
  it('names the subject that most sentences speak of', () => {
    expect(classifyByContent(['Prisen er 55 kroner pr. måltid.', 'Du betaler over din pension hver måned.'])?.key).toBe(
      'egenbetaling',
    );
    expect(
      classifyByContent([
        'Hjælpen udføres af kommunens eget hjemmeplejeteam.',
        'Du kan også få den fra en privat leverandør.',
      ])?.key,
    ).toBe('levering');
    expect(
      classifyByContent([
        'Du kan ringe til os på hverdage.',
        'Du kan også skrive til os via digital post eller sende en mail.',
      ])?.key,
    ).toBe('kontakt');
  });

  it('stays undecided on too little, on a tie and on an overview', () => {
    expect(classifyByContent(['Vi betaler ikke for det.'])).toBeNull();
    expect(classifyByContent(['Du kan klage til os.', 'Den koster 40 kr.'])).toBeNull();
    const overview = [
      'Hjælpen leveres af vores team.',
      'Du betaler ikke selv.',
      'Du kan klage over afgørelsen.',
      'Du kan ringe til os.',
      'Vi ser på sagen igen efter et år.',
    ];
    expect(classifyByContent(overview)).toBeNull();
  });

  it('does not take an English word for a Danish one', () => {
    // "Time" is an hour in Danish, but not in the name of a method.
    expect(
      classifyByContent(['Vi bruger Critical Time Intervention.', 'Metoden Critical Time Intervention har tre faser.']),
    ).toBeNull();
  });
});

describe('concept word boundaries', () => {
  it('a Danish or accented letter next to a phrase keeps it from matching inside a word', () => {
    expect(findConcept('Hjælpen gives ikke om natten.', 'NEGATION').map((m) => m.text)).toEqual(['ikke']);
    const text = 'Ordene æikke, ikkeø, éikke og ikke½ er ikke ord.';
    expect(findConcept(text, 'NEGATION').map((m) => m.start)).toEqual([text.indexOf('er ikke') + 3]);
  });
  it('finds the complaint and early-offer concepts in other words', () => {
    expect(
      findConcept('Er du ikke enig, kan du bede os om at se på sagen igen.', 'COMPLAINT_VIA_MUNICIPALITY').map(
        (m) => m.text,
      ),
    ).toContain('bede os om at se på sagen igen');
    expect(findConcept('Du kan få afgørelsen prøvet.', 'COMPLAINT_ACCESS')).toHaveLength(1);
    expect(findConcept('Et kortvarigt forløb efter § 82 b.', 'EARLY_OFFER').length).toBeGreaterThan(0);
  });
});
