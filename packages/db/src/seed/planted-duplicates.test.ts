import { loadNameVariants, normaliseName } from '@ecaf/matching';
import { describe, expect, it } from 'vitest';
import {
  type DuplicateErrorKind,
  DuplicatePlanter,
  digitSlip,
  duplicateErrorKinds,
  nameForms,
  type PlantedDuplicate,
  plantDuplicates,
  typo,
  withPlantedDuplicates,
} from './planted-duplicates';
import { generateChildren, generateFamilies, mulberry32, type SyntheticChild } from './synthetic-children';

const today = '2026-11-23';
const children = [...generateChildren(20_000, 42, { today })];
const planted = plantDuplicates(children, { seed: 7, rate: 0.05, today });

const byKind = (kind: DuplicateErrorKind) => planted.filter((p) => p.errors.includes(kind));
const first = (c: SyntheticChild) => c.givenNames.split(' ')[0] ?? '';

describe('plantDuplicates', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const again = plantDuplicates(children.slice(0, 3000), { seed: 7, rate: 0.05, today });
    expect(plantDuplicates(children.slice(0, 3000), { seed: 7, rate: 0.05, today })).toEqual(again);
    expect(plantDuplicates(children.slice(0, 3000), { seed: 8, rate: 0.05, today })).not.toEqual(again);
  });

  it('duplicates about the share of born children asked for, never an unborn one', () => {
    const born = children.filter((c) => !c.isUnborn).length;
    expect(planted.length / born).toBeGreaterThan(0.04);
    expect(planted.length / born).toBeLessThan(0.06);
    expect(planted.every((p) => !p.original.isUnborn)).toBe(true);
    expect(new Set(planted.map((p) => p.duplicate.id)).size).toBe(planted.length);
    for (const p of planted) expect(p.duplicate.id).not.toBe(p.original.id);
  });

  it('gives each duplicate one to three slips, of every kind, mostly one', () => {
    const counts = [1, 2, 3].map((n) => planted.filter((p) => p.errors.length === n).length / planted.length);
    expect(planted.every((p) => p.errors.length >= 1 && p.errors.length <= 3)).toBe(true);
    expect(counts[0]).toBeGreaterThan(0.45);
    expect(counts[1]).toBeGreaterThan(0.2);
    expect(counts[2]).toBeGreaterThan(0.08);
    for (const kind of duplicateErrorKinds) expect(byKind(kind).length, kind).toBeGreaterThan(10);
    // One slip per field: never two date-of-birth slips, nor a missing and a wrong NHS number.
    for (const p of planted) {
      expect(p.errors.filter((e) => e.startsWith('dob_')).length).toBeLessThanOrEqual(1);
      expect(p.errors.filter((e) => e.startsWith('nhs_')).length).toBeLessThanOrEqual(1);
    }
  });

  it('keeps what no slip touched', () => {
    for (const p of planted) {
      const { original: o, duplicate: d } = p;
      expect(d.sex).toBe(o.sex);
      expect(d.schoolName).toBe(o.schoolName);
      if (!p.errors.some((e) => e.startsWith('dob_'))) expect(d.dateOfBirth).toBe(o.dateOfBirth);
      if (!p.errors.some((e) => e.startsWith('nhs_'))) expect(d.nhsNumber).toBe(o.nhsNumber);
      if (!p.errors.some((e) => e.startsWith('upn_'))) expect(d.upn).toBe(o.upn);
      if (!p.errors.some((e) => e === 'postcode_typo' || e === 'moved_in_sector')) {
        expect(d.postcode).toBe(o.postcode);
        expect(d.address).toBe(o.address);
      }
      if (!p.errors.some((e) => e === 'family_typo' || e === 'new_family_name' || e === 'names_swapped'))
        expect(d.familyName).toBe(o.familyName);
    }
  });

  it('misspells the surname by one slip, keeping its first letter', () => {
    for (const { original, duplicate, errors } of byKind('family_typo')) {
      if (errors.includes('names_swapped')) continue;
      expect(duplicate.familyName).not.toBe(original.familyName);
      expect(duplicate.familyName.charAt(0)).toBe(original.familyName.charAt(0));
      expect(Math.abs(duplicate.familyName.length - original.familyName.length)).toBeLessThanOrEqual(1);
    }
  });

  it('uses nicknames and formal names the engine knows (Bill for William)', () => {
    const variants = loadNameVariants();
    const nicknamed = byKind('nickname');
    for (const { original, duplicate, errors } of nicknamed) {
      if (errors.includes('given_typo') || errors.includes('names_swapped')) continue;
      const a = normaliseName(first(original))?.joined ?? '';
      const b = normaliseName(duplicate.givenNames)?.joined ?? '';
      expect(a).not.toBe(b);
      expect(variants.relation(a, b), `${a} / ${b}`).not.toBeNull();
    }
    expect(nameForms().get('william')).toContain('bill');
    expect(nameForms().get('bill')).toContain('william');
  });

  it('swaps first name and surname', () => {
    for (const { original, duplicate, errors } of byKind('names_swapped')) {
      if (errors.length > 1) continue;
      expect(duplicate.givenNames).toBe(original.familyName);
      expect(duplicate.familyName).toBe(first(original));
    }
  });

  it('moves dates of birth by a swap of day and month, a digit, or up to a month, never into the future', () => {
    for (const { original, duplicate } of byKind('dob_day_month_swapped')) {
      const [y, m, d] = (original.dateOfBirth ?? '').split('-');
      expect(duplicate.dateOfBirth).toBe(`${y}-${d}-${m}`);
    }
    for (const { original, duplicate } of byKind('dob_digit')) {
      const a = (original.dateOfBirth ?? '').replace(/-/g, '');
      const b = (duplicate.dateOfBirth ?? '').replace(/-/g, '');
      const differing = [...a].filter((ch, i) => ch !== b.charAt(i)).length;
      // One digit wrong, two neighbours swapped, or (when no such slip makes a real date) up to a month out.
      expect(differing === 1 || differing === 2 || withinDays(a, b, 31)).toBe(true);
    }
    for (const { original, duplicate } of byKind('dob_within_month')) {
      expect(duplicate.dateOfBirth).not.toBe(original.dateOfBirth);
      expect(withinDays(original.dateOfBirth ?? '', duplicate.dateOfBirth ?? '', 31)).toBe(true);
    }
    for (const { duplicate } of planted) {
      expect(duplicate.dateOfBirth && duplicate.dateOfBirth <= today).toBe(true);
      expect(Number.isNaN(Date.parse(`${duplicate.dateOfBirth}T00:00:00Z`))).toBe(false);
    }
  });

  it('gives a new surname: double-barrelled or another', () => {
    const renamed = byKind('new_family_name').filter((p) => !p.errors.includes('names_swapped'));
    for (const { original, duplicate } of renamed) expect(duplicate.familyName).not.toBe(original.familyName);
    expect(renamed.some((p) => p.duplicate.familyName.includes(`${p.original.familyName}-`))).toBe(true);
    expect(renamed.some((p) => !p.duplicate.familyName.includes(p.original.familyName))).toBe(true);
  });

  it('slips a postcode by one character, or moves the family within its sector', () => {
    const sector = (postcode: string) => postcode.slice(0, postcode.indexOf(' ') + 2);
    for (const { original, duplicate } of byKind('postcode_typo')) {
      const differing = [...original.postcode].filter((ch, i) => ch !== duplicate.postcode.charAt(i)).length;
      expect(differing).toBe(1);
      expect(duplicate.postcode).toMatch(/^LS\d{1,2} [1-9][A-Z]{2}$/);
    }
    for (const { original, duplicate } of byKind('moved_in_sector')) {
      expect(duplicate.postcode).not.toBe(original.postcode);
      expect(sector(duplicate.postcode)).toBe(sector(original.postcode));
      expect(duplicate.address).not.toBe(original.address);
      expect(duplicate.address.split(', ').slice(-2)).toEqual(original.address.split(', ').slice(-2));
    }
  });

  it('slips or drops NHS numbers and UPNs', () => {
    for (const { original, duplicate } of byKind('nhs_digit')) {
      expect(duplicate.nhsNumber).toHaveLength(10);
      expect(duplicate.nhsNumber).not.toBe(original.nhsNumber);
    }
    for (const { duplicate } of byKind('nhs_missing')) expect(duplicate.nhsNumber).toBeNull();
    for (const { original, duplicate } of byKind('upn_digit')) {
      expect(duplicate.upn).toHaveLength(13);
      expect(duplicate.upn?.charAt(0)).toBe(original.upn?.charAt(0));
      expect(duplicate.upn).not.toBe(original.upn);
    }
    for (const { duplicate } of byKind('upn_missing')) expect(duplicate.upn).toBeNull();
  });
});

