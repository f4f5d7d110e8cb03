// Transient errors are retried with backoff; daily quotas and creations are not (research/quotas.md §4.4).
import { BACKOFF_MS, isTransient, withRetries } from '../../src/gas/retry';
import type { GasPorts } from '../../src/gas/ports';

/** A service stand-in that fails its first `failures` calls with `message`, then answers. */
function flaky(message: string, failures: number) {
  const calls = { n: 0, slept: [] as number[] };
  const range = { getValues: () => [[1]] };
  const sheet = {
    getRange: () => {
      calls.n++;
      if (calls.n <= failures) throw new Error(message);
      return range;
    },
  };
  const spreadsheet = { getSheetByName: () => sheet };
  const g = {
    SpreadsheetApp: {
      create: () => {
        calls.n++;
        if (calls.n <= failures) throw new Error(message);
        return spreadsheet;
      },
      openById: () => spreadsheet,
    },
    Utilities: { sleep: (ms: number) => calls.slept.push(ms) },
  } as unknown as GasPorts;
  return { g: withRetries(g), calls };
}

describe('the retry policy', () => {
  test('a "too many times in a short time" error is retried after 1 s and 2 s, then the call succeeds', () => {
    const { g, calls } = flaky(
      'Service invoked too many times in a short time: spreadsheets. Try Utilities.sleep(1000) between calls.',
      2,
    );
    expect(g.SpreadsheetApp.openById('x').getSheetByName('s')!.getRange(1, 1).getValues()).toEqual([[1]]);
    expect(calls.slept).toEqual([1000, 2000]);
  });

  test('the retries are bounded: after three the error reaches the caller', () => {
    const { g, calls } = flaky('Service Spreadsheets failed while accessing document with id.', 10);
    expect(() => g.SpreadsheetApp.openById('x').getSheetByName('s')!.getRange(1, 1)).toThrow(
      /failed while accessing/,
    );
    expect(calls.slept).toEqual(BACKOFF_MS);
  });

  test('a daily quota is not retried (the work waits for the next run)', () => {
    const { g, calls } = flaky('Service invoked too many times for one day: email.', 1);
    expect(() => g.SpreadsheetApp.openById('x').getSheetByName('s')!.getRange(1, 1)).toThrow(/one day/);
    expect(calls.slept).toEqual([]);
  });

  test('a creation is never repeated blindly: a failed create may have created the file', () => {
    const { g, calls } = flaky('Service invoked too many times in a short time: spreadsheets.', 1);
    expect(() => g.SpreadsheetApp.create('x')).toThrow();
    expect(calls.n).toBe(1);
  });

  test('only passing overloads count as transient', () => {
    expect(isTransient(new Error('Exceeded maximum execution time'))).toBe(false);
    expect(isTransient(new Error('You do not have permission to access the requested document.'))).toBe(
      false,
    );
    expect(
      isTransient(
        new Error('GoogleJsonResponseException: API call to drive failed with error: Internal Error'),
      ),
    ).toBe(true);
  });
});
