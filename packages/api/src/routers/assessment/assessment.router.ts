import {
  practitionerSearchSchema,
  recordChildSeenInputSchema,
  recordConsentToAssessInputSchema,
  saveSectionInputSchema,
} from '@ecaf/domain';
import { z } from 'zod';
import {
  addCoAssessor,
  compareAssessmentVersions,
  completeAssessment,
  findPractitioners,
  getAssessment,
  presentAssessmentVersion,
  recordChildSeen,
  recordConsentToAssess,
  removeCoAssessor,
  saveSection,
  startReview,
} from '../../services/assessment';
import { procedureWith, router } from '../../trpc';
import {
  assessmentComparisonOutput,
  assessmentViewOutput,
  presentedVersionOutput,
  saveSectionOutput,
} from './assessment.types';

const episodeId = z.uuid();
const versionNumber = z.int().min(1);

export const assessmentRouter = router({
  get: procedureWith('assessment:view')
    .input(z.object({ episodeId, versionNumber: versionNumber.optional() }))
    .output(assessmentViewOutput)
    .query(({ ctx, input }) => getAssessment(ctx, input)),
  compare: procedureWith('assessment:view')
    .input(z.object({ episodeId, from: versionNumber, to: versionNumber }))
    .output(assessmentComparisonOutput)
    .query(({ ctx, input }) => compareAssessmentVersions(ctx, input)),
  print: procedureWith('assessment:view')
    .input(z.object({ episodeId, versionNumber }))
    .output(presentedVersionOutput)
    .query(({ ctx, input }) => presentAssessmentVersion(ctx, input, 'print')),
  saveSection: procedureWith('assessment:edit')
    .input(saveSectionInputSchema)
    .output(saveSectionOutput)
    .mutation(({ ctx, input }) => saveSection(ctx, input)),
  recordConsent: procedureWith('assessment:edit')
    .input(recordConsentToAssessInputSchema)
    .mutation(({ ctx, input }) => recordConsentToAssess(ctx, input)),
  recordChildSeen: procedureWith('assessment:edit')
    .input(recordChildSeenInputSchema)
    .mutation(({ ctx, input }) => recordChildSeen(ctx, input)),
  complete: procedureWith('assessment:edit')
    .input(z.object({ episodeId, versionNumber }))
    .mutation(({ ctx, input }) => completeAssessment(ctx, input)),
  startReview: procedureWith('assessment:edit')
    .input(z.object({ episodeId }))
    .mutation(({ ctx, input }) => startReview(ctx, input)),
  findPractitioners: procedureWith('assessment:edit')
    .input(practitionerSearchSchema.extend({ episodeId }))
    .query(({ ctx, input }) => findPractitioners(ctx, input)),
  addCoAssessor: procedureWith('assessment:edit')
    .input(z.object({ episodeId, userId: z.uuid('Choose a practitioner') }))
    .mutation(({ ctx, input }) => addCoAssessor(ctx, input)),
  removeCoAssessor: procedureWith('assessment:edit')
    .input(z.object({ episodeId, userId: z.uuid() }))
    .mutation(({ ctx, input }) => removeCoAssessor(ctx, input)),
});
