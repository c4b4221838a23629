import { describe, expect, it } from 'vitest';
import {
  emptyRegisterChildForm,
  makeRegisterChildFormSchema,
  type RegisterChildFormValues,
} from './register-child-form';

const schema = makeRegisterChildFormSchema(() => '2026-05-01');

function form(child: Partial<RegisterChildFormValues['child']>, parents: RegisterChildFormValues['parents'] = []) {
  const blank = emptyRegisterChildForm('');
  return { ...blank, child: { ...blank.child, ...child }, parents } as RegisterChildFormValues;
}

function problems(values: RegisterChildFormValues): Record<string, string> {
  const result = schema.safeParse(values);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('register child form schema', () => {
  it('turns the GOV.UK answers into the API input', () => {
    const result = schema.parse(
      form({
        givenNames: 'Amelia',
        familyName: 'Jones',
        sex: 'female',
        isUnborn: 'no',
        dateOfBirth: { day: '3', month: '4', year: '2015' },
        expectedDateOfDelivery: { day: '1', month: '1', year: '2027' },
        motherName: 'Sarah Jones',
        interpreterNeeded: 'yes',
        nhsNumber: '943 476 5919',
      }),
    );
    expect(result.child).toMatchObject({
      isUnborn: false,
      dateOfBirth: '2015-04-03',
      expectedDateOfDelivery: '',
      motherName: '',
      interpreterNeeded: true,
      nhsNumber: '9434765919',
    });
    expect(result.shownMatchIds).toEqual([]);
  });

  it('lists every problem at once, with GOV.UK date messages', () => {
    expect(
      problems(
        form({ isUnborn: 'no', dateOfBirth: { day: '3', month: '', year: '2015' } }, [
          {
            name: '',
            relationship: 'Mother',
            address: '',
            telephone: '',
            email: '',
            parentalResponsibility: undefined,
          },
        ]),
      ),
    ).toEqual({
      'child.sex': "Select the child's sex",
      'child.givenNames': "Enter the child's given names",
      'child.familyName': "Enter the child's family name",
      'child.dateOfBirth': 'Date of birth must include a month',
      'parents.0.name': 'Enter the name of the parent or carer',
      'parents.0.parentalResponsibility': 'Select yes if they have parental responsibility for the child',
    });
  });

  it('asks for the due date and mother of an unborn baby (CH-3)', () => {
    expect(problems(form({ sex: 'unknown', isUnborn: 'yes' }))).toEqual({
      'child.motherName': "Enter the mother's name",
      'child.expectedDateOfDelivery': 'Enter the expected date of delivery',
    });
  });

  it('asks whether the baby is born', () => {
    expect(problems(form({ sex: 'male', givenNames: 'A', familyName: 'B' }))).toMatchObject({
      'child.isUnborn': 'Select yes if this is an unborn baby',
    });
  });

  it('starts the names from a search that looked like a name', () => {
    expect(emptyRegisterChildForm('Amelia Rose Jones').child).toMatchObject({
      givenNames: 'Amelia Rose',
      familyName: 'Jones',
    });
    expect(emptyRegisterChildForm('Jones').child).toMatchObject({ givenNames: '', familyName: 'Jones' });
    expect(emptyRegisterChildForm('LS6 2AB').child).toMatchObject({ givenNames: '', familyName: '' });
  });
});
