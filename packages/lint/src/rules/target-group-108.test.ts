import { RuleTester } from '../testing/rule-tester.js';
import rule from './target-group-108.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'betydelig og varigt nedsat',
      doc: true,
      markdown:
        '## Målgruppe\n\nTilbuddet er for dig, der har betydelig og varigt nedsat fysisk eller psykisk funktionsevne.\n',
    },
    {
      name: 'varig og betydelig',
      markdown: '## Målgruppe\n\nDu har en varig og betydelig funktionsnedsættelse og behov for omfattende hjælp.\n',
    },
    {
      name: 'spørgeform',
      markdown:
        '## Hvem kan få et længerevarende botilbud?\n\nBorgere med varigt nedsat funktionsevne, som ikke kan få dækket behovet på anden måde.\n',
    },
    { name: 'ingen målgruppe (andet regel)', markdown: '## Indhold\n\nDu får din egen bolig.\n' },
    {
      name: 'kombineret med § 107',
      paragraphs: ['SEL § 107', 'SEL § 108'],
      markdown: '## Målgruppe\n\nBorgere med særlige sociale problemer eller varigt nedsat funktionsevne.\n',
    },
    {
      name: 'sociale problemer ud over funktionsnedsættelsen',
      markdown:
        '## Målgruppe\n\nDu har en varigt nedsat funktionsevne. Nogle beboere har ud over deres handicap også et misbrug og særlige sociale problemer.\n',
    },
    {
      name: 'sociale problemer er ikke i sig selv grundlag',
      markdown:
        '## Målgruppe\n\nBeboerne har varigt nedsat psykisk funktionsevne. Enkelte har også særlige sociale problemer. Det er dog ikke i sig selv et grundlag for at få en bolig her.\n',
    },
    {
      name: 'tabel med varig målgruppe',
      markdown:
        '## Målgruppe\n\nBorgere med varigt nedsat funktionsevne.\n\n## Vores huse\n\n| Hus | Målgruppe |\n|---|---|\n| Egen | Voksne med varig hjerneskade |\n',
    },
    {
      name: '§ 85 er ikke omfattet',
      paragraphs: ['SEL § 85'],
      markdown: '## Målgruppe\n\nBorgere med særlige sociale problemer.\n',
    },
  ],
  invalid: [
    {
      name: 'kun betydelig',
      doc: true,
      markdown: '## Målgruppe\n\nTilbuddet er for dig med betydelig nedsat funktionsevne.\n',
      errors: [{ messageId: 'missingLasting' }],
    },
    {
      name: 'særlige sociale problemer',
      markdown:
        '## Målgruppe\n\nTilbuddet gives også til borgere med særlige sociale problemer.\n\nDu har varigt nedsat funktionsevne.\n',
      errors: [{ messageId: 'socialProblemsOnly', line: 3 }],
    },
    {
      name: 'både sociale problemer og intet varigt',
      markdown: '## Målgruppe\n\nBorgere med særlige sociale problemer.\n',
      errors: [{ messageId: 'missingLasting' }, { messageId: 'socialProblemsOnly', line: 3 }],
    },
    {
      name: 'varig om noget andet',
      markdown: '## Målgruppe\n\nDu har brug for en varig bolig.\n',
      errors: [{ messageId: 'missingLasting' }],
    },
    { name: 'kun alder', markdown: '## Målgruppe\n\nVoksne over 18 år.\n', errors: [{ messageId: 'missingLasting' }] },
    {
      name: 'tabelkolonne med sociale problemer uden for målgruppeafsnittet',
      markdown:
        '## Målgruppe\n\nBorgere med varigt nedsat funktionsevne.\n\n## Vores huse\n\n| Hus | Målgruppe |\n|---|---|\n| Bakken | Voksne med særlige sociale problemer uden egen bolig |\n',
      errors: [{ messageId: 'socialProblemsOnly', line: 9 }],
    },
    {
      name: 'behov i en periode',
      markdown:
        '## Målgruppe\n\nBorgere med varigt nedsat funktionsevne.\n\n| Hvem | Plads |\n|---|---|\n| Voksne, der i en periode har brug for døgnstøtte | 6 |\n',
      errors: [{ messageId: 'temporaryNeed', line: 7, data: { phrase: 'i en periode' } }],
    },
    {
      name: 'hver sætning for sig',
      markdown:
        '## Målgruppe\n\nBorgere med varigt nedsat funktionsevne.\n\nOgså borgere med særlige sociale problemer kan bo her. Det gælder ligeledes ved særlige sociale problemer med misbrug.\n',
      errors: [
        { messageId: 'socialProblemsOnly', line: 5 },
        { messageId: 'socialProblemsOnly', line: 5 },
      ],
    },
    {
      name: 'liste med sociale problemer',
      markdown: '## Målgruppe\n\n- varigt nedsat psykisk funktionsevne\n- særlige sociale problemer\n',
      errors: [{ messageId: 'socialProblemsOnly', line: 4 }],
    },
  ],
});
