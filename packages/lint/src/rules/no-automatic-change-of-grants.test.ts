import { RuleTester } from '../testing/rule-tester.js';
import rule from './no-automatic-change-of-grants.js';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'ny afgørelse ved ændret serviceniveau',
      doc: true,
      markdown: 'Ændrer vi serviceniveauet, får du en ny afgørelse efter en konkret vurdering af din situation.\n',
    },
    {
      name: 'ændring efter opfølgning kræver ny afgørelse',
      markdown:
        'Viser opfølgningen, at støtten skal ændres, træffer sagsbehandleren en ny afgørelse, før ændringen træder i kraft.\n',
    },
    {
      name: 'eksisterende bevillinger med partshøring',
      markdown: 'Eksisterende bevillinger tilpasses først efter partshøring og en ny afgørelse.\n',
    },
    { name: 'automatisk påmindelse', markdown: 'Du får automatisk en påmindelse om dit besøg.\n' },
    {
      name: 'støtten tilpasses dit behov',
      markdown: 'Støtten tilpasses løbende efter dit behov i samarbejde med dig.\n',
    },
    {
      name: 'tidsbegrænset forløb ophører af sig selv',
      markdown:
        'Når den aftalte periode for et forløb er slut, ophører støtten automatisk, og du kan søge om anden hjælp.\n',
    },
    {
      name: 'ændring først efter ny konkret afgørelse',
      markdown:
        'Igangværende bevillinger ændres først, når vi har truffet en ny, konkret afgørelse ved næste opfølgning.\n',
    },
    { name: 'gælder fra en dato', markdown: 'Standarden gælder fra 1. januar 2026.\n' },
  ],
  invalid: [
    {
      name: 'bevillinger justeres uden videre',
      doc: true,
      markdown: 'Når standarden ændres, justeres alle bevillinger uden videre.\n',
      errors: [{ messageId: 'automaticChange', line: 1, data: { phrase: 'justeres alle bevillinger uden videre' } }],
    },
    {
      name: 'gælder også eksisterende bevillinger',
      markdown: 'Det nye serviceniveau gælder også for eksisterende bevillinger.\n',
      errors: [{ messageId: 'automaticChange', line: 1 }],
    },
    {
      name: 'bortfalder automatisk',
      markdown: 'Bevillinger efter den gamle standard bortfalder automatisk.\n',
      errors: [{ messageId: 'automaticChange', line: 1 }],
    },
    {
      name: 'reduceres uden ny afgørelse',
      markdown: 'Hjælpen reduceres uden ny afgørelse, når standarden revideres.\n',
      errors: [{ messageId: 'automaticChange', line: 1 }],
    },
    {
      name: 'automatisk ændret',
      markdown: 'Din støtte bliver automatisk ændret til det nye niveau.\n',
      errors: [{ messageId: 'automaticChange', line: 1 }],
    },
    {
      name: 'nuværende ydelser tilpasses',
      markdown: '## Ikrafttræden\n\nNuværende ydelser tilpasses det nye serviceniveau fra 1. marts.\n',
      errors: [{ messageId: 'automaticChange', line: 3 }],
    },
    {
      name: 'borgere der i dag får overgår',
      markdown:
        'Borgere, der i dag modtager indkøbshjælp hver uge, overgår til hver anden uge, når den nye standard træder i kraft.\n',
      errors: [{ messageId: 'automaticChange', line: 1 }],
    },
    {
      name: 'allerede bevilget støtte tilpasses pr. dato',
      markdown: 'Allerede bevilget støtte nedjusteres administrativt pr. 1. april 2027.\n',
      errors: [{ messageId: 'automaticChange', line: 1 }],
    },
    {
      name: 'finder anvendelse på igangværende',
      markdown: 'De nye rammer finder anvendelse på alle igangværende bevillinger fra den 1. juni 2027.\n',
      errors: [{ messageId: 'automaticChange', line: 1 }],
    },
  ],
});
