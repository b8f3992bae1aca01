// What a section speaks of, for sections whose heading says nothing we know ("Praktiske
// oplysninger", "Sådan gør vi", a municipality's own wording): each concept lists the words by
// which a Danish reader recognises the content of one canonical section. The parser counts them in
// a section with an unknown heading and maps it when one kind clearly dominates (see
// classifyByContent). Words that occur in every kind of section (hjælp, støtte, borger) stay out.
import { defineConcepts } from '../../lexicon.js';

defineConcepts({
  'section:formaal': ['formål*', 'målet med', 'har til hensigt', 'med henblik på', 'skal føre til', 'sigter mod', 'sigtet med'],
  'section:maalgruppe': ['målgruppe*', 'henvender sig til', 'retter sig mod', 'er for dig|borgere|personer|voksne|unge', 'tilbydes ~2 borgere|personer|voksne', 'kan ~2 visiteres', 'opfylder|opfylde betingelserne|kriterierne'],
  'section:indhold': ['indeholder', 'omfatter', 'består af', 'kan ~3 støtte|hjælp til', 'får ~2 støtte|hjælp til', 'eksempler på', 'aktivitet*'],
  'section:omfang': ['omfang*', 'varighed*', 'timer', '# time', 'en|én|halv time', 'hver uge|måned', 'om ugen|måneden', 'gange om', 'ugentlig*', 'månedlig*'],
  'section:levering': ['leverandør*', 'leveres|ydes|udføres|varetages|gives af', 'udfører|leverer hjælpen|støtten|indsatsen', 'bostøtter|støttepersoner|hjemmehjælper*'],
  'section:opfoelgning': ['følge* op', 'følges op', 'opfølgning*', 'revurder*', 'handleplan*', 'statusmøde*', 'ser ~2 igen på', 'vurderer ~2 løbende'],
  'section:sagsbehandlingsfrist': ['sagsbehandlingsfrist*', 'sagsbehandlingstid*', 'svarfrist*', 'træffer|træffe afgørelse inden|senest', 'svar ~2 inden|senest', 'uger|dage efter ~2 ansøgning*|henvendelse*'],
  'section:klageadgang': ['klage*', 'ankestyrelse*', 'genvurder*', 'påklage*', 'uenig i ~2 afgørelse*'],
  'section:egenbetaling': ['egenbetaling*', 'brugerbetaling*', 'betale*', 'betaling*', 'koster|koste', 'takst*', 'gratis', 'kr.|kroner'],
  'section:frit_valg': ['frit valg', 'frie valg', 'valgfrihed', 'vælge ~3 leverandør*|botilbud*|tilbud*|udfører*'],
  'section:rettigheder': ['har ret til', 'rettighed*', 'pligt*', 'du|borgeren|beboeren|beboerne forventes', 'medvirke*', 'bisidder*', 'indflydelse*', 'tavshedspligt*'],
  'section:kontakt': ['telefon*', 'ring|ringer|ringe til', 'e-mail*', 'mail*', 'skriv* til', 'henvend* dig', 'åbningstid*', 'telefontid*'],
});
