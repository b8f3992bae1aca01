import { RuleTester } from '../testing/rule-tester.js';
import rule from './no-82-gate.js';

new RuleTester().run(rule, {
  valid: [
    { name: 'kravet nægtes', markdown: 'Du skal ikke først deltage i et gruppeforløb, før du kan søge om bostøtte.\n' },
    {
      name: 'tilbud uden krav',
      doc: true,
      markdown: 'Et gruppeforløb kan være et relevant tilbud, men du kan altid søge om bostøtte efter § 85.\n',
    },
    {
      name: 'tidsbegrænset bostøtte som mulighed',
      paragraphs: ['SEL § 82 b'],
      markdown: 'Bostøtte kan leveres som tidsbegrænset bostøtte eller uden fast tidsramme.\n',
    },
    {
      name: 'café som leveringsform med undtagelse',
      markdown:
        'Udgangspunktet er, at du skal benytte bostøtte-caféen, medmindre særlige forhold gør, at støtten leveres på anden vis.\n',
    },
    { name: 'før uden tidligt tilbud', markdown: 'Du skal søge, før vi kan hjælpe dig.\n' },
    { name: 'krav om ansøgning', markdown: 'Det er en forudsætning for bostøtte, at du har søgt.\n' },
    {
      name: 'afvist betingelse med aldrig',
      markdown:
        'Mange starter i en samtalegruppe efter § 82 a, men det bliver aldrig en betingelse for at få din sag om bostøtte behandlet.\n',
    },
    {
      name: 'uden først at',
      markdown: 'Du kan søge socialpædagogisk støtte med det samme, uden først at gå på et gruppeforløb.\n',
    },
    {
      name: 'nægtet krav med skal ikke',
      markdown: 'Man skal ikke have været på et forebyggende forløb, før man kan søge om bostøtte.\n',
    },
    {
      name: 'overvejelse i en sag',
      type: 'andet',
      markdown:
        'Forvaltningen har overvejet at indføre gruppeforløb som obligatorisk første trin før bostøtte, men indstiller det ikke.\n',
    },
    {
      name: 'vi ser også på et forløb',
      markdown:
        'Før vi træffer afgørelse om din støtte, undersøger vi også, om et tidsbegrænset forløb efter § 82 b passer til dig.\n',
    },
    {
      name: 'først beskriver samtalen',
      markdown:
        'Først taler vi om, hvorvidt et gruppetilbud kan hjælpe, men du kan altid søge bostøtte efter § 85 samtidig.\n',
    },
    {
      name: 'efter en konkret vurdering',
      markdown: 'Efter en konkret vurdering kan du først blive tilbudt et gruppeforløb, inden vi ser på bostøtte.\n',
    },
  ],
  invalid: [
    {
      name: 'altid gruppeforløb først',
      doc: true,
      markdown: 'Du skal altid gennemføre et gruppeforløb, før vi behandler en ansøgning om bostøtte.\n',
      errors: [{ messageId: 'gate', line: 1 }],
    },
    {
      name: 'forudsætning for § 85',
      markdown: 'Det er en forudsætning for bostøtte efter § 85, at du har deltaget i et gruppeforløb.\n',
      errors: [{ messageId: 'gate', line: 1 }],
    },
    {
      name: '§ 82 b før § 85',
      paragraphs: ['SEL § 82 b', 'SEL § 85'],
      markdown: 'Borgeren skal først have modtaget støtte efter § 82 b, inden der kan bevilges støtte efter § 85.\n',
      errors: [{ messageId: 'gate', line: 1 }],
    },
    {
      name: 'før-sætning først',
      markdown: 'Før du kan få socialpædagogisk støtte, skal du deltage i gruppebostøtte.\n',
      errors: [{ messageId: 'gate', line: 1 }],
    },
    {
      name: 'krav om café',
      markdown:
        '## Visitation\n\nDet er et krav, at du har brugt støttecaféen, før du visiteres til individuel bostøtte.\n',
      errors: [{ messageId: 'gate', line: 3 }],
    },
    {
      name: 'forudsætter uden paragraf',
      markdown: 'Individuel bostøtte forudsætter, at man forinden har gennemført et af vores gruppetilbud.\n',
      errors: [{ messageId: 'gate', line: 1 }],
    },
    {
      name: 'først når forløbet er prøvet',
      paragraphs: ['SEL § 82 b', 'SEL § 85'],
      markdown:
        'Vi tager stilling til socialpædagogisk støtte efter § 85 først, når et kortvarigt forløb efter § 82 b er prøvet af.\n',
      errors: [{ messageId: 'gate', line: 1 }],
    },
    {
      name: 'obligatorisk første trin',
      paragraphs: ['SEL § 82 a'],
      markdown:
        'Et gruppeforløb er et obligatorisk første trin, før vi kan behandle ansøgninger om individuel støtte.\n',
      errors: [{ messageId: 'gate', line: 1 }],
    },
    {
      name: 'inden-sætning med skal have deltaget',
      markdown:
        'Inden vi kan bevilge bostøtte efter § 85, skal du have deltaget i et gruppebaseret tilbud efter § 82 a.\n',
      errors: [{ messageId: 'gate', line: 1 }],
    },
    {
      name: 'listepunkt',
      markdown: '- Du skal først deltage i et forebyggende tilbud, inden din ansøgning behandles\n',
      errors: [{ messageId: 'gate', line: 1 }],
    },
  ],
});
