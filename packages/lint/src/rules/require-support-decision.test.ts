import { RuleTester } from '../testing/rule-tester.js';
import rule from './require-support-decision.js';

new RuleTester().run(rule, {
  valid: [
    { name: 'støtten bevilges særskilt', doc: true, markdown: '## Indhold\n\nDen konkrete støtte i botilbuddet bevilges særskilt, for eksempel som socialpædagogisk støtte.\n' },
    { name: 'særskilt afgørelse om støtte', markdown: 'Kommunen træffer en særskilt afgørelse om den støtte, du skal have i botilbuddet.\n' },
    { name: 'ud over afgørelsen om boligen', markdown: 'Ud over afgørelsen om botilbuddet træffes der afgørelse om, hvilken hjælp du skal have.\n' },
    { name: 'afgørelse om socialpædagogisk støtte', paragraphs: ['SEL § 108'], markdown: 'Der træffes også afgørelse om socialpædagogisk støtte efter § 85.\n' },
    { name: 'almenbolig med støtte efter § 85', paragraphs: ['ABL § 105'], markdown: 'Du lejer boligen, og støtten visiteres særskilt efter servicelovens § 85.\n' },
    { name: '§ 85-standard er ikke omfattet', paragraphs: ['SEL § 85'], markdown: '## Indhold\n\nStøtte i hjemmet.\n' },
  ],
  invalid: [
    { name: 'kun boligmæssig ramme i § 107', doc: true, markdown: '## Indhold\n\nTilbuddet er en bolig med personale døgnet rundt.\n', errors: [{ messageId: 'missing', suggestions: [{ desc: 'Tilføj en sætning om den særskilte afgørelse om støtten', output: '## Indhold\n\nTilbuddet er en bolig med personale døgnet rundt.\n\nUd over afgørelsen om selve botilbuddet træffer kommunen en særskilt afgørelse om den konkrete støtte, du skal have, for eksempel socialpædagogisk støtte efter servicelovens § 85.\n' }], severity: 'error' }] },
    { name: '§ 108 giver advarsel', paragraphs: ['SEL § 108'], markdown: '## Indhold\n\nDu får din egen lejlighed i botilbuddet.\n', errors: [{ messageId: 'missing', suggestions: [{ desc: 'Tilføj en sætning om den særskilte afgørelse om støtten', output: '## Indhold\n\nDu får din egen lejlighed i botilbuddet.\n\nUd over afgørelsen om selve botilbuddet træffer kommunen en særskilt afgørelse om den konkrete støtte, du skal have, for eksempel socialpædagogisk støtte efter servicelovens § 85.\n' }], severity: 'warning' }] },
    { name: 'støtte nævnt uden afgørelse', markdown: '## Indhold\n\nI botilbuddet får du støtte til hverdagens gøremål.\n', errors: [{ messageId: 'missing', suggestions: [{ desc: 'Tilføj en sætning om den særskilte afgørelse om støtten', output: '## Indhold\n\nI botilbuddet får du støtte til hverdagens gøremål.\n\nUd over afgørelsen om selve botilbuddet træffer kommunen en særskilt afgørelse om den konkrete støtte, du skal have, for eksempel socialpædagogisk støtte efter servicelovens § 85.\n' }] }] },
    { name: 'afgørelse om botilbud alene', markdown: '## Visitation\n\nKommunen træffer afgørelse om midlertidigt botilbud efter en udredning.\n', errors: [{ messageId: 'missing' }] },
    { name: 'separat nævnt om noget andet', markdown: '## Egenbetaling\n\nEl og varme afregnes separat.\n', errors: [{ messageId: 'missing' }] },
    { name: 'almenbolig uden støtte', paragraphs: ['ABL § 105'], markdown: '## Indhold\n\nDu lejer en almen bolig.\n', errors: [{ messageId: 'missing', suggestions: [{ desc: 'Tilføj en sætning om den særskilte afgørelse om støtten', output: '## Indhold\n\nDu lejer en almen bolig.\n\nUd over afgørelsen om selve botilbuddet træffer kommunen en særskilt afgørelse om den konkrete støtte, du skal have, for eksempel socialpædagogisk støtte efter servicelovens § 85.\n' }], severity: 'warning' }] },
  ],
});
