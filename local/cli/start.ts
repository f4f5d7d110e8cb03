// `npm start`: the 2024 season on the local Apps Script runtime, from set-up to publication day, into ./season
// (its own folder: ./workspace belongs to `npm run local`, and npm start never clears a folder it did not write).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { FORM_OPENS, Season, SeasonProgress } from '../season/season';
import { kyiv } from '../season/time';
import {
  actionStats,
  publicList,
  readTab,
  writeOutputs,
  writeStageOutputs,
  type StageOutputs,
} from '../report';
import { EXECUTION_LIMIT_SECONDS } from '../cost';
import { formatDateTime } from '../../src/domain/time';
import { quietWhenClosed } from './io';

const HELP = `npm start [-- options]
  Проводить сезон ТОП-100 2024 на локальному середовищі Apps Script (без облікового запису Google): заявки
  через форму, оцінювання, затвердження, дипломи, каталог і головна таблиця сезону 2025.
  Runs the 2024 season on the local Apps Script runtime (no Google account needed): applications through the
  form, the evaluation, approval, certificates, the catalog, and the master of the 2025 season.

  --dir <path>      папка сезону / the season's folder (./season); кожен запуск замінює в ній попередній
                    сезон, а теку з чимось іншим (наприклад, робочу теку npm run local) не чіпає /
                    each run replaces the season there, and leaves any other folder (a npm run local
                    workspace, say) alone
  --keep            не очищати папку сезону перед запуском / do not clear the season's folder first
  --cases <n>       кількість кейсів / number of cases (446)
  --members <n>     членів комісії / commission members (8)
  --k <n>           кожен кейс оцінюють k членів (інакше всі) / each case by k members (default: all)
  --seed <n>        зерно синтетичних даних / seed of the synthetic data (2024)
  --help`;

/** npm start's own folder: never ./workspace, where `npm run local` keeps real data. */
export const DEFAULT_DIR = 'season';
/** The note npm start leaves in its folder; it also tells a later run that the folder is a season it may replace. */
export const SEASON_NOTE = 'README.txt';
const NOTE_FIRST_LINE = 'Цю теку створила команда npm start';
const NOTE = `${NOTE_FIRST_LINE} (синтетичний сезон ТОП-100 2024 на локальному середовищі Apps Script).
Кожен запуск npm start замінює її вміст. Для власних даних — npm run local (тека ./workspace).
Written by npm start (the synthetic 2024 season); every npm start replaces it. Your own data: npm run local.
`;

/** What is in the folder npm start is asked to write: nothing, its own previous season, or something else. */
export function seasonFolder(dir: string): 'empty' | 'season' | 'other' {
  if (!fs.existsSync(dir)) return 'empty';
  if (!fs.statSync(dir).isDirectory()) return 'other';
  const entries = fs.readdirSync(dir);
  if (entries.length === 0) return 'empty';
  const note = path.join(dir, SEASON_NOTE);
  return fs.existsSync(note) && fs.readFileSync(note, 'utf8').startsWith(NOTE_FIRST_LINE)
    ? 'season'
    : 'other';
}

const START = FORM_OPENS;
const END = kyiv(2024, 10, 15, 12, 0);

function bar(p: SeasonProgress): string {
  const f = Math.max(0, Math.min(1, (p.at - START) / (END - START)));
  const width = 24;
  const full = Math.round(f * width);
  return (
    `[${'█'.repeat(full)}${'░'.repeat(width - full)}] ${String(Math.round(f * 100)).padStart(3)}% · ` +
    `${formatDateTime(p.at, 'Europe/Kyiv')} · ${p.phase} · балів введено ${p.scoresTyped} · листів ${p.emailsSent}`
  );
}

/** Where the report goes: stdout, quiet once a reader such as `head` has gone (set when run as a command). */
let print = (text: string): void => void process.stdout.write(text);
const log = (text = ''): void => print(text + '\n');

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: DEFAULT_DIR },
      keep: { type: 'boolean', default: false },
      cases: { type: 'string', default: '446' },
      members: { type: 'string', default: '8' },
      k: { type: 'string' },
      seed: { type: 'string', default: '2024' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    log(HELP);
    return 0;
  }
  const cases = Number(values.cases);
  const members = Number(values.members);
  const seed = Number(values.seed);
  const k = values.k === undefined ? 'all' : Number(values.k);
  if (
    ![cases, members, seed].every((n) => Number.isInteger(n) && n > 0) ||
    (k !== 'all' && !(Number.isInteger(k) && k > 0 && k <= members))
  ) {
    console.error(
      'Помилка: --cases, --members, --seed і --k мають бути додатними цілими числами (k ≤ members).\n\n' +
        HELP,
    );
    return 2;
  }
  // npm runs scripts from the package folder; a --dir is relative to where the person typed it
  const dir = path.resolve(process.env.INIT_CWD ?? process.cwd(), values.dir!);
  const shown = path.relative(process.cwd(), dir) || '.';
  const found = seasonFolder(dir);
  if (found === 'other') {
    console.error(
      `Тека «${shown}» не порожня, і її створила не npm start (наприклад, це робоча тека npm run local). ` +
        `npm start її не очищає й не пише в неї: укажіть іншу теку (--dir <тека>) або звільніть цю.\n` +
        `The folder «${shown}» is not empty and was not written by npm start (a npm run local workspace, say); ` +
        `npm start leaves it alone: give another folder (--dir <folder>) or empty this one.`,
    );
    return 2;
  }
  if (!values.keep) fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, SEASON_NOTE), NOTE);
  log(
    found === 'season' && !values.keep
      ? `Сезон пишеться в «${shown}»; попередній сезон у цій теці замінено.`
      : `Сезон пишеться в «${shown}».`,
  );

  const tty = process.stdout.isTTY;
  let lastPhase = '';
  const started = Date.now();
  const season = new Season({
    cases,
    members,
    seed,
    assignment: k,
    realWorld: true,
    intake: 'form',
    onProgress: (p) => {
      if (tty) print(`\r${bar(p)}\x1b[K`);
      else if (p.phase !== lastPhase) log(bar(p));
      lastPhase = p.phase;
    },
  });
  season.run();
  season.stages();
  season.nextSeason();
  if (tty) print('\n');
  await season.rt.save(dir);
  const title = `ТОП-100 2024 · синтетичний сезон: кейсів ${cases}, членів комісії ${members}`;
  const outputs = writeOutputs(season.rt, dir, title);
  const stages = writeStageOutputs(season.rt, dir);
  printSummary(season, dir, outputs, Date.now() - started, stages);
  return 0;
}

