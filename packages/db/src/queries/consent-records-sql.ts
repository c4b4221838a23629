import { sql } from 'drizzle-orm';

/**
 * An episode's consent to share records as one JSON array (ConsentToShareAccessRow[]), in the
 * order they were made, for queries over many episodes whose caller asks the domain which record
 * stands. `e` must be the episode's alias.
 */
export const consentRecordsOfEpisodeE = sql.raw(`(select json_agg(json_build_object(
    'id', cs.id, 'method', cs.method, 'decidedOn', cs.decided_on,
    'basicScope', cs.basic_scope, 'basicOrganisationIds', cs.basic_organisation_ids,
    'additionalScope', cs.additional_scope, 'additionalOrganisationIds', cs.additional_organisation_ids,
    'confirmedOn', cs.confirmed_on, 'withdrawnOn', cs.withdrawn_on, 'correctsId', cs.corrects_id
  ) order by cs.seq)
  from consent_to_share cs where cs.episode_id = e.id)`);
