// The «ТОП-100» menu and what each item does: the list, how an item runs, the items that run at once, the dialogs.
export { MENU, buildMenu } from './list';
export { fromMenu } from './run';
export {
  menuSetup,
  menuCreateSheets,
  menuSendInvitations,
  menuCollectNow,
  menuSendReminders,
  menuCloseEvaluation,
  menuComputeRating,
  menuAnalyseStability,
  menuSystemCheck,
  menuProtocolDraft,
  menuPublishList,
  menuCertificateTemplate,
  menuWinners,
  menuCatalog,
  menuCreateForm,
  menuCloseSubmissions,
} from './actions';
export {
  menuImportFromTab,
  menuImportFromSheet,
  menuImportCsv,
  importCasesCsv,
  menuShowPanel,
  menuShowSettings,
  menuApproveRating,
  menuNewSeason,
} from './dialogs';
