// Validating «Налаштування» into Settings: rows found by label, every value read, the rules across values checked.
import { SETTINGS_ROWS } from './defaults';
import {
  parseDeadline,
  parseMeetingDate,
  parseOffsets,
  parseTieBreak,
  SettingsReader,
  type Found,
} from './reader';
import {
  ASSIGNMENT_MODE_WORDS,
  GROUPING_WORDS,
  SETTINGS_HEADER,
  SETTINGS_SHEET,
  type CriterionNumber,
  type SettingKey,
  type SettingRow,
} from './schema';
import { defaultSettingsRows } from './tab';
import { problem } from '../messages';
import { cellText, quoteValue } from '../table';
import { normalizeName, sanitizeHeader } from '../text';
import { formatDateTime, instantToWallClock, isKnownTimeZone, localDateKey } from '../time';
import type { AssignmentMode, Criterion, Problem, Result, Settings } from '../types';

function locateRows(
  rows: unknown[][],
  reader: { problems: Problem[]; warnings: Problem[] },
  displays?: string[][],
): Map<SettingKey, Found> {
  const byLabel = new Map<string, SettingRow>();
  for (const r of SETTINGS_ROWS) byLabel.set(normalizeName(r.label), r);
  const headerLabel = normalizeName(SETTINGS_HEADER[0]);
  const found = new Map<SettingKey, Found>();
  rows.forEach((cells, i) => {
    const row = i + 1;
    const label = cellText(cells?.[0]);
    if (label === '') return;
    const norm = normalizeName(label);
    if (norm === headerLabel) return;
    const def = byLabel.get(norm);
    if (!def) {
      reader.warnings.push(
        problem('settingsUnknownRow', { label: quoteValue(label) }, { sheet: SETTINGS_SHEET, row }),
      );
      return;
    }
    const earlier = found.get(def.key);
    if (earlier) {
      reader.problems.push(
        problem(
          'settingsDuplicateLabel',
          { label: def.label, first: earlier.row, second: row },
          { sheet: SETTINGS_SHEET, row },
        ),
      );
      return;
    }
    const display = displays?.[i]?.[1];
    found.set(def.key, {
      row,
      raw: cells.length > 1 ? cells[1] : '',
      ...(display !== undefined ? { display } : {}),
    });
  });
  for (const def of SETTINGS_ROWS) {
    if (found.has(def.key)) continue;
    const params = { label: def.label, default: quoteValue(def.defaultValue) };
    if (def.required) reader.problems.push(problem('settingsMissingRow', params, { sheet: SETTINGS_SHEET }));
    else reader.warnings.push(problem('settingsMissingRowDefault', params, { sheet: SETTINGS_SHEET }));
  }
  return found;
}

/**
 * Validates the «Налаштування» tab (getValues of the whole tab, from A1, and optionally its display values
 * for the date cells) into Settings. Rows are found by
 * their label in any order; unknown rows are ignored with a warning. Every problem names the row, the
 * label and the value; any problem means no settings.
 */
