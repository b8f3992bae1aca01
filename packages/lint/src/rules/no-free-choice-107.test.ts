import { RuleTester } from '../testing/rule-tester.js';
import rule from './no-free-choice-107.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'ikke frit valg',
      doc: true,
      markdown: 'Der er ikke frit valg af midlertidigt botilbud, men dine ønsker indgår i vurderingen.\n',
    },
    { name: 'intet frit valg', markdown: '## Frit valg\n\nDer er intet frit valg af leverandør.\n' },
    { name: 'ønsker indgår', markdown: 'Ved valg af tilbud inddrager vi dine ønsker.\n' },
    {
      name: 'overskriften alene',
      markdown: '## Frit valg\n\nKommunen anviser et tilbud ud fra dit behov og dine ønsker.\n',
    },
    {
      name: 'kombineret § 107 og § 108',
      paragraphs: ['SEL § 107', 'SEL § 108'],
      markdown: 'Du har frit valg af længerevarende botilbud.\n',
    },
    { name: '§ 85 er ikke omfattet', paragraphs: ['SEL § 85'], markdown: 'Du har frit valg af leverandør.\n' },
    {
      name: 'reglerne om frit valg kan ikke bruges',
      markdown: 'Reglerne om frit valg, der hører til de længerevarende tilbud, kan ikke anvendes her.\n',
    },
    {
      name: 'reglerne om frit valg under en betingelse',
      markdown: 'Kun hvis du senere skal bo i et længerevarende tilbud, gælder reglerne om frit valg.\n',
    },
    {
      name: 'nægtet i samme ledsætning med ønsker bagefter',
      markdown: 'Du kan ikke frit vælge dit midlertidige botilbud, men vi lytter til dine ønsker.\n',
    },
    {
      name: 'frit valg ved senere flytning efter § 108',
      markdown: 'Flytter du senere i et længerevarende botilbud efter § 108, har du frit valg efter reglerne dér.\n',
    },
  ],
  invalid: [
    {
      name: 'frit vælge et midlertidigt tilbud uden for kommunen',
      markdown: 'Du kan frit vælge et midlertidigt botilbud i en nabokommune.\n',
      errors: [{ messageId: 'promised', line: 1 }],
    },
    {
      name: 'frit vælge mellem alle',
      doc: true,
      markdown: 'Du kan frit vælge mellem alle midlertidige botilbud i landet.\n',
      errors: [{ messageId: 'promised', line: 1, data: { phrase: 'frit vælge' } }],
    },
    {
      name: 'frit valg af botilbud',
      markdown: 'Du har frit valg af botilbud.\n',
      errors: [{ messageId: 'promised', line: 1 }],
    },
    {
      name: 'vælge frit',
      markdown: 'Du kan vælge frit blandt kommunens tilbud.\n',
      errors: [{ messageId: 'promised', line: 1 }],
    },
    {
      name: 'frit-valg med bindestreg',
      markdown: '## Leverandør\n\nDer er frit-valg mellem to leverandører.\n',
      errors: [{ messageId: 'promised', line: 3 }],
    },
    {
      name: 'retten til at vælge',
      markdown: 'Du har retten til at vælge botilbud.\n',
      errors: [{ messageId: 'promised', line: 1 }],
    },
    {
      name: 'nægtelse i en anden ledsætning',
      markdown: 'Du kan frit vælge et midlertidigt botilbud i en anden kommune, hvis det ikke koster mere.\n',
      errors: [{ messageId: 'promised', line: 1, data: { phrase: 'frit vælge' } }],
    },
    { name: 'listepunkt', markdown: '- valgfrihed mellem tilbud\n', errors: [{ messageId: 'promised', line: 1 }] },
  ],
});
