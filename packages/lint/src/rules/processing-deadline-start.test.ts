import { RuleTester } from '../testing/rule-tester.js';
import rule from './processing-deadline-start.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'leveringsfrist fra afgørelsen',
      markdown: 'Fristen for opstart løber fra, afgørelsen er truffet og udredningen er afsluttet.\n',
    },
    {
      name: 'fra ansøgningen modtages',
      doc: true,
      markdown:
        'Fristen løber fra den dag, vi modtager din ansøgning, og omfatter den tid, vi bruger på at oplyse sagen.\n',
    },
    {
      name: 'oplysninger uden frist',
      markdown: 'Når sagsbehandleren har indhentet de fornødne oplysninger, får du besked.\n',
    },
    { name: 'frist uden startpunkt', markdown: 'Sagsbehandlingstiden er højst 8 uger.\n' },
    {
      name: 'oplysninger nævnt i anden sammenhæng',
      markdown: 'Vi indhenter alle nødvendige oplysninger hurtigst muligt.\n',
    },
    { name: 'fristen gælder for ansøgninger', markdown: 'Fristen gælder for alle ansøgninger om bostøtte.\n' },
    { name: 'klagefrist løber fra afgørelsen', markdown: 'Klagefristen løber fra du modtager afgørelsen.\n' },
  ],
  invalid: [
    {
      name: 'efter hjemmebesøget',
      markdown: 'Vi træffer afgørelse senest 4 uger efter hjemmebesøget.\n',
      errors: [{ messageId: 'wrongStart', line: 1 }],
    },
    {
      name: 'fra de sidste oplysninger',
      markdown: 'Du får afgørelse senest 6 uger, regnet fra de sidste oplysninger foreligger.\n',
      errors: [
        {
          messageId: 'wrongStart',
          suggestions: [
            {
              desc: 'Erstat sætningen med en korrekt beskrivelse af fristen',
              output:
                'Fristen regnes fra den dag, kommunen modtager din ansøgning, og omfatter den tid, vi bruger på at oplyse sagen.\n',
            },
          ],
          line: 1,
        },
      ],
    },
    {
      name: 'begynder først når alle oplysninger er der',
      doc: true,
      markdown: 'Fristen begynder først, når vi har alle oplysninger i sagen.\n',
      errors: [
        {
          messageId: 'wrongStart',
          suggestions: [
            {
              desc: 'Erstat sætningen med en korrekt beskrivelse af fristen',
              output:
                'Fristen regnes fra den dag, kommunen modtager din ansøgning, og omfatter den tid, vi bruger på at oplyse sagen.\n',
            },
          ],
          line: 1,
          data: { phrase: 'alle oplysninger' },
        },
      ],
    },
    {
      name: 'regnes fra sagen er oplyst',
      markdown: 'Sagsbehandlingstiden regnes fra det tidspunkt, hvor sagen er fuldt oplyst.\n',
      errors: [
        {
          messageId: 'wrongStart',
          suggestions: [
            {
              desc: 'Erstat sætningen med en korrekt beskrivelse af fristen',
              output:
                'Fristen regnes fra den dag, kommunen modtager din ansøgning, og omfatter den tid, vi bruger på at oplyse sagen.\n',
            },
          ],
          line: 1,
        },
      ],
    },
    {
      name: 'starter efter udredning',
      markdown: 'Svarfristen starter, når udredningen er afsluttet.\n',
      errors: [
        {
          messageId: 'wrongStart',
          suggestions: [
            {
              desc: 'Erstat sætningen med en korrekt beskrivelse af fristen',
              output:
                'Fristen regnes fra den dag, kommunen modtager din ansøgning, og omfatter den tid, vi bruger på at oplyse sagen.\n',
            },
          ],
          line: 1,
        },
      ],
    },
    {
      name: 'løber fra komplet ansøgning',
      markdown: '## Sagsbehandlingsfrist\n\nFristen løber fra vi har modtaget en komplet ansøgning.\n',
      errors: [
        {
          messageId: 'wrongStart',
          suggestions: [
            {
              desc: 'Erstat sætningen med en korrekt beskrivelse af fristen',
              output:
                '## Sagsbehandlingsfrist\n\nFristen regnes fra den dag, kommunen modtager din ansøgning, og omfatter den tid, vi bruger på at oplyse sagen.\n',
            },
          ],
          line: 3,
        },
      ],
    },
    {
      name: 'tæller fra indhentet',
      markdown: 'Fristen tæller fra vi har indhentet oplysninger fra lægen.\n',
      errors: [
        {
          messageId: 'wrongStart',
          suggestions: [
            {
              desc: 'Erstat sætningen med en korrekt beskrivelse af fristen',
              output:
                'Fristen regnes fra den dag, kommunen modtager din ansøgning, og omfatter den tid, vi bruger på at oplyse sagen.\n',
            },
          ],
          line: 1,
        },
      ],
    },
    {
      name: 'de nødvendige oplysninger',
      markdown: 'Sagsbehandlingsfristen påbegyndes, når de nødvendige oplysninger foreligger.\n',
      errors: [
        {
          messageId: 'wrongStart',
          suggestions: [
            {
              desc: 'Erstat sætningen med en korrekt beskrivelse af fristen',
              output:
                'Fristen regnes fra den dag, kommunen modtager din ansøgning, og omfatter den tid, vi bruger på at oplyse sagen.\n',
            },
          ],
          line: 1,
        },
      ],
    },
  ],
});
