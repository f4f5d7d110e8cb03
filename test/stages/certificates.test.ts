// The winners' certificates on the bundle: each winner's PDF holds their own organisation and case — filled into
// one working copy of the template per run by the Docs API, never a copy per winner — a title with the characters
// a replacement pattern would eat is printed as it is, and a second run makes no file and sends no letter again.
import { Season } from '../../local/season/season';
import { createDocs } from '../../local/services/docs-api';
import { createDocumentApp } from '../../local/services/document';
import { DocumentStore } from '../../local/services/document-model';
import { World } from '../../local/world';
import { DocMerge } from '../../src/gas/docMerge';
import type { GasPorts } from '../../src/gas/ports';
import { outputFiles, readTab } from '../../local/report';
import { typeset } from '../../src/domain/typography';
import { readPdfs, squash } from './images';

const season = new Season({ cases: 24, members: 3, seed: 11, assignment: 'all' });
// `$1`, `\` and `%` are literal text in a title, whatever a regular expression's replacement would make of them
const TRICKY = 'Фонд «$1 \\ 100%» на $$ для «Троєщини»';
season.cases[0].title = TRICKY;

const tagged = (kind: string) =>
  [...season.rt.world.drive.values()].filter((f) => f.appProperties.top100 === kind);

let approved: unknown[][];

beforeAll(() => {
  season.run();
  season.stages();
  approved = readTab(season.rt, 'Затверджений список').slice(8);
});

describe('the winners’ certificates', () => {
  test('every winner’s PDF holds their own organisation and case, and no other winner’s', () => {
    const certificates = outputFiles(season.rt, 'certificate');
    expect(certificates).toHaveLength(approved.length);
    const read = readPdfs(certificates.map((c) => c.content));
    const byCase = new Map(certificates.map((c, i) => [c.caseId, squash(read[i].text)]));
    for (const r of approved) {
      const text = byCase.get(String(r[0]))!;
      expect(text).toContain(squash(typeset(String(r[1]), { quoted: true })));
      expect(text).toContain(squash(typeset(String(r[2]))));
      expect(text).not.toMatch(/\{\{|\}\}/);
      const others = approved.filter((o) => o !== r && o[1] !== r[1]);
      for (const o of others) expect(text).not.toContain(squash(typeset(String(o[1]), { quoted: true })));
    }
  });

  test('a title with $1, \\ and % is printed as it is', () => {
    const row = approved.find((r) => r[1] === TRICKY);
    expect(row).toBeDefined();
    const [pdf] = outputFiles(season.rt, 'certificate').filter((c) => c.caseId === String(row![0]));
    expect(squash(readPdfs([pdf.content])[0].text)).toContain(squash(typeset(TRICKY, { quoted: true })));
  });

  test('one working copy per run, trashed after it; no Doc per winner; the template keeps its placeholders', () => {
    // The runs that fill certificates: each makes its working copy (other Docs are written by the Docs API too)
    const runs = season.rt.executions.filter((e) => (e.calls['Drive.Files.copy'] ?? 0) > 0);
    expect(runs.every((e) => e.calls['Drive.Files.copy'] === 1)).toBe(true);
    expect(tagged('certificate-work')).toHaveLength(runs.length);
    expect(tagged('certificate-work').every((f) => f.trashed)).toBe(true);
    // One batchUpdate per certificate, nothing per placeholder; the run that made the template wrote it in one more
    // (its emblems placed by DocumentApp)
    const templateRuns = runs.filter((e) => e.calls['Paragraph.appendInlineImage']).length;
    expect(templateRuns).toBeLessThanOrEqual(1);
    const made = runs.reduce((n, e) => n + (e.calls['Docs.Documents.batchUpdate'] ?? 0), 0);
    expect(made - templateRuns).toBe(approved.length);
    expect(runs.every((e) => !e.calls['Body.replaceText'])).toBe(true);
    const [template] = tagged('template');
    const text = JSON.stringify(season.rt.documents.get(template.id).saved);
    for (const p of ['{{organisation}}', '{{case}}', '{{chair}}', '{{secretary}}']) expect(text).toContain(p);
  });

  test('running it again makes no file and sends no letter twice', () => {
    const files = season.rt.world.drive.size;
    const mail = season.rt.mail.messages.length;
    season.stage('Дипломи й листи переможцям', [{ button: 'YES' }]);
    expect(season.rt.world.drive.size).toBe(files);
    expect(season.rt.mail.messages.length).toBe(mail);
    expect(outputFiles(season.rt, 'certificate')).toHaveLength(approved.length);
  });
});

describe('one working copy refilled case after case', () => {
  test('adjacent placeholders, an empty optional value, a longer and a shorter one: each fill reads as its case', () => {
    const world = new World({ now: Date.UTC(2024, 9, 15), owner: 'secretary@example.org' });
    const store = new DocumentStore();
    const app = createDocumentApp(world, store);
    const doc = app.create('Робоча копія');
    doc.getBody().getChild(0).asParagraph().setText('{{organisation}}{{district}} — «{{case}}»');
    doc.getBody().appendTable([['Голова: {{chair}}', '{{ secretary }}']]);
    doc.saveAndClose();
    const merge = new DocMerge({ Docs: createDocs(world, store) } as unknown as GasPorts, doc.getId());
    const text = () => app.openById(doc.getId()).getBody().getText();
    const cases = [
      { organisation: 'ГО «Дніпро»', district: '·Поділ', case: 'Сквер', chair: 'Ірина', secretary: 'Олег' },
      {
        organisation: 'Ф',
        district: '',
        case: 'Дуже довга назва кейсу',
        chair: 'Ян',
        secretary: 'Марія Коваль',
      },
      {
        organisation: 'Громада Оболоні',
        district: '·Оболонь',
        case: '$1 \\ $&',
        chair: 'Іван',
        secretary: 'О',
      },
    ];
    for (const c of cases) {
      merge.fill(c);
      expect(text()).toBe(`${c.organisation}${c.district} — «${c.case}»\nГолова: ${c.chair}\n${c.secretary}`);
    }
  });
});
