// A short season (20 cases × 4 members) run under a fault schedule, and what must hold after recovery.
//
// The oracle (`expected`) is a plain model of the members' hands, kept apart from the product: for each member
// and case, the four values last put into the score cells of the row that shows that case's ID — typed there,
// or pasted there from another row (a copy or a cut: positional, the pasted score counts where it was pasted,
// and a cut leaves its row blank), taken back by undo. A sort changes nothing in it (the script puts each score
// back with its case); a duplicated tab is not the scoring tab, so what is typed there is not in it at all.
//
// The parts: faults-schedule (what goes wrong), faults-run (the season under it), faults-members and faults-others
// (what people do), faults-state (what they share), faults-judge (what must hold after).
export { type DriveLagKind, type FaultSchedule, HEAVY_DRIVE_LAG, randomSchedule } from './faults-schedule';
export type { Activity } from './faults-state';
export type { FaultOutcome } from './faults-judge';
export { type RunOptions, runFaultySeason } from './faults-run';
