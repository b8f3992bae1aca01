import { RuleTester } from '../testing/rule-tester.js';
import rule from './target-group-108.js';

new RuleTester().run(rule, {
  valid: [
    { name: 'betydelig og varigt nedsat', doc: true, markdown: '## Målgruppe\n\nTilbuddet er for dig, der har betydelig og varigt nedsat fysisk eller psykisk funktionsevne.\n' },
    { name: 'varig og betydelig', markdown: '## Målgruppe\n\nDu har en varig og betydelig funktionsnedsættelse og behov for omfattende hjælp.\n' },
    { name: 'spørgeform', markdown: '## Hvem kan få et længerevarende botilbud?\n\nBorgere med varigt nedsat funktionsevne, som ikke kan få dækket behovet på anden måde.\n' },
    { name: 'ingen målgruppe (andet regel)', markdown: '## Indhold\n\nDu får din egen bolig.\n' },
    { name: 'kombineret med § 107', paragraphs: ['SEL § 107', 'SEL § 108'], markdown: '## Målgruppe\n\nBorgere med særlige sociale problemer eller varigt nedsat funktionsevne.\n' },
    { name: '§ 85 er ikke omfattet', paragraphs: ['SEL § 85'], markdown: '## Målgruppe\n\nBorgere med særlige sociale problemer.\n' },
  ],
  invalid: [
    { name: 'kun betydelig', doc: true, markdown: '## Målgruppe\n\nTilbuddet er for dig med betydelig nedsat funktionsevne.\n', errors: [{ messageId: 'missingLasting', line: 1 }] },
    { name: 'særlige sociale problemer', markdown: '## Målgruppe\n\nTilbuddet gives også til borgere med særlige sociale problemer.\n\nDu har varigt nedsat funktionsevne.\n', errors: [{ messageId: 'socialProblemsOnly', line: 3 }] },
    { name: 'både sociale problemer og intet varigt', markdown: '## Målgruppe\n\nBorgere med særlige sociale problemer.\n', errors: [{ messageId: 'missingLasting', line: 1 }, { messageId: 'socialProblemsOnly', line: 3 }] },
    { name: 'varig om noget andet', markdown: '## Målgruppe\n\nDu har brug for en varig bolig.\n', errors: [{ messageId: 'missingLasting', line: 1 }] },
    { name: 'kun alder', markdown: '## Målgruppe\n\nVoksne over 18 år.\n', errors: [{ messageId: 'missingLasting', line: 1 }] },
    { name: 'liste med sociale problemer', markdown: '## Målgruppe\n\n- varigt nedsat psykisk funktionsevne\n- særlige sociale problemer\n', errors: [{ messageId: 'socialProblemsOnly', line: 4 }] },
  ],
});
