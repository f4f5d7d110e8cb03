// `npm run screenshots`, second half: the documents people receive (a certificate, a catalog page), drawn from a
// season on the local runtime, offline: the PDFs the runtime exports are rendered by pdf.js (pdf-parse). Each
// picture is a Shot in SHOTS.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { PDFParse } from 'pdf-parse';
import { Season } from './season/season';
import { outputFiles } from './report';

/** What the shots draw from: one season, run once, up to publication day. */
export interface ShotSource {
  season: Season;
  /** Page `page` (1-based) of a PDF as a PNG, `scale` × 72 dpi. */
  pdfPage: (pdf: Buffer, page: number, scale: number) => Promise<Buffer>;
  /** The text of each page of a PDF. */
  pdfPages: (pdf: Buffer) => Promise<string[]>;
}

export interface Shot {
  /** The file under docs/img/. */
  file: string;
  /** What it shows, for the console. */
  what: string;
  make: (src: ShotSource) => Promise<Buffer>;
}

export const SHOTS: Shot[] = [
  {
    file: 'certificate.png',
    what: 'диплом переможця (A4, альбомна) / a winner’s certificate',
    make: async (src) => {
      const [first] = outputFiles(src.season.rt, 'certificate').sort((a, b) => a.name.localeCompare(b.name));
      return src.pdfPage(first.content, 1, 1.25);
    },
  },
  {
    file: 'catalog-page.png',
    what: 'сторінка каталогу кращих практик / a page of the catalog',
    make: async (src) => {
      const pdf = outputFiles(src.season.rt, 'catalog-pdf').find((f) => f.content.length > 0)!.content;
      const pages = await src.pdfPages(pdf);
      // The first page that holds two cases: a section as a reader meets it
      const i = pages.findIndex((t) => (t.match(/Цей кейс на сайті/g) ?? []).length >= 2);
      return src.pdfPage(pdf, i >= 0 ? i + 1 : pages.length, 1.25);
    },
  },
];

async function pdfPage(pdf: Buffer, page: number, scale: number): Promise<Buffer> {
  const shot = await new PDFParse({ data: new Uint8Array(pdf) }).getScreenshot({
    partial: [page],
    scale,
    imageDataUrl: false,
  });
  return Buffer.from(shot.pages[0].data);
}

async function pdfPages(pdf: Buffer): Promise<string[]> {
  const text = await new PDFParse({ data: new Uint8Array(pdf) }).getText();
  return text.pages.map((p) => p.text);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: path.join('docs', 'img') },
      cases: { type: 'string', default: '446' },
      only: { type: 'string' },
    },
  });
  const dir = path.resolve(values.dir!);
  fs.mkdirSync(dir, { recursive: true });
  const shots = SHOTS.filter((s) => !values.only || s.file.startsWith(values.only));
  console.log(`Сезон ТОП-100 на локальному середовищі (${values.cases} кейсів)…`);
  const season = new Season({ cases: Number(values.cases), members: 8, seed: 2024, assignment: 'all' });
  season.run();
  season.stages();
  const src: ShotSource = { season, pdfPage, pdfPages };
  for (const shot of shots) {
    const file = path.join(dir, shot.file);
    fs.writeFileSync(file, await shot.make(src));
    console.log(`  ${path.relative(process.cwd(), file)} — ${shot.what}`);
  }
  return 0;
}

if (require.main === module)
  main().then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(e instanceof Error ? e.stack : String(e));
      process.exit(1);
    },
  );
