import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { loadNameVariants, normaliseName } from '@ecaf/matching';
import { mulberry32, type Rng, type SyntheticChild, type SyntheticFamily, seededUuid } from './synthetic-children';
import { namePools, postcodeUnitLetters, streetStems, streetSuffixes } from './synthetic-data';

/**
 * Planted duplicates (CH-1, CH-2): a second record of a synthetic child, as a practitioner
 * might register the same child again without finding the first record. Each duplicate carries
 * one to three of the slips the issue lists, so a benchmark or a training run knows which pairs
 * are the same child and how they differ:
 *
 * | kind | the duplicate has |
 * |------|-------------------|
 * | `family_typo` | the surname misspelt (a letter wrong, missing, doubled or two swapped) |
 * | `given_typo` | the first name misspelt |
 * | `nickname` | a nickname or formal form of the first name the engine knows (Bill for William, Henry for Harry) |
 * | `names_swapped` | first name and surname the wrong way round |
 * | `dob_day_month_swapped` | day and month of birth swapped (both 12 or less) |
 * | `dob_digit` | one digit of the date of birth wrong (still a real date) |
 * | `dob_within_month` | a date of birth up to a month out |
 * | `new_family_name` | a new surname: double-barrelled, or another (a step-parent's) |
 * | `postcode_typo` | one character of the postcode wrong |
 * | `moved_in_sector` | a new address in the same postcode sector (moved round the corner) |
 * | `nhs_digit`, `nhs_missing` | the NHS number one digit wrong (or two neighbours swapped), or none |
 * | `upn_digit`, `upn_missing` | the UPN one digit wrong, or none |
 *
 * Everything comes from one seeded PRNG over the children in the order given, so the same
 * children and seed always give the same duplicates. Unborn children have no duplicates.
 */

export type DuplicateErrorKind =
  | 'family_typo'
  | 'given_typo'
  | 'nickname'
  | 'names_swapped'
  | 'dob_day_month_swapped'
  | 'dob_digit'
  | 'dob_within_month'
  | 'new_family_name'
  | 'postcode_typo'
  | 'moved_in_sector'
  | 'nhs_digit'
  | 'nhs_missing'
  | 'upn_digit'
  | 'upn_missing';

export type PlantedDuplicate = {
  original: SyntheticChild;
  duplicate: SyntheticChild;
  /** The slips the duplicate carries, in the order they were made. */
  errors: DuplicateErrorKind[];
};

export type PlantOptions = {
  seed: number;
  /** Share of born children given a duplicate. Default 0.02. */
  rate?: number;
  /** No date of birth is moved past this ISO date. Default: today (UTC). */
  today?: string;
  /** 'seeded' (default) for reproducible ids; 'random' when the same seed may be loaded twice. */
  ids?: 'seeded' | 'random';
};

/** Kinds, their weight (how often practitioners make the slip) and the field group they touch: one slip per group. */
const kinds: ReadonlyArray<{ kind: DuplicateErrorKind; weight: number; group: string }> = [
  { kind: 'family_typo', weight: 14, group: 'family' },
  { kind: 'new_family_name', weight: 8, group: 'family' },
  { kind: 'nickname', weight: 12, group: 'given' },
  { kind: 'given_typo', weight: 6, group: 'given' },
  { kind: 'names_swapped', weight: 5, group: 'order' },
  { kind: 'dob_day_month_swapped', weight: 7, group: 'dob' },
  { kind: 'dob_digit', weight: 8, group: 'dob' },
  { kind: 'dob_within_month', weight: 5, group: 'dob' },
  { kind: 'postcode_typo', weight: 6, group: 'home' },
  { kind: 'moved_in_sector', weight: 8, group: 'home' },
  { kind: 'nhs_digit', weight: 6, group: 'nhs' },
  { kind: 'nhs_missing', weight: 10, group: 'nhs' },
  { kind: 'upn_digit', weight: 4, group: 'upn' },
  { kind: 'upn_missing', weight: 7, group: 'upn' },
];

export const duplicateErrorKinds: readonly DuplicateErrorKind[] = kinds.map((k) => k.kind);

/** How many slips a duplicate has: mostly one, often two, sometimes three. */
const errorCounts: ReadonlyArray<readonly [number, number]> = [
  [1, 0.55],
  [2, 0.3],
  [3, 0.15],
];

// ---------------------------------------------------------------------------------------------
// Name forms the engine knows

let formsCache: Map<string, string[]> | undefined;

/**
 * Nicknames and formal forms by normalised first name, both ways round (william → bill, billy…;
 * bill → william), from the nickname table shipped with @ecaf/matching, keeping only the pairs
 * its `NameVariants` recognises.
 */
