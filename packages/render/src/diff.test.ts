import { describe, expect, it } from 'vitest';
import { parseStandard } from '@kvalitet/parser';
import { countWords, diffDocuments, diffText, richBlock, tokenize } from './diff.js';

const show = (changes: ReturnType<typeof diffText>) =>
  changes.map((c) => (c.kind === 'equal' ? c.text : c.kind === 'insert' ? `{+${c.text}+}` : `[-${c.text}-]`)).join('');
const doc = (md: string) => parseStandard(md).document;

describe('tokenize', () => {
  it('splits punctuation from its word but keeps numbers, slashes and æøå whole', () => {
    expect(tokenize('jf. § 85, stk. 2 – kl. 8.00 på Ærø og/eller Aabenraa.')).toEqual([
      'jf',
      '. ',
      '§ ',
      '85',
      ', ',
      'stk',
      '. ',
      '2 ',
      '– ',
      'kl',
      '. ',
      '8.00 ',
      'på ',
      'Ærø ',
      'og/eller ',
      'Aabenraa',
      '.',
    ]);
  });
});

describe('diffText', () => {
  it.each([
    [
      'udvikle dig eller stabilisere din funktionsevne',
      'udvikle dig eller vedligeholde din funktionsevne',
      'udvikle dig eller [-stabilisere -]{+vedligeholde +}din funktionsevne',
    ],
    [
      'Det er derfor også en del af',
      'Det kan derfor også være en del af',
      'Det [-er -]{+kan +}derfor også {+være +}en del af',
    ],
    ['Klag inden 14 dage.', 'Klag inden 4 uger.', 'Klag inden [-14 dage-]{+4 uger+}.'],
    // A full stop after a word is not a reason to strike the word and write it again.
    [
      'Støtten gives af bostøtteteamet.',
      'Støtten gives af bostøtteteamet eller en godkendt leverandør.',
      'Støtten gives af bostøtteteamet {+eller en godkendt leverandør+}.',
    ],
    [
      'Du kan få hjælp, hvis du har brug for det.',
      'Du kan få hjælp hvis du har brug for det.',
      'Du kan få hjælp[-,-] hvis du har brug for det.',
    ],
    ['Du kan klage.', 'Du kan klage.', 'Du kan klage.'],
    ['', 'Ny tekst.', '{+Ny tekst.+}'],
    ['a b c og d e', 'x b y og z e', '[-a b c og d -]{+x b y og z +}e'],
    ['hjælp til at handle ind', 'støtte til at handle ind', '[-hjælp -]{+støtte +}til at handle ind'],
  ])('%s → %s', (a, b, expected) => {
    expect(show(diffText(a, b))).toBe(expected);
  });
});

describe('word counts', () => {
  it('count words, not punctuation: an added clause before a full stop is words added, nothing replaced', () => {
    const changes = diffText(
      'Hjælpen gives af kommunens bostøtteteam.',
      'Hjælpen gives af kommunens bostøtteteam eller en godkendt leverandør efter dit eget valg.',
    );
    expect(countWords(changes, 'insert')).toBe(8);
    expect(countWords(changes, 'delete')).toBe(0);
  });
});

