// A smaller season whose «ТОП-100» ends in a tie at the cut-off: the commission's decision at approval, its checks,
// and the winners' letters with a small mail quota and cases without a valid contact.
import { Season } from '../../local/season/season';
import { outputFiles, readTab } from '../../local/report';
import { bodyText } from '../../local/services/document-model';
import { plural } from '../../src/domain/plural';
import { typeset } from '../../src/domain/typography';
import { escapeHtml } from '../../src/domain/text';
import { ui } from '../../src/domain/messages';
import { pdfText, squash } from './images';
import { ratingRows, winnersAtTie } from './rating';

const season = new Season({
  cases: 60,
  members: 4,
  seed: 7,
  assignment: 'all',
  limits: { mailRecipientsPerDay: 15 },
});
const APPROVED = 'Затверджений список';
const lastAlert = () => season.rt.ui.alerts[season.rt.ui.alerts.length - 1].prompt;
const ask = (tie: string, meeting = '') => [
  { button: 'OK' as const, text: meeting },
  { button: 'OK' as const, text: '' },
  { button: 'OK' as const, text: tie },
  { button: 'YES' as const },
];

let beforeClose: string;
let winners = 0;
let tied: string[] = [];
let seats = 0;

/** Rating rows: [ID, mean, decision]. */
const rating = () => ratingRows(season.rt);

beforeAll(() => {
  season.prepare();
  season.distribute();
  season.evaluate();
  season.rt.menu('Затвердити рейтинг…');
  beforeClose = lastAlert();
  season.finish();
  // Only the mean decides, so equal means tie: the cut-off is put where two equal means meet
  season.setSetting('Порядок розв’язання нічиїх', '');
  // A change of the rules after the close: the secretary confirms it when the rating asks.
  season.stage('Обчислити рейтинг', [{ button: 'YES' }, { button: 'OK' }]);
  winners = winnersAtTie(rating());
  season.setSetting('Кількість переможців', String(winners));
  season.stage('Обчислити рейтинг', [{ button: 'YES' }, { button: 'OK' }]);
  tied = rating()
    .filter((r) => r[2].startsWith('нічия'))
    .map((r) => r[0]);
  seats = winners - rating().filter((r) => r[2] === 'до списку').length;
});

describe('approval with a tie at the cut-off', () => {
  test('is refused before the evaluation is closed', () => {
    expect(beforeClose).toBe(ui('approveNotClosed'));
  });

  test('the season really has a tie across the cut-off', () => {
    expect(winners).toBeGreaterThan(0);
    expect(tied.length).toBeGreaterThan(seats);
    expect(seats).toBeGreaterThan(0);
  });

  test('a wrong number of chosen cases or a wrong date changes nothing, and the message says what to fix', () => {
    const numbers = Array.from({ length: seats + 1 }, (_, i) => String(i + 1)).join(', ');
    season.rt.menu('Затвердити рейтинг…', ask(numbers));
    expect(lastAlert()).toBe(ui('tieChoiceCount', { chosen: seats + 1, seats }));
    season.rt.menu('Затвердити рейтинг…', ask('1', '31.09.2024'));
    expect(lastAlert()).toBe(ui('approveBadDate', { value: '31.09.2024' }));
    expect(readTab(season.rt, APPROVED)).toEqual([]);
    // The dialog listed the tied cases, numbered, for the commission to choose from
    const prompt = season.rt.ui.prompts[season.rt.ui.prompts.length - 1];
    expect(prompt.prompt).toContain(
      `${tied.length} ${plural(tied.length, ['кейс', 'кейси', 'кейсів'])} на ${seats} ${plural(seats, ['місце', 'місця', 'місць'])}`,
    );
  });

  test('the chosen cases — here the last ones listed — join the list; the other tied cases do not', () => {
    const chosenNumbers = Array.from({ length: seats }, (_, i) => tied.length - i);
    season.stage('Затвердити рейтинг…', ask(chosenNumbers.join(', ')));
    const tab = readTab(season.rt, APPROVED);
    const list = tab.slice(8);
    expect(list).toHaveLength(winners);
    const byCommission = list.filter((r) => r[5] === ui('basisCommission')).map((r) => String(r[0]));
    // The dialog lists the tied cases in the order of «Рейтинг»
    const listed = season.rt.ui.prompts[season.rt.ui.prompts.length - 1].prompt
      .split('\n')
      .filter((l) => /^\d+\. /.test(l));
    const chosen = chosenNumbers.map((n) => /^\d+\. (\S+)/.exec(listed[n - 1])![1]);
    expect(byCommission.sort()).toEqual([...chosen].sort());
    for (const id of tied.filter((t) => !chosen.includes(t)))
      expect(list.some((r) => r[0] === id)).toBe(false);
    expect(tab[5].slice(1, 4)).toEqual([tied.join(', '), seats, chosen.join(', ')]);
  });

  test('the protocol draft records the tie and the commission’s choice', () => {
    season.stage('Проєкт протоколу засідання');
    const doc = [...season.rt.world.drive.values()].find((f) => f.appProperties.top100 === 'protocol')!;
    const text = bodyText(season.rt.documents.get(doc.id).saved).replace(/\u00a0/g, ' ');
    expect(text).toContain(
      `на межі відбору однаковий результат мали ${tied.length} ${plural(tied.length, ['кейс', 'кейси', 'кейсів'])} на ${seats} ${plural(seats, ['місце', 'місця', 'місць'])}`,
    );
    expect(text).toContain('Комісія обрала:');
  });
});