export function nameForms(): Map<string, string[]> {
  if (formsCache) return formsCache;
  const entry = createRequire(import.meta.url).resolve('@ecaf/matching');
  const csv = readFileSync(join(dirname(entry), '..', 'data', 'names', 'names.csv'), 'utf8');
  const variants = loadNameVariants();
  const forms = new Map<string, Set<string>>();
  const add = (from: string, to: string) => {
    let set = forms.get(from);
    if (!set) {
      set = new Set();
      forms.set(from, set);
    }
    set.add(to);
  };
  for (const line of csv.split(/\r?\n/).slice(1)) {
    const [full, relationship, nickname] = line.split(',');
    if (relationship?.trim() !== 'has_nickname') continue;
    const a = normaliseName(full)?.joined;
    const b = normaliseName(nickname)?.joined;
    if (!a || !b || a === b || !variants.relation(a, b)) continue;
    add(a, b);
    add(b, a);
  }
  formsCache = new Map([...forms].map(([name, set]) => [name, [...set].sort()]));
  return formsCache;
}

// ---------------------------------------------------------------------------------------------
// Small slips

const keyboardNeighbours: Record<string, string> = {
  a: 'qwsz',
  b: 'vghn',
  c: 'xdfv',
  d: 'serfcx',
  e: 'wsdr',
  f: 'drtgvc',
  g: 'ftyhbv',
  h: 'gyujnb',
  i: 'ujko',
  j: 'huikmn',
  k: 'jiolm',
  l: 'kop',
  m: 'njk',
  n: 'bhjm',
  o: 'iklp',
  p: 'ol',
  q: 'wa',
  r: 'edft',
  s: 'awedxz',
  t: 'rfgy',
  u: 'yhji',
  v: 'cfgb',
  w: 'qase',
  x: 'zsdc',
  y: 'tghu',
  z: 'asx',
};

const pickOf = <T>(rng: Rng, list: readonly T[]): T => {
  const item = list[Math.floor(rng() * list.length)];
  if (item === undefined) throw new Error('Nothing to pick from');
  return item;
};

function matchCase(letter: string, like: string): string {
  return like === like.toUpperCase() ? letter.toUpperCase() : letter;
}

/**
 * One typing slip in a name: a letter replaced by a neighbour on the keyboard, left out,
 * doubled, or two neighbours swapped. The first letter is kept (people rarely get it wrong).
 */
export function typo(rng: Rng, name: string): string {
  const letters: number[] = [];
  for (let i = 1; i < name.length; i++) if (/\p{L}/u.test(name.charAt(i))) letters.push(i);
  if (letters.length < 2) return `${name}${name.slice(-1)}`;
  for (let attempt = 0; attempt < 10; attempt++) {
    const at = pickOf(rng, letters);
    const here = name.charAt(at);
    const r = rng();
    let result: string;
    if (r < 0.4) {
      const options = keyboardNeighbours[here.toLowerCase()] ?? 'aeiou';
      result = name.slice(0, at) + matchCase(pickOf(rng, [...options]), here) + name.slice(at + 1);
    } else if (r < 0.6) {
      result = name.slice(0, at) + name.slice(at + 1);
    } else if (r < 0.8) {
      result = name.slice(0, at) + here + name.slice(at);
    } else {
      const next = name.charAt(at + 1);
      if (!/\p{L}/u.test(next)) continue;
      result = name.slice(0, at) + next + here + name.slice(at + 2);
    }
    if (result.toLowerCase() !== name.toLowerCase()) return result;
  }
  return `${name.slice(0, -1)}${name.slice(-1) === 'e' ? 'a' : 'e'}`;
}

/** One digit of a number wrong, or (a third of the time) two different neighbours swapped. */
export function digitSlip(rng: Rng, digits: string, from = 0): string {
  const positions = Array.from({ length: digits.length - from }, (_, i) => from + i).filter((i) =>
    /\d/.test(digits.charAt(i)),
  );
  if (rng() < 0.33) {
    const swappable = positions.filter((i) => positions.includes(i + 1) && digits.charAt(i) !== digits.charAt(i + 1));
    if (swappable.length > 0) {
      const at = pickOf(rng, swappable);
      return digits.slice(0, at) + digits.charAt(at + 1) + digits.charAt(at) + digits.slice(at + 2);
    }
  }
  const at = pickOf(rng, positions);
  const old = Number(digits.charAt(at));
  const next = (old + 1 + Math.floor(rng() * 9)) % 10;
  return digits.slice(0, at) + String(next) + digits.slice(at + 1);
}

// ---------------------------------------------------------------------------------------------
// Dates

const DAY_MS = 86_400_000;

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const iso = (year: number, month: number, day: number) =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

function parseIso(value: string): { year: number; month: number; day: number } {
  const [year = 0, month = 0, day = 0] = value.split('-').map(Number);
  return { year, month, day };
}

