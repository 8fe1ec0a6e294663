/**
 * Sent when a field to be focused sits in a hidden panel marked `data-stap` (a step of a stepper
 * that is not shown): the stepper listens, shows that step, and the field is focused after it.
 */
export const TOON_STAP = 'ot:toon-stap';

/** Moves focus to a field by id (error summaries, checklists), first showing its hidden step. */
export function naarVeld(id: string): void {
  const el = document.getElementById(id);
  if (!el) return;
  const paneel = el.closest<HTMLElement>('[data-stap][hidden]');
  const focus = () => {
    const nu = document.getElementById(id);
    nu?.scrollIntoView({ block: 'center' });
    nu?.focus();
  };
  if (paneel?.dataset.stap) {
    document.dispatchEvent(new CustomEvent(TOON_STAP, { detail: paneel.dataset.stap }));
    // React renders the shown step before the next task.
    setTimeout(focus, 0);
  } else focus();
}