export function parseSettings(rows: unknown[][], displays?: string[][]): Result<Settings> {
  const collected = { problems: [] as Problem[], warnings: [] as Problem[] };
  const found = locateRows(rows, collected, displays);
  const r = new SettingsReader(found);

  const year = r.integer('year', 2000, 2100);
  const title = r.text('title');
  let timeZone = 'Europe/Kyiv';
  const tzText = r.text('timeZone');
  if (tzText !== undefined) {
    if (isKnownTimeZone(tzText)) timeZone = tzText;
    else r.fail('timeZone', 'settingsBadTimeZone');
  }
  const deadline = parseDeadline(r, timeZone);
  const submissionDeadline = r.isBlank('submissionDeadline')
    ? null
    : parseDeadline(r, timeZone, 'submissionDeadline');
  if (submissionDeadline && deadline && submissionDeadline.getTime() >= deadline.getTime())
    r.fail('submissionDeadline', 'settingsSubmissionAfterDeadline', {
      deadline: formatDateTime(deadline.getTime(), timeZone),
    });
  const meetingDate = parseMeetingDate(r, timeZone);
  const winners = r.integer('winners', 1, 100000);

  const min = r.number('scaleMin');
  const max = r.number('scaleMax');
  const step = r.number('scaleStep');
  if (min !== undefined && max !== undefined && min >= max)
    r.fail('scaleMax', 'settingsScaleOrder', { min, max });
  if (step !== undefined && step <= 0) r.fail('scaleStep', 'settingsScaleStepPositive');
  else if (min !== undefined && max !== undefined && step !== undefined && min < max) {
    const steps = (max - min) / step;
    if (Math.abs(steps - Math.round(steps)) > 1e-9)
      r.fail('scaleStep', 'settingsScaleStepDivides', { min, max, step });
  }

  const criteria: Criterion[] = [];
  for (const n of [1, 2, 3, 4] as CriterionNumber[]) {
    const criterionTitle = r.text(`criterion${n}Title`);
    const description = r.text(`criterion${n}Description`) ?? '';
    const weight = r.number(`criterion${n}Weight`);
    if (weight !== undefined && weight <= 0) r.fail(`criterion${n}Weight`, 'settingsWeightPositive');
    criteria.push({ index: n, title: criterionTitle ?? '', description, weight: weight ?? 1 });
  }

  const quorum = r.integer('quorum', 1, 10000);
  const modeKind = r.choice('assignmentMode', ASSIGNMENT_MODE_WORDS, 'settingsUnknownMode');
  let assignment: AssignmentMode | undefined;
  const k = r.isBlank('assignmentK') ? undefined : r.integer('assignmentK', 1, 10000);
  const seed = r.isBlank('assignmentSeed') ? (year ?? 0) : r.integer('assignmentSeed', 0, 2 ** 31 - 1);
  if (modeKind === 'all') assignment = { kind: 'all' };
  else if (modeKind === 'perCase') {
    if (r.isBlank('assignmentK')) r.fail('assignmentK', 'settingsKRequired');
    else if (k !== undefined && seed !== undefined) {
      assignment = { kind: 'perCase', k, seed };
      if (quorum !== undefined && quorum > k) r.fail('quorum', 'settingsQuorumAboveK', { quorum, k });
    }
  }

  const reminderOffsetsDays = parseOffsets(r);
  const reminderHour = r.integer('reminderHour', 0, 23);
  const driveFolderId = r.text('driveFolderId') ?? '';
  if (driveFolderId !== '' && !/^[A-Za-z0-9_-]{10,}$/.test(driveFolderId))
    r.fail('driveFolderId', 'settingsBadFolderId');
  const senderName = sanitizeHeader(r.text('senderName') ?? '');
  const replyTo = r.email('replyTo');
  const secretaryEmail = r.email('secretaryEmail');
  const tieBreak = parseTieBreak(r);
  const normalization = r.boolean('normalization');
  const disagreementThreshold = r.number('disagreementThreshold');
  if (disagreementThreshold !== undefined && disagreementThreshold < 0)
    r.fail('disagreementThreshold', 'settingsNotNonNegative');
  const publicGrouping = r.choice('publicGrouping', GROUPING_WORDS, 'settingsUnknownGrouping');
  const inviteSubject = r.text('inviteSubject');
  const inviteBody = r.text('inviteBody');
  const reminderSubject = r.text('reminderSubject');
  const reminderBody = r.text('reminderBody');

  if (deadline && year !== undefined && instantToWallClock(deadline.getTime(), timeZone).year !== year) {
    r.warn('deadline', 'settingsDeadlineOtherYear', { year });
  }
  if (
    deadline &&
    meetingDate &&
    localDateKey(meetingDate.getTime(), timeZone) < localDateKey(deadline.getTime(), timeZone)
  ) {
    r.warn('meetingDate', 'settingsMeetingBeforeDeadline');
  }

  const problems = [...collected.problems, ...r.problems];
  const warnings = [...collected.warnings, ...r.warnings];
  if (
    problems.length > 0 ||
    year === undefined ||
    title === undefined ||
    deadline === undefined ||
    submissionDeadline === undefined ||
    meetingDate === undefined ||
    winners === undefined ||
    min === undefined ||
    max === undefined ||
    step === undefined ||
    quorum === undefined ||
    assignment === undefined ||
    reminderOffsetsDays === undefined ||
    reminderHour === undefined ||
    replyTo === undefined ||
    secretaryEmail === undefined ||
    tieBreak === undefined ||
    normalization === undefined ||
    disagreementThreshold === undefined ||
    publicGrouping === undefined ||
    inviteSubject === undefined ||
    inviteBody === undefined ||
    reminderSubject === undefined ||
    reminderBody === undefined
  ) {
    // Every missing value has recorded its problem; the fallback only guards against a silent failure.
    return {
      ok: false,
      problems: problems.length > 0 ? problems : [problem('settingsInvalid', {}, { sheet: SETTINGS_SHEET })],
    };
  }
  return {
    ok: true,
    warnings,
    value: {
      year,
      title,
      deadline,
      submissionDeadline,
      timeZone,
      meetingDate,
      winners,
      scale: { min, max, step },
      criteria,
      quorum,
      assignment,
      reminderOffsetsDays,
      reminderHour,
      driveFolderId,
      senderName,
      replyTo,
      secretaryEmail,
      tieBreak,
      normalization,
      disagreementThreshold,
      publicGrouping,
      templates: { inviteSubject, inviteBody, reminderSubject, reminderBody },
    },
  };
}

/** The 2024 settings, as the default tab parses. */
export function defaultSettings(): Settings {
  const parsed = parseSettings(defaultSettingsRows());
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.en).join('\n'));
  return parsed.value;
}
