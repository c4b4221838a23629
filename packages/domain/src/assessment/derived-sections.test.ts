import { describe, expect, it } from 'vitest';
import { derivedSectionsContent } from './derived-sections';
import { cafFormDefinition } from './form-definition';

const child = {
  isUnborn: false,
  interpreterNeeded: true,
  givenNames: 'Kai',
  familyName: 'Morgan',
  alsoKnownAs: null,
  sex: 'male',
  dateOfBirth: '2012-03-14',
  expectedDateOfDelivery: null,
  motherName: null,
  address: '1 High Street',
  postcode: 'LS1 1AA',
  telephone: null,
  ethnicity: null,
  ethnicityOther: null,
  firstLanguage: 'English',
  parentFirstLanguage: null,
  disability: 'no',
  disabilityDetails: null,
  specialRequirements: null,
  nhsNumber: '9434765919',
  upn: null,
  schoolName: 'Parkside High School',
  gpPractice: null,
  religion: null,
  youngCarer: null,
  specialEducationalNeeds: null,
};

const input = {
  version: { number: 2, startedOn: '2026-11-01', completedOn: null },
  episodeReference: 'CAF-2026-000123',
  child,
  assessor: {
    name: 'Pat Assessor',
    jobTitle: 'Learning mentor',
    organisation: 'Parkside High School',
    telephone: '0113 000 0000',
    email: 'pat@school.test',
  },
  coAssessor: null,
  consent: null,
};

describe('CH-4 the derived sections come from the records', () => {
  it('CH-4 fills every element of every derived section of the form, and nothing else', () => {
    const content = derivedSectionsContent({
      ...input,
      consent: {
        givenBy: { kind: 'person', id: '7b0c1a52-4a57-4c52-9d5e-3b1f5f1c2a10', name: 'Dana Morgan' },
        capacity: 'parental_responsibility',
        decidedOn: '2026-11-02',
        method: 'written',
      },
    });
    for (const section of cafFormDefinition.sections.filter((s) => s.kind === 'derived')) {
      expect(Object.keys(content[section.id] ?? {}).sort(), section.id).toEqual(
        section.elements.map((e) => e.id).sort(),
      );
    }
  });

  it("CH-4 shows the child record's values in the form's own shapes", () => {
    const content = derivedSectionsContent(input);
    expect(content.child).toMatchObject({ givenNames: 'Kai', interpreterNeeded: 'yes', isUnborn: 'no', telephone: '' });
    expect(content.about).toMatchObject({ versionNumber: '2', reference: 'CAF-2026-000123', dateCompleted: '' });
    expect(content.consent).toEqual({});
  });
});
