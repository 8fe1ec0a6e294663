import type { ModuleDescriptor } from '../platform/module.ts';
import { accounts } from './accounts/index.ts';
import { beschikking } from './beschikking/index.ts';
import { brp } from './brp/index.ts';
import { cbs } from './cbs/index.ts';
import { financien } from './financien/index.ts';
import { imports } from './imports/index.ts';
import { intake } from './intake/index.ts';
import { iwmo } from './iwmo/index.ts';
import { klachten } from './klachten/index.ts';
import { monitoring } from './monitoring/index.ts';
import { onderzoek } from './onderzoek/index.ts';
import { organisatie } from './organisatie/index.ts';
import { portaal } from './portaal/index.ts';
import { preventie } from './preventie/index.ts';
import { privacy } from './privacy/index.ts';
import { projecten } from './projecten/index.ts';
import { regio } from './regio/index.ts';
import { werk } from './werk/index.ts';
import { wijk } from './wijk/index.ts';

/**
 * The one list of modules (ADR 0017). The app registers their routes in this order, the runtime
 * starts their jobs, and docs/autorisatie.md lists their policies. A new module is added here.
 */
export const MODULES: readonly ModuleDescriptor<object>[] = [
  accounts,
  organisatie,
  privacy,
  intake,
  onderzoek,
  beschikking,
  iwmo,
  monitoring,
  projecten,
  imports,
  preventie,
  portaal,
  klachten,
  wijk,
  brp,
  cbs,
  financien,
  regio,
  werk,
];
