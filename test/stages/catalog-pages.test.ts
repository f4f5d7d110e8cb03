// The catalog decides its own pages (Apps Script can neither insert a page-number field nor tell where Docs breaks a
// page): each page it writes must fit on one page of the Doc, however long the texts — then the numbers in the
// contents and in the running heads are the pages of the PDF. Written here as the catalog writes it (Docs API batches,
// the images by DocumentApp), a batch a page, into a runtime Doc.
import { CATALOG_PAGE, catalogPages, type CatalogEntry } from '../../src/domain/catalog';
import { appendBlocks, cursorOf, NEW_DOC } from '../../src/gas/docs-batch';
import type { Block } from '../../src/domain/blocks';
import { readPdfs, squash } from './images';
import { docPorts } from './doc-ports';

const sentence = (i: number) =>
  `Упродовж ${i + 1}-го етапу волонтери й мешканці провели толоку, облаштували простір і запросили сусідів. `;

function entry(i: number, group: string, long = 0): CatalogEntry {
  return {
    id: `2024-${String(i).padStart(3, '0')}`,
    title:
      i % 4 === 0
        ? `Відкриття інклюзивного простору для людей старшого віку та ветеранів з родинами на березі Дніпра (№ ${i})`
        : `Сквер для всіх (№ ${i})`,
    organisation: i % 3 === 0 ? 'Солом’янська районна в місті Києві державна адміністрація' : 'ГО «Разом»',
    district: group,
    category: 'Благоустрій',
    done: Array.from({ length: 3 + long }, (_, k) => sentence(k)).join(''),
    results: i % 2 ? '300 учасників, 12 подій, 1 000 висаджених дерев.' : '',
    materials: i % 5 === 0 ? `https://example.org/materials/${i}` : '',
    contactPerson: `Контактна особа ${i}`,
    contactEmail: `case${i}@example.org`,
    phone: '+380441234567',
    group: `${group} район`,
  };
}

const entries: CatalogEntry[] = [
  ...Array.from({ length: 7 }, (_, i) => entry(i + 1, 'Голосіївський', i === 2 ? 60 : 0)),
  ...Array.from({ length: 9 }, (_, i) => entry(i + 20, 'Дарницький', i === 4 ? 140 : i)),
  ...Array.from({ length: 3 }, (_, i) => entry(i + 40, 'Деснянський')),
];
const pages = catalogPages({
  year: 2024,
  title: 'ТОП-100',
  catalogUrl: 'https://drive.google.com/file/d/catalog/view',
  pageUrl: 'https://script.google.com/macros/s/deployment/exec',
  foreword: Array.from({ length: 30 }, (_, k) => sentence(k).repeat(4)).join('\n'),
  entries,
});

function catalogPdf(): Buffer {
  const { g, id } = docPorts('Каталог');
  let at = NEW_DOC;
  pages.forEach((p, i) => {
    const blocks: Block[] = i > 0 ? [{ kind: 'pageBreak' }, ...p.blocks] : p.blocks;
    at = appendBlocks(g, id, at, blocks, {
      last: i === pages.length - 1,
      page: i === 0 ? CATALOG_PAGE : undefined,
    });
    // Where the writer says the body stands is where the Docs API says it does
    expect(cursorOf(g, id)).toEqual(at);
  });
  return Buffer.from(
    g.DocumentApp.openById(id)
      .getAs('application/pdf')
      .getBytes()
      .map((b) => b & 0xff),
  );
}

describe('the catalog’s pages', () => {
  const read = readPdfs([catalogPdf()])[0];

  test('each page written fits on one page of the Doc: the PDF has exactly as many', () => {
    expect(read.pages).toBe(pages.length);
  });

  test('each page after the cover opens with its number; a long foreword and a long case go on over more pages', () => {
    read.pageTexts
      .slice(1)
      .forEach((t, i) => expect(t.split('\n')[0]).toMatch(new RegExp(`с\\.\\s${i + 2}$`)));
    expect(read.pageTexts.filter((t) => t.startsWith('Передмова')).length).toBeGreaterThan(1);
    expect(read.pageTexts.some((t) => t.startsWith('Дарницький район (продовження)'))).toBe(true);
  });

  test('every case is on the page its first page says, several short ones share a page, a group starts a page', () => {
    pages.forEach((p, i) => {
      for (const id of p.cases) {
        const e = entries.find((x) => x.id === id)!;
        expect(squash(read.pageTexts[i])).toContain(squash(e.title.slice(0, 30)));
      }
    });
    expect(pages.some((p) => p.cases.length > 1)).toBe(true);
    for (const group of ['Голосіївський район', 'Дарницький район', 'Деснянський район']) {
      const first = pages.findIndex((p) =>
        p.cases.some((id) => entries.find((e) => e.id === id)!.group === group),
      );
      expect(pages[first].cases.every((id) => entries.find((e) => e.id === id)!.group === group)).toBe(true);
    }
    // Nothing is lost: every sentence of the longest case is in the PDF
    expect(squash(read.text)).toContain(squash(sentence(139)));
  });
});
