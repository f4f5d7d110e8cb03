// `npm run bench`: service calls and estimated Apps Script seconds per action at three commission sizes.
// Deterministic (seeded seasons on the simulated clock); writes docs/benchmarks.md and prints it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Season } from '../local/season/season';
import type { ExecutionRecord } from '../local/world';
import { EXECUTION_LIMIT_SECONDS } from '../local/cost';
import { benchDomain } from './domain';
import { APPS_SCRIPT_FACTOR, BUDGET_SECONDS, benchStability } from './stability';

interface ScaleSpec {
  name: string;
  cases: number;
  members: number;
  assignment: 'all' | number;
}

const SCALES: ScaleSpec[] = [
  { name: 'S', cases: 446, members: 8, assignment: 'all' },
  { name: 'M', cases: 2000, members: 20, assignment: 'all' },
  { name: 'L', cases: 5000, members: 50, assignment: 5 },
];

/** The actions a person or the dispatcher runs; dispatcher ticks are told apart by what they did. */
function actionOf(e: ExecutionRecord): string {
  if (e.fn !== 'dispatcherTick') return e.fn;
  if (e.calls['Body.replaceText']) return 'dispatcherTick: certificates and letters (continued)';
  if (e.calls['Body.appendPageBreak']) return 'dispatcherTick: catalog (continued)';
  if (e.calls['Drive.Files.create']) return 'dispatcherTick: continue members’ sheets';
  if (e.calls['Spreadsheet.insertSheet']) return 'dispatcherTick: close at the deadline';
  if (e.calls['MailApp.sendEmail']) return 'dispatcherTick: reminders (+ collect)';
  if (e.calls['SpreadsheetApp.openById']) return 'dispatcherTick: collect changed sheets';
  return 'dispatcherTick: nothing changed';
}

const callsOf = (e: ExecutionRecord) =>
  Object.entries(e.calls).reduce((n, [k, v]) => (k === '(startup)' ? n : n + v), 0);

/**
 * Calls that cannot be avoided, per action, from the work itself: m members touched, f files opened.
 * Reads of the tabs the action needs (1 each), one write per tab it changes, and per member file the
 * open + one read or the create + one fill + one share + the ready mark.
 */
function lowerBound(action: string, e: ExecutionRecord): number {
  const c = (k: string) => e.calls[k] ?? 0;
  const opened = c('SpreadsheetApp.openById');
  switch (action) {
    case 'menuSetup':
      return 9 * 2 + 1; // nine tabs: insert + header write; the trigger
    case 'importCasesCsv':
      return 3; // settings read, members read (already distributed?), cases write
    case 'menuCreateSheets':
    case 'dispatcherTick: continue members’ sheets': {
      const created =
        c('Drive.Files.create') - (c('Drive.Files.create') > 0 && action === 'menuCreateSheets' ? 1 : 0);
      return 6 + created * 4; // tabs read; per file: create, fill (one Sheets API batchUpdate), share, mark ready
    }
    case 'menuSendInvitations':
      return 3 + c('MailApp.sendEmail'); // settings, members, ledger; one email each
    case 'dispatcherTick: nothing changed':
      return 2; // settings read, Drive change list
    case 'dispatcherTick: collect changed sheets':
    case 'dispatcherTick: reminders (+ collect)':
      return 4 + 2 * opened + c('MailApp.sendEmail'); // settings, members, scores, change list; open + read per file
    case 'dispatcherTick: close at the deadline':
      return 6 + 3 * opened; // per file: open, read, lock; snapshot, rating
    case 'menuAnalyseStability':
      return 10; // four tabs read; «Рейтинг», «ТОП-100», «Стабільність», «Узгодженість» and «Журнал» written, one flush
    case 'menuComputeRating':
      return 6; // four tabs read, two written
    case 'menuApproveRating':
      return 6; // settings, rating, top list read; approved list written, protected, hash logged
    case 'menuPublishList':
      return 6; // approved list read; page cache, CSV and XLSX written to Drive
    case 'menuWinners':
    case 'dispatcherTick: certificates and letters (continued)':
      return 4 + 5 * c('Drive.Files.copy'); // per certificate: copy the template, open, replace, PDF, email
    case 'menuCatalog':
    case 'dispatcherTick: catalog (continued)':
    case 'menuProtocolDraft': {
      // DocumentApp has no bulk append: each paragraph, table, image and break (in the body or a cell) is a call
      const appends = Object.entries(e.calls).reduce(
        (n, [k, v]) => (/^(Body|TableCell)\.append|^Paragraph\.appendInlineImage/.test(k) ? n + v : n),
        0,
      );
      return 5 + appends;
    }
    default:
      return Math.max(1, Math.min(callsOf(e), 3));
  }
}

interface Row {
  action: string;
  executions: number;
  maxCalls: number;
  maxLower: number;
  maxSeconds: number;
  totalSeconds: number;
  topMethods: string;
}

