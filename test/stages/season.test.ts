// Stages II and III after the 2024 season (446 cases × 8 members): approval, protocol, publication, certificates with
// letters, catalog — what the secretary, the public and the winners get, and that nothing happens twice.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { Season, OWNER } from '../../local/season/season';
import { outputFiles, publicList, readTab, writeStageOutputs } from '../../local/report';
import { bodyText } from '../../local/services/document-model';
import { renderPdf } from '../../local/services/pdf';
import { canonicalText, readApprovalRows } from '../../src/domain/approval';
import { escapeHtml } from '../../src/domain/text';
import { typeset } from '../../src/domain/typography';
import { ui } from '../../src/domain/messages';
import { pageSizes, qrText, readPdfs, squash, type PdfRead } from './images';

const season = new Season({ cases: 446, members: 8, seed: 2024, assignment: 'all' });
const APPROVED = 'Затверджений список';
const lastAlert = () => season.rt.ui.alerts[season.rt.ui.alerts.length - 1];
const tagged = (kind: string) =>
  [...season.rt.world.drive.values()].filter((f) => f.appProperties.top100 === kind && !f.trashed);
const winnerLetters = () =>
  season.rt.mail.messages.filter((m) => m.attachments.some((a) => a.contentType === 'application/pdf'));

let refusals: { caption: string; alert: string }[];
let filesBefore: number;
let pageBefore: string;
let approvedTab: unknown[][];
let titles: string[];
let pdfs: Map<string, PdfRead>;
let catalogPdf: PdfRead;

beforeAll(() => {
  season.run();
  // Before the approval the secretary tries each later step
  refusals = [
    'Проєкт протоколу засідання',
    'Оприлюднити список',
    'Дипломи й листи переможцям',
    'Каталог кращих практик',
  ].map((caption) => {
    season.rt.menu(caption);
    return { caption, alert: lastAlert().prompt };
  });
  filesBefore = [...season.rt.world.drive.values()].filter(
    (f) =>
      f.appProperties.top100 && f.appProperties.top100 !== 'folder' && f.appProperties.top100 !== 'member',
  ).length;
  pageBefore = season.rt.web().html;
  season.stages();
  approvedTab = readTab(season.rt, APPROVED);
  titles = approvedTab.slice(8).map((r) => String(r[1]));
  const certificates = outputFiles(season.rt, 'certificate');
  const catalog = outputFiles(season.rt, 'catalog-pdf')[0];
  const read = readPdfs([...certificates.map((c) => c.content), catalog.content]);
  pdfs = new Map(certificates.map((c, i) => [c.caseId, read[i]]));
  catalogPdf = readPdfs([catalog.content], { images: true })[0];
});

describe('before the approval nothing is public', () => {
  test('the protocol, the publication, the certificates and the catalog refuse with a Ukrainian message, and make no file', () => {
    for (const r of refusals) expect(r).toEqual({ caption: r.caption, alert: ui('notApproved') });
    expect(filesBefore).toBe(0);
    expect(pageBefore).toContain(escapeHtml(ui('pageNotYet')));
    expect(pageBefore).not.toContain('<li');
  });
});

