import type { ChildRecordExport, ExportedEpisode } from '@ecaf/api';
import {
  checklistDecisionLabels,
  consentCapacityLabels,
  consentMethodLabels,
  consentToShareStatusLabels,
  ethnicityLabel,
  formatDate,
  isoDateInLondon,
  roleLabels,
  seenAloneLabels,
  sexLabels,
  sharedInformationLabels,
  shareScopeLabels,
  withoutConsentGroundLabels,
  yesNoNotKnownLabels,
} from '@ecaf/domain';
import pdfMake from 'pdfmake';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
// Importing the assessment PDF also sets pdfmake's fonts and access policies, once per process.
import { dayOf, formatDateTime, grey, rule, sectionContent, toStandardFontText } from '../pdf/assessment-pdf';

/**
 * The right of access export as a PDF (issue 4 item 7): what the JSON file holds, in words, for
 * the family. A table of contents by CAF, every version of every assessment, and the access log.
 */

export const EXPORT_TITLE = 'Right of access';
const NOT_RECORDED = 'Not recorded';

type Child = ChildRecordExport['child'];

/** 'ecaf-right-of-access-<child id>-2026-03-03.pdf': no name in a file name, which lists and logs show. */
export function exportFilename(record: { child: { id: string }; generatedAt: string }, extension: 'json' | 'pdf') {
  // The day in England, as every date eCAF shows.
  const day = isoDateInLondon(new Date(record.generatedAt));
  return `ecaf-right-of-access-${record.child.id.replace(/[^A-Za-z0-9-]/g, '')}-${day}.${extension}`;
}

/** The line at the foot of every page. */
export function exportFooterText(page: number, pageCount: number): string {
  return `${EXPORT_TITLE} · eCAF · Page ${page} of ${pageCount}`;
}

const day = (isoDate: string | null) => (isoDate ? formatDate(isoDate) : NOT_RECORDED);
const when = (instant: string | null) => (instant ? formatDateTime(instant) : NOT_RECORDED);
const yesNo = (value: boolean) => (value ? 'Yes' : 'No');
const yesNoNotKnown = (value: Child['disability']) => (value ? yesNoNotKnownLabels[value] : NOT_RECORDED);
const person = (name: string, organisation: string | null, jobTitle: string | null = null) =>
  [name, jobTitle, organisation].filter(Boolean).join(', ');

function heading(value: string, level: 1 | 2 | 3, options: { toc?: boolean; pageBreak?: boolean } = {}): Content {
  const style = level === 1 ? 'partHeading' : level === 2 ? 'heading' : 'subheading';
  return {
    text: toStandardFontText(value),
    style,
    ...(options.toc ? { tocItem: true, tocMargin: level === 1 ? [0, 4, 0, 0] : [16, 0, 0, 0] } : {}),
    ...(options.pageBreak ? { pageBreak: 'before' as const } : {}),
    // A heading never ends a page (see pageBreakBefore below).
    headlineLevel: 1,
  };
}

function keyValues(rows: [string, string][]): Content {
  return {
    table: {
      widths: [150, '*'],
      body: rows.map(([label, value]) => [{ text: label, bold: true }, { text: toStandardFontText(value) }]),
    },
    layout: 'noBorders',
    margin: [0, 0, 0, 10],
  };
}

const ruled = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0,
  hLineColor: () => rule,
  paddingLeft: () => 0,
  paddingRight: () => 6,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

/** A table with a bold header row repeated on every page it runs over. */
function grid(head: string[], rows: string[][], widths: (number | string)[], fontSize = 9): Content {
  const headRow: TableCell[] = head.map((h) => ({ text: h, bold: true }));
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths,
      body: [headRow, ...rows.map((cells) => cells.map((cell) => ({ text: toStandardFontText(cell) })))],
    },
    layout: ruled,
    fontSize,
    margin: [0, 0, 0, 10],
  };
}

function none(what: string): Content {
  return { text: what, color: grey, margin: [0, 0, 0, 10] };
}

// ---- The child and the family ----

