import { RuleTester } from '../testing/rule-tester.js';
import rule from './no-82-gate.js';

new RuleTester().run(rule, {
  valid: [
    { name: 'kravet nægtes', markdown: 'Du skal ikke først deltage i et gruppeforløb, før du kan søge om bostøtte.\n' },
    { name: 'tilbud uden krav', doc: true, markdown: 'Et gruppeforløb kan være et relevant tilbud, men du kan altid søge om bostøtte efter § 85.\n' },
    { name: 'tidsbegrænset bostøtte som mulighed', paragraphs: ['SEL § 82 b'], markdown: 'Bostøtte kan leveres som tidsbegrænset bostøtte eller uden fast tidsramme.\n' },
    { name: 'café som leveringsform med undtagelse', markdown: 'Udgangspunktet er, at du skal benytte bostøtte-caféen, medmindre særlige forhold gør, at støtten leveres på anden vis.\n' },
    { name: 'før uden tidligt tilbud', markdown: 'Du skal søge, før vi kan hjælpe dig.\n' },
    { name: 'krav om ansøgning', markdown: 'Det er en forudsætning for bostøtte, at du har søgt.\n' },
    { name: 'efter en konkret vurdering', markdown: 'Efter en konkret vurdering kan du først blive tilbudt et gruppeforløb, inden vi ser på bostøtte.\n' },
  ],
  invalid: [
    { name: 'altid gruppeforløb først', doc: true, markdown: 'Du skal altid gennemføre et gruppeforløb, før vi behandler en ansøgning om bostøtte.\n', errors: [{ messageId: 'gate', line: 1 }] },
    { name: 'forudsætning for § 85', markdown: 'Det er en forudsætning for bostøtte efter § 85, at du har deltaget i et gruppeforløb.\n', errors: [{ messageId: 'gate', line: 1 }] },
    { name: '§ 82 b før § 85', paragraphs: ['SEL § 82 b', 'SEL § 85'], markdown: 'Borgeren skal først have modtaget støtte efter § 82 b, inden der kan bevilges støtte efter § 85.\n', errors: [{ messageId: 'gate', line: 1 }] },
    { name: 'før-sætning først', markdown: 'Før du kan få socialpædagogisk støtte, skal du deltage i gruppebostøtte.\n', errors: [{ messageId: 'gate', line: 1 }] },
    { name: 'krav om café', markdown: '## Visitation\n\nDet er et krav, at du har brugt støttecaféen, før du visiteres til individuel bostøtte.\n', errors: [{ messageId: 'gate', line: 3 }] },
    { name: 'listepunkt', markdown: '- Du skal først deltage i et forebyggende tilbud, inden din ansøgning behandles\n', errors: [{ messageId: 'gate', line: 1 }] },
  ],
});