describe('bold, italics and footnotes travel with the words', () => {
  it('keeps bold on unchanged words and inside an insertion', () => {
    const before = parseStandard('## Indhold\n\nDu får **altid** en afgørelse.\n').document.sections[0]!.blocks[0]!;
    const after = parseStandard('## Indhold\n\nDu får **altid** en skriftlig **afgørelse**.\n').document.sections[0]!
      .blocks[0]!;
    const changes = diffText(richBlock(before), richBlock(after));
    expect(show(changes)).toBe('Du får altid en {+skriftlig +}afgørelse.');
    const bold = changes.flatMap((c) =>
      (c.marks ?? []).filter((m) => m.kind === 'strong').map((m) => `${c.kind}:${c.text.slice(m.start, m.end)}`),
    );
    expect(bold).toEqual(['equal:altid', 'equal:afgørelse']);
  });

  it('a footnote added to an unchanged word is a change, and the reference sits after the word', () => {
    const before = doc('## Lovgrundlag\n\nStøtten gives efter serviceloven.\n');
    const after = doc(
      '## Lovgrundlag\n\nStøtten gives efter serviceloven.[^a]\n\n[^a]: Lovbekendtgørelse om social service.\n',
    );
    const d = diffDocuments(before, after);
    const block = d.sections[0]!.blocks[0]!;
    expect(block.status).toBe('changed');
    const ins = block.changes.find((c) => c.kind === 'insert')!;
    expect(ins.text).toBe('.');
    expect(ins.marks).toEqual([{ kind: 'footnote', start: 1, end: 1, label: 'a' }]);
    expect(d.footnotes).toEqual([
      { label: 'a', status: 'added', changes: [{ kind: 'insert', text: 'Lovbekendtgørelse om social service.' }] },
    ]);
  });
});

describe('diffDocuments', () => {
  const base =
    '# Titel\n\n## Formål\n\nAt støtte dig.\n\n## Målgruppe\n\nVoksne.\n\n## Klageadgang\n\nKlag inden 4 uger.\n';

  it('reports an equal document as equal', () => {
    const d = diffDocuments(doc(base), doc(base));
    expect(d.sections.every((s) => s.status === 'equal' && !s.moved)).toBe(true);
    expect(d.stats).toEqual({ insertedWords: 0, deletedWords: 0, changedSections: 0 });
  });

  it('matches a renamed section by its key and shows the heading change', () => {
    const d = diffDocuments(doc(base), doc(base.replace('## Formål', '## Hvad er formålet med indsatsen?')));
    const s = d.sections.find((x) => x.key === 'formaal')!;
    expect(s).toMatchObject({ status: 'changed', oldTitle: 'Formål', title: 'Hvad er formålet med indsatsen?' });
    expect(s.blocks[0]!.status).toBe('equal');
  });

  it('detects added, removed and moved sections', () => {
    const moved = '# Titel\n\n## Målgruppe\n\nVoksne.\n\n## Formål\n\nAt støtte dig.\n\n## Egenbetaling\n\nGratis.\n';
    const d = diffDocuments(doc(base), doc(moved));
    expect(d.sections.map((s) => [s.title, s.status])).toEqual([
      ['Titel', 'equal'],
      ['Målgruppe', 'equal'],
      ['Klageadgang', 'removed'],
      ['Formål', 'equal'],
      ['Egenbetaling', 'added'],
    ]);
    // Two sections swapped places: exactly one of them is reported as moved.
    expect(d.sections.filter((s) => s.moved).map((s) => s.title)).toHaveLength(1);
  });

  it('matches list items and marks only the changed one', () => {
    const a = doc('## Indhold\n\n- støtte til indkøb\n- støtte til økonomi\n- støtte til netværk\n');
    const b = doc(
      '## Indhold\n\n- støtte til indkøb\n- hjælp til økonomi og post\n- støtte til netværk\n- støtte til uddannelse\n',
    );
    const list = diffDocuments(a, b).sections[0]!.blocks[0]!;
    expect(list.items!.map((i) => [i.status, show(i.changes)])).toEqual([
      ['equal', 'støtte til indkøb'],
      ['changed', '[-støtte -]{+hjælp +}til økonomi {+og post+}'],
      ['equal', 'støtte til netværk'],
      ['added', '{+støtte til uddannelse+}'],
    ]);
  });

  it('keeps an unrelated new paragraph separate from an edited one', () => {
    const a = doc('## Indhold\n\nFørste afsnit om støtte.\n\nAndet afsnit om betaling.\n');
    const b = doc(
      '## Indhold\n\nFørste afsnit om støtte i hjemmet.\n\nEt helt nyt afsnit.\n\nAndet afsnit om betaling.\n',
    );
    expect(diffDocuments(a, b).sections[0]!.blocks.map((x) => x.status)).toEqual(['changed', 'added', 'equal']);
  });
});
