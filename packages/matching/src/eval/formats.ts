import { parse } from 'csv-parse/sync';
import type { PersonRecord } from '../normalise/record';

/** The labelled data-set layouts the evaluation reads unchanged (see shared/data/README.md). */
export type DataFormat = 'febrl' | 'febrl-dsgen' | 'splink';

/** A record with the person it really belongs to. */
export type LabelledRecord = { record: PersonRecord; entity: string };

export type LabelledDataSet = { format: DataFormat; records: LabelledRecord[] };

export class DataFormatError extends Error {
  override readonly name = 'DataFormatError';
}

const febrlColumns = [
  'rec_id',
  'given_name',
  'surname',
  'street_number',
  'address_1',
  'address_2',
  'suburb',
  'postcode',
  'state',
  'date_of_birth',
  'soc_sec_id',
];
const dsgenColumns = [...febrlColumns, 'age', 'phone_number', 'blocking_number'];
const splinkColumns = ['unique_id', 'first_name', 'surname', 'dob', 'city', 'email', 'cluster'];

/** The format whose columns the header has (extra columns are allowed). */
export function detectFormat(header: readonly string[]): DataFormat {
  const has = (columns: readonly string[]) => columns.every((column) => header.includes(column));
  if (has(splinkColumns)) return 'splink';
  if (has(dsgenColumns)) return 'febrl-dsgen';
  if (has(febrlColumns)) return 'febrl';
  throw new DataFormatError(
    `Unrecognised columns (${header.join(', ')}): expected Febrl, Febrl generator or Splink columns`,
  );
}

type Row = Record<string, string>;

function value(row: Row, column: string): string | null {
  const text = row[column]?.trim() ?? '';
  return text === '' ? null : text;
}

/** 'rec-12-org' and 'rec-12-dup-3' are person 12. */
export function febrlEntity(recId: string): string {
  const match = /^rec-(\d+)-(?:org|dup-\d+)$/.exec(recId.trim());
  if (!match?.[1]) throw new DataFormatError(`Febrl rec_id '${recId}' is not rec-N-org or rec-N-dup-K`);
  return match[1];
}

/** Generator ids are person × 10 + k. */
export function dsgenEntity(recId: string): string {
  const id = Number(recId.trim());
  if (!Number.isInteger(id)) throw new DataFormatError(`Febrl generator rec_id '${recId}' is not an integer`);
  return String(Math.floor(id / 10));
}

/**
 * Febrl columns onto the child index's fields. Febrl's people are Australian: `soc_sec_id` stands
 * in for the NHS number (both are a national person number, compared digit by digit), the
 * suburb for the town and `address_2` for the locality; `state` and `age` have no counterpart
 * and are left out.
 */
function febrlRecord(row: Row, id: string, withPhone: boolean): PersonRecord {
  return {
    id,
    givenNames: value(row, 'given_name'),
    familyName: value(row, 'surname'),
    dateOfBirth: value(row, 'date_of_birth'),
    houseNumber: value(row, 'street_number'),
    street: value(row, 'address_1'),
    locality: value(row, 'address_2'),
    town: value(row, 'suburb'),
    postcode: value(row, 'postcode'),
    nhsNumber: value(row, 'soc_sec_id'),
    phone: withPhone ? value(row, 'phone_number') : null,
  };
}

function splinkRecord(row: Row, id: string): PersonRecord {
  return {
    id,
    givenNames: value(row, 'first_name'),
    familyName: value(row, 'surname'),
    dateOfBirth: value(row, 'dob'),
    town: value(row, 'city'),
    email: value(row, 'email'),
  };
}

function parseCsv(text: string, columns: true | ((header: string[]) => string[])): Row[] {
  try {
    return parse(text, { columns, trim: true, skip_empty_lines: true, bom: true });
  } catch (error) {
    throw new DataFormatError(`Not a readable CSV file: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const readers: Record<DataFormat, (row: Row) => LabelledRecord> = {
  febrl: (row) => {
    const id = value(row, 'rec_id') ?? '';
    return { record: febrlRecord(row, id, false), entity: febrlEntity(id) };
  },
  'febrl-dsgen': (row) => {
    const id = value(row, 'rec_id') ?? '';
    return { record: febrlRecord(row, id, true), entity: dsgenEntity(id) };
  },
  splink: (row) => {
    const id = value(row, 'unique_id') ?? '';
    return { record: splinkRecord(row, id), entity: value(row, 'cluster') ?? `unclustered-${id}` };
  },
};

/** Parse a CSV in any of the three formats; Febrl's space after each comma is trimmed. */
export function parseDataSet(text: string): LabelledDataSet {
  const rows = parseCsv(text, (header) => header.map((h) => h.trim()));
  if (rows.length === 0) throw new DataFormatError('The file has no records');
  const format = detectFormat(Object.keys(rows[0] ?? {}));
  const records = rows.map((row) => readers[format](row));
  return { format, records };
}

/** Splink's reviewed pairs (`unique_id_l, …, unique_id_r, …, clerical_match_score`), if a labels file is given. */
export function parseLabels(text: string): Array<{ left: string; right: string; match: boolean }> {
  const rows = parseCsv(text, true);
  return rows.map((row) => ({
    left: value(row, 'unique_id_l') ?? '',
    right: value(row, 'unique_id_r') ?? '',
    match: Number(value(row, 'clerical_match_score')) >= 0.5,
  }));
}
