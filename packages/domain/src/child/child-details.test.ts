import { describe, expect, it } from 'vitest';
import {
  type ChildIdentifierCheckInput,
  checkChildIdentifiers,
  childDisplayName,
  ethnicities,
  makeChildDetailsSchema,
  parentCarerSchema,
  registerChildInputSchema,
} from './child-details';

const today = '2026-03-15';

const born: ChildIdentifierCheckInput = {
  isUnborn: false,
  givenNames: 'Amelia',
  familyName: 'Jones',
  motherName: '',
  dateOfBirth: '2012-05-04',
  expectedDateOfDelivery: '',
  nhsNumber: '943 476 5919',
  upn: 'B801200005001',
  postcode: 'LS6 2AB',
};

const unborn: ChildIdentifierCheckInput = {
  ...born,
  isUnborn: true,
  givenNames: '',
  familyName: '',
  motherName: 'Sarah Jones',
  dateOfBirth: '',
  expectedDateOfDelivery: '2026-06-01',
  nhsNumber: '',
  upn: '',
};

describe('CH-3 identifiers are valid', () => {
  it('allows a born child with valid identifiers', () => {
    expect(checkChildIdentifiers(born, today)).toEqual({});
  });

  it('allows identifiers left blank', () => {
    expect(checkChildIdentifiers({ ...born, nhsNumber: '', upn: '', postcode: '' }, today)).toEqual({});
  });

  it('refuses an NHS number that fails the modulus 11 check', () => {
    expect(checkChildIdentifiers({ ...born, nhsNumber: '9434765918' }, today)).toEqual({
      nhsNumber: 'Enter a valid NHS number',
    });
    expect(checkChildIdentifiers({ ...born, nhsNumber: '94347659' }, today)).toEqual({
      nhsNumber: 'NHS number must be 10 digits',
    });
  });

  it('refuses a UPN with the wrong check letter or length', () => {
    expect(checkChildIdentifiers({ ...born, upn: 'A801200005001' }, today)).toEqual({
      upn: 'Enter a valid unique pupil number',
    });
    expect(checkChildIdentifiers({ ...born, upn: 'B8012' }, today)).toEqual({
      upn: 'Unique pupil number must be 13 characters',
    });
  });

  it('allows a date of birth of today, refuses one in the future or not a real date', () => {
    expect(checkChildIdentifiers({ ...born, dateOfBirth: today }, today)).toEqual({});
    expect(checkChildIdentifiers({ ...born, dateOfBirth: '2026-03-16' }, today)).toEqual({
      dateOfBirth: 'Date of birth must be today or in the past',
    });
    expect(checkChildIdentifiers({ ...born, dateOfBirth: '2015-02-30' }, today)).toEqual({
      dateOfBirth: 'Date of birth must be a real date',
    });
  });

  it('allows an expected date of delivery in the future or up to 30 days ago, refuses older', () => {
    expect(checkChildIdentifiers(unborn, today)).toEqual({});
    expect(checkChildIdentifiers({ ...unborn, expectedDateOfDelivery: '2026-02-13' }, today)).toEqual({});
    expect(checkChildIdentifiers({ ...unborn, expectedDateOfDelivery: '2026-02-12' }, today)).toEqual({
      expectedDateOfDelivery: 'Expected date of delivery must be in the future or within the last 30 days',
    });
  });

  it('names an unborn baby after the mother, so needs her name', () => {
    expect(checkChildIdentifiers({ ...unborn, motherName: ' ' }, today)).toEqual({
      motherName: "Enter the mother's name",
    });
    expect(childDisplayName({ isUnborn: true, motherName: 'Sarah Jones' })).toBe('Unborn baby of Sarah Jones');
  });

  it('needs names and a date of birth for a born child, and an EDD without a birth date for an unborn one', () => {
    expect(checkChildIdentifiers({ ...born, givenNames: '', familyName: '', dateOfBirth: '' }, today)).toEqual({
      givenNames: "Enter the child's given names",
      familyName: "Enter the child's family name",
      dateOfBirth: "Enter the child's date of birth",
    });
    expect(checkChildIdentifiers({ ...unborn, expectedDateOfDelivery: '', dateOfBirth: '2026-01-01' }, today)).toEqual({
      expectedDateOfDelivery: 'Enter the expected date of delivery',
      dateOfBirth: 'Remove the date of birth, or say the baby has been born',
    });
  });

  it('refuses a postcode that is not the shape of a UK postcode', () => {
    expect(checkChildIdentifiers({ ...born, postcode: 'LS6' }, today)).toEqual({ postcode: 'Enter a real postcode' });
  });
});

