import { definePolicies } from '../../platform/auth/policies.ts';

/** Migrating historic records is functioneel beheer's job (it configures wijken, aanbieders, producten). */
export const importPolicies = definePolicies({
  'imports.uitvoeren': ['beheer'],
  'imports.raadplegen': ['beheer'],
});
