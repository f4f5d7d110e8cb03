// «Рейтинг» as the stage tests read it back: a row per case with its ID, mean and decision.
import type { LocalRuntime } from '../../local/runtime';
import { readTab } from '../../local/report';

/** Rating rows: [ID, mean, decision]. */
export const ratingRows = (rt: LocalRuntime) => {
  const tab = readTab(rt, 'Рейтинг');
  const h = tab[1];
  return tab
    .slice(2)
    .map(
      (r) =>
        [
          String(r[h.indexOf('ID кейсу')]),
          r[h.indexOf('Середній бал')],
          String(r[h.indexOf('Рішення')]),
        ] as const,
    );
};

/** The number of winners that puts the cut-off where two equal means meet (the first from 20 on); 0 when none does. */
export function winnersAtTie(rows: readonly (readonly [string, unknown, string])[]): number {
  const means = rows
    .map((r) => r[1])
    .filter((m): m is number => typeof m === 'number')
    .sort((a, b) => b - a);
  for (let n = 20; n < means.length - 1; n++)
    if (means[n - 1] === means[n] && means[n - 2] !== means[n - 1]) return n;
  return 0;
}
