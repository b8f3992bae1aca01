// Danish abbreviations that end with a dot without ending the sentence, as data: one list for
// the linter and the importer. Each entry is written without its final dot, in lower case.
// `when: 'number'` marks an abbreviation that is also a real word ("min" = my, "s" in "s. 32"),
// so its dot only counts as an abbreviation when a number follows ("min. 2 timer", "s. 32").
// `final: true` marks one that often ends a sentence ("… m.v. Næste …"): a capital after it starts a new one.

export interface Abbreviation {
  abbr: string;
  when?: 'number';
  final?: boolean;
}

export const abbreviations: readonly Abbreviation[] = [
  // Latin and general
  { abbr: 'f.eks' }, { abbr: 'fx' }, { abbr: 'bl.a' }, { abbr: 'jf' }, { abbr: 'evt' }, { abbr: 'ca' }, { abbr: 'dvs' },
  { abbr: 'etc', final: true }, { abbr: 'osv', final: true }, { abbr: 'o.lign', final: true }, { abbr: 'o.l', final: true },
  { abbr: 'm.v', final: true }, { abbr: 'mv', final: true }, { abbr: 'm.m', final: true }, { abbr: 'mm', final: true },
  { abbr: 'm.fl', final: true }, { abbr: 'mfl', final: true }, { abbr: 'e.l', final: true }, { abbr: 'ff', final: true },
  { abbr: 'inkl', final: true }, { abbr: 'ekskl' }, { abbr: 'hhv' }, { abbr: 'mht' }, { abbr: 'm.h.t' }, { abbr: 'iht' },
  { abbr: 'i.h.t' }, { abbr: 'ift' }, { abbr: 'i.f.t' }, { abbr: 'ifm' }, { abbr: 'i.f.m' }, { abbr: 'pga' }, { abbr: 'p.g.a' },
  { abbr: 'mhp' }, { abbr: 'm.h.p' }, { abbr: 'vha' }, { abbr: 'v.h.a' }, { abbr: 'ang' }, { abbr: 'vedr' }, { abbr: 'att' },
  { abbr: 'adr' }, { abbr: 'tlf' }, { abbr: 'ndf' }, { abbr: 'ovf' }, { abbr: 'dagl' }, { abbr: 'tidl' }, { abbr: 'alm' },
  // Law and documents
  { abbr: 'stk' }, { abbr: 'nr' }, { abbr: 'pkt', final: true }, { abbr: 'kap' }, { abbr: 'afs' }, { abbr: 'lbk' }, { abbr: 'bek' },
  { abbr: 'vedt' }, { abbr: 'godk' }, { abbr: 'rev' }, { abbr: 'udg' },
  // Units and amounts
  { abbr: 'kl' }, { abbr: 'pct' }, { abbr: 'kr' }, { abbr: 'mio' }, { abbr: 'mia' }, { abbr: 'sek' }, { abbr: 'mdr' }, { abbr: 'md' },
  { abbr: 'max' }, { abbr: 'maks' }, { abbr: 'min', when: 'number' }, { abbr: 'gns' }, { abbr: 'ca' },
  { abbr: 's', when: 'number' }, { abbr: 'p', when: 'number' }, { abbr: 'st', when: 'number' },
  // Months
  { abbr: 'jan' }, { abbr: 'feb' }, { abbr: 'aug' }, { abbr: 'sept' }, { abbr: 'okt' }, { abbr: 'nov' }, { abbr: 'dec' },
  // Professions
  { abbr: 'sygepl' }, { abbr: 'pæd' },
];
