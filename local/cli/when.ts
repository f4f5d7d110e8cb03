// Kyiv wall-clock times as people type them on the command line, and as the reports print them.
import { formatDateTime, isRealWallClock, resolveWallClock, type WallClock } from '../../src/domain/time';
import { CliError, t } from './messages';

export const KYIV = 'Europe/Kyiv';

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/** «2024-10-01 12:00», «2024-10-01T12:00», «01.10.2024 12:00» or a date alone (midnight), in Kyiv time. */
export function parseKyivTime(text: string): number {
  const s = text.trim();
  let w: WallClock | null = null;
  const iso = ISO.exec(s);
  const dotted = DOTTED.exec(s);
  if (iso) {
    w = {
      year: +iso[1],
      month: +iso[2],
      day: +iso[3],
      hour: +(iso[4] ?? 0),
      minute: +(iso[5] ?? 0),
      second: +(iso[6] ?? 0),
    };
  } else if (dotted) {
    w = {
      year: +dotted[3],
      month: +dotted[2],
      day: +dotted[1],
      hour: +(dotted[4] ?? 0),
      minute: +(dotted[5] ?? 0),
      second: +(dotted[6] ?? 0),
    };
  }
  if (!w || !isRealWallClock(w)) throw new CliError(t('badDateTime', { value: text }));
  // The product's one rule for a Kyiv wall-clock time; a skipped or repeated time is shown with the instant chosen.
  const { instant, kind } = resolveWallClock(w, KYIV);
  if (kind !== 'exact')
    process.stderr.write(
      t(kind === 'gap' ? 'timeGap' : 'timeRepeated', { value: text, chosen: formatKyiv(instant) }) + '\n',
    );
  return instant;
}

export function formatKyiv(ms: number): string {
  return formatDateTime(ms, KYIV, 'dd.MM.yyyy HH:mm');
}
