// The check before anything irreversible: every letter (or document) about to be made from a template is complete —
// no unknown placeholder, no stray braces, no required value empty — or nothing is done and the secretary is told
// which «Налаштування» row (or which template document) to fix.
import type { Ctx } from './context';
import { UserError } from '../gas/errors';
import { settingLabel, settingPlaceIn, type SettingKey } from '../domain/settings';
import {
  TEMPLATE_FIELDS,
  placeholderText,
  templateGaps,
  type TemplateGap,
  type TemplateKind,
} from '../domain/templates';
import type { Problem } from '../domain/types';
import { placedProblem, problem, ui } from '../domain/messages';

export interface TemplateUse {
  kind: TemplateKind;
  template: string;
  /** Where the template is: a «Налаштування» row, or a document (its link). */
  source: { setting: SettingKey } | { document: string };
  /** The values for each letter about to be made, and whom each is for (for a value that is empty in the data). */
  letters: { vars: Record<string, string | number>; who: string }[];
}

/** Throws a UserError naming every gap (each once) when any letter would be incomplete; otherwise does nothing. */
export function refuseIncomplete(ctx: Ctx, uses: readonly TemplateUse[]): void {
  const found: { use: TemplateUse; gap: TemplateGap; who: string }[] = [];
  const seen = new Set<string>();
  for (const use of uses) {
    const add = (gap: TemplateGap, who: string) => {
      const key = `${JSON.stringify(use.source)}|${JSON.stringify(gap)}`;
      if (seen.has(key)) return;
      seen.add(key);
      found.push({ use, gap, who });
    };
    for (const gap of templateGaps(use.kind, use.template)) add(gap, '');
    for (const l of use.letters)
      for (const gap of templateGaps(use.kind, use.template, l.vars))
        if (gap.kind === 'empty') add(gap, gap.setting ? '' : l.who);
  }
  if (found.length === 0) return;
  const rows = ctx.book.readAll('settings');
  const problems: Problem[] = found.slice(0, 10).map(({ use, gap, who }) => {
    const where =
      'setting' in use.source
        ? ui('templateInSettings', {
            row: settingPlaceIn(rows, use.source.setting).row ?? '',
            label: settingLabel(use.source.setting),
          })
        : ui('templateInDocument', { url: use.source.document });
    const template =
      'setting' in use.source ? `«${settingLabel(use.source.setting)}»` : ui('templateCertificate');
    const known = TEMPLATE_FIELDS[use.kind].map((x) => placeholderText(x.name)).join(' ');
    if (gap.kind === 'unknown')
      return problem('templateUnknown', { where, placeholder: gap.placeholder, known });
    if (gap.kind === 'braces')
      return problem('templateBraces', { where, text: gap.text, example: placeholderText('name') });
    if (gap.setting) {
      const place = settingPlaceIn(rows, gap.setting);
      return placedProblem(
        'templateEmptySetting',
        { row: place.row ?? '', source: settingLabel(gap.setting), template, placeholder: gap.placeholder },
        place,
      );
    }
    return problem('templateEmptyValue', { where, placeholder: gap.placeholder, who });
  });
  throw new UserError(problems);
}
