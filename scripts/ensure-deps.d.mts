// Types for ensure-deps.mjs (plain JavaScript: it runs before anything, TypeScript included, is installed).
export function ontbrekendePakketten(
  pakket: { dependencies?: Record<string, string>; devDependencies?: Record<string, string> },
  productie: boolean,
  bestaat?: (pad: string) => boolean,
): string[];
export function ensureDeps(): void;