describe('approval', () => {
  test('freezes the 100 cases of «ТОП-100» as the meeting decided them, with the meeting and the protocol', () => {
    expect(titles).toHaveLength(100);
    // The rating's selection changed only by the decisions recorded in «Засідання»
    const rating = readTab(season.rt, 'Рейтинг');
    const [id, decision] = ['ID кейсу', 'Рішення'].map((h) => rating[1].indexOf(h));
    const selected = rating
      .slice(2)
      .filter((r) => r[decision] === 'до списку')
      .map((r) => String(r[id]));
    const decided = (word: string) => [...season.decisions].filter(([, d]) => d === word).map(([id]) => id);
    expect(decided('виключити').filter((id) => selected.includes(id))).toHaveLength(1);
    const expected = [
      ...selected.filter((id) => !decided('виключити').includes(id)),
      ...decided('включити').filter((id) => !selected.includes(id)),
    ];
    expect(
      approvedTab
        .slice(8)
        .map((r) => String(r[0]))
        .sort(),
    ).toEqual(expected.sort());
    expect(publicList(season.rt).selected).toHaveLength(100);
    expect(approvedTab[1].slice(0, 2)).toEqual(['Дата засідання', '11.10.2024']);
    expect(approvedTab[2].slice(0, 2)).toEqual(['Протокол №', '2']);
  });

  test('logs the SHA-256 of exactly what was approved', () => {
    const read = readApprovalRows(approvedTab, 2024)!;
    const sha = createHash('sha256').update(canonicalText(read.approval), 'utf8').digest('hex');
    expect(read.hash).toBe(sha);
    const logged = readTab(season.rt, 'Журнал').filter((r) => r[1] === 'Рейтинг затверджено');
    expect(logged).toHaveLength(1);
    expect(String(logged[0][3])).toContain(`SHA-256: ${sha}`);
  });

  test('protects the tab: a colleague with edit access to the master cannot change it', () => {
    // the secretary shares the master from the Share dialog (the script's drive.file does not reach the master)
    season.rt.share(season.masterId, 'colleague@example.org', 'writer', { notify: false });
    const colleague = season.rt.as('colleague@example.org').open(season.masterId);
    expect(colleague.canEdit('Налаштування', 'B2')).toBe(true);
    expect(colleague.canEdit(APPROVED, 'B9')).toBe(false);
    expect(() => colleague.type(APPROVED, 'B9', 'Інший кейс')).toThrow();
  });

  test('is not changed by approving again or by recomputing the rating, and the secretary is told so', () => {
    season.rt.menu('Затвердити рейтинг…');
    expect(lastAlert().prompt).toContain('Рейтинг уже затверджено');
    season.setSetting('Кількість переможців', '90');
    // After the close a change of the rules is applied only on the secretary's yes (it names the change).
    season.stage('Обчислити рейтинг', [{ button: 'YES' }, { button: 'OK' }]);
    expect(lastAlert().prompt).toContain(
      ui('ratingApprovedNote', { protocol: '2', meeting: '11.10.2024', tab: APPROVED }),
    );
    expect(publicList(season.rt).selected.length).toBe(90);
    expect(readTab(season.rt, APPROVED)).toEqual(approvedTab);
    season.setSetting('Кількість переможців', '100');
    season.stage('Обчислити рейтинг', [{ button: 'YES' }, { button: 'OK' }]);
  });
});

describe('the protocol draft', () => {
  test('is a Doc in the form of protocol No. 1: members present, agenda, voting lines to fill, the approved list', () => {
    const [file] = tagged('protocol');
    expect(file.name).toBe(
      'Протокол № 2 — ТОП-100 — ярмарок кращих кейсів партнерства влади та громади 2024 (проєкт)',
    );
    // Typeset: non-breaking spaces where a line must not break (№ 2, initials)
    const text = bodyText(season.rt.documents.get(file.id).saved).replace(/\u00a0/g, ' ');
    expect(text).toContain('ПРОТОКОЛ № 2');
    expect(text).toContain('11.10.2024');
    for (const m of season.members) expect(text).toContain(m.name);
    for (const word of ['СЛУХАЛИ:', 'ВИРІШИЛИ:', 'надійшло пропозицій кейсів: 446'])
      expect(text).toContain(word);
    expect(text.split('ГОЛОСУВАЛИ: «за» — ____; «проти» — ____; «утрималися» — ____').length - 1).toBe(3);
    for (const t of titles) expect(text).toContain(typeset(t).replace(/\u00a0/g, ' '));
    expect(text).toContain('Мирослава СМІРНОВА');
  });
});

describe('the protocol draft’s annex', () => {
  test('has column widths set in the Doc: no header and no district broken letter by letter or inside a word', () => {
    const [file] = tagged('protocol');
    const record = season.rt.documents.get(file.id);
    const annex = record.saved.find((e) => e.type === 'table');
    expect(annex).toMatchObject({ type: 'table', columnWidths: [44, 165, 140, 102] });
    const pdf = renderPdf(file.name, record.saved, new Date(0), record.savedPage);
    const lines = readPdfs([pdf])[0]
      .pageTexts.slice(1)
      .flatMap((t) => t.split('\n'));
    // A reader joins the cells of a line: the header row stands on one line, whole
    expect(lines).toContain('№ з/п Назва кейсу Організація-заявник Район');
    // Joined with spaces, the lines give back every district whole: no line ever broke inside one
    const joined = ` ${lines.join(' ')} `;
    for (const r of approvedTab.slice(8)) expect(joined).toContain(` ${typeset(String(r[3]))} `);
  });
});

