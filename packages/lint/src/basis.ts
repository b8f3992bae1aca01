// The legal sources the rules cite, in one place, so a citation reads the same in every
// finding, doc page and committee document. Links go to the primary text where one is known;
// `toConfirm` marks sources whose primary text the research could not read.
import type { Basis } from './types.js';

const sel = (p: string, stk?: string): Basis => ({
  label: `Serviceloven § ${p}${stk ? `, ${stk}` : ''}`,
  url: `https://danskelove.dk/serviceloven/${p.replace(/\s+/g, '')}`,
});

export const sources = {
  sel1stk3: sel('1', 'stk. 3'),
  sel81: sel('81'),
  sel82a: sel('82 a', 'stk. 2'),
  sel83: sel('83'),
  sel85: sel('85'),
  sel85a: {
    label: 'Serviceloven § 85 a (L 64, 2022-23)',
    url: 'https://ft.dk/samling/20222/lovforslag/l64/20222_l64_som_fremsat.htm',
  },
  sel107: sel('107'),
  sel108: sel('108'),
  sel108stk2: {
    label: 'Serviceloven § 108, stk. 2 (frit valg og beløbsgrænse på 10 %)',
    url: 'https://danskelove.dk/serviceloven/107-110',
  },
  sel138: {
    label: 'Serviceloven § 138 (vejledende serviceniveauer)',
    url: 'https://ast.dk/tilsynet/artikler/kvalitetsstandarder-2013-en-forventningsafstemning-mellem-borger-og-kommune',
  },
  sel139: { label: 'Serviceloven § 139', url: 'https://www.retsinformation.dk/eli/lta/2014/1575' },
  bek1575: {
    label: 'BEK nr. 1575 af 27/12/2014 om kvalitetsstandarder (§§ 83, 83 a og 86), § 1',
    url: 'https://www.retsinformation.dk/eli/lta/2014/1575',
  },
  lov1703: {
    label: 'LOV nr. 1703 af 30/12/2024 (ældreloven, følgeændringer i serviceloven)',
    url: 'https://www.retsinformation.dk/eli/lta/2024/1703',
  },
  lbkSel: {
    label: 'Serviceloven, LBK nr. 1129 af 22/09/2025',
    url: 'https://www.retsinformation.dk/eli/lta/2025/1129',
  },
  rsl3: {
    label: 'Retssikkerhedsloven § 3, stk. 2 (sagsbehandlingsfrister)',
    url: 'https://ast.dk/nyheder/nyheder/nyheder-2023/kommunerne-skal-offentliggore-frister-for-sagsbehandlingen-pa-det-sociale-omrade',
  },
  rsl3start: {
    label: 'Retssikkerhedsloven § 3, stk. 2: fristen løber fra ansøgningen modtages',
    url: 'https://socialraadgiverne.dk/faglig-artikel/jura-kommuner-skal-offentliggoere-mere-praecise-og-realistiske-sagsbehandlingsfrister/',
  },
  rsl66: {
    label: 'Retssikkerhedsloven §§ 66–67 (klage inden 4 uger, via kommunen)',
    url: 'https://ast.dk/for-borgere-med-en-klagesag/din-sag-i-ankestyrelsen/klagevejledning-og-tidsfrister',
  },
  rsl67: {
    label: 'Retssikkerhedsloven § 67 (klagefrist og genvurdering)',
    url: 'https://www.dukh.dk/Guides-og-Praksisnyt/@48/Praksisnyt-39---Overskridelse-af-klagefrist',
  },
  ast2013: {
    label: 'Ankestyrelsen: Kvalitetsstandarder – en forventningsafstemning mellem borger og kommune',
    url: 'https://ast.dk/tilsynet/artikler/kvalitetsstandarder-2013-en-forventningsafstemning-mellem-borger-og-kommune',
  },
  pm618: {
    label: 'Ankestyrelsens principmeddelelse 6-18 (støtte til at vedligeholde funktionsniveau)',
    url: 'https://ast.dk/afgorelser/principmeddelelser',
    toConfirm: true,
  },
  taskForceFrederikssund: {
    label: 'Task Force Handicap, endelig statusrapport for Frederikssund Kommune, marts 2024, s. 32',
    url: 'https://www.ast.dk/for-myndigheder/retssikkerhedsinitiativer-paa-handicapomraadet/taskforce',
  },
  pm7114: {
    label: 'Ankestyrelsens principafgørelser 71-14 og 72-14 (botilbud skal matche behovet; ingen fast tidsgrænse)',
    url: 'https://ast.dk/social/artikler/hjaelp-til-handicappede-og-aeldre/botilbud-skal-matche-borgerens-behov',
  },
  skr9402: {
    label: 'Social- og Indenrigsministeriets skrivelse nr. 9402 af 3/5/2016 (botilbud og støtte)',
    url: 'http://www.socialjura.dk/content-storage/regler/2016/skr-9402-af-35-2016/',
  },
  lev108: {
    label: 'Frit valg af botilbud (§ 108 og ABL § 105; ikke § 107)',
    url: 'https://boligpolitik.lev.dk/det-frie-valg-af-botilbud',
  },
  vum: {
    label: 'Social- og Boligstyrelsen: VUM 2.0 ender i en faglig helhedsvurdering',
    url: 'https://www.sbst.dk/projekter-og-initiativer/handicap/udbredelse-og-forankring-af-vum',
    toConfirm: true,
  },
  htk: {
    label: 'Ny afgørelse ved ændret serviceniveau (Høje-Taastrup Kommune, kvalitetshåndbogens formål)',
    url: 'https://www.htk.dk/Borger/Familie-boern-unge/Boern_med_stottebehov/Kvalitetsbog_boern/Formaal_kvalitetshaandbog.aspx',
  },
  dukh82: {
    label: 'Serviceloven §§ 82 a–d (tidlige forebyggende indsatser; § 82 a, stk. 2: ingen klageadgang)',
    url: 'https://www.dukh.dk/Selvhj%C3%A6lp/Viden-om-voksenhandicapomr%C3%A5det/Tidlig-forebyggende-indsats',
  },
  ombudsmand102: {
    label: 'Folketingets Ombudsmand om generelle afslag (§ 102), 30/06/2024',
    url: 'https://ft.dk/samling/20231/almdel/SOU/bilag/255/2889608/index.htm',
  },
  qualityPlaceholders: {
    label: 'God forvaltningsskik: en offentliggjort standard må ikke indeholde skabelontekst',
    url: 'https://ast.dk/tilsynet/artikler/kvalitetsstandarder-2013-en-forventningsafstemning-mellem-borger-og-kommune',
  },
} as const satisfies Record<string, Basis>;
