import type { APIRequestContext } from '@playwright/test';
import { e2eAccounts } from './accounts';
import { type TestCaf, trpc } from './caf-setup';

/** Consent to share and the team, set up through the API for the family view's and later tests. */

/** The mother's written consent to share with every service in the team (CO-3), recorded today. */
export async function recordConsentToShareThroughApi(request: APIRequestContext, caf: TestCaf, today: string) {
  const sharing = await trpc<{ consentGivers: { personId: string; name: string }[] }>(request, 'sharing.get', {
    episodeId: caf.episodeId,
  });
  const mother = sharing.consentGivers.find((g) => g.name === caf.parentName);
  if (!mother) throw new Error('the mother is not among those who may consent to share');
  return trpc<{ consentId: string }>(request, 'sharing.recordConsent', {
    episodeId: caf.episodeId,
    givenBy: { kind: 'person', personId: mother.personId },
    method: 'written',
    date: today,
    basicScope: { kind: 'all', organisationIds: [] },
    additionalScope: { kind: 'all', organisationIds: [] },
    whatWasExplained: 'Who the assessment will be shared with, and that consent can be withdrawn at any time.',
  });
}

/** Adds the e2e team member to the Team Around the Child under that consent (SH-4). */
export async function addTeamMemberThroughApi(request: APIRequestContext, caf: TestCaf) {
  const { email } = e2eAccounts.teamMember;
  const candidates = await trpc<{ userId: string; email: string; allowed: boolean }[]>(
    request,
    'sharing.findTeamCandidates',
    { episodeId: caf.episodeId, query: email },
  );
  const candidate = candidates.find((c) => c.email === email);
  if (!candidate?.allowed) throw new Error(`${email} cannot join the team: ${JSON.stringify(candidates)}`);
  await trpc(request, 'sharing.addTeamMember', { episodeId: caf.episodeId, userId: candidate.userId });
}