describe('withPlantedDuplicates', () => {
  it('follows each family with its duplicates, linked to the same parents and carers', () => {
    const seen: PlantedDuplicate[] = [];
    const families = [
      ...withPlantedDuplicates(generateFamilies(3000, 5, { today }), {
        seed: 3,
        rate: 0.05,
        today,
        onPlanted: (p) => seen.push(p),
      }),
    ];
    const duplicates = families.filter((f) => f.carers.length === 0);
    expect(duplicates.length).toBe(seen.length);
    expect(seen.length).toBeGreaterThan(80);
    expect(families.flatMap((f) => f.children)).toHaveLength(3000 + seen.length);
    const carersSoFar = new Set<string>();
    for (const f of families) {
      for (const p of f.carers) carersSoFar.add(p.id);
      if (f.carers.length > 0) continue;
      const [dup] = f.children;
      const planted = seen.find((p) => p.duplicate.id === dup?.id);
      expect(planted).toBeDefined();
      expect(f.links.length).toBeGreaterThan(0);
      for (const l of f.links) {
        expect(l.childId).toBe(dup?.id);
        expect(carersSoFar.has(l.personId)).toBe(true);
      }
    }
  });

  it('plants the same duplicates as plantDuplicates over the same children', () => {
    const seen: PlantedDuplicate[] = [];
    const families = [...generateFamilies(2000, 5, { today })];
    for (const _ of withPlantedDuplicates(families, { seed: 3, rate: 0.05, today, onPlanted: (p) => seen.push(p) }));
    const direct = plantDuplicates(
      families.flatMap((f) => f.children),
      { seed: 3, rate: 0.05, today },
    );
    expect(seen).toEqual(direct);
  });
});

