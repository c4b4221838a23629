import { randomUUID } from 'node:crypto';
import { upnCheckLetter } from '@ecaf/domain';
import {
  collegeNames,
  ethnicityTable,
  familySizes,
  gpPractices,
  type Heritage,
  household,
  namePools,
  parentalResponsibilityChance,
  postcodeDistricts,
  postcodeUnitLetters,
  primarySchools,
  secondarySchools,
  streetStems,
  streetSuffixes,
} from './synthetic-data';

/**
 * Deterministic synthetic children for demos, tests and benchmarks: families in one English city
 * (Leeds postcodes), with parents and carers, shaped for the `child`, `person` and `child_person`
 * tables with their ids generated up front so they can be bulk-loaded.
 *
 * Everything comes from one seeded PRNG, so (count, seed, options) always gives the same rows.
 * NHS numbers are in the 999 range the NHS never issues, telephone numbers in Ofcom's 07700 900xxx
 * drama range, emails at example.com.
 */

export type Rng = () => number;

/** mulberry32: a tiny, fast 32-bit PRNG with a full 2^32 period; plenty for synthetic data. */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const hex = (byte: number): string => HEX[byte & 0xff] ?? '00';

/** A version 4 UUID from the PRNG: reproducible ids for reproducible seeds. */
export function seededUuid(rng: Rng): string {
  const a = Math.floor(rng() * 4294967296);
  const b = Math.floor(rng() * 4294967296);
  const c = Math.floor(rng() * 4294967296);
  const d = Math.floor(rng() * 4294967296);
  return (
    `${hex(a >>> 24)}${hex(a >>> 16)}${hex(a >>> 8)}${hex(a)}-${hex(b >>> 24)}${hex(b >>> 16)}-` +
    `${hex(((b >>> 8) & 0x0f) | 0x40)}${hex(b)}-${hex(((c >>> 24) & 0x3f) | 0x80)}${hex(c >>> 16)}-` +
    `${hex(c >>> 8)}${hex(c)}${hex(d >>> 24)}${hex(d >>> 16)}${hex(d >>> 8)}${hex(d)}`
  );
}

// ---------------------------------------------------------------------------------------------
// Rows

export type SyntheticChild = {
  id: string;
  givenNames: string;
  familyName: string;
  sex: 'male' | 'female' | 'unknown';
  isUnborn: boolean;
  dateOfBirth: string | null;
  expectedDateOfDelivery: string | null;
  motherName: string | null;
  address: string;
  postcode: string;
  telephone: string | null;
  ethnicity: string;
  ethnicityOther: string | null;
  firstLanguage: string;
  parentFirstLanguage: string;
  interpreterNeeded: boolean;
  nhsNumber: string | null;
  upn: string | null;
  schoolName: string | null;
  gpPractice: string | null;
};

export type SyntheticPerson = {
  id: string;
  name: string;
  /** The family's address with its postcode (a person has no postcode column of its own). */
  address: string;
  telephone: string | null;
  email: string | null;
  /** A family member's account (set by the demo seed for its family account). */
  userId?: string | null;
};

export type SyntheticChildPerson = {
  childId: string;
  personId: string;
  relationship: string;
  parentalResponsibility: boolean;
};

export type SyntheticFamily = {
  familyName: string;
  address: string;
  postcode: string;
  children: SyntheticChild[];
  carers: SyntheticPerson[];
  links: SyntheticChildPerson[];
  hasTwins: boolean;
};

export type GenerateOptions = {
  /** Ages and expected dates of delivery are relative to this ISO date. Default: today (UTC). */
  today?: string;
  /**
   * Position of the first child in the global sequence that NHS numbers and UPNs are drawn from
   * without repetition. A second batch into the same database should start after the children
   * already there, so no two children share an identifier.
   */
  ordinalStart?: number;
  /** 'seeded' (default) for reproducible ids; 'random' (crypto) when the same seed may be loaded twice. */
  ids?: 'seeded' | 'random';
};

// ---------------------------------------------------------------------------------------------
// Weighted choice

class Weighted<T> {
  private readonly items: T[];
  private readonly cumulative: number[];
  private readonly total: number;

  constructor(entries: readonly (readonly [T, number])[]) {
    this.items = [];
    this.cumulative = [];
    let total = 0;
    for (const [item, weight] of entries) {
      if (!(weight > 0)) continue;
      total += weight;
      this.items.push(item);
      this.cumulative.push(total);
    }
    if (this.items.length === 0) throw new Error('A weighted list needs at least one entry');
    this.total = total;
  }

