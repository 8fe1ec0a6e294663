/** The processing activity (verwerkingsregister) of the aanvraag use cases. */
export const DOEL_AANVRAAG = 'wmo-aanvraag';