describe('publication', () => {
  test('the web app serves the approved list: every title escaped, no places, no contacts', () => {
    const page = season.rt.web();
    expect(page.record.outcome).toBe('ok');
    expect(page.title).toBe('ТОП-100 2024 — кращі кейси партнерства влади та громади Києва');
    expect(page.html.match(/<li /g)).toHaveLength(100);
    for (const t of titles) expect(page.html).toContain(escapeHtml(t));
    expect(page.html).not.toMatch(/@example\.org|\+38044/);
    // A visitor costs a property read and a cache read: no spreadsheet is opened
    expect(Object.keys(page.record.calls).filter((c) => c.startsWith('Spreadsheet'))).toEqual([]);
  });

  test('CSV and XLSX on Drive hold the same 100 cases', async () => {
    const [csv] = outputFiles(season.rt, 'csv');
    const lines = csv.content
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(101);
    const [xlsx] = outputFiles(season.rt, 'xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.content as unknown as ArrayBuffer);
    const rows = (book.worksheets[0].getSheetValues() as unknown[][]).slice(2).map((r) => String(r[1]));
    expect(rows.sort()).toEqual([...titles].sort());
  });
});

describe('the winners (stage II)', () => {
  test('every approved case has its certificate PDF on Drive, with its title and organisation in Ukrainian', () => {
    expect(pdfs.size).toBe(100);
    for (const r of approvedTab.slice(8)) {
      const text = squash(pdfs.get(String(r[0]))!.text);
      // As printed: « » and ’ for the straight quotes and apostrophes of the data
      expect(text).toContain(squash(typeset(String(r[1]), { quoted: true })));
      expect(text).toContain(squash(typeset(String(r[2]))));
      expect(text).toContain('ДИПЛОМ');
    }
  });

  test('a certificate is an A4 landscape page with both emblems, the chair’s and the secretary’s names, the date and place of the award', () => {
    const [one] = outputFiles(season.rt, 'certificate');
    expect(pageSizes(one.content)).toEqual([{ width: 841.89, height: 595.276 }]);
    const read = readPdfs([one.content], { images: true })[0];
    expect(read.pages).toBe(1);
    expect(read.images).toHaveLength(2);
    const text = squash(read.text);
    for (const words of [
      'ДИПЛОМ',
      'вручається',
      'один із 100 кращих кейсів партнерства влади та громади «ТОП-100» у 2024 році',
      'протокол № 2 від 11.10.2024',
      'Голова комісії',
      'Мирослава СМІРНОВА',
      'Секретар комісії',
      'Дмитро РУБАН',
      'Київ, 18 жовтня 2024 року',
    ])
      expect(text).toContain(squash(words));
    // The date is typeset: «2024 року» never split across a line (as the working copy, trashed after each run, held it)
    const work = [...season.rt.world.drive.values()].filter(
      (f) => f.appProperties.top100 === 'certificate-work',
    );
    expect(work.length).toBeGreaterThan(0);
    expect(work.every((f) => f.trashed)).toBe(true);
    expect(bodyText(season.rt.documents.get(work[0].id).saved)).toContain('18 жовтня 2024\u00a0року');
  });

  test('each contact person got one letter with their certificate attached and the ceremony details', () => {
    const letters = winnerLetters();
    expect(letters).toHaveLength(100);
    const byCase = new Map(season.cases.map((c, i) => [`2024-${String(i + 1).padStart(3, '0')}`, c]));
    const certificates = new Map(outputFiles(season.rt, 'certificate').map((f) => [f.caseId, f.content]));
    for (const r of approvedTab.slice(8)) {
      const c = byCase.get(String(r[0]))!;
      const mine = letters.filter((m) => m.to[0] === c.contactEmail);
      expect(mine).toHaveLength(1);
      expect(mine[0].text).toContain('18 жовтня 2024 року о 12:00');
      expect(mine[0].text).toContain(season.publicUrl);
      expect(
        Buffer.from(mine[0].attachments[0].base64, 'base64').equals(certificates.get(String(r[0]))!),
      ).toBe(true);
    }
  });

  test('the long job stopped at the time budget and its progress dialog finished it, each step under the 6-minute limit, none a trigger', () => {
    const runs = season.rt.executions.filter((e) => (e.calls['Drive.Files.copy'] ?? 0) > 0);
    expect(runs[0].fn).toBe('menuWinners');
    expect(runs.length).toBeGreaterThan(2);
    expect(runs.slice(1).every((e) => e.fn === 'winnersStep' && e.kind === 'menu')).toBe(true);
    for (const e of runs) expect(e.simulatedSeconds).toBeLessThan(300);
    expect(season.rt.executions.filter((e) => e.outcome !== 'ok')).toEqual([]);
  });

  test('running it again makes no file and sends no letter twice', () => {
    const files = season.rt.world.drive.size;
    const mail = season.rt.mail.messages.length;
    season.stage('Дипломи й листи переможцям', [{ button: 'YES' }]);
    season.stage('Оприлюднити список');
    season.stage('Каталог кращих практик');
    season.stage('Проєкт протоколу засідання');
    expect(season.rt.world.drive.size).toBe(files);
    expect(season.rt.mail.messages.length).toBe(mail);
    expect(lastAlert().prompt).toContain('Проєкт протоколу № 2 уже є');
  });
});

describe('the catalog (stage III)', () => {
  test('its PDF opens for anybody with the link (the QR code on the stands), read only', () => {
    const pdf = outputFiles(season.rt, 'catalog-pdf')[0];
    const stranger = 'passer-by@example.org';
    expect(season.rt.world.canRead(pdf.id, stranger)).toBe(true);
    expect(season.rt.world.canWrite(pdf.id, stranger)).toBe(false);
    const anyone = season.rt.world.drive.get(pdf.id)!.permissions.filter((p) => p.type === 'anyone');
    expect(anyone).toEqual([expect.objectContaining({ role: 'reader' })]);
    // The members' evaluation files stay private.
    const memberFile = [...season.rt.world.drive.values()].find((d) => d.appProperties.top100Member)!;
    expect(season.rt.world.canRead(memberFile.id, stranger)).toBe(false);
  });

  test('has a cover, a foreword, contents and a section per case, grouped by district; every title is in the PDF', () => {
    const text = squash(catalogPdf.text);
    for (const w of [
      'Каталог кращих успішних практик громадських ініціатив у вирішенні питань місцевого значення міста Києва у 2024 році',
      'Передмова',
      'Зміст',
      'Голосіївський район',
      'Що зроблено',
      'Результати',
      'Контакти',
    ])
      expect(text).toContain(squash(w));
    for (const t of titles) expect(text).toContain(squash(t));
  });

  test('every page after the cover shows its number, and the contents give the page each case starts on', () => {
    const pages = catalogPdf.pageTexts;
    expect(pages.length).toBe(catalogPdf.pages);
    expect(pages[0]).not.toMatch(/с\.\s\d/);
    pages.slice(1).forEach((t, i) => expect(t.split('\n')[0]).toMatch(new RegExp(`с\\.\\s${i + 2}$`)));
    // The contents as the Doc holds them: rows «title — organisation | page»
    const [doc] = tagged('catalog');
    const entries: { text: string; page: number }[] = [];
    for (const el of season.rt.documents.get(doc.id).saved)
      if (el.type === 'table')
        for (const row of el.rows) {
          const [a, b] = row.cells.map((c) => bodyText(c.children));
          if (row.cells.length === 2 && /^\d+$/.test(b ?? '') && /\s—\s/.test(a))
            entries.push({ text: a, page: +b });
        }
    expect(entries).toHaveLength(100);
    for (const r of approvedTab.slice(8)) {
      const title = squash(typeset(String(r[1])));
      const entry = entries.find((e) => squash(e.text).startsWith(title));
      expect(entry).toBeDefined();
      expect({ title, page: squash(pages[entry!.page - 1]).includes(title) }).toEqual({ title, page: true });
    }
  });

  test('each case has a QR code to its own entry on the public page, and that entry opens first there', () => {
    // The codes of the first case pages, read as a phone would (reading all hundred adds a minute)
    const ids = new Set(approvedTab.slice(8).map((r) => String(r[0])));
    const firstCases = catalogPdf.images.filter((i) => i.page > 1).slice(0, 12);
    expect(firstCases).toHaveLength(12);
    for (const image of firstCases) {
      const link = qrText(image.png)!;
      expect(link.startsWith(`${season.publicUrl}?case=`)).toBe(true);
      const id = link.slice(link.indexOf('=') + 1);
      expect(ids.has(id)).toBe(true);
      const title = approvedTab.find((r) => r[0] === id)![1];
      expect(squash(catalogPdf.pageTexts[image.page - 1])).toContain(squash(typeset(String(title))));
    }
    const id = String(approvedTab[50][0]);
    const page = season.rt.web({ case: id });
    const first = /<ul id="list">\s*<li ([^>]*)>/.exec(page.html)![1];
    expect(first).toContain(`id="${id}"`);
    expect(first).toContain('aria-current="true"');
    expect(page.html.match(/<li /g)).toHaveLength(100);
    expect(season.rt.web({ case: 'нема' }).html).toBe(season.rt.web().html);
  });

  test('its QR codes, made inside Apps Script, lead to the catalog’s PDF and to the public page', () => {
    const [pdf] = tagged('catalog-pdf');
    const codes = catalogPdf.images.filter((i) => i.page === 1).map((i) => qrText(i.png));
    expect(codes).toEqual([`https://drive.google.com/file/d/${pdf.id}/view`, season.publicUrl]);
  });
});

describe('the stands', () => {
  test('a poster per stand of 2022, the city-wide one with every approved case; what did not fit one run the dispatcher made, each run under 6 minutes', () => {
    const posters = outputFiles(season.rt, 'stand');
    expect(posters).toHaveLength(8);
    const city = posters.find((f) => f.name.includes('Хрещатик'))!;
    const text = squash(readPdfs([city.content])[0].text);
    for (const t of titles) expect(text).toContain(squash(typeset(t)));
    const from = season.rt.executions.findIndex((e) => e.fn === 'menuStands');
    const runs = season.rt.executions
      .slice(from)
      .filter((e) => e.fn === 'menuStands' || e.fn === 'dispatcherTick');
    const journal = readTab(season.rt, 'Журнал').filter(
      (r) => r[1] === 'Плакат стенда' && String(r[3]).includes('кейсів'),
    );
    expect(journal).toHaveLength(8);
    for (const e of runs) expect(e.simulatedSeconds).toBeLessThan(360);
    expect(runs.filter((e) => e.outcome !== 'ok')).toEqual([]);
  });
});

describe('what people received', () => {
  test('no letter of the season — invitations, reminders, the winners’ letters — holds a literal {{…}}', () => {
    const messages = season.rt.mail.messages;
    expect(messages.filter((m) => m.subject.startsWith('Нагадування')).length).toBeGreaterThan(0);
    for (const m of messages) expect(`${m.subject}\n${m.text}\n${m.html}`).not.toMatch(/\{\{|\}\}/);
  });
});

describe('outputs for people to look at', () => {
  test('public.html is the page as served, certificates/, catalog.pdf and stands/ are the files on Drive', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'top100-stages-'));
    const out = writeStageOutputs(season.rt, dir);
    expect(fs.readFileSync(out.publicHtml, 'utf8')).toBe(season.rt.web().html);
    expect(fs.readdirSync(out.certificates).filter((f) => f.endsWith('.pdf'))).toHaveLength(100);
    expect(fs.readFileSync(out.catalog!).equals(outputFiles(season.rt, 'catalog-pdf')[0].content)).toBe(true);
    const posters = outputFiles(season.rt, 'stand');
    expect(out.standCount).toBe(8);
    expect(fs.readdirSync(out.stands).sort()).toEqual(posters.map((f) => f.name).sort());
  });
});

describe('the page later', () => {
  test('seven hours on (the cache keeps a page six) it is served from its file on Drive, unchanged', () => {
    const now = season.rt.web();
    season.rt.advanceBy(7 * 60 * 60_000);
    const later = season.rt.web();
    expect(later.record.calls['Drive.Files.get']).toBe(1);
    expect(later.html).toBe(now.html);
    // …and cached again for the next visitor
    expect(season.rt.web().record.calls['Drive.Files.get']).toBeUndefined();
  });
});

describe('a changed approved list is refused', () => {
  test('the secretary (who may edit the protected tab) changes a title: publication refuses, naming the tab', () => {
    const owner = season.rt.as(OWNER).open(season.masterId);
    const original = String(approvedTab[8][1]);
    owner.type(APPROVED, 'B9', original + ' (змінено)');
    season.rt.menu('Оприлюднити список');
    expect(lastAlert().prompt).toMatch(
      /^Аркуш «Затверджений список» змінено після затвердження: контрольна сума вмісту \([0-9a-f]{64}\) не збігається із записаною/,
    );
    owner.type(APPROVED, 'B9', original);
    season.stage('Оприлюднити список');
    expect(lastAlert().prompt).toMatch(/^Список оприлюднено: 100 кейсів/);
  });
});
