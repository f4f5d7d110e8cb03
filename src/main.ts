// Entry points only: each is a one-line call into workflow/. Their names are the menu's, the triggers' and the pages'.
import * as menu from './workflow/menu';
import { deadlineLock as lockAtDeadline, dispatcherTick as tick } from './workflow/dispatcher';
import * as panel from './workflow/panel';
import * as meeting from './workflow/meeting-menu';
import { roundLockTrigger } from './workflow/round';
import { servePage } from './workflow/publish';
import * as submissions from './workflow/submissions';
import * as awards from './workflow/awards';
import type {
  ActionReport,
  PanelData,
  ReminderPreview,
  SaveSettingsResult,
  SettingsData,
  SettingsInput,
  ServerApi,
  WinnersProgress,
} from './ui/api';

export function onOpen(): void {
  menu.buildMenu({ SpreadsheetApp });
}
export function onInstall(): void {
  menu.buildMenu({ SpreadsheetApp }, true);
}
export function menuSetup(): void {
  menu.menuSetup();
}
export function menuImportFromTab(): void {
  menu.menuImportFromTab();
}
export function menuImportFromSheet(): void {
  menu.menuImportFromSheet();
}
export function menuImportCsv(): void {
  menu.menuImportCsv();
}
export function importCasesCsv(text: string, fileName: string): string {
  return menu.importCasesCsv(text, fileName);
}
export function menuCreateSheets(): void {
  menu.menuCreateSheets();
}
export function menuSendInvitations(): void {
  menu.menuSendInvitations();
}
export function menuCollectNow(): void {
  menu.menuCollectNow();
}
export function menuSendReminders(): void {
  menu.menuSendReminders();
}
export function menuShowPanel(): void {
  menu.menuShowPanel();
}
export function menuShowSettings(): void {
  menu.menuShowSettings();
}
export function panelData(): PanelData {
  return panel.panelData();
}
export function collectNow(): ActionReport {
  return panel.collectNow();
}
export function reminderPreview(): ReminderPreview {
  return panel.reminderPreview();
}
export function sendRemindersNow(confirmed: string[]): ActionReport {
  return panel.sendRemindersNow(confirmed);
}
export function computeRatingNow(): ActionReport {
  return panel.computeRatingNow();
}
export function settingsData(): SettingsData {
  return panel.settingsData();
}
export function saveSettings(input: SettingsInput): SaveSettingsResult {
  return panel.saveSettings(input);
}
export function menuCloseEvaluation(): void {
  menu.menuCloseEvaluation();
}
export function menuComputeRating(): void {
  menu.menuComputeRating();
}
export function menuAnalyseStability(): void {
  menu.menuAnalyseStability();
}
export function menuBorderlineRound(): void {
  meeting.menuBorderlineRound();
}
export function menuBorderlineCollect(): void {
  meeting.menuBorderlineCollect();
}
export function menuMeetingAgenda(): void {
  meeting.menuMeetingAgenda();
}
export function menuMeetingCheck(): void {
  meeting.menuMeetingCheck();
}
export function menuStands(): void {
  meeting.menuStands();
}
/** The one-off trigger at the date of the borderline round. */
export function borderlineRoundLock(): void {
  roundLockTrigger();
}
export function menuSystemCheck(): void {
  menu.menuSystemCheck();
}
export function dispatcherTick(): void {
  tick();
}
/** The one-off trigger at the deadline. */
export function deadlineLock(): void {
  lockAtDeadline();
}
export function systemCheckNoop(): void {
  return;
}
export function menuApproveRating(): void {
  menu.menuApproveRating();
}
export function menuProtocolDraft(): void {
  menu.menuProtocolDraft();
}
export function menuPublishList(): void {
  menu.menuPublishList();
}
export function menuCertificateTemplate(): void {
  menu.menuCertificateTemplate();
}
export function menuWinners(): void {
  menu.menuWinners();
}
export function menuCatalog(): void {
  menu.menuCatalog();
}
/** The public web app: the approved list, searchable (nothing before publication). */
export function doGet(e?: GoogleAppsScript.Events.DoGet): GoogleAppsScript.HTML.HtmlOutput {
  return servePage(undefined, String(e?.parameter?.case ?? ''), String(e?.parameter?.district ?? ''));
}
export function menuCreateForm(): void {
  menu.menuCreateForm();
}
export function menuCloseSubmissions(): void {
  menu.menuCloseSubmissions();
}
/** The submission form's on-submit trigger. */
export function onCaseSubmitted(e: GoogleAppsScript.Events.FormsOnFormSubmit): void {
  submissions.onCaseSubmitted(e);
}
/** The one-off trigger at the submission deadline. */
export function closeSubmissions(): void {
  submissions.closeAtDeadline();
}
/** The winners' progress dialog: one step of the certificates and letters. */
export function winnersStep(): WinnersProgress {
  return awards.winnersStep();
}
export function menuNewSeason(): void {
  menu.menuNewSeason();
}

// Compile-time proof: this module exports every function of the pages' contract (ui/api.ts) with its signature.
type Fits<T extends U, U> = T;
export type _MainServesTheApi = Fits<Pick<typeof import('./main'), keyof ServerApi>, ServerApi>;