  pick(rng: Rng): T {
    const target = rng() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cumulative[mid] ?? 0) > target) hi = mid;
      else lo = mid + 1;
    }
    return this.at(lo);
  }

  /** A pick different from `not`, when the list has anything else. */
  pickOther(rng: Rng, not: T): T {
    for (let i = 0; i < 8; i++) {
      const item = this.pick(rng);
      if (item !== not) return item;
    }
    return this.pick(rng);
  }

  private at(index: number): T {
    const item = this.items[index] ?? this.items[0];
    if (item === undefined) throw new Error('Weighted list is empty');
    return item;
  }
}

/** 'Oliver:100, George:90, Ada' → weighted list (a missing weight counts 1). */
function parseWeighted(spec: string): Weighted<string> {
  const entries: [string, number][] = [];
  for (const part of spec.split(',')) {
    const trimmed = part.trim();
    if (trimmed === '') continue;
    const colon = trimmed.lastIndexOf(':');
    const weight = colon === -1 ? 1 : Number(trimmed.slice(colon + 1));
    const name = colon === -1 ? trimmed : trimmed.slice(0, colon).trim();
    if (Number.isNaN(weight)) throw new Error(`Bad weight in "${trimmed}"`);
    entries.push([name, weight]);
  }
  return new Weighted(entries);
}

const heritageNames = Object.keys(namePools) as Heritage[];
function isHeritage(value: string): value is Heritage {
  return (heritageNames as string[]).includes(value);
}

function parseHeritages(spec: string): Weighted<Heritage> {
  const entries: [Heritage, number][] = [];
  for (const part of spec.split(',')) {
    const [name = '', weight = '1'] = part.trim().split(':');
    if (!isHeritage(name)) throw new Error(`Unknown heritage "${name}"`);
    entries.push([name, Number(weight)]);
  }
  return new Weighted(entries);
}

type HeritageTables = {
  boys: Weighted<string>;
  girls: Weighted<string>;
  surnames: Weighted<string>;
  men: Weighted<string>;
  women: Weighted<string>;
  olderMen: Weighted<string>;
  olderWomen: Weighted<string>;
  parentLanguages: Weighted<string>;
  childKeepsLanguage: number;
  middleNameChance: number;
};

type Tables = {
  heritage: Record<Heritage, HeritageTables>;
  ethnicity: Weighted<{ code: string; heritages: Weighted<Heritage>; other: Weighted<string> | null; mixed: boolean }>;
  districts: Weighted<{ district: string; locality: string }>;
  streetStems: Weighted<string>;
  streetSuffixes: Weighted<string>;
  primary: Weighted<string>;
  secondary: Weighted<string>;
  college: Weighted<string>;
  gp: Weighted<string>;
  household: Weighted<string[]>;
  familySize: Weighted<number>;
};

let tablesCache: Tables | null = null;

function tables(): Tables {
  if (tablesCache) return tablesCache;
  const heritage = {} as Record<Heritage, HeritageTables>;
  for (const name of heritageNames) {
    const pools = namePools[name];
    const boys = parseWeighted(pools.boys);
    const girls = parseWeighted(pools.girls);
    const men = pools.men ? parseWeighted(pools.men) : boys;
    const women = pools.women ? parseWeighted(pools.women) : girls;
    heritage[name] = {
      boys,
      girls,
      surnames: parseWeighted(pools.surnames),
      men,
      women,
      olderMen: pools.olderMen ? parseWeighted(pools.olderMen) : men,
      olderWomen: pools.olderWomen ? parseWeighted(pools.olderWomen) : women,
      parentLanguages: parseWeighted(pools.parentLanguages),
      childKeepsLanguage: pools.childKeepsLanguage,
      middleNameChance: name === 'british' || name === 'irish' || name === 'caribbean' ? 0.3 : 0.08,
    };
  }
  tablesCache = {
    heritage,
    ethnicity: new Weighted(
      ethnicityTable.map((e) => [
        {
          code: e.code,
          heritages: parseHeritages(e.heritages),
          other: e.other ? parseWeighted(e.other) : null,
          mixed: e.code.startsWith('M'),
        },
        e.weight,
      ]),
    ),
    districts: new Weighted(
      postcodeDistricts.split(',').map((part) => {
        const [label = '', weight = '1'] = part.trim().split(':');
        const space = label.indexOf(' ');
        return [{ district: label.slice(0, space), locality: label.slice(space + 1) }, Number(weight)] as const;
      }),
    ),
    streetStems: parseWeighted(streetStems),
    streetSuffixes: parseWeighted(streetSuffixes),
    primary: parseWeighted(primarySchools),
    secondary: parseWeighted(secondarySchools),
    college: parseWeighted(collegeNames),
    gp: parseWeighted(gpPractices),
    household: new Weighted(
      household.split(',').map((part) => {
        const [roles = '', weight = '1'] = part.trim().split(':');
        return [roles.split('+'), Number(weight)] as const;
      }),
    ),
    familySize: new Weighted(
      familySizes.split(',').map((part) => {
        const [size = '1', weight = '1'] = part.trim().split(':');
        return [Number(size), Number(weight)] as const;
      }),
    ),
  };
  return tablesCache;
}

