// `npm run reliability`: many fault schedules over a short season and the bad-input corpus; writes
// docs/reliability.md with the figures of the run. RELIABILITY_RUNS sets the number of schedules (default 1 000).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FaultOutcome, randomSchedule, runFaultySeason } from '../local/season/faults';
import { prng } from '../local/season/data';
import { BAD_INPUTS, BadInputOutcome, runBadInput } from '../local/season/bad-input';

const RUNS = Number(process.env.RELIABILITY_RUNS ?? 1000);
const SEED = 2024;
const PROGRESS_EVERY = 50;

/** The figures of the fault schedules, summed over the run. */
function emptyTotals() {
  return {
    runs: 0,
    transient: 0,
    cut: 0,
    lockHolds: 0,
    disabledTriggers: 0,
    handEdits: 0,
    quotaLimited: 0,
    quotaRefusedRuns: 0,
    unshared: 0,
    lagOff: 0,
    lagTypical: 0,
    lagHeavy: 0,
    noAccount: 0,
    accountBeforeDeadline: 0,
    accountAfterDeadline: 0,
    sessions: 0,
    sessionsWithoutAccess: 0,
    sessionsPostponed: 0,
    colleagueClicks: 0,
    colleagueRefused: 0,
    colleagueBusy: 0,
    sorts: 0,
    sortsDisplacing: 0,
    cuts: 0,
    copies: 0,
    undos: 0,
    duplicateTabs: 0,
    duplicateRows: 0,
    executions: 0,
    failedExecutions: 0,
    cutLosingWrites: 0,
    tabsPutBack: 0,
  };
}

/** The rows that must stay 0. */
function emptyBad() {
  return {
    lost: 0,
    extra: 0,
    duplicateCounted: 0,
    attachedElsewhere: 0,
    colleagueNotRefused: 0,
    colleagueChanged: 0,
    shutOutAfterAccount: 0,
    duplicateEmails: 0,
    duplicateFiles: 0,
    journalRewritten: 0,
    notClosed: 0,
  };
}

function add(
  totals: ReturnType<typeof emptyTotals>,
  bad: ReturnType<typeof emptyBad>,
  o: FaultOutcome,
): void {
  const s = o.schedule;
  const a = o.activity;
  totals.runs++;
  totals.transient += o.injected.transient;
  totals.cut += o.injected.cut;
  totals.lockHolds += s.lockHolds;
  totals.disabledTriggers += s.disableTrigger ? 1 : 0;
  totals.handEdits += s.handEdits ? 1 : 0;
  totals.quotaLimited += s.mailPerDay < 12 ? 1 : 0;
  totals.quotaRefusedRuns += o.skippedForQuota;
  totals.unshared += s.unshareMember ? 1 : 0;
  totals.lagOff += s.driveLag === 'off' ? 1 : 0;
  totals.lagTypical += (s.driveLag ?? 'typical') === 'typical' ? 1 : 0;
  totals.lagHeavy += s.driveLag === 'heavy' ? 1 : 0;
  totals.noAccount += a.accountCreated === 'none' ? 0 : 1;
  totals.accountBeforeDeadline += a.accountCreated === 'before deadline' ? 1 : 0;
  totals.accountAfterDeadline += a.accountCreated === 'after deadline' ? 1 : 0;
  totals.sessions += a.sessions;
  totals.sessionsWithoutAccess += a.sessionsWithoutAccess;
  totals.sessionsPostponed += a.sessionsPostponed;
  totals.colleagueClicks += a.colleagueClicks;
  totals.colleagueRefused += a.colleagueRefused;
  totals.colleagueBusy += a.colleagueBusy;
  totals.sorts += a.sorts;
  totals.sortsDisplacing += a.sortsDisplacing;
  totals.cuts += a.cuts;
  totals.copies += a.copies;
  totals.undos += a.undos;
  totals.duplicateTabs += a.duplicateTabs;
  totals.duplicateRows += a.duplicateRows;
  totals.executions += o.executions;
  totals.failedExecutions += o.failedExecutions;
  totals.cutLosingWrites += o.cutLosingWrites;
  totals.tabsPutBack += o.tabsPutBack;
  bad.lost += o.lost.length;
  bad.extra += o.extra.length;
  bad.duplicateCounted += o.duplicateCounted.length;
  bad.attachedElsewhere += o.attachedElsewhere.length;
  bad.colleagueNotRefused += o.colleagueNotRefused.length;
  bad.colleagueChanged += o.colleagueChanged.length;
  bad.shutOutAfterAccount += o.shutOutAfterAccount;
  bad.duplicateEmails += o.duplicateEmails.length;
  bad.duplicateFiles += o.duplicateFiles.length;
  bad.journalRewritten += o.journalRewritten ? 1 : 0;
  bad.notClosed += o.closed ? 0 : 1;
}