function summarise(executions: ExecutionRecord[]): Row[] {
  const by = new Map<string, ExecutionRecord[]>();
  for (const e of executions) by.set(actionOf(e), [...(by.get(actionOf(e)) ?? []), e]);
  return [...by.entries()].map(([action, list]) => {
    const worst = list.reduce((a, b) => (callsOf(b) > callsOf(a) ? b : a));
    const methods = Object.entries(worst.calls)
      .filter(([k]) => k !== '(startup)')
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    return {
      action,
      executions: list.length,
      maxCalls: callsOf(worst),
      maxLower: lowerBound(action, worst),
      maxSeconds: Math.max(...list.map((e) => e.simulatedSeconds)),
      totalSeconds: list.reduce((s, e) => s + e.simulatedSeconds, 0),
      topMethods: methods,
    };
  });
}

function runScale(spec: ScaleSpec): { rows: Row[]; ms: number; ratingMs: number; members: number } {
  const started = Date.now();
  const season = new Season({
    cases: spec.cases,
    members: spec.members,
    seed: 2024,
    assignment: spec.assignment,
  });
  season.run();
  // Stages II–III at the 2024 size: approval, protocol, publication, 100 certificates with letters, the catalog.
  if (spec.name === 'S') season.stages();
  season.menu('Аналіз стабільності та узгодженості');
  const rating = season.rt.executions.filter((e) => e.fn === 'menuComputeRating').pop();
  return {
    rows: summarise(season.rt.executions),
    ms: Date.now() - started,
    ratingMs: rating?.realMs ?? 0,
    members: spec.members,
  };
}

function main(): void {
  const lines: string[] = [
    '# Benchmarks',
    '',
    "Generated by `npm run bench` (deterministic: seeded synthetic seasons on the local runtime's simulated clock).",
    'Seconds are **estimated Apps Script seconds** from the per-call cost table in `local/cost.ts` (each figure',
    'sourced in `shared/research/quotas.md` §3.3), including 0.5 s start-up per execution; the limit is',
    `${EXECUTION_LIMIT_SECONDS} s per execution. "Lower bound" counts the calls the work cannot avoid (see \`bench/run.ts\`).`,
    '',
  ];
  for (const spec of SCALES) {
    const r = runScale(spec);
    lines.push(
      `## ${spec.name}: ${spec.cases} cases × ${spec.members} members (${spec.assignment === 'all' ? 'all score all' : `each case by ${spec.assignment}`})`,
      '',
      `Whole season in Node: ${(r.ms / 1000).toFixed(1)} s; the rating action (read, aggregate, rank, write) took ${r.ratingMs} ms of Node time.`,
      '',
      '| action | executions | calls (worst run) | lower bound | ratio | est. seconds (worst) | executions needed | heaviest calls |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    );
    for (const row of r.rows.sort((a, b) => b.maxSeconds - a.maxSeconds)) {
      const needed = row.action.startsWith('dispatcherTick')
        ? '—'
        : Math.max(1, Math.ceil(row.totalSeconds / (EXECUTION_LIMIT_SECONDS * 0.75)));
      lines.push(
        `| ${row.action} | ${row.executions} | ${row.maxCalls} | ${row.maxLower} | ${(row.maxCalls / Math.max(1, row.maxLower)).toFixed(1)} | ${row.maxSeconds.toFixed(1)} | ${needed} | ${row.topMethods} |`,
      );
    }
    lines.push('');
  }
  lines.push(
    "## The rating's pure core in Node (aggregate + rank)",
    '',
    '| scale | evaluations | ms |',
    '| --- | ---: | ---: |',
  );
  for (const d of benchDomain()) lines.push(`| ${d.scale} | ${d.evaluations} | ${d.ms.toFixed(0)} |`);
  lines.push(
    '',
    "Apps Script's V8 is slower than Node; budget 10× these figures — still far inside the 6-minute limit.",
    '',
  );
  lines.push(
    "## The meeting's decision support in Node (stability: bootstrap over members + four rules; agreement: alpha, severity)",
    '',
    `Seeded synthetic commissions (\`bench/stability.ts\`: latent merit, member severity and noise). Budget: ${BUDGET_SECONDS} estimated Apps Script seconds at ${APPS_SCRIPT_FACTOR}× Node.`,
    '',
    '| scale | evaluations | resamples | stability, ms | agreement, ms | est. Apps Script s | borderline cases | α (total) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const d of benchStability())
    lines.push(
      `| ${d.scale} | ${d.evaluations} | ${d.resamples} | ${d.stabilityMs.toFixed(0)} | ${d.agreementMs.toFixed(0)} | ${d.appsScriptSeconds.toFixed(1)} | ${d.borderline} | ${d.alpha?.toFixed(3) ?? '—'} |`,
    );
  lines.push('');
  const text = lines.join('\n');
  const out = path.join(__dirname, '..', 'docs', 'benchmarks.md');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, text);
  console.log(text);
}

main();
