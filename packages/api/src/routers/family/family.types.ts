import { acceptInvitationInputSchema, consentMethods } from '@ecaf/domain';
import { z } from 'zod';

/**
 * What the family procedures return, declared so that nothing more of a child's record leaves
 * the server than the family view shows, and what the few inputs without a domain schema take.
 */

export const invitationTokenInput = z.object({ token: acceptInvitationInputSchema.shape.token });

export const revokeInvitationInput = z.object({ episodeId: z.uuid(), invitationId: z.uuid() });

/** CO-4 online: the family confirms their own verbal consent; the date is today. */
export const familyConfirmConsentInput = z.object({ episodeId: z.uuid(), consentId: z.uuid() });

const delivery = z.enum(['emailed', 'email_failed', 'not_configured']);

export const inviteOutput = z.object({
  invitationId: z.uuid(),
  inviteeName: z.string(),
  email: z.string(),
  path: z.string(),
  expiresAt: z.string(),
  delivery,
});

export const invitationsOutput = z.object({
  episode: z.object({ id: z.uuid(), reference: z.string() }),
  child: z.object({ name: z.string(), allowed: z.boolean(), refusal: z.string().nullable() }),
  people: z.array(
    z.object({
      personId: z.uuid(),
      name: z.string(),
      relationship: z.string(),
      email: z.string().nullable(),
      parentalResponsibility: z.boolean(),
      hasAccount: z.boolean(),
      allowed: z.boolean(),
      refusal: z.string().nullable(),
    }),
  ),
  invitations: z.array(
    z.object({
      id: z.uuid(),
      invitee: z.object({ kind: z.enum(['person', 'child']), name: z.string() }),
      email: z.string(),
      createdAt: z.string(),
      createdBy: z.string(),
      expiresAt: z.string(),
      acceptedAt: z.string().nullable(),
      revokedAt: z.string().nullable(),
      status: z.enum(['pending', 'accepted', 'revoked', 'expired']),
    }),
  ),
});

/** Only when usable does it say who it is for and who sent it; never anything about the child. */
export const invitationOutput = z.discriminatedUnion('usable', [
  z.object({ usable: z.literal(false), message: z.string() }),
  z.object({
    usable: z.literal(true),
    inviteeName: z.string(),
    email: z.string(),
    invitedBy: z.object({ name: z.string(), organisation: z.string().nullable() }),
    expiresAt: z.string(),
  }),
]);

export const acceptInvitationOutput = z.object({
  id: z.uuid(),
  name: z.string(),
  role: z.literal('family_member'),
});

const episodeStatus = z.enum(['draft', 'active', 'closed']);

export const familyHomeOutput = z.object({
  name: z.string(),
  children: z.array(
    z.object({
      childId: z.uuid(),
      name: z.string(),
      dateOfBirth: z.string().nullable(),
      isYou: z.boolean(),
      episodes: z.array(
        z.object({
          episodeId: z.uuid(),
          reference: z.string(),
          status: episodeStatus,
          startedAt: z.string(),
          leadProfessional: z.string().nullable(),
        }),
      ),
    }),
  ),
});

const scope = z.object({ kind: z.enum(['all', 'all_except', 'only', 'none']), organisations: z.array(z.string()) });

export const familyEpisodeOutput = z.object({
  episode: z.object({ id: z.uuid(), reference: z.string(), status: episodeStatus, startedAt: z.string() }),
  child: z.object({ name: z.string(), dateOfBirth: z.string().nullable() }),
  you: z.object({ party: z.enum(['child', 'parent']) }),
  versions: z.array(
    z.object({
      number: z.int(),
      status: z.enum(['draft', 'completed']),
      startedAt: z.string(),
      completedAt: z.string().nullable(),
      sections: z.array(
        z.object({
          sectionId: z.string(),
          number: z.string(),
          title: z.string(),
          fields: z.array(z.object({ path: z.string(), label: z.string(), value: z.string().nullable() })),
        }),
      ),
    }),
  ),
  views: z.object({
    canAdd: z.boolean(),
    reason: z.string().nullable(),
    versionNumber: z.int().nullable(),
    revision: z.int(),
    field: z.enum(['childViews', 'parentViews']),
    text: z.string(),
  }),
  contact: z
    .object({
      isLeadProfessional: z.boolean(),
      name: z.string(),
      jobTitle: z.string().nullable(),
      organisation: z.string().nullable(),
      telephone: z.string().nullable(),
      email: z.string(),
    })
    .nullable(),
  assessors: z.array(
    z.object({ name: z.string(), organisation: z.string().nullable(), role: z.enum(['assessor', 'co_assessor']) }),
  ),
  team: z.array(z.object({ name: z.string(), jobTitle: z.string().nullable(), organisation: z.string().nullable() })),
  consentToShare: z
    .object({
      id: z.uuid(),
      status: z.enum(['active', 'awaiting_confirmation', 'lapsed', 'withdrawn']),
      givenBy: z.object({ name: z.string(), isYou: z.boolean() }),
      decidedOn: z.string(),
      method: z.enum(consentMethods),
      basicScope: scope,
      additionalScope: scope,
      whatWasExplained: z.string(),
      confirmationDueOn: z.string().nullable(),
      confirmedOn: z.string().nullable(),
      withdrawnOn: z.string().nullable(),
      canConfirm: z.boolean(),
      canWithdraw: z.boolean(),
    })
    .nullable(),
  consentToAssess: z
    .object({
      status: z.enum(['given', 'refused', 'none']),
      givenBy: z.string(),
      decidedOn: z.string(),
      method: z.enum(consentMethods),
    })
    .nullable(),
  childSeen: z.array(z.object({ seenOn: z.string(), seenBy: z.string() })),
});

export const familyWhoLookedOutput = z.object({
  reads: z.array(
    z.object({
      id: z.number(),
      at: z.string(),
      who: z.string(),
      jobTitle: z.string().nullable(),
      organisation: z.string().nullable(),
      what: z.string(),
      why: z.string(),
    }),
  ),
  nextBefore: z.number().nullable(),
});

export const saveFamilyViewsOutput = z.object({ revision: z.int(), savedAt: z.string() });
