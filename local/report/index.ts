// What a season leaves for people to read: the public list as CSV, and report.html (rating, progress, costs).
// The parts: tabs (the master read), stats (costs), format and charts (the report's pieces), html (the report),
// files (everything written to disk).
export { type PublicList, publicList, readTab, top100Csv } from './tabs';
export { type ActionStat, actionStats } from './stats';
export { reportHtml } from './html';
export { outputFiles, type StageOutputs, writeOutputs, writeStageOutputs, writeStands } from './files';
