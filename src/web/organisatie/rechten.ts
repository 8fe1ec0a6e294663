import { useGebruiker } from '../app/sessie.tsx';

/** Only functioneel beheer changes the organisation (API policy organisatie.beheren); others read. */
export function useMagBeheren(): boolean {
  return useGebruiker().rollen.includes('beheer');
}