describe('childDetailsSchema', () => {
  const schema = makeChildDetailsSchema(() => today);
  const form = {
    givenNames: ' Amelia ',
    familyName: 'Jones',
    sex: 'female',
    dateOfBirth: '2012-05-04',
    nhsNumber: '943 476 5919',
    upn: 'b801200005001',
    postcode: 'ls62ab',
    alsoKnownAs: '',
  };

  it('trims, normalises identifiers and fills blanks with empty strings', () => {
    const parsed = schema.parse(form);
    expect(parsed).toMatchObject({
      givenNames: 'Amelia',
      nhsNumber: '9434765919',
      upn: 'B801200005001',
      postcode: 'LS6 2AB',
      alsoKnownAs: '',
      telephone: '',
      isUnborn: false,
      interpreterNeeded: false,
      disability: 'not_known',
      ethnicity: '',
    });
  });

  it('puts CH-3 errors on the field they are about, alongside other field errors', () => {
    const result = schema.safeParse({ ...form, nhsNumber: '9434765918', dateOfBirth: '2027-01-01', sex: 'x' });
    expect(result.success).toBe(false);
    const byPath = Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));
    expect(byPath).toEqual({
      sex: "Select the child's sex",
      nhsNumber: 'Enter a valid NHS number',
      dateOfBirth: 'Date of birth must be today or in the past',
    });
  });

  it('nests paths under child in the register input', () => {
    const result = registerChildInputSchema
      .extend({ child: schema })
      .safeParse({ child: { ...form, upn: 'A801200005001' } });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['child.upn']);
  });

  it('accepts the register input with defaults for parents and confirmation', () => {
    const parsed = registerChildInputSchema.extend({ child: schema }).parse({ child: form });
    expect(parsed.parents).toEqual([]);
    expect(parsed.confirmedNoneMatch).toBe(false);
    expect(parsed.shownMatchIds).toEqual([]);
  });

  it('lists the DfE ethnicity codes once each, with free text on the "any other" ones', () => {
    const codes = ethnicities.map((e) => e.code);
    expect(new Set(codes).size).toBe(20);
    expect(ethnicities.filter((e) => 'requiresOtherText' in e).map((e) => e.code)).toEqual([
      'WOTH',
      'MOTH',
      'AOTH',
      'BOTH',
      'OOTH',
    ]);
  });
});

describe('parentCarerSchema', () => {
  it('needs a name, relationship and parental responsibility; email only if given', () => {
    expect(
      parentCarerSchema.parse({ name: 'Sarah Jones', relationship: 'Mother', parentalResponsibility: 'yes' }),
    ).toMatchObject({ email: '', address: '' });
    const result = parentCarerSchema.safeParse({ name: '', relationship: '', email: 'not-an-email' });
    expect(Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]))).toEqual({
      name: 'Enter the name of the parent or carer',
      relationship: 'Enter their relationship to the child',
      email: 'Enter an email address in the correct format, like name@example.com',
      parentalResponsibility: 'Select yes if they have parental responsibility for the child',
    });
  });

  it('lowercases the email', () => {
    expect(
      parentCarerSchema.parse({
        name: 'Sarah',
        relationship: 'Mother',
        email: ' Sarah@Example.COM ',
        parentalResponsibility: 'no',
      }).email,
    ).toBe('sarah@example.com');
  });
});

describe('childDisplayName', () => {
  it('joins the names of a born child', () => {
    expect(childDisplayName({ isUnborn: false, givenNames: 'Amelia', familyName: 'Jones' })).toBe('Amelia Jones');
    expect(childDisplayName({ isUnborn: false, givenNames: 'Amelia', familyName: null })).toBe('Amelia');
  });
  it('says "Unborn baby" when the mother is not recorded', () => {
    expect(childDisplayName({ isUnborn: true, motherName: null })).toBe('Unborn baby');
  });
});
