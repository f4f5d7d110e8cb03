// The secretary's progress panel and deadline dialog: their pages, the one data object, and the actions they call.
export { fillPage, fromPage, withParts } from './page';
export { buildPanelData } from './data';
export { panelData, collectNow, reminderPreview, sendRemindersNow, computeRatingNow } from './actions';
export { settingsData, saveSettingsIn, saveSettings } from './terms';
