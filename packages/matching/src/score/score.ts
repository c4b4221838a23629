import type { ComparisonContext, FieldComparison, FieldName } from '../compare/fields';
import { fieldComparisons } from '../compare/fields';
import { termFrequency } from '../model/term-frequencies';
import type { MatchModel } from '../model/train';
import type { NormalisedRecord } from '../normalise/record';

/**
 * How sure the index is that two records are the same child:
 * - certain: probability at least 0.99, and not possibly twins (a manager may consider a merge, CH-2)
 * - likely: at least 0.5 (shown first; registering anyway needs "none of these is the child", CH-1)
 * - possible: at least 0.01 (shown below, with its reasons, CH-1)
 * - unlikely: below that (not shown)
 */
export type MatchBand = 'certain' | 'likely' | 'possible' | 'unlikely';

export const bandThresholds = { certain: 0.99, likely: 0.5, possible: 0.01 } as const;

/** The probability at or above which two records are taken to be the same child (the 'likely' band). */
export const matchThreshold = bandThresholds.likely;

export function bandFor(probability: number): MatchBand {
  if (probability >= bandThresholds.certain) return 'certain';
  if (probability >= bandThresholds.likely) return 'likely';
  if (probability >= bandThresholds.possible) return 'possible';
  return 'unlikely';
}

/** Bits of evidence below which a field is left out of the explanation (it still counts in the weight). */
const WORTH_A_WORD = 0.1;

export type FieldScore = {
  field: FieldName;
  level: string;
  /** Match weight in bits: log2(m / u), positive when this agreement is more usual for the same child. */
  weight: number;
  /** Plain-English words for what was seen, e.g. "surname sounds the same". */
  description: string;
};

export type MatchScore = {
  /** Total match weight in bits, prior included. */
  weight: number;
  probability: number;
  band: MatchBand;
  /** Every field present on both records, strongest evidence first. */
  fields: FieldScore[];
  /** What speaks for the match, strongest first. */
  reasons: string[];
  /** What speaks against it, strongest first. */
  against: string[];
  /** One line for a practitioner: "same date of birth; surname sounds the same; Bill is a nickname of William". */
  explanation: string;
};

type CompiledField = {
  comparison: FieldComparison;
  logM: number[];
  logU: number[];
  levelIndex: Map<string, number>;
};

/**
 * Scores pairs of normalised records with a trained model. Build one per model and reuse it:
 * the log-probabilities are worked out once.
 */
export class Scorer {
  private readonly compiled: CompiledField[];
  private readonly priorWeight: number;

  constructor(
    readonly model: MatchModel,
    private readonly context: ComparisonContext,
    fields: readonly FieldComparison[] = fieldComparisons,
  ) {
    this.compiled = fields.map((comparison) => {
      const parameters = model.parameters.fields.find((p) => p.field === comparison.field);
      if (!parameters) throw new RangeError(`The model has no parameters for ${comparison.field}`);
      return {
        comparison,
        logM: parameters.m.map(Math.log2),
        logU: parameters.u.map(Math.log2),
        levelIndex: new Map(comparison.levels.map((level, k) => [level, k])),
      };
    });
    const lambda = model.parameters.lambda;
    this.priorWeight = Math.log2(lambda / (1 - lambda));
  }

  /** The weight of one field's level for this pair, with the term-frequency adjustment on exact name agreement. */
  private fieldWeight(field: CompiledField, level: number, a: NormalisedRecord): number {
    const m = field.logM[level] as number;
    if (level === 0 && field.comparison.termFrequency) {
      const value = field.comparison.exactValue(a);
      const frequency = value === null ? null : termFrequency(this.model.frequencies, field.comparison.field, value);
      if (frequency !== null) return m - Math.log2(frequency);
    }
    return m - (field.logU[level] as number);
  }

  /** Total weight in bits (prior included), without building explanations: the fast path for ranking. */
  weight(a: NormalisedRecord, b: NormalisedRecord): number {
    let total = this.priorWeight;
    const home: number[] = [];
    for (const field of this.compiled) {
      const level = field.comparison.compare(a, b, this.context);
      if (level === null) continue;
      const weight = this.fieldWeight(field, field.levelIndex.get(level) as number, a);
      if (householdFields.has(field.comparison.field)) home.push(weight);
      else total += weight;
    }
    return total + householdWeight(home);
  }

