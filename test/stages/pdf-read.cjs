// Reads PDFs with pdf-parse in a plain Node process (pdf.js loads its worker with a dynamic import, which jest's
// module system refuses) and prints JSON: per file its text, each page's text and the page count; with --images the images drawn in it
// (as PNG), with --pages each page as pdf.js renders it (PNG).
const { Buffer } = require('node:buffer');
const fs = require('node:fs');
const { PDFParse } = require('pdf-parse');

async function main() {
  const args = process.argv.slice(2);
  const images = args[0] === '--images';
  const pages = args[0] === '--pages';
  const files = images || pages ? args.slice(1) : args;
  const out = [];
  for (const file of files) {
    const data = fs.readFileSync(file);
    // pdf.js takes the bytes over (transfers them): each reader gets its own copy
    const text = await new PDFParse({ data: new Uint8Array(data) }).getText();
    const entry = { file, text: text.text, pages: text.total, pageTexts: text.pages.map((p) => p.text) };
    if (images) {
      const r = await new PDFParse({ data: new Uint8Array(data) }).getImage({ imageDataUrl: false });
      entry.images = r.pages.flatMap((p) =>
        p.images.map((i) => ({ page: p.pageNumber, png: Buffer.from(i.data).toString('base64') })),
      );
    }
    if (pages) {
      const r = await new PDFParse({ data: new Uint8Array(data) }).getScreenshot({
        scale: 1,
        imageDataUrl: false,
      });
      entry.images = r.pages.map((p) => ({
        page: p.pageNumber,
        png: Buffer.from(p.data).toString('base64'),
      }));
    }
    out.push(entry);
  }
  process.stdout.write(JSON.stringify(out));
}

main().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e));
  process.exit(1);
});
