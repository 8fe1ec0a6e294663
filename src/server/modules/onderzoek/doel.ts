/** The processing activities (verwerkingsregister) of the onderzoek module's audit rows. */
export const DOEL_ONDERZOEK = 'wmo-onderzoek';
export const DOEL_AANVRAAG = 'wmo-aanvraag';