function childPart(record: ChildRecordExport): Content[] {
  const { child } = record;
  return [
    heading('Child and family', 1, { toc: true, pageBreak: true }),
    heading('Identifying details', 2),
    keyValues([
      ['Given names', child.givenNames],
      ['Family name', child.familyName],
      ['Also known as', child.alsoKnownAs ?? NOT_RECORDED],
      ['Sex', sexLabels[child.sex]],
      child.isUnborn
        ? ['Expected date of delivery', day(child.expectedDateOfDelivery)]
        : ['Date of birth', day(child.dateOfBirth)],
      ...(child.isUnborn ? [["Mother's name", child.motherName ?? NOT_RECORDED] as [string, string]] : []),
      ['Address', child.address ?? NOT_RECORDED],
      ['Postcode', child.postcode ?? NOT_RECORDED],
      ['Telephone', child.telephone ?? NOT_RECORDED],
      [
        'Ethnicity',
        child.ethnicity
          ? [ethnicityLabel(child.ethnicity) ?? child.ethnicity, child.ethnicityOther].filter(Boolean).join(': ')
          : NOT_RECORDED,
      ],
      ['First language', child.firstLanguage ?? NOT_RECORDED],
      ["Parent's first language", child.parentFirstLanguage ?? NOT_RECORDED],
      ['Interpreter needed', yesNo(child.interpreterNeeded)],
      [
        'Disability',
        child.disability === 'yes' && child.disabilityDetails
          ? `Yes: ${child.disabilityDetails}`
          : yesNoNotKnown(child.disability),
      ],
      ['Special requirements', child.specialRequirements ?? NOT_RECORDED],
      ['NHS number', child.nhsNumber ?? NOT_RECORDED],
      ['Unique pupil number (UPN)', child.upn ?? NOT_RECORDED],
      ['School or setting', child.schoolName ?? NOT_RECORDED],
      ['GP practice', child.gpPractice ?? NOT_RECORDED],
      ['Religion', child.religion ?? NOT_RECORDED],
      ['Young carer', yesNoNotKnown(child.youngCarer)],
      ['Special educational needs', yesNoNotKnown(child.specialEducationalNeeds)],
      ['Registered in eCAF', when(child.registeredAt)],
    ]),
    heading('Parents and carers', 2),
    record.parentsAndCarers.length === 0
      ? none('No parents or carers are recorded.')
      : grid(
          ['Name', 'Relationship', 'Parental responsibility', 'Contact'],
          record.parentsAndCarers.map((p) => [
            p.name,
            p.relationship,
            yesNo(p.parentalResponsibility),
            [p.telephone, p.email, p.address].filter(Boolean).join('\n') || NOT_RECORDED,
          ]),
          ['22%', '18%', '15%', '*'],
        ),
    heading('Pre-assessment checklists', 2),
    ...(record.checklistDecisions.length === 0
      ? [none('No checklist has been recorded.')]
      : record.checklistDecisions.flatMap((c): Content[] => [
          keyValues([
            ['Decided', when(c.decidedAt)],
            ['By', person(c.decidedBy.name, c.decidedBy.organisation)],
            [
              'Outcome',
              c.outcome === 'safeguarding_referral' ? 'Safeguarding referral' : checklistDecisionLabels[c.outcome],
            ],
            ['CAF started', c.episodeReference ?? 'None'],
            ...c.answers.map((a): [string, string] => [a.question, a.answer]),
          ]),
        ])),
  ];
}

// ---- One CAF ----

const episodeStatusLabels: Record<ExportedEpisode['status'], string> = {
  draft: 'Draft',
  active: 'Active',
  closed: 'Closed',
};

function consentToAssessPart(episode: ExportedEpisode): Content[] {
  if (episode.consentToAssess.length === 0) return [none('No consent to assess has been recorded.')];
  return episode.consentToAssess.map((c) =>
    keyValues([
      ['Decision', c.decision === 'given' ? 'Given' : 'Refused'],
      ['By', `${c.givenBy.name} (${consentCapacityLabels[c.capacity]})`],
      ...(c.competenceReasons ? [['Why competent', c.competenceReasons] as [string, string]] : []),
      ['On', day(c.decidedOn)],
      ['How', consentMethodLabels[c.method]],
      ['What was explained', c.whatWasExplained],
      ['Recorded by', `${c.recordedBy}, ${when(c.recordedAt)}`],
    ]),
  );
}

