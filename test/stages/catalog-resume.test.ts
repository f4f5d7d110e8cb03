// The catalog is written in batches of pages, each recorded when its text and images are in the Doc. A run that
// reaches its budget leaves the rest to the dispatcher, which goes on where the record says; a run cut off between a
// batch and its record leaves a Doc that is not where the record says — the next run makes the catalog again, whole.
// Either way the PDF is the one an uninterrupted run makes.
import { Season } from '../../local/season/season';
import type { Execution, FaultPlan } from '../../local/world';
import { outputFiles } from '../../local/report';
import { readPdfs } from './images';

type Before = (ex: Execution, method: string) => void;

function seasonWith(before?: Before): Season {
  const season = new Season({ cases: 60, members: 3, seed: 5, assignment: 'all' });
  season.run();
  if (before) season.rt.world.faults = { before } as unknown as FaultPlan;
  season.stages();
  season.rt.world.faults = null;
  return season;
}

/** The catalog's files (trashed ones too) and the live Doc as the PDF shows it, images by their size only. */
const catalogOf = (season: Season) => {
  const files = (kind: string) =>
    [...season.rt.world.drive.values()].filter((f) => f.appProperties.top100 === kind);
  const docs = files('catalog');
  const live = docs.filter((d) => !d.trashed);
  const [pdf] = outputFiles(season.rt, 'catalog-pdf');
  const saved = season.rt.documents.get(live[0].id).saved;
  const text = JSON.stringify(saved, (k, v) => (k === 'base64' ? undefined : v));
  return { pdf, docs, live, pdfs: files('catalog-pdf'), saved, text, read: readPdfs([pdf.content])[0] };
};

/** The runs that wrote the catalog's pages (its QR codes are the only images DocumentApp places then). */
const runs = (season: Season, fn: string) =>
  season.rt.executions.filter((e) => e.fn === fn && (e.calls['Paragraph.appendInlineImage'] ?? 0) > 0);

describe('the catalog cut off and continued', () => {
  const clean = seasonWith();
  const reference = catalogOf(clean);

  test('uninterrupted: one run, a few batches, each image placed once', () => {
    const [menu] = runs(clean, 'menuCatalog');
    expect(runs(clean, 'dispatcherTick')).toHaveLength(0);
    expect(menu.calls['Docs.Documents.batchUpdate']).toBeGreaterThan(1);
    expect(reference.live).toHaveLength(1);
  });

  test('a run out of time after its first batch: the dispatcher writes the rest, and the PDF is the same', () => {
    // The menu's run reaches its 270 s budget as its first batch goes in: it records the batch and stops there
    const season = seasonWith((ex, method) => {
      if (ex.fn === 'menuCatalog' && method === 'Docs.Documents.batchUpdate')
        ex.spend(Math.max(0, 271 - ex.simulatedSeconds));
    });
    const [menu] = runs(season, 'menuCatalog');
    expect(menu.calls['Docs.Documents.batchUpdate']).toBe(1);
    expect(menu.outcome).toBe('ok');
    expect(runs(season, 'dispatcherTick').length).toBeGreaterThan(0);
    const made = catalogOf(season);
    expect(made.docs).toHaveLength(1);
    expect(made.saved).toEqual(reference.saved);
    expect(made.read.pageTexts).toEqual(reference.read.pageTexts);
  });

  test('a run cut off between a batch and its record: the next run makes the catalog again, whole and once', () => {
    let cut = false;
    const season = seasonWith((ex, method) => {
      if (ex.fn === 'menuCatalog' && method === 'Docs.Documents.batchUpdate')
        ex.spend(Math.max(0, 271 - ex.simulatedSeconds));
      // The dispatcher's continuation dies placing the images of the batch it has just written
      if (!cut && ex.fn === 'dispatcherTick' && method === 'Paragraph.appendInlineImage') {
        cut = true;
        ex.kill();
      }
    });
    expect(cut).toBe(true);
    expect(season.rt.executions.some((e) => e.fn === 'dispatcherTick' && e.outcome === 'timeout')).toBe(true);
    const made = catalogOf(season);
    // The cut Doc went to the trash with its PDF's file; one Doc and one PDF remain, as an uninterrupted run makes
    expect(made.docs).toHaveLength(2);
    expect(made.live).toHaveLength(1);
    expect(made.pdfs.filter((f) => !f.trashed)).toHaveLength(1);
    // The same catalog, but for the PDF's new address on the cover (its QR code and its line)
    expect(made.text.split(made.pdf.id).join(reference.pdf.id)).toBe(reference.text);
    expect(made.read.pages).toBe(reference.read.pages);
  });
});