describe('letters to the winners with a small mail quota', () => {
  let first: string;
  let noContact: string[];
  let refusal: string;
  let madeBeforeFilling: number;
  let mailBeforeFilling: number;

  beforeAll(() => {
    // Two approved cases lose their contact address: one blank, one that is no address
    const approved = readTab(season.rt, APPROVED)
      .slice(8)
      .map((r) => String(r[0]));
    noContact = approved.slice(0, 2);
    const cases = readTab(season.rt, 'Кейси');
    const owner = season.rt.as('secretary@example.org').open(season.masterId);
    owner.type('Кейси', `J${cases.findIndex((r) => r[0] === noContact[0]) + 1}`, '');
    owner.type('Кейси', `J${cases.findIndex((r) => r[0] === noContact[1]) + 1}`, 'на сайті організації');
    season.setSetting('Нагородження: дата і час', '18 жовтня 2024 року о 12:00');
    season.setSetting('Нагородження: місце', 'Київ, вул. Хрещатик, 36');
    season.stage('Оприлюднити список');
    // The page's address and the names for the signatures are still blank: refused, nothing made or sent
    season.rt.menu('Дипломи й листи переможцям', [{ button: 'YES' }]);
    refusal = lastAlert();
    madeBeforeFilling = [...season.rt.world.drive.values()].filter(
      (f) => f.appProperties.top100 === 'certificate',
    ).length;
    mailBeforeFilling = season.rt.mail.messages.length;
    season.setSetting('Адреса публічної сторінки', season.publicUrl);
    season.setSetting('Голова комісії', 'Мирослава СМІРНОВА');
    season.setSetting('Секретар комісії', 'Дмитро РУБАН');
    season.stage('Дипломи й листи переможцям', [{ button: 'YES' }]);
    first = lastAlert();
  });

  const letters = () => season.rt.mail.messages.filter((m) => m.attachments.length > 0);

  test('are refused before anything is sent while a letter or a certificate would be incomplete, naming the rows to fill', () => {
    const settings = readTab(season.rt, 'Налаштування');
    const row = (label: string) => settings.findIndex((r) => r[0] === label) + 1;
    for (const label of ['Адреса публічної сторінки', 'Голова комісії', 'Секретар комісії'])
      expect(refusal).toContain(`Аркуш «Налаштування», рядок ${row(label)} («${label}»): порожньо`);
    expect(refusal).toContain('{{page}}');
    expect(refusal).toContain('Нічого не зроблено.');
    expect(madeBeforeFilling).toBe(0);
    expect(mailBeforeFilling).toBe(season.rt.mail.messages.length - letters().length);
  });

  test('sends what the quota allows, says the rest continue automatically, and lists the cases without a valid contact', () => {
    expect(letters()).toHaveLength(15);
    expect(first).toContain('Листів надіслано: 15 (цього разу: 15)');
    expect(first).toContain(ui('winnersRemaining'));
    expect(first).toContain('Без дійсної адреси контактної особи (2)');
    for (const id of noContact) expect(first).toContain(id);
  });

  test('while the quota is used up the automatic run only checks it: no Drive or document call, nothing sent', () => {
    const from = season.rt.executions.length;
    season.rt.advanceBy(3 * 60 * 60_000);
    const ticks = season.rt.executions.slice(from).filter((e) => e.fn === 'dispatcherTick');
    // The first ticks make the certificates the menu's run had no time for, if any; then only the quota is checked
    const working = ticks.filter((t) => t.calls['Docs.Documents.batchUpdate']);
    expect(outputFiles(season.rt, 'certificate')).toHaveLength(winners);
    const waiting = working.length ? ticks.slice(ticks.indexOf(working[working.length - 1]) + 1) : ticks;
    expect(waiting.length).toBeGreaterThan(10);
    for (const t of waiting) {
      expect(t.calls['MailApp.getRemainingDailyQuota']).toBe(1);
      expect(Object.keys(t.calls).filter((c) => /^(Drive|Docs|Document|Body|MailApp\.send)/.test(c))).toEqual(
        [],
      );
      expect(t.simulatedSeconds).toBeLessThan(2);
    }
    expect(letters()).toHaveLength(15);
  });

  test('a case whose title looks like a formula and markup is text everywhere: the page, its certificate', () => {
    const hostile = readTab(season.rt, APPROVED)
      .slice(8)
      .find((r) => String(r[1]).startsWith('=IMPORTXML'));
    expect(hostile).toBeDefined();
    const page = season.rt.web().html;
    expect(page).toContain(escapeHtml(String(hostile![1])));
    expect(page).not.toContain('<b>не формула</b>');
    const certificate = outputFiles(season.rt, 'certificate').find((f) => f.caseId === hostile![0])!;
    // Printed as text, typeset: its quotes inside the certificate's « » become „ “
    expect(squash(pdfText(certificate.content).text)).toContain(
      squash(`«${typeset(String(hostile![1]), { quoted: true })}»`),
    );
  });

  test('the next day the rest go out, each contact exactly once, and the cases without a contact get none', () => {
    season.rt.advanceBy(24 * 60 * 60_000);
    const sent = letters().map((m) => m.to[0]);
    expect(sent).toHaveLength(winners - 2);
    expect(new Set(sent).size).toBe(sent.length);
    const approved = readTab(season.rt, APPROVED).slice(8);
    const cases = readTab(season.rt, 'Кейси');
    for (const id of noContact) {
      const email = String(cases.find((r) => r[0] === id)![9]);
      expect(sent).not.toContain(email);
    }
    expect(approved.length).toBe(winners);
    const journal = readTab(season.rt, 'Журнал').filter((r) => r[1] === ui('actWinnerMail'));
    expect(journal).toHaveLength(winners - 2);
  });
});
