// What each entry point cost in a season: executions, simulated seconds and service calls.
import type { ExecutionRecord } from '../world';

export interface ActionStat {
  fn: string;
  executions: number;
  maxSeconds: number;
  totalSeconds: number;
  maxCalls: number;
  totalCalls: number;
}

/** Per entry point: how many executions, their longest simulated Apps Script time, and service calls. */
export function actionStats(executions: ExecutionRecord[]): ActionStat[] {
  const by = new Map<string, ActionStat>();
  for (const e of executions) {
    const s = by.get(e.fn) ?? {
      fn: e.fn,
      executions: 0,
      maxSeconds: 0,
      totalSeconds: 0,
      maxCalls: 0,
      totalCalls: 0,
    };
    const calls = Object.entries(e.calls).reduce((n, [k, v]) => (k === '(startup)' ? n : n + v), 0);
    s.executions++;
    s.maxSeconds = Math.max(s.maxSeconds, e.simulatedSeconds);
    s.totalSeconds += e.simulatedSeconds;
    s.maxCalls = Math.max(s.maxCalls, calls);
    s.totalCalls += calls;
    by.set(e.fn, s);
  }
  return [...by.values()];
}
