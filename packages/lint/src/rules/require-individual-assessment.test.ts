import { RuleTester } from '../testing/rule-tester.js';
import rule from './require-individual-assessment.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'konkret og individuel vurdering',
      doc: true,
      markdown: '## Formål\n\nVi træffer afgørelse efter en konkret og individuel vurdering af dit behov.\n',
    },
    { name: 'vejledende serviceniveau', markdown: 'Serviceniveauet i standarden er vejledende.\n' },
    {
      name: 'individuel vurdering i omvendt rækkefølge',
      markdown: 'Bevillingen beror på en vurdering, der er individuel og tager udgangspunkt i dig.\n',
    },
    { name: 'helhedsvurdering', markdown: 'VUM indgår i en samlet faglig helhedsvurdering.\n' },
    { name: 'kan fraviges', markdown: 'Niveauerne kan fraviges, når dit behov kræver det.\n' },
    { name: 'vurderes individuelt', markdown: 'Dit behov for støtte vurderes individuelt.\n' },
    { name: 'et pejlemærke', markdown: 'Beskrivelserne er et pejlemærke for sagsbehandleren.\n' },
    { name: 'en rettesnor', markdown: 'Standarden er en rettesnor for, hvad du normalt kan få.\n' },
    { name: 'mere eller mindre end beskrevet', markdown: 'Du kan få mere eller mindre hjælp end beskrevet her.\n' },
    { name: 'vi ser på hele din situation', markdown: 'Vi ser altid på hele din situation, før vi beslutter noget.\n' },
    { name: 'afhænger af dit behov', markdown: 'Hvor meget hjælp du får, afhænger af dit behov.\n' },
    {
      name: 'erstatter ikke vurderingen af den enkelte',
      markdown: 'Oversigten træder ikke i stedet for vurderingen af den enkelte ansøger.\n',
    },
    { name: 'ikke en facitliste', markdown: 'Tabellen er ikke en facitliste.\n' },
    { name: 'planer er ikke omfattet', type: 'plan', markdown: 'Tekst uden vurdering.\n' },
  ],
  invalid: [
    {
      name: 'ingen sætning om vurdering',
      doc: true,
      markdown: '## Formål\n\nBostøtte hjælper dig med at klare hverdagen.\n',
      errors: [
        {
          messageId: 'missing',
          suggestions: [
            {
              desc: 'Tilføj en sætning om den konkrete, individuelle vurdering',
              output:
                '## Formål\n\nBostøtte hjælper dig med at klare hverdagen.\n\nServiceniveauet i denne kvalitetsstandard er vejledende. Kommunen træffer altid afgørelse efter en konkret og individuel vurdering af dit behov og kan give mere eller anden hjælp, når dit behov kræver det.\n',
            },
          ],
        },
      ],
    },
    {
      name: 'kun ordet vurdering',
      markdown: '## Visitation\n\nSagsbehandleren laver en vurdering af sagen.\n',
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'konkret uden vurdering',
      markdown: 'Støtten gives til konkrete opgaver i hjemmet.\n',
      errors: [{ messageId: 'missing' }],
    },
    { name: 'individuel uden vurdering', markdown: 'Du får en individuel plan.\n', errors: [{ messageId: 'missing' }] },
    {
      name: 'vejledende om noget andet',
      markdown: 'Kommunen giver vejledende rådgivning om boligstøtte.\n',
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'individuel vurdering afvist',
      markdown: 'Der foretages ikke en individuel vurdering; alle får den samme pakke.\n',
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'konkret vurdering kun i tvivlstilfælde',
      markdown: 'Hvis der er tvivl om behovet, laver vi en konkret vurdering.\n',
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'regelbog uden skøn',
      markdown: '## Omfang\n\nDu får 2 timer om ugen.\n\n## Målgruppe\n\nVoksne over 18 år.\n',
      errors: [
        {
          messageId: 'missing',
          suggestions: [
            {
              desc: 'Tilføj en sætning om den konkrete, individuelle vurdering',
              output:
                '## Omfang\n\nDu får 2 timer om ugen.\n\n## Målgruppe\n\nVoksne over 18 år.\n\nServiceniveauet i denne kvalitetsstandard er vejledende. Kommunen træffer altid afgørelse efter en konkret og individuel vurdering af dit behov og kan give mere eller anden hjælp, når dit behov kræver det.\n',
            },
          ],
        },
      ],
    },
  ],
});
