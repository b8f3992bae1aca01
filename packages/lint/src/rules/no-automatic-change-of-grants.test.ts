import { RuleTester } from '../testing/rule-tester.js';
import rule from './no-automatic-change-of-grants.js';

new RuleTester().run(rule, {
  valid: [
    { name: 'ny afgørelse ved ændret serviceniveau', doc: true, markdown: 'Ændrer vi serviceniveauet, får du en ny afgørelse efter en konkret vurdering af din situation.\n' },
    { name: 'ændring efter opfølgning kræver ny afgørelse', markdown: 'Viser opfølgningen, at støtten skal ændres, træffer sagsbehandleren en ny afgørelse, før ændringen træder i kraft.\n' },
    { name: 'eksisterende bevillinger med partshøring', markdown: 'Eksisterende bevillinger tilpasses først efter partshøring og en ny afgørelse.\n' },
    { name: 'automatisk påmindelse', markdown: 'Du får automatisk en påmindelse om dit besøg.\n' },
    { name: 'støtten tilpasses dit behov', markdown: 'Støtten tilpasses løbende efter dit behov i samarbejde med dig.\n' },
    { name: 'gælder fra en dato', markdown: 'Standarden gælder fra 1. januar 2026.\n' },
  ],
  invalid: [
    { name: 'bevillinger justeres uden videre', doc: true, markdown: 'Når standarden ændres, justeres alle bevillinger uden videre.\n', errors: [{ messageId: 'automaticChange', line: 1, data: { phrase: 'justeres alle bevillinger uden videre' } }] },
    { name: 'gælder også eksisterende bevillinger', markdown: 'Det nye serviceniveau gælder også for eksisterende bevillinger.\n', errors: [{ messageId: 'automaticChange', line: 1 }] },
    { name: 'bortfalder automatisk', markdown: 'Bevillinger efter den gamle standard bortfalder automatisk.\n', errors: [{ messageId: 'automaticChange', line: 1 }] },
    { name: 'reduceres uden ny afgørelse', markdown: 'Hjælpen reduceres uden ny afgørelse, når standarden revideres.\n', errors: [{ messageId: 'automaticChange', line: 1 }] },
    { name: 'automatisk ændret', markdown: 'Din støtte bliver automatisk ændret til det nye niveau.\n', errors: [{ messageId: 'automaticChange', line: 1 }] },
    { name: 'nuværende ydelser tilpasses', markdown: '## Ikrafttræden\n\nNuværende ydelser tilpasses det nye serviceniveau fra 1. marts.\n', errors: [{ messageId: 'automaticChange', line: 3 }] },
  ],
});