function consentToSharePart(episode: ExportedEpisode): Content[] {
  if (episode.consentToShare.length === 0) return [none('No consent to share has been recorded.')];
  const scope = (s: ExportedEpisode['consentToShare'][number]['basicScope']) =>
    s.organisations.length > 0
      ? `${shareScopeLabels[s.kind]}: ${s.organisations.join(', ')}`
      : shareScopeLabels[s.kind];
  return episode.consentToShare.map((c) =>
    keyValues([
      ['Status', `${consentToShareStatusLabels[c.status]}${c.standing ? ' (the record that stands)' : ''}`],
      ['Given by', c.givenBy.name],
      ['On', day(c.decidedOn)],
      ['How', consentMethodLabels[c.method]],
      ['Basic information', scope(c.basicScope)],
      ['Additional (sensitive) information', scope(c.additionalScope)],
      ['What was explained', c.whatWasExplained],
      ['Recorded by', `${c.recordedBy}, ${when(c.recordedAt)}`],
      ...(c.confirmation
        ? [
            ['Confirmed', `${day(c.confirmation.on)}${c.confirmation.by ? `, by ${c.confirmation.by}` : ''}`] as [
              string,
              string,
            ],
          ]
        : []),
      ...(c.withdrawal
        ? [
            [
              'Withdrawn',
              [
                day(c.withdrawal.on),
                c.withdrawal.by ? `by ${c.withdrawal.by}` : null,
                c.withdrawal.recordedBy ? `recorded by ${c.withdrawal.recordedBy}` : null,
              ]
                .filter(Boolean)
                .join(', '),
            ] as [string, string],
            ...(c.withdrawal.reason ? [['Why withdrawn', c.withdrawal.reason] as [string, string]] : []),
          ]
        : []),
      ...(c.correction ? [['Corrects an earlier record', c.correction.reason] as [string, string]] : []),
    ]),
  );
}

function episodePart(episode: ExportedEpisode): Content[] {
  const assessors = episode.assessors
    .map((a) => `${person(a.name, a.organisation)} (${a.role === 'assessor' ? 'assessor' : 'co-assessor'})`)
    .join('\n');
  return [
    heading(`CAF ${episode.reference}`, 1, { toc: true, pageBreak: true }),
    keyValues([
      ['Reference', episode.reference],
      ['Status', episodeStatusLabels[episode.status]],
      ['Started', when(episode.startedAt)],
      ['Closed', episode.closedAt ? when(episode.closedAt) : 'Not closed'],
      ['Assessors', assessors || NOT_RECORDED],
    ]),
    heading('Lead professionals', 2),
    episode.leadProfessionals.length === 0
      ? none('No lead professional has been assigned.')
      : grid(
          ['Lead professional', 'Assigned', 'Ended', "The family's view"],
          episode.leadProfessionals.map((l) => [
            person(l.name, l.organisation, l.jobTitle),
            `${when(l.assignedAt)} by ${l.assignedBy}`,
            l.endedAt ? when(l.endedAt) : 'Current',
            l.familyView || NOT_RECORDED,
          ]),
          ['28%', '26%', '18%', '*'],
        ),
    heading('Team Around the Child', 2),
    episode.team.length === 0
      ? none('Nobody has joined the team.')
      : grid(
          ['Member', 'Basis', 'Joined', 'Left'],
          episode.team.map((m) => [
            person(m.name, m.organisation, m.jobTitle),
            m.basis === 'consent' ? 'Consent to share' : 'Shared without consent',
            when(m.joinedAt),
            m.leftAt ? when(m.leftAt) : 'Still a member',
          ]),
          ['34%', '18%', '24%', '*'],
        ),
    heading('Consent to assess and store', 2),
    ...consentToAssessPart(episode),
    heading('Consent to share', 2),
    ...consentToSharePart(episode),
    heading('Information shared without consent', 2),
    ...(episode.sharesWithoutConsent.length === 0
      ? [none('Nothing has been shared without consent.')]
      : episode.sharesWithoutConsent.map((s) =>
          keyValues([
            ['Ground', withoutConsentGroundLabels[s.ground]],
            ['Why', s.reason],
            ['What was shared', sharedInformationLabels[s.shared]],
            ['With', person(s.recipient.name, s.recipient.organisation)],
            ['Shared by', `${s.sharedBy}, ${when(s.sharedAt)}`],
          ]),
        )),
    heading('When the child was seen', 2),
    episode.childSeen.length === 0
      ? none('No record of the child being seen.')
      : grid(
          ['Seen on', 'Seen by', 'Seen alone', 'Where'],
          episode.childSeen.map((s) => [
            day(s.seenOn) + (s.expectantMother ? ' (expectant mother)' : ''),
            s.seenBy,
            seenAloneLabels[s.seenAlone],
            s.location || NOT_RECORDED,
          ]),
          ['22%', '28%', '25%', '*'],
        ),
    heading('Invitations to the family view', 2),
    episode.familyInvitations.length === 0
      ? none('Nobody has been invited to the family view.')
      : grid(
          ['Invited', 'Sent', 'Outcome'],
          episode.familyInvitations.map((i) => [
            `${i.invited} (${i.email})`,
            `${when(i.sentAt)} by ${i.sentBy}`,
            i.acceptedAt
              ? `Accepted ${when(i.acceptedAt)}`
              : i.revokedAt
                ? `Revoked ${when(i.revokedAt)}`
                : `Valid until ${when(i.expiresAt)}`,
          ]),
          ['36%', '34%', '*'],
        ),
    ...episode.versions.flatMap((version): Content[] => [
      heading(
        `${episode.reference}: assessment version ${version.number} (${version.status === 'completed' ? 'completed' : 'draft'})`,
        2,
        { toc: true },
      ),
      keyValues([
        ['Started', dayOf(version.startedAt)],
        ['Completed', version.completedAt ? dayOf(version.completedAt) : 'Not completed'],
      ]),
      ...version.sections.flatMap(sectionContent),
    ]),
  ];
}

