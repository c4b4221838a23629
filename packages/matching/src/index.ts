/**
 * @ecaf/matching — find the child, once (CH-1, CH-2). Pure TypeScript, no database code:
 * normalise records, derive blocking keys to index them under, compare and score pairs with a
 * Fellegi–Sunter model trained on the records themselves, and explain each match in words.
 */
export { CandidateIndex } from './blocking/candidate-index';
export {
  type BlockingKey,
  blockingKeys,
  blockingKeysVersion,
  bucketLimit,
  bucketLimits,
  deletionVariants,
  type KeyLookup,
  keyKind,
  keyLookups,
  minimumSharedKeys,
  soloBucketLimit,
} from './blocking/keys';
export { compareDates, type DateLevel, dateLevels } from './compare/dates';
export {
  type ComparisonContext,
  describeRelation,
  type FieldComparison,
  type FieldName,
  fieldComparisons,
  fieldNames,
} from './compare/fields';
export {
  compareFamilyNames,
  compareGivenNames,
  type FamilyNameLevel,
  familyNameLevels,
  type GivenNameLevel,
  givenNameLevels,
  type NameAlignment,
  nameAlignment,
} from './compare/names';
export { comparePostcodes, type PostcodeLevel, postcodeLevels } from './compare/postcodes';
export { compareEmails, compareExact, compareIdentifiers, comparePlaces } from './compare/simple';
export { type BundledModel, loadBundledModel, modelForIndexSize } from './model/bundled';
export { type EmResult, expectationMaximisation } from './model/em';
export { estimateU, randomPairs } from './model/estimate-u';
export { countTermFrequencies, type TermFrequencies, termFrequency } from './model/term-frequencies';
export {
  defaultTraining,
  type FieldParameters,
  type MatchModel,
  type ModelParameters,
  refitToRecords,
  type TrainingOptions,
  type TrainingReport,
  trainModel,
  trainModelFromMatches,
} from './model/train';
export { buildNameVariants, loadNameVariants, type NameRelation, NameVariants } from './names/variants';
export { type NormalisedDate, normaliseDate } from './normalise/dates';
export { type NormalisedName, normaliseName } from './normalise/names';
export { type NormalisedPostcode, normalisePostcode } from './normalise/postcode';
export { type NormalisedRecord, normaliseRecord, type PersonRecord } from './normalise/record';
export {
  bandFor,
  bandThresholds,
  type FieldScore,
  type MatchBand,
  type MatchScore,
  matchThreshold,
  mayBeTwins,
  probabilityFromWeight,
  type RankedCandidate,
  rankCandidates,
  Scorer,
} from './score/score';
