import { RuleTester } from '../testing/rule-tester.js';
import rule from './complaint-deadline.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'videre til Ankestyrelsen efter genvurdering',
      markdown:
        'Send din klage til os inden 4 uger. Vi ser på afgørelsen igen, og holder vi fast i den, sendes klagen til Ankestyrelsen.\n',
    },
    {
      name: 'nægtet direkte klage',
      markdown: 'Du skal ikke klage direkte til Ankestyrelsen, men til os, som vurderer sagen igen.\n',
    },
    {
      name: 'fire uger til kommunen',
      doc: true,
      markdown: 'Du kan klage inden 4 uger. Send klagen til kommunen, som vurderer sagen igen.\n',
    },
    {
      name: 'fire uger i bogstaver',
      markdown: 'En klage skal indgives inden fire uger efter modtagelsen af afgørelsen.\n',
    },
    { name: 'Ankestyrelsens behandlingstid', markdown: 'Ankestyrelsen behandler klagen inden for 3 måneder.\n' },
    { name: 'indbringes for Ankestyrelsen', markdown: 'Afgørelsen kan indbringes for Ankestyrelsen inden 4 uger.\n' },
    { name: 'frist uden klage', markdown: 'Vi træffer afgørelse inden 8 uger.\n' },
    {
      name: 'kommunen sender videre inden 4 uger',
      markdown: 'Fastholder vi afgørelsen, sender vi klagen videre til Ankestyrelsen inden 4 uger.\n',
    },
    { name: '28 dage', markdown: 'Klagen skal være modtaget senest 28 dage efter, at du fik afgørelsen.\n' },
  ],
  invalid: [
    {
      name: 'klagefrist i tabelrække',
      markdown: '| Emne | Frist |\n| --- | --- |\n| Klagefrist | 14 dage efter afgørelsen |\n',
      errors: [
        {
          messageId: 'wrongDeadline',
          suggestions: [
            {
              desc: 'Ret fristen til 4 uger',
              output: '| Emne | Frist |\n| --- | --- |\n| Klagefrist | 4 uger efter afgørelsen |\n',
            },
          ],
          line: 3,
        },
      ],
      output: '| Emne | Frist |\n| --- | --- |\n| Klagefrist | 4 uger efter afgørelsen |\n',
    },
    {
      name: 'direkte til Ankestyrelsen inden 30 dage',
      doc: true,
      markdown: 'Klag direkte til Ankestyrelsen inden 30 dage.\n',
      errors: [
        { messageId: 'direct', line: 1, data: { phrase: 'direkte til Ankestyrelsen' } },
        {
          messageId: 'wrongDeadline',
          suggestions: [{ desc: 'Ret fristen til 4 uger', output: 'Klag direkte til Ankestyrelsen inden 4 uger.\n' }],
          line: 1,
          data: { phrase: 'inden 30 dage' },
        },
      ],
      output: 'Klag direkte til Ankestyrelsen inden 4 uger.\n',
    },
    {
      name: '14 dage',
      markdown: 'Du kan klage inden 14 dage.\n',
      errors: [
        {
          messageId: 'wrongDeadline',
          text: 'inden 14 dage',
          column: 14,
          endColumn: 27,
          suggestions: [{ desc: 'Ret fristen til 4 uger', output: 'Du kan klage inden 4 uger.\n' }],
          line: 1,
        },
      ],
      output: 'Du kan klage inden 4 uger.\n',
    },
    {
      name: 'en måned',
      markdown: 'En klage skal være modtaget senest en måned efter afgørelsen.\n',
      errors: [
        {
          messageId: 'wrongDeadline',
          suggestions: [
            { desc: 'Ret fristen til 4 uger', output: 'En klage skal være modtaget senest 4 uger efter afgørelsen.\n' },
          ],
          line: 1,
        },
      ],
      output: 'En klage skal være modtaget senest 4 uger efter afgørelsen.\n',
    },
    {
      name: 'otte ugers klagefrist',
      markdown: '## Klageadgang\n\nDer er otte ugers klagefrist.\n',
      errors: [
        {
          messageId: 'wrongDeadline',
          suggestions: [{ desc: 'Ret fristen til 4 ugers', output: '## Klageadgang\n\nDer er 4 ugers klagefrist.\n' }],
          line: 3,
        },
      ],
      output: '## Klageadgang\n\nDer er 4 ugers klagefrist.\n',
    },
    {
      name: 'klagefristen er 6 uger',
      markdown: 'Klagefristen er 6 uger.\n',
      errors: [
        {
          messageId: 'wrongDeadline',
          text: 'Klagefristen er 6 uger',
          suggestions: [{ desc: 'Ret fristen til 4 uger', output: 'Klagefristen er 4 uger.\n' }],
          line: 1,
        },
      ],
      output: 'Klagefristen er 4 uger.\n',
    },
    {
      name: 'direkte til Ankestyrelsen trods genvurdering',
      markdown: 'Vi genvurderer ikke sagen; du kan sende klagen direkte til Ankestyrelsen inden 4 uger.\n',
      errors: [{ messageId: 'direct', line: 1 }],
    },
    {
      name: 'send klagen til Ankestyrelsen',
      markdown: 'Send din klage til Ankestyrelsen inden 4 uger.\n',
      errors: [{ messageId: 'direct', line: 1 }],
    },
  ],
});
