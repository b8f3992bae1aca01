// Danish number words, cardinal and ordinal, as data.

export const cardinals: Readonly<Record<string, number>> = {
  nul: 0, en: 1, et: 1, én: 1, ét: 1, to: 2, tre: 3, fire: 4, fem: 5, seks: 6, syv: 7, otte: 8, ni: 9, ti: 10, elleve: 11, tolv: 12,
  tretten: 13, fjorten: 14, femten: 15, seksten: 16, sytten: 17, atten: 18, nitten: 19, tyve: 20, tredive: 30, fyrre: 40,
  halvtreds: 50, tres: 60, halvfjerds: 70, firs: 80, halvfems: 90, hundrede: 100, halvanden: 1.5, halvandet: 1.5, halv: 0.5, halvt: 0.5, halve: 0.5,
};

/** Units that combine with "og": "fireogtyve" = 24. */
export const units: Readonly<Record<string, number>> = { en: 1, et: 1, to: 2, tre: 3, fire: 4, fem: 5, seks: 6, syv: 7, otte: 8, ni: 9 };

export const ordinals: Readonly<Record<string, number>> = {
  første: 1, anden: 2, andet: 2, tredje: 3, fjerde: 4, femte: 5, sjette: 6, syvende: 7, ottende: 8, niende: 9, tiende: 10,
  ellevte: 11, tolvte: 12, trettende: 13, fjortende: 14, femtende: 15, sekstende: 16, syttende: 17, attende: 18, nittende: 19,
  tyvende: 20, tredivte: 30,
};

/** Fractions written as words: "en tiendedel" = 10 %. */
export const fractions: Readonly<Record<string, number>> = {
  halvdel: 0.5, halvdelen: 0.5, tredjedel: 1 / 3, fjerdedel: 0.25, femtedel: 0.2, tiendedel: 0.1, tyvendedel: 0.05,
};

export const months = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'] as const;
export const monthAbbreviations: Readonly<Record<string, number>> = { jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, dec: 12 };
