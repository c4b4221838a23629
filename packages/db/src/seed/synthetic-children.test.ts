import { ageOn, ethnicityCodes, isValidNhsNumber, isValidUpn, normalisePostcode } from '@ecaf/domain';
import { describe, expect, it } from 'vitest';
import { generateFamilies, mulberry32, type SyntheticFamily, seededUuid } from './synthetic-children';

const today = '2026-11-23';
const families = (count: number, seed: number, ordinalStart?: number): SyntheticFamily[] => [
  ...generateFamilies(count, seed, { today, ordinalStart }),
];

describe('generateFamilies', () => {
  const sample = families(6000, 42);
  const children = sample.flatMap((f) => f.children);
  const born = children.filter((c) => !c.isUnborn);

  it('is deterministic for a seed and differs between seeds', () => {
    expect(families(300, 7)).toEqual(families(300, 7));
    expect(families(300, 8)).not.toEqual(families(300, 7));
  });

  it('produces exactly the number of children asked for, in families of 1 to 4', () => {
    expect(children).toHaveLength(6000);
    for (const f of sample) {
      expect(f.children.length).toBeGreaterThanOrEqual(1);
      expect(f.children.length).toBeLessThanOrEqual(4);
    }
    const singles = sample.filter((f) => f.children.length === 1).length / sample.length;
    expect(singles).toBeGreaterThan(0.35);
    expect(singles).toBeLessThan(0.55);
  });

  it('is lazy: the first family of a million comes at once', () => {
    const started = performance.now();
    const first = generateFamilies(1_000_000, 1, { today }).next();
    expect(first.done).toBe(false);
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('gives valid, unique NHS numbers in the test range to about 90% of children', () => {
    const numbers = children.map((c) => c.nhsNumber).filter((n): n is string => n !== null);
    for (const n of numbers) {
      expect(isValidNhsNumber(n), n).toBe(true);
      expect(n.startsWith('999')).toBe(true);
    }
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers.length / children.length).toBeGreaterThan(0.85);
    expect(numbers.length / children.length).toBeLessThan(0.94);
    expect(children.filter((c) => c.isUnborn).every((c) => c.nhsNumber === null)).toBe(true);
  });

  it('carries identifiers on from ordinalStart, so a second batch repeats none', () => {
    const first = children.map((c) => c.nhsNumber).filter(Boolean);
    const second = families(3000, 42, 6000)
      .flatMap((f) => f.children.map((c) => c.nhsNumber))
      .filter(Boolean);
    const all = new Set([...first, ...second]);
    expect(all.size).toBe(first.length + second.length);
  });

  it('gives valid, unique UPNs to about 80% of school-age children and to no younger ones', () => {
    const schoolAge = born.filter((c) => ageOn(c.dateOfBirth ?? '', today).years >= 4);
    const upns = schoolAge.map((c) => c.upn).filter((u): u is string => u !== null);
    for (const u of upns) expect(isValidUpn(u), u).toBe(true);
    expect(new Set(upns).size).toBe(upns.length);
    expect(upns.length / schoolAge.length).toBeGreaterThan(0.75);
    expect(upns.length / schoolAge.length).toBeLessThan(0.85);
    expect(born.filter((c) => ageOn(c.dateOfBirth ?? '', today).years < 4).every((c) => c.upn === null)).toBe(true);
    expect(schoolAge.filter((c) => ageOn(c.dateOfBirth ?? '', today).years <= 15).every((c) => c.schoolName)).toBe(
      true,
    );
  });

  it('gives born children ages from 0 to 17, spread across the range', () => {
    const byAge = new Array<number>(18).fill(0);
    for (const c of born) {
      expect(c.dateOfBirth).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(c.dateOfBirth && c.dateOfBirth <= today).toBe(true);
      expect(c.expectedDateOfDelivery).toBeNull();
      const { years } = ageOn(c.dateOfBirth ?? '', today);
      expect(years).toBeGreaterThanOrEqual(0);
      expect(years).toBeLessThanOrEqual(17);
      byAge[years] = (byAge[years] ?? 0) + 1;
    }
    for (const n of byAge) expect(n / born.length).toBeGreaterThan(0.03);
  });

  it('records about 1% unborn babies: an expected date within six months, no date of birth, the mother named', () => {
    const unborn = sample.flatMap((f) => f.children.filter((c) => c.isUnborn).map((c) => ({ c, f })));
    expect(unborn.length / children.length).toBeGreaterThan(0.004);
    expect(unborn.length / children.length).toBeLessThan(0.02);
    for (const { c, f } of unborn) {
      expect(c.dateOfBirth).toBeNull();
      expect(c.sex).toBe('unknown');
      expect(c.expectedDateOfDelivery && c.expectedDateOfDelivery > today).toBe(true);
      expect(c.expectedDateOfDelivery && c.expectedDateOfDelivery <= '2027-05-23').toBe(true);
      const mother = f.links.find((l) => l.childId === c.id && l.relationship === 'Mother');
      expect(mother?.parentalResponsibility).toBe(true);
      expect(c.motherName).toBe(f.carers.find((p) => p.id === mother?.personId)?.name);
    }
  });

  it('has twins in about 1.5% of families, sharing a date of birth and surname', () => {
    const twins = sample.filter((f) => f.hasTwins);
    expect(twins.length / sample.length).toBeGreaterThan(0.007);
    expect(twins.length / sample.length).toBeLessThan(0.03);
    for (const f of twins) {
      const dobs = f.children.map((c) => c.dateOfBirth).filter(Boolean);
      expect(new Set(dobs).size).toBeLessThan(dobs.length);
      const pair = f.children.filter((c) => dobs.indexOf(c.dateOfBirth) !== dobs.lastIndexOf(c.dateOfBirth));
      expect(pair.length).toBeGreaterThanOrEqual(2);
      expect(new Set(pair.map((c) => c.familyName)).size).toBe(1);
      expect(new Set(pair.map((c) => c.givenNames)).size).toBe(pair.length);
    }
    // And only twins share a date of birth within a family.
    for (const f of sample.filter((x) => !x.hasTwins)) {
      const dobs = f.children.map((c) => c.dateOfBirth).filter(Boolean);
      expect(new Set(dobs).size).toBe(dobs.length);
    }
  });

  it('keeps siblings together: surname, address, postcode and the same parents and carers', () => {
    for (const f of sample) {
      expect(f.carers.length).toBeGreaterThanOrEqual(1);
      expect(f.carers.length).toBeLessThanOrEqual(2);
      expect(f.links).toHaveLength(f.children.length * f.carers.length);
      for (const c of f.children) {
        expect(c.familyName).toBe(f.familyName);
        expect(c.address).toBe(f.address);
        expect(c.postcode).toBe(f.postcode);
        const carers = f.links.filter((l) => l.childId === c.id).map((l) => l.personId);
        expect(carers.sort()).toEqual(f.carers.map((p) => p.id).sort());
      }
      for (const p of f.carers) expect(p.address).toBe(`${f.address} ${f.postcode}`);
    }
    const links = sample.flatMap((f) => f.links);
    expect(links.filter((l) => l.parentalResponsibility).length / links.length).toBeGreaterThan(0.8);
    const relationships = new Set(links.map((l) => l.relationship));
    for (const r of ['Mother', 'Father', 'Stepfather', 'Grandmother', 'Foster carer'])
      expect(relationships).toContain(r);
  });

  it('uses Leeds postcodes, drama-range telephone numbers and example.com emails', () => {
    for (const c of children) {
      expect(normalisePostcode(c.postcode)).toBe(c.postcode);
      expect(c.postcode).toMatch(/^LS([1-9]|1\d|2\d) [1-9][ABDEFGHJLNPQRSTUWXYZ]{2}$/);
      if (c.telephone) expect(c.telephone).toMatch(/^07700 900\d{3}$/);
      expect(c.address).toMatch(/, Leeds$/);
    }
    for (const p of sample.flatMap((f) => f.carers)) {
      if (p.telephone) expect(p.telephone).toMatch(/^07700 900\d{3}$/);
      if (p.email) expect(p.email).toMatch(/^[a-z.]+\d*@example\.(com|org)$/);
    }
  });

  it('draws ethnicity from the DfE codes, most often White British, with languages and other-text', () => {
    const codes = new Set<string>(ethnicityCodes);
    const counts = new Map<string, number>();
    for (const c of children) {
      expect(codes.has(c.ethnicity)).toBe(true);
      counts.set(c.ethnicity, (counts.get(c.ethnicity) ?? 0) + 1);
      if (['WOTH', 'MOTH', 'AOTH', 'BOTH', 'OOTH'].includes(c.ethnicity)) expect(c.ethnicityOther).toBeTruthy();
      expect(c.firstLanguage).toBeTruthy();
      if (c.interpreterNeeded) expect(c.parentFirstLanguage).not.toBe('English');
    }
    const white = (counts.get('WBRI') ?? 0) / children.length;
    expect(white).toBeGreaterThan(0.5);
    expect(white).toBeLessThan(0.75);
    expect(counts.size).toBeGreaterThanOrEqual(15);
    const names = new Set(children.map((c) => c.familyName));
    for (const n of ['Smith', 'Khan', 'Patel']) expect(names).toContain(n);
  });
});

describe('seededUuid', () => {
  it('makes version 4 UUIDs, the same for the same seed', () => {
    const a = mulberry32(9);
    const b = mulberry32(9);
    for (let i = 0; i < 100; i++) {
      const id = seededUuid(a);
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(seededUuid(b)).toBe(id);
    }
  });
});
