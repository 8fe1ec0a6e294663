/** The processing activity (verwerkingsregister) of intake's audit rows. */
export const DOEL_INTAKE = 'wmo-toegang-intake';
