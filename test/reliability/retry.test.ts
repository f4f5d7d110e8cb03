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

describe('what the retry layer hands to the real services', () => {
  test('a wrapped blob inside an options object reaches the service unwrapped (sendEmail attachments)', () => {
    let received: unknown;
    const blob = { getName: () => 'диплом.pdf' };
    const g = {
      Utilities: { sleep: () => undefined, newBlob: () => blob },
      DocumentApp: { openById: () => ({ getAs: () => blob }) },
      MailApp: { sendEmail: (m: { attachments: unknown[] }) => (received = m.attachments[0]) },
    } as unknown as GasPorts;
    const r = withRetries(g) as unknown as {
      DocumentApp: { openById: (id: string) => { getAs: (t: string) => unknown } };
      MailApp: GasPorts['MailApp'];
    };
    const pdf = r.DocumentApp.openById('d').getAs('application/pdf');
    expect(pdf).not.toBe(blob); // the script holds a wrapper…
    r.MailApp.sendEmail({
      to: 'a@example.org',
      subject: 's',
      body: 'b',
      attachments: [pdf as GoogleAppsScript.Base.BlobSource],
    });
    expect(received).toBe(blob); // …and the service gets its own object back
  });

  test('appending to a document is never repeated after a transient error (it may have appended)', () => {
    let calls = 0;
    const body = {
      appendParagraph: () => {
        calls++;
        throw new Error('Service invoked too many times in a short time: document.');
      },
    };
    const g = {
      Utilities: { sleep: () => undefined },
      DocumentApp: { openById: () => ({ getBody: () => body }) },
    } as unknown as GasPorts;
    const r = withRetries(g) as unknown as {
      DocumentApp: { openById: (id: string) => { getBody: () => { appendParagraph: (t: string) => void } } };
    };
    expect(() => r.DocumentApp.openById('d').getBody().appendParagraph('x')).toThrow();
    expect(calls).toBe(1);
  });
});

describe('objects the services return inside arrays', () => {
  /** A spreadsheet whose tabs (getSheets) and protections fail their first call, as a passing overload does. */
  function book() {
    const calls = { name: 0, protections: 0 };
    const overload = () => new Error('Service invoked too many times in a short time: spreadsheets.');
    const protection = {
      getDescription: () => {
        if (++calls.protections === 1) throw overload();
        return 'Оцінювання';
      },
    };
    const values = [['', 8, new Date(0)]];
    const rule = { getHelpText: () => 'Кейс 2024-001 · К1' };
    const range = { getValues: () => values, getDataValidations: () => [[null], [rule]] };
    const sheet = {
      getName: () => {
        if (++calls.name === 1) throw overload();
        return 'Оцінювання';
      },
      getRange: () => range,
      getProtections: () => [protection],
    };
    const spreadsheet = { getSheets: () => [sheet] };
    const g = {
      SpreadsheetApp: { openById: () => spreadsheet },
      Utilities: { sleep: () => undefined },
    } as unknown as GasPorts;
    return { g: withRetries(g), calls, values, rule };
  }

  test('a tab of getSheets and a protection of getProtections are retried like any other call', () => {
    const { g, calls } = book();
    const [sheet] = g.SpreadsheetApp.openById('x').getSheets();
    expect(sheet.getName()).toBe('Оцінювання');
    const [protection] = sheet.getProtections(
      'SHEET' as unknown as GoogleAppsScript.Spreadsheet.ProtectionType,
    );
    expect(protection.getDescription()).toBe('Оцінювання');
    expect(calls).toEqual({ name: 2, protections: 2 });
  });

  test('a grid of values is handed over as it is (no copy of a large read); a grid of rules is wrapped', () => {
    const { g, values, rule } = book();
    const [sheet] = g.SpreadsheetApp.openById('x').getSheets();
    expect(sheet.getRange(1, 1, 1, 3).getValues()).toBe(values);
    const grid = sheet.getRange(1, 1, 2, 1).getDataValidations();
    expect(grid[0][0]).toBeNull();
    expect(grid[1][0]).not.toBe(rule);
    expect(grid[1][0]!.getHelpText()).toBe('Кейс 2024-001 · К1');
  });
});

describe('enum values through the retry layer', () => {
  // Apps Script's enum values are objects that print as their names
  // (https://developers.google.com/apps-script/reference/script/event-type); the script compares them by identity.
  class EnumValue {
    constructor(private readonly n: string) {}
    toString() {
      return this.n;
    }
  }
  const CLOCK = new EnumValue('CLOCK');
  const EventType = Object.freeze({ CLOCK, ON_OPEN: new EnumValue('ON_OPEN') });
  const trigger = { getEventType: () => CLOCK, getHandlerFunction: () => 'dispatcher' };
  const raw = {
    ScriptApp: Object.freeze({ EventType, getProjectTriggers: () => [trigger] }),
    Utilities: { sleep: () => undefined },
  } as unknown as GasPorts;

  test('an enum read from a frozen service is the service’s own value (a Proxy may not change a frozen property)', () => {
    const g = withRetries(raw);
    expect(g.ScriptApp.EventType.CLOCK).toBe(CLOCK);
  });

  test('an enum value a method returns is the same object, so a trigger is recognised and not installed twice', () => {
    const g = withRetries(raw);
    const [t] = g.ScriptApp.getProjectTriggers();
    expect(t.getEventType()).toBe(g.ScriptApp.EventType.CLOCK);
    expect(t.getHandlerFunction()).toBe('dispatcher');
  });
});
