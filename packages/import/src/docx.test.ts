import { describe, expect, it } from 'vitest';
import { outlineStyleMap } from './docx.js';

const style = (id: string, name: string, inner = '') =>
  `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/>${inner}</w:style>`;

describe('outlineStyleMap', () => {
  it("maps a municipality's own styles to headings by outline level or by the heading style they build on", () => {
    const xml = `<w:styles>${[
      style('Overskrift2', 'heading 2', '<w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr>'),
      style('KommuneAfsnit', 'Kommune afsnit', '<w:basedOn w:val="Overskrift2"/><w:pPr><w:pageBreakBefore/></w:pPr>'),
      style('KommuneUnderafsnit', 'Kommune underafsnit', '<w:basedOn w:val="KommuneAfsnit"/>'),
      style('Punkt', 'Punktoverskrift', '<w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr>'),
      style('Brodtekst', 'Brødtekst &amp; noter', '<w:basedOn w:val="Normal"/>'),
      style('Normal', 'Normal', '<w:pPr><w:outlineLvl w:val="9"/></w:pPr>'),
    ].join('')}</w:styles>`;
    expect(outlineStyleMap(xml)).toEqual([
      "p[style-name='Kommune afsnit'] => h2:fresh",
      "p[style-name='Kommune underafsnit'] => h2:fresh",
      "p[style-name='Punktoverskrift'] => h3:fresh",
    ]);
  });

  it('survives a style that is based on itself', () => {
    expect(outlineStyleMap(style('A', 'A', '<w:basedOn w:val="A"/>'))).toEqual([]);
  });
});