describe('slips', () => {
  it('makes one typing slip in a name', () => {
    const rng = mulberry32(1);
    for (const name of ['Smith', 'Whitaker', "O'Brien", 'Wojciechowski', 'Li']) {
      for (let i = 0; i < 50; i++) {
        const slipped = typo(rng, name);
        expect(slipped.toLowerCase()).not.toBe(name.toLowerCase());
        expect(slipped.charAt(0)).toBe(name.charAt(0));
      }
    }
  });

  it('gets one digit wrong or swaps two neighbours', () => {
    const rng = mulberry32(2);
    for (let i = 0; i < 200; i++) {
      const slipped = digitSlip(rng, '9434765919');
      expect(slipped).toMatch(/^\d{10}$/);
      expect(slipped).not.toBe('9434765919');
      const differing = [...slipped].filter((ch, k) => ch !== '9434765919'.charAt(k)).length;
      expect([1, 2]).toContain(differing);
    }
  });

  it('duplicates any child it is given, whatever the rate', () => {
    const planter = new DuplicatePlanter({ seed: 1, rate: 0, today });
    const born = children.find((c) => !c.isUnborn);
    if (!born) throw new Error('no born child');
    expect(planter.maybePlant(born)).toBeNull();
    expect(planter.duplicateOf(born).errors.length).toBeGreaterThan(0);
  });
});

function withinDays(a: string, b: string, days: number): boolean {
  const toDay = (value: string) =>
    Date.parse(
      `${value.length === 8 ? `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6)}` : value}T00:00:00Z`,
    );
  return Math.abs(toDay(a) - toDay(b)) <= days * 86_400_000;
}