function shiftDays(value: string, days: number): string {
  return new Date(Date.parse(`${value}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------

function namesOf(spec: string): string[] {
  return spec
    .split(',')
    .map((part) => part.trim().replace(/:.*$/, ''))
    .filter((name) => name !== '');
}

const otherSurnames = namesOf(namePools.british.surnames);
const stems = namesOf(streetStems);
const suffixes = namesOf(streetSuffixes);

const titleCase = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** Plants duplicates of children, one child at a time, from its own PRNG. */
export class DuplicatePlanter {
  private readonly rng: Rng;
  private readonly newId: () => string;
  private readonly rate: number;
  private readonly today: string;

  constructor(options: PlantOptions) {
    this.rng = mulberry32((options.seed ^ 0x2545f491) >>> 0);
    const idRng = mulberry32((options.seed ^ 0x68e31da4) >>> 0);
    this.newId = options.ids === 'random' ? () => randomUUID() : () => seededUuid(idRng);
    this.rate = options.rate ?? 0.02;
    this.today = options.today ?? new Date().toISOString().slice(0, 10);
  }

  /** Whether this child gets a duplicate (at the planter's rate), and if so the duplicate. */
  maybePlant(original: SyntheticChild): PlantedDuplicate | null {
    if (original.isUnborn || original.dateOfBirth === null) return null;
    if (this.rng() >= this.rate) return null;
    return this.duplicateOf(original);
  }

  /** A duplicate of a born child with one to three slips. */
  duplicateOf(original: SyntheticChild): PlantedDuplicate {
    const rng = this.rng;
    let wanted = 1;
    let r = rng();
    for (const [n, share] of errorCounts) {
      wanted = n;
      if (r < share) break;
      r -= share;
    }
    const chosen: DuplicateErrorKind[] = [];
    const usedGroups = new Set<string>();
    for (let i = 0; i < wanted; i++) {
      const open = kinds.filter((k) => !usedGroups.has(k.group) && this.applies(k.kind, original));
      const total = open.reduce((sum, k) => sum + k.weight, 0);
      if (total === 0) break;
      let target = rng() * total;
      let pick = open[open.length - 1];
      for (const k of open) {
        target -= k.weight;
        if (target < 0) {
          pick = k;
          break;
        }
      }
      if (!pick) break;
      chosen.push(pick.kind);
      usedGroups.add(pick.group);
    }
    // Made in a fixed order (names, then their order, then the rest) whatever order they were drawn in.
    const errors = duplicateErrorKinds.filter((kind) => chosen.includes(kind));

    const duplicate: SyntheticChild = { ...original, id: this.newId() };
    // A second registration often leaves the middle names off.
    const [first = '', ...middle] = original.givenNames.split(' ');
    if (middle.length > 0 && rng() < 0.5) duplicate.givenNames = first;
    for (const kind of errors) this.apply(kind, duplicate, first);
    return { original, duplicate, errors };
  }

  private applies(kind: DuplicateErrorKind, c: SyntheticChild): boolean {
    const first = c.givenNames.split(' ')[0] ?? '';
    switch (kind) {
      case 'nickname':
        return (nameForms().get(normaliseName(first)?.joined ?? '')?.length ?? 0) > 0;
      case 'names_swapped':
        return first !== '' && c.familyName !== '' && first.toLowerCase() !== c.familyName.toLowerCase();
      case 'dob_day_month_swapped': {
        if (!c.dateOfBirth) return false;
        const { year, month, day } = parseIso(c.dateOfBirth);
        return day <= 12 && day !== month && iso(year, day, month) <= this.today;
      }
      case 'dob_digit':
      case 'dob_within_month':
        return c.dateOfBirth !== null;
      case 'nhs_digit':
      case 'nhs_missing':
        return c.nhsNumber !== null;
      case 'upn_digit':
      case 'upn_missing':
        return c.upn !== null;
      default:
        return true;
    }
  }

  private apply(kind: DuplicateErrorKind, d: SyntheticChild, first: string): void {
    const rng = this.rng;
    switch (kind) {
      case 'family_typo':
        d.familyName = typo(rng, d.familyName);
        return;
      case 'given_typo': {
        const [given = '', ...rest] = d.givenNames.split(' ');
        d.givenNames = [typo(rng, given), ...rest].join(' ');
        return;
      }
      case 'nickname': {
        const forms = nameForms().get(normaliseName(first)?.joined ?? '') ?? [];
        d.givenNames = titleCase(pickOf(rng, forms));
        return;
      }
      case 'names_swapped': {
        const given = d.givenNames.split(' ')[0] ?? '';
        d.givenNames = d.familyName;
        d.familyName = given;
        return;
      }
      case 'new_family_name': {
        const other = pickOf(
          rng,
          otherSurnames.filter((s) => s !== d.familyName),
        );
        d.familyName = rng() < 0.4 ? (rng() < 0.5 ? `${d.familyName}-${other}` : `${other}-${d.familyName}`) : other;
        return;
      }
      case 'dob_day_month_swapped': {
        const { year, month, day } = parseIso(d.dateOfBirth ?? '');
        d.dateOfBirth = iso(year, day, month);
        return;
      }
      case 'dob_digit': {
        const original = d.dateOfBirth ?? '';
        const digits = original.replace(/-/g, '');
        const earliest = `${Number(this.today.slice(0, 4)) - 19}${this.today.slice(4)}`;
        for (let attempt = 0; attempt < 30; attempt++) {
          const slipped = digitSlip(rng, digits);
          const year = Number(slipped.slice(0, 4));
          const month = Number(slipped.slice(4, 6));
          const day = Number(slipped.slice(6, 8));
          if (!isRealDate(year, month, day)) continue;
          const value = iso(year, month, day);
          if (value !== original && value <= this.today && value >= earliest) {
            d.dateOfBirth = value;
            return;
          }
        }
        d.dateOfBirth = this.withinMonth(original);
        return;
      }
      case 'dob_within_month':
        d.dateOfBirth = this.withinMonth(d.dateOfBirth ?? '');
        return;
      case 'postcode_typo': {
        // 'LS6 2AB': the sector digit, or one of the unit letters.
        const space = d.postcode.indexOf(' ');
        const at = rng() < 0.3 ? space + 1 : space + 2 + Math.floor(rng() * 2);
        const here = d.postcode.charAt(at);
        const replacement =
          at === space + 1
            ? String(1 + ((Number(here) + Math.floor(rng() * 8)) % 9))
            : pickOf(
                rng,
                [...postcodeUnitLetters].filter((l) => l !== here),
              );
        d.postcode = d.postcode.slice(0, at) + replacement + d.postcode.slice(at + 1);
        return;
      }
      case 'moved_in_sector': {
        const space = d.postcode.indexOf(' ');
        const sector = d.postcode.slice(0, space + 2);
        let postcode = d.postcode;
        while (postcode === d.postcode)
          postcode = `${sector}${pickOf(rng, [...postcodeUnitLetters])}${pickOf(rng, [...postcodeUnitLetters])}`;
        d.postcode = postcode;
        // '12 Oak Road, Headingley, Leeds' → a new house and street, the same locality and town.
        const parts = d.address.split(', ');
        const place = parts.slice(-2).join(', ');
        d.address = `${1 + Math.floor(rng() * 120)} ${pickOf(rng, stems)} ${pickOf(rng, suffixes)}, ${place}`;
        return;
      }
      case 'nhs_digit':
        d.nhsNumber = digitSlip(rng, d.nhsNumber ?? '');
        return;
      case 'nhs_missing':
        d.nhsNumber = null;
        return;
      case 'upn_digit':
        // The check letter stays; one of the 12 digits after it slips.
        d.upn = digitSlip(rng, d.upn ?? '', 1);
        return;
      case 'upn_missing':
        d.upn = null;
        return;
    }
  }

  private withinMonth(value: string): string {
    for (;;) {
      const days = (1 + Math.floor(this.rng() * 31)) * (this.rng() < 0.5 ? -1 : 1);
      const shifted = shiftDays(value, days);
      if (shifted <= this.today) return shifted;
    }
  }
}

/** Duplicates of about `rate` of the born children, in order. */
export function plantDuplicates(children: Iterable<SyntheticChild>, options: PlantOptions): PlantedDuplicate[] {
  const planter = new DuplicatePlanter(options);
  const planted: PlantedDuplicate[] = [];
  for (const c of children) {
    const p = planter.maybePlant(c);
    if (p) planted.push(p);
  }
  return planted;
}

/**
 * The families, each followed by its planted duplicates, each as a family of its own: the
 * duplicate child linked to the same parents and carers (whose rows came with the original's
 * family), as a second registration would name them.
 */
export function* withPlantedDuplicates(
  families: Iterable<SyntheticFamily>,
  options: PlantOptions & { onPlanted?: (planted: PlantedDuplicate) => void },
): Generator<SyntheticFamily, void, undefined> {
  const planter = new DuplicatePlanter(options);
  for (const family of families) {
    yield family;
    for (const original of family.children) {
      const planted = planter.maybePlant(original);
      if (!planted) continue;
      options.onPlanted?.(planted);
      const { duplicate } = planted;
      yield {
        familyName: duplicate.familyName,
        address: duplicate.address,
        postcode: duplicate.postcode,
        children: [duplicate],
        carers: [],
        links: family.links.filter((l) => l.childId === original.id).map((l) => ({ ...l, childId: duplicate.id })),
        hasTwins: false,
      };
    }
  }
}