// ---- Who has looked ----

function accessLogPart(record: ChildRecordExport): Content[] {
  return [
    heading('Access log', 1, { toc: true, pageBreak: true }),
    {
      text: 'Everyone who has looked at this record or taken it away, oldest first, up to this export. This export is recorded too.',
      margin: [0, 0, 0, 8],
    },
    record.accessLog.length === 0
      ? none('Nobody has looked at this record.')
      : grid(
          ['When', 'Who', 'Role', 'What', 'Ground'],
          record.accessLog.map((r) => [
            when(r.at),
            person(r.who, r.organisation, r.jobTitle),
            r.role && r.role in roleLabels ? roleLabels[r.role as keyof typeof roleLabels] : (r.role ?? NOT_RECORDED),
            r.episodeReference ? `${r.what} (${r.episodeReference})` : r.what,
            r.groundDescription,
          ]),
          [78, '*', 54, '*', 90],
          8,
        ),
  ];
}

export function childRecordDocument(record: ChildRecordExport): TDocumentDefinitions {
  const { child, generatedBy } = record;
  return {
    pageSize: 'A4',
    pageMargins: [50, 50, 50, 56],
    info: {
      // No name: a PDF's properties are shown by file browsers and search indexes.
      title: `${EXPORT_TITLE} export from eCAF`,
      creator: 'eCAF',
      producer: 'eCAF',
      creationDate: new Date(record.generatedAt),
    },
    defaultStyle: { font: 'Helvetica', fontSize: 10, lineHeight: 1.2 },
    styles: {
      title: { fontSize: 22, bold: true, margin: [0, 0, 0, 4] },
      subtitle: { fontSize: 13, margin: [0, 0, 0, 12] },
      partHeading: { fontSize: 17, bold: true, margin: [0, 6, 0, 8] },
      heading: { fontSize: 14, bold: true, margin: [0, 10, 0, 6] },
      subheading: { fontSize: 12, bold: true, margin: [0, 8, 0, 4] },
      sectionHeading: { fontSize: 12, bold: true, margin: [0, 10, 0, 6] },
      tocTitle: { fontSize: 14, bold: true, margin: [0, 8, 0, 6] },
    },
    content: [
      { text: EXPORT_TITLE, style: 'title' },
      { text: toStandardFontText(`Everything eCAF holds about ${child.name}`), style: 'subtitle' },
      keyValues([
        ['Child', child.name],
        child.isUnborn
          ? ['Expected date of delivery', day(child.expectedDateOfDelivery)]
          : ['Date of birth', day(child.dateOfBirth)],
        ['Local authority', generatedBy.authority],
        ['Generated', formatDateTime(record.generatedAt)],
        [
          'Generated by',
          `${person(generatedBy.name, generatedBy.organisation, generatedBy.jobTitle)} (${roleLabels[generatedBy.role]})`,
        ],
        ['CAFs', String(record.episodes.length)],
      ]),
      {
        text:
          'This is a copy of the information eCAF holds about the child, given under the right of access ' +
          '(UK GDPR Article 15): identifying details, parents and carers, every CAF with every version of its ' +
          'assessment, consents, sharing, the Team Around the Child, and a log of everyone who has looked at the record.',
        margin: [0, 0, 0, 10],
      },
      { toc: { title: { text: 'Contents', style: 'tocTitle' } } },
      ...childPart(record),
      ...record.episodes.flatMap(episodePart),
      ...accessLogPart(record),
    ],
    footer: (currentPage, pageCount) => ({
      text: exportFooterText(currentPage, pageCount),
      fontSize: 8,
      color: grey,
      alignment: 'center',
      margin: [50, 24, 50, 0],
    }),
    pageBreakBefore: (node, nodes) => node.headlineLevel === 1 && nodes.getFollowingNodesOnPage().length === 0,
  };
}

export function renderChildRecordPdf(record: ChildRecordExport): Promise<Buffer> {
  return pdfMake.createPdf(childRecordDocument(record)).getBuffer();
}
