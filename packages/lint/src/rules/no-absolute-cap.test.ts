import { RuleTester } from '../testing/rule-tester.js';
import rule from './no-absolute-cap.js';

new RuleTester().run(rule, {
  valid: [
    { name: 'typisk omfang fastsat efter behov', doc: true, markdown: 'Bostøtte ligger typisk på 1–3 timer om ugen; omfanget fastsættes ud fra dit konkrete behov.\n' },
    { name: 'udgangspunkt med revurdering', markdown: 'Støtten gives som udgangspunkt i op til 12 måneder, hvorefter vi vurderer dit behov igen.\n' },
    { name: 'revurdering i næste sætning', markdown: 'Forløbet varer højst 6 måneder. Herefter revurderes behovet sammen med dig.\n' },
    { name: 'sagsbehandlingstid er ikke et loft over støtten', markdown: 'Sagsbehandlingstiden er max. 8 uger.\n' },
    { name: 'åbningstid', markdown: 'Caféen har åbent op til 3 timer om dagen.\n' },
    { name: 'tidsbegrænset § 82 b er ikke omfattet', paragraphs: ['SEL § 82 b'], markdown: 'Forløbet er tidsbegrænset til 6 måneder.\n' },
    { name: 'uden fast tidsramme', markdown: 'Bostøtte kan leveres i forløb på op til 6 måneder eller uden fast tidsramme.\n' },
    { name: 'udtrykkeligt ikke et loft', markdown: 'Timetallet er ikke et loft; står der op til 3 timer, kan der bevilges flere, hvis behovet er større.\n' },
    { name: '§ 82 b nævnt i sætningen', markdown: 'Et forløb efter § 82 b varer højst fire måneder.\n' },
    { name: 'loft der fjernes', markdown: 'Det tidligere loft på 4 timer om ugen fjernes med denne standard.\n' },
  ],
  invalid: [
    { name: 'kan ikke overskrides', markdown: 'Der kan højst bevilges 2 timer om ugen, og rammen kan ikke overskrides.\n', errors: [{ messageId: 'capRegardless', line: 1 }] },
    { name: 'højst 3 timer om ugen', doc: true, markdown: 'Bostøtte udgør højst 3 timer om ugen.\n', errors: [{ messageId: 'cap', line: 1, data: { phrase: 'højst 3 timer' } }] },
    { name: 'stopper automatisk', markdown: 'Bostøtten stopper automatisk efter 12 måneder.\n', errors: [{ messageId: 'cap', line: 1 }] },
    { name: 'tal med bogstaver', markdown: 'Du kan få maksimalt to besøg om ugen.\n', errors: [{ messageId: 'cap', line: 1 }] },
    { name: 'uanset behov er en fejl', markdown: 'Der gives højst 4 timer om måneden uanset behov.\n', errors: [{ messageId: 'capRegardless', line: 1, severity: 'error' }] },
    { name: 'loft i et listepunkt', markdown: '## Omfang\n\n- Praktisk støtte: max. 2 timer om ugen\n', errors: [{ messageId: 'cap', line: 3 }] },
    { name: '§ 108-standard med loft på ledsagelse', paragraphs: ['SEL § 108'], markdown: 'Ledsagelse gives i op til 5 timer om måneden.\n', errors: [{ messageId: 'cap', line: 1 }] },
    { name: 'ophører efter uger', markdown: 'Hjælpen ophører efter 8 uger.\n', errors: [{ messageId: 'cap', line: 1 }] },
  ],
});
