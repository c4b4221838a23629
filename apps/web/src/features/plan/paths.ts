/** The addresses of an episode's delivery plan, reviews and closure pages. */
export const planPaths = (episodeId: string) => {
  const episode = `/episodes/${episodeId}`;
  return {
    episode,
    plan: `${episode}/plan`,
    addAction: `${episode}/plan/actions/new`,
    updateAction: (actionId: string) => `${episode}/plan/actions/${actionId}`,
    reviews: `${episode}/reviews`,
    recordReview: `${episode}/reviews/new`,
    close: `${episode}/close`,
    reopen: `${episode}/reopen`,
  };
};
