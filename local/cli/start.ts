// `npm start`: the 2024 season on the local Apps Script runtime, from set-up to publication day, into ./workspace.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { Season, SeasonProgress } from '../season/season';
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

const HELP = `npm start [-- options]
  Проводить сезон ТОП-100 2024 на локальному середовищі Apps Script (без облікового запису Google).
  Runs the 2024 season on the local Apps Script runtime (no Google account needed).

  --dir <path>      папка результатів / output folder (./workspace)
  --keep            не очищати папку перед запуском / do not clear the folder first
  --cases <n>       кількість кейсів / number of cases (446)
  --members <n>     членів комісії / commission members (8)
  --k <n>           кожен кейс оцінюють k членів (інакше всі) / each case by k members (default: all)
  --seed <n>        зерно синтетичних даних / seed of the synthetic data (2024)
  --help`;

const START = kyiv(2024, 9, 20, 9, 0);
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

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'workspace' },
      keep: { type: 'boolean', default: false },
      cases: { type: 'string', default: '446' },
      members: { type: 'string', default: '8' },
      k: { type: 'string' },
      seed: { type: 'string', default: '2024' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
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
  const dir = path.resolve(values.dir!);
  if (!values.keep) fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });

  const tty = process.stdout.isTTY;
  let lastPhase = '';
  const started = Date.now();
  const season = new Season({
    cases,
    members,
    seed,
    assignment: k,
    onProgress: (p) => {
      if (tty) process.stdout.write(`\r${bar(p)}\x1b[K`);
      else if (p.phase !== lastPhase) console.log(bar(p));
      lastPhase = p.phase;
    },
  });
  season.run();
  season.stages();
  if (tty) process.stdout.write('\n');
  await season.rt.save(dir);
  const title = `ТОП-100 · ${cases} кейсів × ${members} членів комісії`;
  const outputs = writeOutputs(season.rt, dir, title);
  const stages = writeStageOutputs(season.rt, dir);
  printSummary(season, dir, outputs, Date.now() - started, stages);
  return 0;
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
  const rel = (p: string) => path.relative(process.cwd(), p) || '.';
  const memberFiles = fs.existsSync(path.join(dir, 'members'))
    ? fs.readdirSync(path.join(dir, 'members')).length
    : 0;
  const failed = rt.executions.filter((e) => e.outcome !== 'ok').length;
  console.log(`
Сезон завершено за ${(ms / 1000).toFixed(1)} с (Node).
  Кейсів: ${season.cases.length}; членів комісії: ${season.members.length}
  Оцінок: дійсних ${count('дійсна')}, недійсних ${count('недійсна')}, неповних ${count('неповна')}, конфлікт інтересів ${count('конфлікт інтересів')}, порожніх ${count('порожня')}
  ТОП-100: ${list.selected.length} кейсів${list.tied.length ? ` + ${list.tied.length} у нічиїй на межі` : ''} (загальний список без місць)
  Листів: ${rt.mail.messages.length}; виконань скрипта: ${rt.executions.length} (з помилкою: ${failed})

Файли / files:
  ${rel(path.join(dir, 'master.xlsx'))}            головна таблиця (усі аркуші)
  ${rel(path.join(dir, 'members'))}/                 таблиці членів комісії (${memberFiles})
  ${rel(path.join(dir, 'mail'))}/                    листи (.eml)
  ${rel(outputs.csv)}             публічний список
  ${rel(outputs.html)}            звіт: рейтинг, хід оцінювання, графік
  ${rel(stages.publicHtml)}            публічна сторінка (doGet) із затвердженим списком
  ${rel(stages.certificates)}/            дипломи переможців, PDF (${stages.certificateCount})
  ${stages.catalog ? rel(stages.catalog) : '—'}            каталог кращих практик, PDF
  ${rel(path.join(dir, 'documents'))}/               Google Docs як PDF: проєкт протоколу, шаблон диплома, каталог, дипломи

Дії в Apps Script (оцінка за таблицею вартості викликів; ліміт ${EXECUTION_LIMIT_SECONDS} с на виконання):`);
  const rows = actionStats(rt.executions).sort((a, b) => b.maxSeconds - a.maxSeconds);
  const cols = (cells: string[]) => '  ' + cells.map((c, i) => (i ? c.padStart(17) : c.padEnd(22))).join('');
  console.log(cols(['дія', 'виконань', 'найдовше, с', 'викликів (макс.)', 'викликів усього']));
  for (const s of rows)
    console.log(
      cols([s.fn, String(s.executions), s.maxSeconds.toFixed(1), String(s.maxCalls), String(s.totalCalls)]),
    );
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error('\nПомилка / error:', e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
