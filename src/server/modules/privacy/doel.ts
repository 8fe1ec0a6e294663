/** The processing activity (audit `doel`) of handling data-subject requests (verwerkingsregister). */
export const DOEL_RECHTEN_BETROKKENE = 'rechten-betrokkene';