// ---------------------------------------------------------------------------------------------
// Identifiers drawn without repetition

/**
 * A fixed permutation of 0..999,999 (a 4-round Feistel network on 20 bits, cycle-walked back
 * into range). Child n of the global sequence gets NHS number 999 + perm(n) + check digit, so
 * no two children ever share one: about 909,000 of the million have a valid check digit (the
 * rest are children without an NHS number), and children after the millionth have none.
 */
function permuteMillion(n: number): number {
  let x = n % 1_000_000;
  do {
    let left = x >>> 10;
    let right = x & 0x3ff;
    for (let round = 0; round < 4; round++) {
      const mixed = Math.imul(right ^ (0x5bd1e995 + round * 0x27d4eb2d), 0x9e3779b1);
      const f = (mixed ^ (mixed >>> 13)) & 0x3ff;
      const next = left ^ f;
      left = right;
      right = next;
    }
    x = (left << 10) | right;
  } while (x >= 1_000_000);
  return x;
}

function nhsCheckDigit(nineDigits: string): number | null {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(nineDigits.charAt(i)) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  return check === 10 ? null : check;
}

function nhsNumberForOrdinal(ordinal: number): string | null {
  // The test range is used up after a million children: later ones get none rather than a repeat.
  if (ordinal >= 1_000_000) return null;
  const nine = `999${String(permuteMillion(ordinal)).padStart(6, '0')}`;
  const check = nhsCheckDigit(nine);
  return check === null ? null : `${nine}${check}`;
}

const otherLaNumbers = ['380', '381', '382', '384', '352', '330', '202', '873', '919'];

/**
 * A permanent UPN laid out as DfE does: LA number, establishment number (4), year of allocation
 * (2), serial (3). Establishment and serial together are a bijection of the child's ordinal
 * (7 digits, multiplier coprime with 10), so UPNs never repeat within ten million children.
 */
function upnForOrdinal(ordinal: number, dobYear: number, rng: Rng): string {
  const la = rng() < 0.85 ? '383' : (otherLaNumbers[Math.floor(rng() * otherLaNumbers.length)] ?? '383');
  const unique = String(((ordinal % 10_000_000) * 7_654_321 + 1_234_567) % 10_000_000).padStart(7, '0');
  const year = String((dobYear + 4) % 100).padStart(2, '0');
  const body = `${la}${unique.slice(0, 4)}${year}${unique.slice(4)}`;
  const check = upnCheckLetter(body);
  if (check === null) throw new Error(`Generated an invalid UPN body ${body}`);
  return `${check}${body}`;
}

// ---------------------------------------------------------------------------------------------
// Dates, as days since 1970-01-01 (UTC)

const DAY_MS = 86_400_000;

