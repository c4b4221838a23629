import { inviteFamilyMemberInputSchema } from '@ecaf/domain';
import { z } from 'zod';

/** The radio value that means "the young person themself". */
export const CHILD_INVITEE = 'child';

/**
 * The invitation form's values (one radio for who, one email box) turned into the shared input
 * schema's shape: the checks are the domain's own, never redeclared here.
 */
export function makeInviteFormSchema(episodeId: string) {
  return z
    .object({
      invitee: z.string('Select who to invite').min(1, 'Select who to invite'),
      email: inviteFamilyMemberInputSchema.shape.email,
    })
    .transform((values) => ({
      episodeId,
      invitee:
        values.invitee === CHILD_INVITEE
          ? ({ kind: 'child' } as const)
          : ({ kind: 'person', personId: values.invitee } as const),
      email: values.email,
    }))
    .pipe(inviteFamilyMemberInputSchema);
}

/** The server names `invitee` or `invitee.personId`; the form has one radio group for both. */
export function inviteFieldFor(serverPath: string): string {
  return serverPath.startsWith('invitee') ? 'invitee' : serverPath;
}
