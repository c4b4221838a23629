import type { NormalisedName } from '../normalise/names';
import type { NormalisedRecord } from '../normalise/record';

/**
 * Blocking keys: the strings a record is indexed under. Two records are candidates for scoring
 * when they share at least one key, so every key is an exact-equality lookup that a B-tree
 * index serves on PostgreSQL and PGlite alike (a `(key, child_id)` table). Each key starts with
 * its kind, so a kind can be dropped or rebuilt on its own. "Sound" is a double metaphone code
 * (primary and alternate, of the whole name and of each part of a multi-part name).
 *
 * | kind | value | finds |
 * |------|-------|-------|
 * | `nhs` | NHS number | the same NHS number |
 * | `nhs1` | NHS number with one digit left out (one key per digit) | one digit wrong, two neighbours swapped |
 * | `upn`, `upn1` | unique pupil number, and with one character left out | as for NHS numbers |
 * | `dob` | date of birth, yyyymmdd | the same date of birth, whatever the names |
 * | `dmy` | birth year + day and month in order (both 1–12) | day and month swapped |
 * | `g`, `f` | first-name / surname sound alone, only while rare (see `bucketLimit`) | everything else wrong but one name |
 * | `nm` | first-name sound + surname sound, sorted | the same-sounding names either way round, whatever the date |
 * | `gy`, `fy` | first-name / surname sound + birth year | the other name changed or misspelt, day or month wrong |
 * | `gmd`, `fmd` | first-name / surname sound + birth month and day | the other name changed or misspelt, year wrong |
 * | `pg`, `pf` | full postcode + first-name / surname sound | the same home, date of birth wrong or missing |
 * | `tg`, `tf` | town + first-name / surname sound | as above, when the postcode is missing or wrong |
 * | `hn` | full postcode + house number | the same home, names badly misspelt |
 * | `st` | street + town (or postcode when there is no town) | the same street, house number and names wrong |
 * | `em`, `eu` | email address; its user name (before the @) | the same email, or its domain mistyped |
 * | `ph` | phone number | the same phone |
 */
export type BlockingKey = string;

/**
 * Keys shared by more records than this are not used to find candidates: a key that common says
 * little, and would flood a search. A name sound on its own is only worth a look while it is
 * rare; a date of birth is shared by about 150 children in an index of a million.
 */
export const bucketLimits = { default: 1000, g: 50, f: 50, tg: 50, tf: 50 } as const;

export function keyKind(key: BlockingKey): string {
  return key.slice(0, key.indexOf(':'));
}

export function bucketLimit(key: BlockingKey): number {
  const kind = keyKind(key);
  return Object.hasOwn(bucketLimits, kind) ? bucketLimits[kind as keyof typeof bucketLimits] : bucketLimits.default;
}

/**
 * A key shared by at most this many records is evidence on its own: a record sharing it is
 * scored. A key shared by more (a common name sound with a birth year, a street) must be shared
 * together with a second key (`minimumSharedKeys`). At a million children a common name sound
 * with a birth year is shared by hundreds, and two such keys by a handful, so this keeps a
 * lookup's candidates to a few hundred rather than thousands; a date of birth (about 150
 * children a day at a million) still counts alone. In a small index every key counts alone.
 */
export const soloBucketLimit = 200;

/**
 * How many keys a candidate must share with what is looked up, unless one of them is strong.
 * A lookup with only a few keys (a name typed alone) cannot ask for two.
 */
export function minimumSharedKeys(lookupKeys: number): number {
  return lookupKeys >= 4 ? 2 : 1;
}

export function nameSounds(name: NormalisedName | null): string[] {
  if (!name) return [];
  return [...new Set([...name.codes, ...name.partCodes])];
}

/** The value with one character left out, once per position: two values one slip apart share one of these. */
export function deletionVariants(value: string): string[] {
  const variants = new Set<string>();
  for (let i = 0; i < value.length; i++) variants.add(value.slice(0, i) + value.slice(i + 1));
  return [...variants];
}

export function blockingKeys(record: NormalisedRecord): BlockingKey[] {
  const keys = new Set<BlockingKey>();
  const given = nameSounds(record.given);
  const family = nameSounds(record.family);
  const { dob, postcode, town } = record;
  const monthDay = dob ? dob.digits.slice(4) : null;

  if (record.nhsNumber) {
    keys.add(`nhs:${record.nhsNumber}`);
    for (const variant of deletionVariants(record.nhsNumber)) keys.add(`nhs1:${variant}`);
  }
  if (record.upn) {
    keys.add(`upn:${record.upn}`);
    for (const variant of deletionVariants(record.upn)) keys.add(`upn1:${variant}`);
  }
  if (dob) {
    keys.add(`dob:${dob.digits}`);
    if (dob.day >= 1 && dob.day <= 12 && dob.month >= 1 && dob.month <= 12) {
      const [low, high] = [dob.day, dob.month].sort((x, y) => x - y);
      keys.add(`dmy:${dob.year}-${pad(low ?? 0)}-${pad(high ?? 0)}`);
    }
  }
  for (const [kind, sounds] of [
    ['g', given],
    ['f', family],
  ] as const) {
    for (const sound of sounds) {
      keys.add(`${kind}:${sound}`);
      if (dob) {
        keys.add(`${kind}y:${sound}:${dob.year}`);
        keys.add(`${kind}md:${sound}:${monthDay}`);
      }
      if (postcode) keys.add(`p${kind}:${postcode.full}:${sound}`);
      if (town) keys.add(`t${kind}:${town}:${sound}`);
    }
  }
  for (const g of given) for (const f of family) keys.add(`nm:${[g, f].sort().join('|')}`);
  if (postcode && record.houseNumber) keys.add(`hn:${postcode.full}:${record.houseNumber}`);
  if (record.street && (town || postcode)) keys.add(`st:${record.street}:${town ?? postcode?.full}`);
  if (record.email) {
    keys.add(`em:${record.email}`);
    const user = record.email.slice(0, record.email.indexOf('@'));
    if (user !== '') keys.add(`eu:${user}`);
  }
  if (record.phone) keys.add(`ph:${record.phone}`);
  return [...keys];
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * Bump when `blockingKeys` changes: the server re-indexes every child whose stored keys are from
 * an older version (child.match_keys_version).
 */
export const blockingKeysVersion = 1;

export type KeyLookup = { key: BlockingKey; limit: number };

/** A record's keys with the bucket limit each is looked up under. */
export function keyLookups(record: NormalisedRecord): KeyLookup[] {
  return blockingKeys(record).map((key) => ({ key, limit: bucketLimit(key) }));
}