/** A path as the person would type it: relative to where they ran npm start when inside it, else absolute. */
function shownPath(p: string): string {
  const rel = path.relative(process.env.INIT_CWD ?? process.cwd(), p);
  const shown = rel === '' ? '.' : rel.startsWith('..') || path.isAbsolute(rel) ? p : rel;
  // A folder keeps its trailing slash
  return p.endsWith(path.sep) && !shown.endsWith(path.sep) ? shown + path.sep : shown;
}

function printSummary(
  season: Season,
  dir: string,
  outputs: { csv: string; html: string },
  ms: number,
  stages: StageOutputs,
): void {
  const rt = season.rt;
  const scores = readTab(rt, 'Оцінки').slice(1);
  const count = (word: string) => scores.filter((r) => r[9] === word).length;
  const list = publicList(rt);
  const memberFiles = fs.existsSync(path.join(dir, 'members'))
    ? fs.readdirSync(path.join(dir, 'members')).length
    : 0;
  const failed = rt.executions.filter((e) => e.outcome !== 'ok').length;
  const register = readTab(rt, 'Заявки').slice(1);
  const status = (word: string) => register.filter((r) => String(r[2]).startsWith(word)).length;
  const files: [string, string][] = [
    [path.join(dir, 'master.xlsx'), 'головна таблиця 2024 (усі аркуші; тепер архів лише для перегляду)'],
    [
      path.join(dir, 'next-season.xlsx'),
      'головна таблиця сезону 2025: налаштування й члени комісії, без даних 2024',
    ],
    [path.join(dir, 'members') + path.sep, `таблиці членів комісії (файлів: ${memberFiles})`],
    [
      path.join(dir, 'mail') + path.sep,
      'листи (.eml): підтвердження заявок, запрошення, нагадування, підсумок',
    ],
    [outputs.csv, 'публічний список'],
    [outputs.html, 'звіт: рейтинг, хід оцінювання, графіки'],
    [stages.publicHtml, 'публічна сторінка (doGet) із затвердженим списком'],
    [stages.certificates + path.sep, `дипломи переможців, PDF (файлів: ${stages.certificateCount})`],
    ...(stages.catalog ? [[stages.catalog, 'каталог кращих практик, PDF'] as [string, string]] : []),
    ...(stages.standCount
      ? [
          [stages.stands + path.sep, `плакати стендів, PDF (файлів: ${stages.standCount})`] as [
            string,
            string,
          ],
        ]
      : []),
    [
      path.join(dir, 'documents') + path.sep,
      'Google Docs як PDF: проєкт протоколу, шаблон диплома, каталог, дипломи, плакати',
    ],
  ];
  const width = Math.max(...files.map(([f]) => shownPath(f).length));
  log(`
Сезон завершено за ${(ms / 1000).toFixed(1)} с (Node).
  Заявок через форму: ${register.length}; прийнято ${status('прийнято')} (можливих повторів ${status('прийнято — можливий повтор')}); не прийнято ${status('не прийнято')}
  Кейсів: ${readTab(rt, 'Кейси').length - 1}; членів комісії: ${season.members.length}
  Оцінки: дійсних ${count('дійсна')}, недійсних ${count('недійсна')}, неповних ${count('неповна')}, конфлікт інтересів ${count('конфлікт інтересів')}, порожніх ${count('порожня')}
  Загальний список без місць: кейсів ${list.selected.length}${list.tied.length ? `; нічия на межі: ${list.tied.length}` : ''}
  Листів: ${rt.mail.messages.length}; виконань скрипту: ${rt.executions.length} (з помилкою: ${failed})

Файли / files:
${files.map(([f, what]) => `  ${shownPath(f).padEnd(width)}  ${what}`).join('\n')}

Дії в Apps Script (оцінка за таблицею вартості викликів; ліміт ${EXECUTION_LIMIT_SECONDS} с на виконання):`);
  const rows = actionStats(rt.executions).sort((a, b) => b.maxSeconds - a.maxSeconds);
  const cols = (cells: string[]) => '  ' + cells.map((c, i) => (i ? c.padStart(17) : c.padEnd(22))).join('');
  log(cols(['дія', 'виконань', 'найдовше, с', 'викликів (макс.)', 'викликів усього']));
  for (const s of rows)
    log(
      cols([s.fn, String(s.executions), s.maxSeconds.toFixed(1), String(s.maxCalls), String(s.totalCalls)]),
    );
}

if (require.main === module) {
  print = quietWhenClosed(process.stdout);
  main().then(
    (code) => process.exit(code),
    (e) => {
      console.error('\nПомилка / error:', e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
