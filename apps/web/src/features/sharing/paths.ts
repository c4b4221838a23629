/** The addresses of an episode's sharing pages (consent to share, the team, who has looked). */
export const sharingPaths = (episodeId: string) => {
  const episode = `/episodes/${episodeId}`;
  const sharing = `${episode}/sharing`;
  return {
    episode,
    sharing,
    recordConsent: `${sharing}/consent`,
    confirmConsent: (consentId: string) => `${sharing}/consent/${consentId}/confirm`,
    correctConsent: (consentId: string) => `${sharing}/consent/${consentId}/correct`,
    withdrawConsent: (consentId: string) => `${sharing}/consent/${consentId}/withdraw`,
    withoutConsent: `${sharing}/without-consent`,
    team: `${episode}/team`,
    whoLooked: `${episode}/who-looked`,
    /** Built by the family feature. */
    familyInvitations: `${episode}/family-invitations`,
  };
};