function dayOf(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function parseIso(iso: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`Not an ISO date: ${iso}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

function ageInYears(dobIso: string, todayIso: string): number {
  const dob = parseIso(dobIso);
  const today = parseIso(todayIso);
  const hadBirthday = today.month > dob.month || (today.month === dob.month && today.day >= dob.day);
  return today.year - dob.year - (hadBirthday ? 0 : 1);
}

// ---------------------------------------------------------------------------------------------
// Small pieces

function telephone(rng: Rng): string {
  return `07700 900${String(Math.floor(rng() * 1000)).padStart(3, '0')}`;
}

function asciiLocal(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

function email(rng: Rng, given: string, family: string): string {
  const suffix = rng() < 0.5 ? String(Math.floor(rng() * 99) + 1) : '';
  const domain = rng() < 0.7 ? 'example.com' : 'example.org';
  const separator = rng() < 0.6 ? '.' : '';
  return `${asciiLocal(given)}${separator}${asciiLocal(family)}${suffix}@${domain}`;
}

// Siblings are born at least ~11 months apart and at most about five years.
const MIN_GAP_DAYS = 330;
const MAX_GAP_DAYS = 1900;
/** Chance a family with two or more births has twins: about 1.5% of families (after adult siblings drop out). */
const TWIN_CHANCE = 0.023;
/** Chance a family with a mother is expecting: about 1% of children are unborn. */
const EXPECTING_CHANCE = 0.021;

type CarerSpec = { relationship: string; sex: 'male' | 'female'; heritage: Heritage; generation: 'parent' | 'older' };

// ---------------------------------------------------------------------------------------------

/**
 * Families, lazily, until `count` children have been produced (the last family may be cut short).
 * Memory stays flat whatever the count.
 */
export function* generateFamilies(
  count: number,
  seed: number,
  options: GenerateOptions = {},
): Generator<SyntheticFamily, void, undefined> {
  const t = tables();
  const rng = mulberry32(seed);
  const idRng = mulberry32((seed ^ 0x9e3779b9) >>> 0);
  const newId = options.ids === 'random' ? () => randomUUID() : () => seededUuid(idRng);
  const todayIso = options.today ?? new Date().toISOString().slice(0, 10);
  const today = parseIso(todayIso);
  const todayDay = dayOf(today.year, today.month, today.day);
  // The earliest date of birth of a child who is still 17 today.
  const earliestDob = dayOf(today.year - 18, today.month, today.day) + 1;
  // Dates of birth repeat across a million children: work each one out once.
  const birthdays = new Map<number, { iso: string; year: number; age: number }>();
  const birthday = (day: number) => {
    let known = birthdays.get(day);
    if (!known) {
      const iso = isoOf(day);
      known = { iso, year: parseIso(iso).year, age: ageInYears(iso, todayIso) };
      birthdays.set(day, known);
    }
    return known;
  };
  let ordinal = options.ordinalStart ?? 0;
  let produced = 0;

  while (produced < count) {
    // Who the family are.
    const ethnicity = t.ethnicity.pick(rng);
    const givenHeritage = ethnicity.heritages.pick(rng);
    const surnameHeritage = ethnicity.mixed ? ethnicity.heritages.pick(rng) : givenHeritage;
    const names = t.heritage[givenHeritage];
    const surnames = t.heritage[surnameHeritage];
    const familyName = surnames.surnames.pick(rng);
    const ethnicityOther = ethnicity.other ? ethnicity.other.pick(rng) : null;
    const parentLanguage = names.parentLanguages.pick(rng);
    const childLanguage =
      parentLanguage === 'English' || rng() >= names.childKeepsLanguage ? 'English' : parentLanguage;
    const interpreterNeeded = parentLanguage !== 'English' && rng() < 0.3;

    // Where they live.
    const { district, locality } = t.districts.pick(rng);
    const postcode = `${district} ${1 + Math.floor(rng() * 9)}${postcodeUnitLetters.charAt(
      Math.floor(rng() * postcodeUnitLetters.length),
    )}${postcodeUnitLetters.charAt(Math.floor(rng() * postcodeUnitLetters.length))}`;
    const houseNumber = 1 + Math.floor(rng() * (rng() < 0.7 ? 80 : 250));
    const street = `${t.streetStems.pick(rng)} ${t.streetSuffixes.pick(rng)}`;
    const flat = rng() < 0.12 ? `Flat ${1 + Math.floor(rng() * 24)}, ` : '';
    const address = `${flat}${houseNumber} ${street}, ${locality}, Leeds`;
    const personAddress = `${address} ${postcode}`;
    const gpPractice = rng() < 0.97 ? t.gp.pick(rng) : null;
    const primary = t.primary.pick(rng);
    const secondary = t.secondary.pick(rng);
    const college = t.college.pick(rng);

    // Who looks after the children.
    const roles = t.household.pick(rng);
    const carers = carerSpecs(roles, rng, givenHeritage, surnameHeritage, ethnicity.heritages);
    const carerRows: SyntheticPerson[] = [];
    const carerPr: boolean[] = [];
    let motherName: string | null = null;
    // Couples among the carers (foster carers, grandparents) share a surname.
    const sharedSurnames = new Map<string, string>();
    for (const spec of carers) {
      const pools = t.heritage[spec.heritage];
      const givenPool =
        spec.generation === 'older'
          ? spec.sex === 'female'
            ? pools.olderWomen
            : pools.olderMen
          : spec.sex === 'female'
            ? pools.women
            : pools.men;
      const given = givenPool.pick(rng);
      const couple = spec.relationship === 'Grandfather' ? 'Grandmother' : spec.relationship;
      const surname =
        sharedSurnames.get(couple) ??
        carerSurname(spec, roles, rng, familyName, pools.surnames, t.heritage.british.surnames);
      sharedSurnames.set(couple, surname);
      const name = `${given} ${surname}`;
      if (spec.relationship === 'Mother') motherName ??= name;
      carerRows.push({
        id: newId(),
        name,
        address: personAddress,
        telephone: rng() < 0.9 ? telephone(rng) : null,
        email: rng() < 0.45 ? email(rng, given, surname) : null,
      });
      carerPr.push(rng() < (parentalResponsibilityChance[spec.relationship] ?? 0.5));
    }
    const homeTelephone = carerRows.find((c) => c.telephone !== null)?.telephone ?? null;

    // The children.
    // Births spaced 11 months to 5 years apart (twins on the same day), placed anywhere on the
    // calendar; only those under 18 today and already born are children in the index. Ages come
    // out even from 0 to 17, as in the population, and some families have older siblings who
    // are adults now.
    const births = t.familySize.pick(rng);
    const twinAt = births >= 2 && rng() < TWIN_CHANCE ? 1 + Math.floor(rng() * (births - 1)) : -1;
    const offsets: number[] = [0];
    for (let i = 1; i < births; i++) {
      const gap = i === twinAt ? 0 : MIN_GAP_DAYS + Math.floor(rng() * (MAX_GAP_DAYS - MIN_GAP_DAYS));
      offsets.push((offsets[i - 1] ?? 0) + gap);
    }
    const span = offsets[offsets.length - 1] ?? 0;
    let dobDays: number[] = [];
    while (dobDays.length === 0) {
      const eldest = earliestDob - span + Math.floor(rng() * (todayDay - earliestDob + span + 1));
      dobDays = offsets.map((o) => eldest + o).filter((d) => d >= earliestDob && d <= todayDay);
    }
    const expecting = motherName !== null && dobDays.length < 4 && rng() < EXPECTING_CHANCE;
    const size = Math.min(dobDays.length + (expecting ? 1 : 0), count - produced);
    dobDays = dobDays.slice(0, expecting ? size - 1 : size);
    const hasTwins = dobDays.some((d, i) => i > 0 && d === dobDays[i - 1]);
    const children: SyntheticChild[] = [];
    const usedNames = new Set<string>();

    for (let i = 0; i < size; i++) {
      const id = newId();
      const childOrdinal = ordinal++;
      if (expecting && i === size - 1) {
        children.push({
          id,
          givenNames: '',
          familyName,
          sex: 'unknown',
          isUnborn: true,
          dateOfBirth: null,
          expectedDateOfDelivery: isoOf(todayDay + 1 + Math.floor(rng() * 182)),
          motherName,
          address,
          postcode,
          telephone: homeTelephone,
          ethnicity: ethnicity.code,
          ethnicityOther,
          firstLanguage: childLanguage,
          parentFirstLanguage: parentLanguage,
          interpreterNeeded,
          nhsNumber: null,
          upn: null,
          schoolName: null,
          gpPractice,
        });
        continue;
      }
      const { iso: dateOfBirth, year: birthYear, age } = birthday(dobDays[i] ?? todayDay);
      const sex = rng() < 0.512 ? 'male' : 'female';
      const pool = sex === 'male' ? names.boys : names.girls;
      let given = pool.pick(rng);
      for (let tries = 0; usedNames.has(given) && tries < 10; tries++) given = pool.pick(rng);
      usedNames.add(given);
      const givenNames = rng() < names.middleNameChance ? `${given} ${pool.pickOther(rng, given)}` : given;

      let schoolName: string | null = null;
      if (age >= 4 && age <= 10) schoolName = primary;
      else if (age >= 11 && age <= 15) schoolName = secondary;
      else if (age >= 16) {
        const r = rng();
        schoolName = r < 0.55 ? secondary : r < 0.9 ? college : null;
      }
      const nhsNumber = rng() < 0.99 ? nhsNumberForOrdinal(childOrdinal) : null;
      const upn = age >= 4 && rng() < 0.8 ? upnForOrdinal(childOrdinal, birthYear, rng) : null;

      children.push({
        id,
        givenNames,
        familyName,
        sex,
        isUnborn: false,
        dateOfBirth,
        expectedDateOfDelivery: null,
        motherName: null,
        address,
        postcode,
        telephone: age >= 12 && rng() < 0.5 ? telephone(rng) : homeTelephone,
        ethnicity: ethnicity.code,
        ethnicityOther,
        firstLanguage: childLanguage,
        parentFirstLanguage: parentLanguage,
        interpreterNeeded,
        nhsNumber,
        upn,
        schoolName,
        gpPractice,
      });
    }
    produced += size;

    const links: SyntheticChildPerson[] = [];
    for (const c of children) {
      carerRows.forEach((carer, index) => {
        const relationship = carers[index]?.relationship ?? 'Other';
        // Nobody has parental responsibility before birth; the expectant mother is the one who consents.
        const pr = c.isUnborn ? relationship === 'Mother' : (carerPr[index] ?? false);
        links.push({ childId: c.id, personId: carer.id, relationship, parentalResponsibility: pr });
      });
    }

    yield {
      familyName,
      address,
      postcode,
      children,
      carers: carerRows,
      links,
      hasTwins,
    };
  }
}

function carerSpecs(
  roles: string[],
  rng: Rng,
  givenHeritage: Heritage,
  surnameHeritage: Heritage,
  heritages: Weighted<Heritage>,
): CarerSpec[] {
  return roles.map((relationship, index): CarerSpec => {
    switch (relationship) {
      case 'Mother':
        return { relationship, sex: 'female', heritage: givenHeritage, generation: 'parent' };
      case 'Father':
        return { relationship, sex: 'male', heritage: surnameHeritage, generation: 'parent' };
      case 'Stepfather':
        return {
          relationship,
          sex: 'male',
          heritage: rng() < 0.5 ? 'british' : heritages.pick(rng),
          generation: 'parent',
        };
      case 'Stepmother':
        return {
          relationship,
          sex: 'female',
          heritage: rng() < 0.5 ? 'british' : heritages.pick(rng),
          generation: 'parent',
        };
      case 'Grandmother':
        return { relationship, sex: 'female', heritage: givenHeritage, generation: 'older' };
      case 'Grandfather':
        return { relationship, sex: 'male', heritage: surnameHeritage, generation: 'older' };
      case 'Foster carer':
        // Foster carers are mostly couples: a woman and a man, sometimes two women.
        return {
          relationship,
          sex: index === 0 || rng() < 0.1 ? 'female' : 'male',
          heritage: rng() < 0.85 ? 'british' : heritages.pick(rng),
          generation: 'parent',
        };
      default:
        return { relationship, sex: 'female', heritage: givenHeritage, generation: 'parent' };
    }
  });
}

function carerSurname(
  spec: CarerSpec,
  roles: string[],
  rng: Rng,
  familyName: string,
  surnames: Weighted<string>,
  fosterSurnames: Weighted<string>,
): string {
  const hasFather = roles.includes('Father');
  switch (spec.relationship) {
    case 'Father':
      return familyName;
    case 'Mother':
      return rng() < (hasFather ? 0.75 : 0.85) ? familyName : surnames.pickOther(rng, familyName);
    case 'Grandmother':
    case 'Grandfather':
      return rng() < 0.6 ? familyName : surnames.pickOther(rng, familyName);
    case 'Foster carer':
      return fosterSurnames.pickOther(rng, familyName);
    case 'Stepfather':
    case 'Stepmother':
      return surnames.pickOther(rng, familyName);
    default:
      return rng() < 0.5 ? familyName : surnames.pickOther(rng, familyName);
  }
}

/** Just the children, lazily, for callers that do not need the families. */
export function* generateChildren(
  count: number,
  seed: number,
  options: GenerateOptions = {},
): Generator<SyntheticChild> {
  for (const family of generateFamilies(count, seed, options)) yield* family.children;
}
