// The «ТОП-100» menu: its items in the order of the work, and the function that puts it on the spreadsheet.
import type { GasPorts } from '../../gas/ports';
import { ui } from '../../domain/messages';

/** Menu captions and the top-level functions they call, in the order of the work. */
export const MENU: readonly (
  readonly [string, string] | 'separator' | readonly [string, readonly (readonly [string, string])[]]
)[] = [
  [ui('menuSetup'), 'menuSetup'],
  [
    ui('menuImport'),
    [
      [ui('menuImportTab'), 'menuImportFromTab'],
      [ui('menuImportSheet'), 'menuImportFromSheet'],
      [ui('menuImportCsv'), 'menuImportCsv'],
    ],
  ],
  [
    ui('menuIntake'),
    [
      [ui('menuIntakeForm'), 'menuCreateForm'],
      [ui('menuIntakeClose'), 'menuCloseSubmissions'],
    ],
  ],
  'separator',
  [ui('menuCreateSheets'), 'menuCreateSheets'],
  [ui('menuInvite'), 'menuSendInvitations'],
  [ui('menuCollect'), 'menuCollectNow'],
  [ui('menuRemind'), 'menuSendReminders'],
  [ui('menuPanel'), 'menuShowPanel'],
  [ui('menuTerms'), 'menuShowSettings'],
  'separator',
  [ui('menuClose'), 'menuCloseEvaluation'],
  [ui('menuRating'), 'menuComputeRating'],
  [ui('menuStability'), 'menuAnalyseStability'],
  'separator',
  [
    ui('menuMeeting'),
    [
      [ui('menuMeetingRound'), 'menuBorderlineRound'],
      [ui('menuMeetingRoundCollect'), 'menuBorderlineCollect'],
      [ui('menuMeetingAgenda'), 'menuMeetingAgenda'],
      [ui('menuMeetingCheck'), 'menuMeetingCheck'],
    ],
  ],
  [ui('menuApprove'), 'menuApproveRating'],
  [ui('menuProtocol'), 'menuProtocolDraft'],
  [ui('menuPublish'), 'menuPublishList'],
  [ui('menuTemplate'), 'menuCertificateTemplate'],
  [ui('menuWinners'), 'menuWinners'],
  [ui('menuCatalog'), 'menuCatalog'],
  [ui('menuStands'), 'menuStands'],
  'separator',
  [ui('menuNewSeason'), 'menuNewSeason'],
  'separator',
  [ui('menuCheck'), 'menuSystemCheck'],
];

/** onOpen / onInstall: only the menu (in AuthMode.NONE nothing else may run). */
export function buildMenu(g: Pick<GasPorts, 'SpreadsheetApp'>, addon = false): void {
  const u = g.SpreadsheetApp.getUi();
  const menu = addon ? u.createAddonMenu() : u.createMenu(ui('menuTitle'));
  for (const item of MENU) {
    if (item === 'separator') menu.addSeparator();
    else if (typeof item[1] === 'string') menu.addItem(item[0], item[1]);
    else {
      const sub = u.createMenu(item[0]);
      for (const [caption, fn] of item[1]) sub.addItem(caption, fn);
      menu.addSubMenu(sub as unknown as GoogleAppsScript.Base.Menu);
    }
  }
  menu.addToUi();
}
