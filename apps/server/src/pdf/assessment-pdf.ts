import type { PresentedVersion } from '@ecaf/api';
import { formatDate, isoDateInLondon, WITHHELD_EXPLANATION } from '@ecaf/domain';
import pdfMake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';

/**
 * One version of an assessment as a PDF (issue 3 item 8), built with pdfmake on pdfkit. It uses
 * the standard Helvetica that every PDF reader has, so no font file is bundled or read.
 */

const HELVETICA = {
  normal: 'Helvetica',
  bold: 'Helvetica-Bold',
  italics: 'Helvetica-Oblique',
  bolditalics: 'Helvetica-BoldOblique',
};
const standardFontNames = new Set(Object.values(HELVETICA));

// pdfmake is one shared instance per process: set once, it fetches nothing and reads no file.
pdfMake.setFonts({ Helvetica: HELVETICA });
pdfMake.setUrlAccessPolicy(() => false);
pdfMake.setLocalAccessPolicy((path) => standardFontNames.has(path));

export const PDF_TITLE = 'Common Assessment Framework';
const NOT_ANSWERED = 'Not answered';

// The standard fonts carry the Windows-1252 character set only: Latin-1 and these extras.
const winAnsiExtras = new Set('ŒœŠšŸŽžƒˆ˜–—‘’‚“”„†‡•…‰‹›€™');
const isWinAnsi = (char: string) => {
  const code = char.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || winAnsiExtras.has(char);
};

/**
 * Text the standard fonts can draw. A letter they lack loses its accent where it has one
 * ('Ștefan' → 'Stefan'); anything else ('Łukasz', other scripts) shows '?' instead of the wrong
 * glyphs pdfkit would draw. Names in other scripts need an embedded Unicode font (not yet done).
 */
export function toStandardFontText(text: string): string {
  let out = '';
  for (const char of text) {
    if (char === '\n' || isWinAnsi(char)) {
      out += char;
      continue;
    }
    if (char === '\r') continue;
    if (char === '\t') {
      out += ' ';
      continue;
    }
    const base = char.normalize('NFKD').replace(/\p{M}/gu, '');
    out += base !== '' && [...base].every(isWinAnsi) ? base : '?';
  }
  return out;
}

/** '3 March 2026', the calendar day in England. */
export function dayOf(isoInstant: string): string {
  return formatDate(isoDateInLondon(new Date(isoInstant)));
}

const londonTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: 'numeric',
  minute: '2-digit',
  hourCycle: 'h12',
});

/** GOV.UK style: '3 March 2026 at 2:05pm'. */
export function formatDateTime(isoInstant: string): string {
  const instant = new Date(isoInstant);
  let hour = '';
  let minute = '';
  let period = '';
  for (const part of londonTime.formatToParts(instant)) {
    if (part.type === 'hour') hour = part.value;
    else if (part.type === 'minute') minute = part.value;
    else if (part.type === 'dayPeriod') period = part.value.toLowerCase().replace(/\W/g, '');
  }
  return `${dayOf(isoInstant)} at ${hour}:${minute}${period}`;
}

const statusLabels: Record<PresentedVersion['version']['status'], string> = {
  draft: 'Draft',
  completed: 'Completed',
};

type VersionLabel = { reference: string; version: { number: number } };

/** 'CAF-2026-000123-v2.pdf'; the reference is system-made, but a header value is kept to safe characters. */
export function assessmentPdfFilename(presented: VersionLabel): string {
  return `${presented.reference.replace(/[^A-Za-z0-9-]/g, '')}-v${presented.version.number}.pdf`;
}

/** The line at the foot of every page: 'CAF-2026-000123 · Version 2 · Page 3 of 7'. */
export function footerText(presented: VersionLabel, page: number, pageCount: number): string {
  return `${presented.reference} · Version ${presented.version.number} · Page ${page} of ${pageCount}`;
}

export const grey = '#505a5f';
export const rule = '#b1b4b6';

/**
 * SH-2, under a section with sensitive elements removed for this reader: which ones, and why.
 * The reason is the domain's sentence, so the PDF says what the pages say.
 */
