/** The processing activity (verwerkingsregister) of the portal's audit rows. */
export const DOEL_PORTAAL = 'inwonerportaal';
