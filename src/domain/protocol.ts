// «Протокол № N» of the approving meeting, in the form of protocol No. 1: header, date and place, who was present,
// the agenda, what was heard and decided, the rating summary, the approved list, voting lines left blank.
import type { Approval } from './approval';
import { mapText, type Block, type Cell } from './blocks';
import { typeset } from './typography';
import { TOP_HEADERS } from './sheets';
import { ui } from './messages';

export interface ProtocolFacts {
  approval: Approval;
  /** Settings: the number of winners, the meeting place, the chair's and the secretary's names. */
  winners: number;
  place: string;
  chair: string;
  secretary: string;
  /** Active members' names, as in «Члени комісії». */
  members: string[];
  received: number;
  valid: number;
  ranked: number;
  below: number;
  quorum: number;
  /** Cases in the list by the rating alone (before the tie decision). */
  selected: number;
  /** «ID «title»» of the tied candidates and of the commission's choice. */
  tied: string[];
  chosen: string[];
  /** The meeting's recorded decisions («Засідання»), when the list was approved by them. */
  meeting?: ProtocolMeeting;
}

/** One decided item of the meeting, as the protocol writes it. */
export interface ProtocolItem {
  id: string;
  title: string;
  organisation: string;
  /** Why the item was on the agenda. */
  details: string;
  position: string | number;
  mean: string | number;
  valid: string | number;
  standing: string;
  frequency: string | number;
  roundMean: string | number;
  roundChanged: string;
  vote: { for: number; against: number; abstained: number; notVoting: number };
  /** The decision as «ВИРІШИЛИ» says it (e.g. «включити кейс … до загального списку»). */
  decided: string;
  /** What was said («ВИСТУПИЛИ»), or ''. */
  note: string;
}

export interface ProtocolMeeting {
  present: number;
  /** Items on the agenda, and the decided ones in its order. */
  items: number;
  decided: ProtocolItem[];
  added: string[];
  removed: string[];
  places: number;
  explanation: string;
}

/** A decided item in the seeds' form: СЛУХАЛИ (with the figures), ВИСТУПИЛИ, ГОЛОСУВАЛИ, ВИРІШИЛИ. */
export function meetingItemBlocks(item: ProtocolItem, n: number, secretary: string): Block[] {
  const para = (text: string): Block => ({ kind: 'paragraph', text, align: 'justify' });
  const figures = ui('protocolMeetingFigures', {
    position: item.position,
    mean: item.mean,
    valid: item.valid,
    standing: item.standing,
    frequency: item.frequency === '' ? '' : ui('protocolMeetingFrequency', { frequency: item.frequency }),
    round:
      item.roundMean === ''
        ? ''
        : ui('protocolMeetingRound', { mean: item.roundMean, changed: item.roundChanged }),
  });
  return [
    para(
      ui('protocolMeetingHeard', {
        n,
        secretary,
        id: item.id,
        title: item.title,
        organisation: item.organisation,
        details: item.details,
      }) +
        ' ' +
        figures +
        '.',
    ),
    ...(item.note ? [para(ui('protocolMeetingSpoke', { note: item.note }))] : []),
    para(ui(item.vote.abstained > 0 ? 'protocolMeetingVoteAbstained' : 'protocolMeetingVote', item.vote)),
    para(ui('protocolMeetingDecided', { decision: item.decided })),
  ];
}