export function withheldText(labels: readonly string[]): string {
  const reason = WITHHELD_EXPLANATION.replace(/^Withheld:\s*/, '');
  return `Withheld: ${labels.join(', ')}. ${reason.charAt(0).toUpperCase()}${reason.slice(1)}`;
}

function summaryTable(presented: PresentedVersion): Content {
  const { version } = presented;
  const rows: [string, string][] = [
    ['Reference', presented.reference],
    ['Child', presented.childName],
    ['Version', `${version.number} (${statusLabels[version.status]})`],
    ['Started', dayOf(version.startedAt)],
    ['Completed', version.completedAt ? dayOf(version.completedAt) : 'Not completed'],
    ['Generated', formatDateTime(presented.generatedAt)],
  ];
  return {
    table: {
      widths: [110, '*'],
      body: rows.map(([label, value]) => [{ text: label, bold: true }, { text: toStandardFontText(value) }]),
    },
    layout: 'noBorders',
    margin: [0, 0, 0, 12],
  };
}

/** One section: its heading, every question with its answer, and what is withheld (SH-2). Needs the 'sectionHeading' style. */
export function sectionContent(section: PresentedVersion['sections'][number]): Content[] {
  const heading: Content = {
    text: toStandardFontText(`${section.number}. ${section.title}`),
    style: 'sectionHeading',
    headlineLevel: 1,
  };
  const withheld: Content[] =
    section.withheld.length > 0
      ? [{ text: toStandardFontText(withheldText(section.withheld)), italics: true, margin: [0, 0, 0, 10] }]
      : [];
  if (section.fields.length === 0) {
    return withheld.length > 0
      ? [heading, ...withheld]
      : [heading, { text: 'No questions in this section.', color: grey, margin: [0, 0, 0, 8] }];
  }
  return [
    heading,
    {
      table: {
        widths: ['38%', '*'],
        body: section.fields.map((field) => [
          { text: toStandardFontText(field.label), bold: true },
          field.value === null
            ? { text: NOT_ANSWERED, color: grey, italics: true }
            : { text: toStandardFontText(field.value) },
        ]),
      },
      layout: {
        hLineWidth: () => 0.5,
        vLineWidth: () => 0,
        hLineColor: () => rule,
        paddingLeft: () => 0,
        paddingRight: (column) => (column === 0 ? 10 : 0),
        paddingTop: () => 4,
        paddingBottom: () => 4,
      },
      margin: [0, 0, 0, 10],
    },
    ...withheld,
  ];
}

export function assessmentDocument(presented: PresentedVersion): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageMargins: [50, 50, 50, 56],
    info: {
      // Only the reference: a PDF's properties are shown by file browsers and search indexes.
      title: `${PDF_TITLE} ${presented.reference} version ${presented.version.number}`,
      creator: 'eCAF',
      producer: 'eCAF',
      creationDate: new Date(presented.generatedAt),
    },
    defaultStyle: { font: 'Helvetica', fontSize: 10, lineHeight: 1.2 },
    styles: {
      title: { fontSize: 20, bold: true, margin: [0, 0, 0, 12] },
      sectionHeading: { fontSize: 13, bold: true, margin: [0, 10, 0, 6] },
    },
    content: [
      { text: PDF_TITLE, style: 'title' },
      summaryTable(presented),
      ...presented.sections.flatMap(sectionContent),
    ],
    footer: (currentPage, pageCount) => ({
      text: footerText(presented, currentPage, pageCount),
      fontSize: 8,
      color: grey,
      alignment: 'center',
      margin: [50, 24, 50, 0],
    }),
    // A section heading never ends a page: it moves to the next one with its first answers.
    pageBreakBefore: (node, nodes) => node.headlineLevel === 1 && nodes.getFollowingNodesOnPage().length === 0,
  };
}

export function renderAssessmentPdf(presented: PresentedVersion): Promise<Buffer> {
  return pdfMake.createPdf(assessmentDocument(presented)).getBuffer();
}
