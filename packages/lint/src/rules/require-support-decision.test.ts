import { RuleTester } from '../testing/rule-tester.js';
import rule from './require-support-decision.js';

const p107 = ['SEL § 107'];
const added =
  '\n\nUd over afgørelsen om selve botilbuddet træffer kommunen en særskilt afgørelse om den konkrete støtte, du skal have, for eksempel socialpædagogisk støtte efter servicelovens § 85.\n';
const suggestion = (markdown: string) => [
  { desc: 'Tilføj en sætning om den særskilte afgørelse om støtten', output: markdown.replace(/\n$/, '') + added },
];

new RuleTester().run(rule, {
  valid: [
    {
      name: 'støtten bevilges særskilt',
      paragraphs: p107,
      doc: true,
      markdown:
        '## Indhold\n\nDen konkrete støtte i botilbuddet bevilges særskilt, for eksempel som socialpædagogisk støtte.\n',
    },
    {
      name: 'særskilt afgørelse om støtte',
      paragraphs: p107,
      markdown: 'Kommunen træffer en særskilt afgørelse om den støtte, du skal have i botilbuddet.\n',
    },
    {
      name: 'ud over afgørelsen om boligen',
      paragraphs: p107,
      markdown: 'Ud over afgørelsen om botilbuddet træffes der afgørelse om, hvilken hjælp du skal have.\n',
    },
    {
      name: 'afgørelse om socialpædagogisk støtte',
      paragraphs: ['SEL § 108'],
      markdown: 'Der træffes også afgørelse om socialpædagogisk støtte efter § 85.\n',
    },
    {
      name: 'almenbolig med støtte efter § 85',
      paragraphs: ['ABL § 105'],
      markdown: 'Du lejer boligen, og støtten visiteres særskilt efter servicelovens § 85.\n',
    },
    {
      name: 'hjælpen bevilges for sig',
      paragraphs: ['SEL § 108', 'ABL § 105'],
      markdown:
        'I en almen bolig har du egen lejekontrakt, og den hjælp, du har brug for i dagligdagen, bevilges for sig efter servicelovens § 85.\n',
    },
    {
      name: 'besluttes for sig med eget brev',
      paragraphs: p107,
      markdown: 'Hvilken hjælp du skal have under opholdet, besluttes for sig, og du får et brev om netop det.\n',
    },
    {
      name: 'selvstændig afgørelse om hjælpen',
      paragraphs: p107,
      markdown:
        'Pladsen er kun rammen; hvilken bistand du får i hverdagen, tager vi stilling til i en selvstændig afgørelse.\n',
    },
    {
      name: 'service nævnt i ord uden paragraf',
      paragraphs: [],
      markdown:
        '# Kvalitetsstandard for længerevarende botilbud\n\n## Indhold\n\nDen støtte, du skal have i boligen, afgøres særskilt efter § 85.\n',
    },
    { name: '§ 85-standard er ikke omfattet', paragraphs: ['SEL § 85'], markdown: '## Indhold\n\nStøtte i hjemmet.\n' },
  ],
  invalid: [
    {
      name: 'kun boligmæssig ramme i § 107',
      paragraphs: p107,
      doc: true,
      markdown: '## Indhold\n\nTilbuddet er en bolig med personale døgnet rundt.\n',
      errors: [
        {
          messageId: 'missing',
          suggestions: [
            {
              desc: 'Tilføj en sætning om den særskilte afgørelse om støtten',
              output:
                '## Indhold\n\nTilbuddet er en bolig med personale døgnet rundt.\n\nUd over afgørelsen om selve botilbuddet træffer kommunen en særskilt afgørelse om den konkrete støtte, du skal have, for eksempel socialpædagogisk støtte efter servicelovens § 85.\n',
            },
          ],
          severity: 'error',
        },
      ],
    },
    {
      name: '§ 108 giver advarsel',
      paragraphs: ['SEL § 108'],
      markdown: '## Indhold\n\nDu får din egen lejlighed i botilbuddet.\n',
      errors: [
        {
          messageId: 'missing',
          suggestions: [
            {
              desc: 'Tilføj en sætning om den særskilte afgørelse om støtten',
              output:
                '## Indhold\n\nDu får din egen lejlighed i botilbuddet.\n\nUd over afgørelsen om selve botilbuddet træffer kommunen en særskilt afgørelse om den konkrete støtte, du skal have, for eksempel socialpædagogisk støtte efter servicelovens § 85.\n',
            },
          ],
          severity: 'warning',
        },
      ],
    },
    {
      name: 'støtte nævnt uden afgørelse',
      paragraphs: p107,
      markdown: '## Indhold\n\nI botilbuddet får du støtte til hverdagens gøremål.\n',
      errors: [
        {
          messageId: 'missing',
          suggestions: [
            {
              desc: 'Tilføj en sætning om den særskilte afgørelse om støtten',
              output:
                '## Indhold\n\nI botilbuddet får du støtte til hverdagens gøremål.\n\nUd over afgørelsen om selve botilbuddet træffer kommunen en særskilt afgørelse om den konkrete støtte, du skal have, for eksempel socialpædagogisk støtte efter servicelovens § 85.\n',
            },
          ],
        },
      ],
    },
    {
      name: 'afgørelse om botilbud alene',
      paragraphs: p107,
      markdown: '## Visitation\n\nKommunen træffer afgørelse om midlertidigt botilbud efter en udredning.\n',
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'separat nævnt om noget andet',
      paragraphs: p107,
      markdown: '## Egenbetaling\n\nEl og varme afregnes separat.\n',
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'særskilt afgørelse nægtet',
      paragraphs: p107,
      markdown: '## Indhold\n\nDer træffes ikke en særskilt afgørelse om støtten; den følger med pladsen.\n',
      errors: [
        {
          messageId: 'missing',
          suggestions: suggestion(
            '## Indhold\n\nDer træffes ikke en særskilt afgørelse om støtten; den følger med pladsen.\n',
          ),
        },
      ],
    },
    {
      name: 'støtte indeholdt i taksten',
      paragraphs: ['SEL § 108'],
      markdown: '## Indhold\n\nStøtten er indeholdt i taksten og bevilges ikke for sig.\n',
      errors: [
        {
          messageId: 'missing',
          suggestions: suggestion('## Indhold\n\nStøtten er indeholdt i taksten og bevilges ikke for sig.\n'),
        },
      ],
    },
    {
      name: 'service nævnt i ord, støtten følger pladsen',
      paragraphs: [],
      markdown:
        '# Kvalitetsstandard for midlertidigt botilbud\n\n## Indhold\n\nDu får den støtte, der hører til pladsen.\n',
      errors: [
        {
          messageId: 'missing',
          severity: 'error',
          suggestions: suggestion(
            '# Kvalitetsstandard for midlertidigt botilbud\n\n## Indhold\n\nDu får den støtte, der hører til pladsen.\n',
          ),
        },
      ],
    },
    {
      name: 'almenbolig uden støtte',
      paragraphs: ['ABL § 105'],
      markdown: '## Indhold\n\nDu lejer en almen bolig.\n',
      errors: [
        {
          messageId: 'missing',
          suggestions: [
            {
              desc: 'Tilføj en sætning om den særskilte afgørelse om støtten',
              output:
                '## Indhold\n\nDu lejer en almen bolig.\n\nUd over afgørelsen om selve botilbuddet træffer kommunen en særskilt afgørelse om den konkrete støtte, du skal have, for eksempel socialpædagogisk støtte efter servicelovens § 85.\n',
            },
          ],
          severity: 'warning',
        },
      ],
    },
  ],
});