  score(a: NormalisedRecord, b: NormalisedRecord): MatchScore {
    let total = this.priorWeight;
    const fields: FieldScore[] = [];
    const home: number[] = [];
    for (const field of this.compiled) {
      const level = field.comparison.compare(a, b, this.context);
      if (level === null) continue;
      const weight = this.fieldWeight(field, field.levelIndex.get(level) as number, a);
      if (householdFields.has(field.comparison.field)) home.push(weight);
      else total += weight;
      fields.push({
        field: field.comparison.field,
        level,
        weight,
        description: field.comparison.describe(level, a, b, this.context),
      });
    }
    total += householdWeight(home);
    fields.sort((x, y) => Math.abs(y.weight) - Math.abs(x.weight));
    // Evidence of under a tenth of a bit either way is not worth a word: "same town" where nearly
    // every child lives in the same town would otherwise be read as a reason against.
    const reasons = fields.filter((f) => f.weight >= WORTH_A_WORD).map((f) => f.description);
    const against = fields.filter((f) => f.weight <= -WORTH_A_WORD).map((f) => f.description);
    const probability = probabilityFromWeight(total);
    let band = bandFor(probability);
    if (mayBeTwins(fields)) {
      // Twins share a surname, a date of birth and a home: only their first names tell them apart.
      against.push('could be twins');
      if (band === 'certain') band = 'likely';
    }
    return { weight: total, probability, band, fields, reasons, against, explanation: explain(reasons, against) };
  }
}

/**
 * The fields that say where a child lives, and the school that comes with it. They are not
 * independent of each other (one move changes them all, and brothers and sisters share them all), so adding their weights would
 * count one fact, "the same home", five or six times over, and brothers and sisters would score
 * as the same child. Agreement counts once, at its strongest, less any disagreements (a
 * postcode typed wrong beside the right street); when nothing about the home agrees, that is one
 * fact too ("lives somewhere else"), counted once at its strongest.
 */
export const householdFields: ReadonlySet<FieldName> = new Set([
  'postcode',
  'houseNumber',
  'street',
  'locality',
  'town',
  'phone',
  'school',
]);

export function householdWeight(weights: readonly number[]): number {
  let strongest = 0;
  let against = 0;
  let weakest = 0;
  for (const w of weights) {
    if (w > 0) strongest = Math.max(strongest, w);
    else {
      against += w;
      weakest = Math.min(weakest, w);
    }
  }
  // A move changes the whole address at once: when nothing about the home agrees, that is one fact.
  return strongest > 0 ? strongest + against : weakest;
}

/**
 * Different first names with the same date of birth and surname: the pair may be twins, so it is
 * never 'certain' however much else agrees (a manager must not merge twins on the score alone, CH-2).
 */
export function mayBeTwins(fields: readonly Pick<FieldScore, 'field' | 'level'>[]): boolean {
  const level = (field: FieldName) => fields.find((f) => f.field === field)?.level;
  return level('givenName') === 'different' && level('dateOfBirth') === 'exact' && level('familyName') === 'exact';
}

export function probabilityFromWeight(weight: number): number {
  return 1 / (1 + 2 ** -weight);
}

/** "same date of birth; surname sounds the same — but different postcodes". */
export function explain(reasons: readonly string[], against: readonly string[]): string {
  const forText = reasons.length > 0 ? reasons.join('; ') : 'nothing in common';
  return against.length > 0 ? `${forText} — but ${against.join('; ')}` : forText;
}

export type RankedCandidate<T> = { candidate: T; score: MatchScore };

/**
 * Score a search's candidates against what was searched for and keep those worth showing
 * ('possible' or better), best first (CH-1: likely matches are shown with their reasons).
 */
export function rankCandidates<T extends NormalisedRecord>(
  scorer: Scorer,
  query: NormalisedRecord,
  candidates: Iterable<T>,
): Array<RankedCandidate<T>> {
  const ranked: Array<RankedCandidate<T>> = [];
  for (const candidate of candidates) {
    const score = scorer.score(query, candidate);
    if (score.band !== 'unlikely') ranked.push({ candidate, score });
  }
  return ranked.sort((x, y) => y.score.weight - x.score.weight);
}