/** What went wrong in one run, for the console (empty when nothing did). */
function failures(o: FaultOutcome): string[] {
  const out: string[] = [];
  const list = (name: string, items: string[]) => {
    if (items.length) out.push(`${name}: ${items.slice(0, 5).join('; ')}`);
  };
  list('lost', o.lost);
  list('extra', o.extra);
  list('typed on a duplicated tab and counted', o.duplicateCounted);
  list('attached to another case', o.attachedElsewhere);
  list('colleague not refused', o.colleagueNotRefused);
  list('colleague changed something', o.colleagueChanged);
  if (o.shutOutAfterAccount) out.push(`shut out after making an account: ${o.shutOutAfterAccount}`);
  list('emails twice', o.duplicateEmails);
  list('files twice', o.duplicateFiles);
  if (o.journalRewritten) out.push('«Журнал» rewritten');
  if (!o.closed) out.push('not closed');
  return out;
}

const VERDICT = { refused: 'refused', warned: 'accepted with a warning', kept: 'kept as text' } as const;

/** The line of the reply that matters: the refusal, or for accepted input the warning (which names a place). */
function shown(o: BadInputOutcome): string {
  const lines = o.message.split('\n').filter(Boolean);
  const placed = o.expect === 'warned' ? lines.filter((l) => /(Аркуш|Файл) «/.test(l)) : lines;
  return (placed.length ? placed : lines).join(' ').slice(0, 220);
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const duration = (ms: number) => {
  const s = Math.round(ms / 1000);
  return s >= 3600
    ? `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`
    : `${Math.floor(s / 60)} min ${s % 60} s`;
};

function main(): void {
  const rnd = prng(SEED);
  const totals = emptyTotals();
  const bad = emptyBad();
  const started = Date.now();
  const failed: string[] = [];
  // The run's own copy of the bundle: a rebuild of dist/ while it runs changes nothing here.
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'top100-reliability-'));
  fs.cpSync(path.join(__dirname, '..', 'dist'), copy, { recursive: true });
  const bundlePath = path.join(copy, 'Code.js');
  console.log(`${RUNS} fault schedules (seed ${SEED}), then ${BAD_INPUTS.length} bad inputs`);
  for (let i = 0; i < RUNS; i++) {
    const schedule = randomSchedule(rnd);
    const o = runFaultySeason(schedule, { realTimeGuard: false, bundlePath });
    add(totals, bad, o);
    const wrong = failures(o);
    if (wrong.length) {
      failed.push(JSON.stringify(schedule));
      console.error(`schedule ${i + 1} ${JSON.stringify(schedule)}\n  ${wrong.join('\n  ')}`);
    }
    if ((i + 1) % PROGRESS_EVERY === 0 || i + 1 === RUNS) {
      const spent = Date.now() - started;
      console.log(
        `[${String(i + 1).padStart(String(RUNS).length)}/${RUNS}] ${duration(spent)}, ` +
          `${seconds(spent / (i + 1))} s/schedule · executions ${totals.executions} · ` +
          `transient ${totals.transient} · cut ${totals.cut} · sorts ${totals.sorts} · ` +
          `moves ${totals.cuts + totals.copies} · undos ${totals.undos} · colleague ${totals.colleagueClicks} · ` +
          `must-be-0 ${Object.values(bad).reduce((a, b) => a + b, 0)}`,
      );
    }
  }
  const faultsMs = Date.now() - started;

  const badStarted = Date.now();
  const badInputs: BadInputOutcome[] = BAD_INPUTS.map((b) => runBadInput(b, bundlePath));
  const badMs = Date.now() - badStarted;
  const refusedOnes = badInputs.filter((o) => o.expect === 'refused');
  const warnedOnes = badInputs.filter((o) => o.expect === 'warned');
  const keptOnes = badInputs.filter((o) => o.expect === 'kept');
  const asExpected = badInputs.filter((o) => o.asExpected).length;
  const named = badInputs.filter((o) => o.named).length;
  const unchanged = refusedOnes.filter((o) => o.unchanged && o.noFiles).length;
  for (const o of badInputs.filter(
    (x) => !x.asExpected || !x.named || (x.expect === 'refused' && !x.unchanged),
  ))
    console.error(`bad input «${o.name}»: ${JSON.stringify(o)}`);
  if (asExpected < badInputs.length || named < badInputs.length || unchanged < refusedOnes.length)
    process.exitCode = 1;

  const totalMs = Date.now() - started;
  const text = [
    '# Reliability figures',
    '',
    `Generated by \`npm run reliability\` (deterministic, seed ${SEED}); every count below is a figure of that run.`,
    'Each schedule is a short season on the local runtime — 20 cases × 4 members, members entering valid and',
    'invalid scores at random moments — under a random fault schedule (`randomSchedule` in',
    '`local/season/faults.ts`: each kind of fault is on or off, and sized, per schedule). After the faults stop,',
    "the dispatcher and the secretary's next-morning click recover.",
    '',
    '## Fault schedules',
    '',
    '| what | count |',
    '| --- | ---: |',
    `| fault schedules run | ${totals.runs} |`,
    `| transient service errors injected | ${totals.transient} |`,
    `| executions cut off mid-way (as at the 6-minute limit) | ${totals.cut} |`,
    `| of them, losing the writes SpreadsheetApp still held (tabs put back as the last commit left them) | ${totals.cutLosingWrites} (${totals.tabsPutBack} tabs) |`,
    `| script lock held by another process (20 min each) | ${totals.lockHolds} |`,
    `| dispatcher trigger disabled | ${totals.disabledTriggers} |`,
    `| secretary's hand edits of «Оцінки» (a score changed, a row cleared) | ${totals.handEdits} |`,
    `| runs with a daily mail quota under 12 recipients | ${totals.quotaLimited} |`,
    `| dispatcher runs refused because the day's trigger runtime was used up | ${totals.quotaRefusedRuns} |`,
    `| members who lost access to their file mid-season | ${totals.unshared} |`,
    `| runs with Drive's modifiedTime lag off / typical (≈3 min, a tenth ≈10) / heavy tail (a fifth 30–40 min) | ${totals.lagOff} / ${totals.lagTypical} / ${totals.lagHeavy} |`,
    `| runs with a member whose address had no Google account (made one before / after the deadline) | ${totals.noAccount} (${totals.accountBeforeDeadline} / ${totals.accountAfterDeadline}) |`,
    `| a colleague's clicks on pipeline items of the menu / refused with the owner's name / told another action was running (clicked again later) | ${totals.colleagueClicks} / ${totals.colleagueRefused} / ${totals.colleagueBusy} |`,
    `| members' sorts of the score cells or of one score column / that moved some score beside another case | ${totals.sorts} / ${totals.sortsDisplacing} |`,
    `| cut-and-paste / copy-and-paste of score cells to other rows | ${totals.cuts} / ${totals.copies} |`,
    `| undos (Ctrl+Z) of a member's last change | ${totals.undos} |`,
    `| scoring tabs duplicated by a member / score rows typed on the copies | ${totals.duplicateTabs} / ${totals.duplicateRows} |`,
    `| member sessions in all / put off until the script had put a sort or a move right / without access to the file | ${totals.sessions} / ${totals.sessionsPostponed} / ${totals.sessionsWithoutAccess} |`,
    `| executions in all / failed (recovered later) | ${totals.executions} / ${totals.failedExecutions} |`,
    '',
    '| must be 0 | count |',
    '| --- | ---: |',
    `| valid scores lost (entered before the deadline, not in «Оцінки» as entered) | ${bad.lost} |`,
    `| scores counted that nobody entered validly | ${bad.extra} |`,
    `| scores typed on a duplicated tab that were counted | ${bad.duplicateCounted} |`,
    `| scores attached to another case after a sort | ${bad.attachedElsewhere} |`,
    `| a colleague's clicks not refused with the owner's name | ${bad.colleagueNotRefused} |`,
    `| a colleague's clicks that created a trigger, a file or an email, or changed the master's data | ${bad.colleagueChanged} |`,
    `| sessions of a member who had made their Google account and still could not open their file | ${bad.shutOutAfterAccount} |`,
    `| emails sent twice (an invitation, or two reminders to a member within 12 h) | ${bad.duplicateEmails} |`,
    `| member files created twice | ${bad.duplicateFiles} |`,
    `| runs where «Журнал» lost or changed an earlier row | ${bad.journalRewritten} |`,
    `| runs that did not close | ${bad.notClosed} |`,
    '',
    '### What the oracle expects',
    '',
    'The expected scores are a plain model of what each member did, kept apart from the product: for each member',
    "and case, the four values last put into the score cells of the row that shows that case's ID. A value typed",
    'or pasted from outside counts for the row where it was typed; a copy-and-paste or cut-and-paste of score',
    'cells counts where it was pasted (positional), and a cut leaves its rows blank; an undo takes the last change',
    'back; a sort changes nothing (the script puts every score back beside its case: each score cell carries its',
    'case in its data-validation help text); what is typed on a duplicated tab is not on the scoring tab, so it is',
    'not expected at all. A valid score expected must be in «Оцінки» as «дійсна» with the same four values; any',
    'other «дійсна» row is counted as extra.',
    '',
    'The members keep to what the product asks of them, as the design says: after a sort they wait until the',
    'script has read the file and put the cells back before editing again (the product restores the order at each',
    "reading; with Drive's lag or a fault that may take longer than one tick, so the harness waits for the cells",
    'themselves to be back), and a sort is never mixed with cuts or pastes before a reading (that mix is refused by',
    'design — the last collected values kept, the member asked to re-enter — and tested in',
    '`test/integrity/scores.test.ts`); likewise at most one cut or copy-and-paste of non-overlapping rows before a',
    'reading. The colleague clicks with the service faults paused, so each click is judged on the ownership rule',
    'alone; when another process holds the script lock the menu says another action is running, and the colleague',
    'clicks again later, as it asks.',
    '',
    '## Bad input',
    '',
    'Each bad input of the corpus (`local/season/bad-input.ts`: settings, members, case imports, links and the',
    'deadline dialog) is brought into a fresh season. Those the product must refuse are refused with a Ukrainian',
    "message naming the place and the value, and the master's data and the members' files stay as they were. Those",
    'it must accept go through: a deadline in the spring DST gap or in the autumn hour that repeats, an unknown',
    'applicant type or district, a case twice, a converted XLSX with odd cells are accepted with a warning that',
    'names the place and the value; a title that looks like a formula or a number is kept as that very text.',
    '',
    '| what | count |',
    '| --- | ---: |',
    `| bad inputs tried | ${badInputs.length} |`,
    `| of them to refuse / to accept with a warning / to keep as text | ${refusedOnes.length} / ${warnedOnes.length} / ${keptOnes.length} |`,
    `| refused, warned or kept as the corpus expects | ${asExpected} |`,
    `| refused or warned with a message that names the place and the value | ${named - keptOnes.length} of ${badInputs.length - keptOnes.length} |`,
    `| refused ones that left the master and the members' files unchanged | ${unchanged} of ${refusedOnes.length} |`,
    '',
    ...badInputs.map(
      (o) => `- ${o.name} — ${VERDICT[o.expect]}${o.expect === 'kept' ? '' : `: «${shown(o)}»`}`,
    ),
    '',
    'Members typing into their own sheets (`8,5`, `десять`, `11`, `8.5`, formulas, pastes, a sorted sheet) are covered by',
    '`test/e2e/season.test.ts` and `test/reliability/bad-input.test.ts`.',
    '',
    '## Run time',
    '',
    `${duration(totalMs)} in Node, one process on a machine of two shared cores: the fault schedules ${duration(faultsMs)}`,
    `(${seconds(faultsMs / Math.max(1, totals.runs))} s per schedule), the bad inputs ${duration(badMs)}.`,
    '`npm test` keeps a sample: a few schedules (`test/reliability/faults.test.ts`) and the corpus',
    '(`test/reliability/bad-input.test.ts`).',
    '',
  ].join('\n');
  const out = path.join(__dirname, '..', 'docs', 'reliability.md');
  fs.writeFileSync(out, text);
  console.log(text);
  if (failed.length) console.error(`${failed.length} schedules went wrong`);
  fs.rmSync(copy, { recursive: true, force: true });
  if (Object.values(bad).some((n) => n > 0)) process.exitCode = 1;
}

main();
