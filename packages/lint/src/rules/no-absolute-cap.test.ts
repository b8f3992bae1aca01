import { RuleTester } from '../testing/rule-tester.js';
import rule from './no-absolute-cap.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'typisk omfang fastsat efter behov',
      doc: true,
      markdown: 'Bostøtte ligger typisk på 1–3 timer om ugen; omfanget fastsættes ud fra dit konkrete behov.\n',
    },
    {
      name: 'udgangspunkt med revurdering',
      markdown: 'Støtten gives som udgangspunkt i op til 12 måneder, hvorefter vi vurderer dit behov igen.\n',
    },
    {
      name: 'revurdering i næste sætning',
      markdown: 'Forløbet varer højst 6 måneder. Herefter revurderes behovet sammen med dig.\n',
    },
    { name: 'sagsbehandlingstid er ikke et loft over støtten', markdown: 'Sagsbehandlingstiden er max. 8 uger.\n' },
    { name: 'åbningstid', markdown: 'Caféen har åbent op til 3 timer om dagen.\n' },
    {
      name: 'tidsbegrænset § 82 b er ikke omfattet',
      paragraphs: ['SEL § 82 b'],
      markdown: 'Forløbet er tidsbegrænset til 6 måneder.\n',
    },
    {
      name: 'uden fast tidsramme',
      markdown: 'Bostøtte kan leveres i forløb på op til 6 måneder eller uden fast tidsramme.\n',
    },
    {
      name: 'udtrykkeligt ikke et loft',
      markdown:
        'Timetallet er ikke et loft; står der op til 3 timer, kan der bevilges flere, hvis behovet er større.\n',
    },
    { name: '§ 82 b nævnt i sætningen', markdown: 'Et forløb efter § 82 b varer højst fire måneder.\n' },
    {
      name: 'udgangspunkt med lovet genvurdering',
      markdown: 'Forløbet varer op til et år, og vi ser på det igen undervejs.\n',
    },
    {
      name: 'tabellens tal er ikke et loft',
      markdown:
        '## Omfang\n\n| Niveau | Timer |\n|---|---|\n| Let | op til 2 timer om ugen |\n\nTallene i tabellen er ikke et loft.\n',
    },
    {
      name: 'næste sætning giver mere ved behov',
      markdown: 'Mange får op til 3 timer om ugen. Har du brug for mere, kan du få mere.\n',
    },
    {
      name: 'en frist for et møde er ikke et loft over hjælpen',
      markdown: 'Vi holder det første møde med dig højst 3 uger efter, at du er flyttet ind.\n',
    },
    { name: 'kontinuitet i personalet', markdown: 'Du møder højst fire forskellige hjælpere på en uge.\n' },
    { name: 'et krav, der afvises', markdown: 'Det er ikke et krav, at forløbet slutter efter 6 måneder.\n' },
    {
      name: 'undtagelse i en tabelrække',
      markdown:
        '| Opgave | Hyppighed |\n|---|---|\n| Bad | op til 2 gange om ugen, oftere hvis dit behov kræver det |\n',
    },
    { name: 'loft der fjernes', markdown: 'Det tidligere loft på 4 timer om ugen fjernes med denne standard.\n' },
  ],
  invalid: [
    {
      name: 'kan ikke overskrides',
      markdown: 'Der kan højst bevilges 2 timer om ugen, og rammen kan ikke overskrides.\n',
      errors: [{ messageId: 'capRegardless', line: 1 }],
    },
    {
      name: 'højst 3 timer om ugen',
      doc: true,
      markdown: 'Bostøtte udgør højst 3 timer om ugen.\n',
      errors: [{ messageId: 'cap', line: 1, data: { phrase: 'højst 3 timer' } }],
    },
    {
      name: 'stopper automatisk',
      markdown: 'Bostøtten stopper automatisk efter 12 måneder.\n',
      errors: [{ messageId: 'cap', line: 1 }],
    },
    {
      name: 'tal med bogstaver',
      markdown: 'Du kan få maksimalt to besøg om ugen.\n',
      errors: [{ messageId: 'cap', line: 1 }],
    },
    {
      name: 'uanset behov er en fejl',
      markdown: 'Der gives højst 4 timer om måneden uanset behov.\n',
      errors: [{ messageId: 'capRegardless', line: 1, severity: 'error' }],
    },
    {
      name: 'loft i et listepunkt',
      markdown: '## Omfang\n\n- Praktisk støtte: max. 2 timer om ugen\n',
      errors: [{ messageId: 'cap', line: 3 }],
    },
    {
      name: '§ 108-standard med loft på ledsagelse',
      paragraphs: ['SEL § 108'],
      markdown: 'Ledsagelse gives i op til 5 timer om måneden.\n',
      errors: [{ messageId: 'cap', line: 1 }],
    },
    {
      name: 'må ikke overstige',
      markdown: 'Ledsagelsen må ikke overstige 15 timer om måneden.\n',
      errors: [{ messageId: 'cap', line: 1, data: { phrase: 'ikke overstige 15 timer' } }],
    },
    {
      name: 'et loft på',
      markdown: 'Der er et loft på 3 timer praktisk hjælp om ugen.\n',
      errors: [{ messageId: 'cap', line: 1, data: { phrase: 'loft på 3 timer' } }],
    },
    {
      name: 'aldrig mere end',
      markdown: 'Du får aldrig mere end to besøg om dagen.\n',
      errors: [{ messageId: 'cap', line: 1, data: { phrase: 'aldrig mere end to besøg' } }],
    },
    {
      name: 'loft i procent',
      markdown: 'Hjælpen til rengøring udgør højst 30 procent af den samlede tid.\n',
      errors: [{ messageId: 'cap', line: 1, data: { phrase: 'højst 30 procent' } }],
    },
    {
      name: 'loft i pct.',
      markdown: 'Aflastningen udgør maksimalt 20 pct. af døgnet.\n',
      errors: [{ messageId: 'cap', line: 1 }],
    },
    {
      name: 'uanset andre forhold',
      markdown: 'Badning udgør højst 20 minutter, uanset hvor meget hjælp du har brug for.\n',
      errors: [{ messageId: 'capRegardless', line: 1, severity: 'error' }],
    },
    {
      name: 'begrænset til',
      markdown: 'Forløbet er begrænset til 6 måneder.\n',
      errors: [{ messageId: 'cap', line: 1 }],
    },
    {
      name: 'en tabelrækkes undtagelse gælder ikke resten af afsnittet',
      markdown:
        '## Omfang\n\n| Opgave | Hyppighed |\n|---|---|\n| Bad | op til 2 gange om ugen, oftere hvis dit behov kræver det |\n\nTøjvask udgør højst 1 time om ugen.\n',
      errors: [{ messageId: 'cap', line: 7 }],
    },
    {
      name: 'ophører efter uger',
      markdown: 'Hjælpen ophører efter 8 uger.\n',
      errors: [{ messageId: 'cap', line: 1 }],
    },
  ],
});
