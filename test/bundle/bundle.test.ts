// The bundle Apps Script runs: every entry point a top-level function, nothing Node-only, no service call at load.
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';

const bundlePath = path.join(__dirname, '..', '..', 'dist', 'Code.js');
const ENTRY_POINTS = [
  'onOpen',
  'onInstall',
  'menuSetup',
  'menuImportFromTab',
  'menuImportFromSheet',
  'menuImportCsv',
  'importCasesCsv',
  'menuCreateSheets',
  'menuSendInvitations',
  'menuCollectNow',
  'menuSendReminders',
  'menuShowPanel',
  'menuShowSettings',
  'panelData',
  'collectNow',
  'reminderPreview',
  'sendRemindersNow',
  'computeRatingNow',
  'settingsData',
  'saveSettings',
  'menuCloseEvaluation',
  'menuComputeRating',
  'menuAnalyseStability',
  'menuSystemCheck',
  'dispatcherTick',
  'menuApproveRating',
  'menuProtocolDraft',
  'menuPublishList',
  'menuCertificateTemplate',
  'menuWinners',
  'menuCatalog',
  'doGet',
  'systemCheckNoop',
  'menuCreateForm',
  'menuCloseSubmissions',
  'onCaseSubmitted',
  'closeSubmissions',
  'menuNewSeason',
];

describe('the Apps Script bundle (dist/Code.js)', () => {
  const text = fs.readFileSync(bundlePath, 'utf8');

  test.each(ENTRY_POINTS)(
    'declares %s as a top-level function, as the menu, triggers and pages need',
    (name) => {
      expect(text).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
    },
  );

  test('loads in a context with only what Apps Script V8 has, calls no service, and exposes every entry point', () => {
    const touched: string[] = [];
    // Any service touched during load is recorded: module top level must do no work.
    const service = (name: string) =>
      new Proxy(
        {},
        {
          get: (_t, prop) => {
            touched.push(`${name}.${String(prop)}`);
            return () => undefined;
          },
        },
      );
    const sandbox: Record<string, unknown> = {};
    for (const s of [
      'SpreadsheetApp',
      'Drive',
      'MailApp',
      'ScriptApp',
      'PropertiesService',
      'LockService',
      'CacheService',
      'Utilities',
      'Session',
      'HtmlService',
      'Logger',
    ]) {
      sandbox[s] = service(s);
    }
    const context = vm.createContext(sandbox);
    vm.runInContext(text, context, { filename: 'Code.js' });
    expect(touched).toEqual([]);
    for (const name of ENTRY_POINTS) {
      expect(typeof vm.runInContext(`typeof ${name}`, context)).toBe('string');
      expect(vm.runInContext(`typeof ${name}`, context)).toBe('function');
    }
    for (const nodeOnly of ['require', 'process', 'module', 'global', 'setTimeout', 'Buffer']) {
      expect(vm.runInContext(`typeof ${nodeOnly}`, context)).toBe('undefined');
    }
  });

  test('keeps Node-only modules out of the Apps Script source', () => {
    expect(text).not.toMatch(/require\(["'](fs|path|vm|child_process|node:)/);
  });
});