export function protocolBlocks(f: ProtocolFacts): Block[] {
  const a = f.approval;
  const count = a.cases.length;
  const chair = f.chair || ui('blankName');
  const secretary = f.secretary || ui('blankName');
  const vote: Block = { kind: 'paragraph', text: ui('protocolVote') };
  const m = f.meeting;
  const facts = [
    ui('protocolFactReceived', { cases: f.received }),
    ui('protocolFactEvaluated', { members: f.members.length, valid: f.valid }),
    ui('protocolFactRanked', { ranked: f.ranked, quorum: f.quorum, below: f.below }),
    ui('protocolFactSelected', { winners: f.winners, selected: f.selected }),
    ...(a.tie
      ? [
          ui('protocolFactTie', {
            count: a.tie.candidates.length,
            seats: a.tie.seats,
            titles: f.tied.join('; '),
            chosen: f.chosen.join('; '),
          }),
        ]
      : []),
    ...(m
      ? [
          ui('protocolFactMeeting', { items: m.items, decided: m.decided.length }),
          ui('protocolFactChanges', {
            added: m.added.join(', ') || '—',
            removed: m.removed.join(', ') || '—',
            count,
            places: m.places,
            explanation: m.explanation ? ` (${m.explanation})` : '',
          }),
        ]
      : []),
    ui('protocolFactList', { count }),
  ];
  const blocks: Block[] = [
    { kind: 'title', text: ui('protocolHeading', { protocol: a.protocol }), align: 'center' },
    { kind: 'paragraph', text: ui('protocolOf', { year: a.year }), align: 'center' },
    { kind: 'paragraph', text: ui('protocolWhen', { date: a.meeting, place: f.place }) },
    {
      kind: 'paragraph',
      text:
        m && m.present !== f.members.length
          ? ui('protocolPresentOf', {
              present: m.present,
              count: f.members.length,
              names: f.members.join(', '),
            })
          : ui('protocolPresent', { count: f.members.length, names: f.members.join(', ') }),
      align: 'justify',
    },
    { kind: 'paragraph', text: ui('protocolOpening', { chair }), align: 'justify' },
    // The agenda is numbered, as in protocol No. 1; its items are what «1.», «2.», «3.» below refer to
    ...[
      ui('protocolAgenda1', { winners: f.winners, year: a.year }),
      ui('protocolAgenda2'),
      ui('protocolAgenda3'),
    ].map((text, i): Block => ({ kind: 'paragraph', text: `${i + 1}. ${text}`, align: 'justify' })),
    vote,
    { kind: 'paragraph', text: ui('protocolAgendaDecided') },
    { kind: 'paragraph', text: ui('protocolItem1', { secretary }), align: 'justify' },
    { kind: 'list', items: facts },
    // Each decided item of the meeting, numbered under item 1, before the item's own vote on the list
    ...(m ? m.decided.flatMap((item, i) => meetingItemBlocks(item, i + 1, secretary)) : []),
    vote,
    { kind: 'paragraph', text: ui('protocolItem1Decided', { count, year: a.year }), align: 'justify' },
    { kind: 'paragraph', text: ui('protocolItem2', { secretary, year: a.year }), align: 'justify' },
    vote,
    { kind: 'paragraph', text: ui('protocolItem2Decided') },
    { kind: 'paragraph', text: ui('protocolItem3') },
    { kind: 'paragraph', text: '' },
    { kind: 'paragraph', text: ui('protocolChair', { name: f.chair }) },
    { kind: 'paragraph', text: ui('protocolSecretary', { name: f.secretary }) },
    { kind: 'pageBreak' },
    { kind: 'heading2', text: ui('protocolAnnex', { protocol: a.protocol, date: a.meeting, count }) },
    {
      kind: 'table',
      rows: [
        [ui('protocolColNo'), TOP_HEADERS[0], TOP_HEADERS[1], TOP_HEADERS[2]].map((text): Cell => ({
          blocks: [{ kind: 'paragraph', text, style: { bold: true } }],
          background: '#eeeeee',
        })),
        ...a.cases.map((c, i) => [String(i + 1), c.title, c.organisation, c.district]),
      ],
      // Column widths set in the Doc: the number, the district and the headers never break inside a word
      widths: ANNEX_WIDTHS,
      border: { width: 0.5, color: '#999999' },
      style: { size: 10, lineSpacing: 1, before: 0, after: 0 },
    },
  ];
  // Paragraphs a little apart, as in protocol No. 1
  return mapText(blocks, typeset).map((b) =>
    b.kind === 'paragraph' || b.kind === 'list' ? { ...b, style: { after: 6, ...b.style } } : b,
  );
}

/**
 * The annex's columns in points, for A4 with Docs' one-inch margins (451 pt): «№ з/п» and the longest district
 * («Солом’янський», «Дарницький район») fit on one line at 10 pt; the title and the organisation share the rest.
 */
export const ANNEX_WIDTHS = [44, 165, 140, 102];
