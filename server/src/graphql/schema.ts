import { builder } from './builder';
// Each module registers its types and query fields on the builder when imported.
import './types/date';
import './types/json';
import './types/instrument-kind';
import './types/consent-type';
import './types/state';
import './types/state-queries';
import './types/declaration';
import './types/declaration-queries';
import './types/instrument';
import './types/instrument-queries';
import './types/participation';
import './types/participation-claim';

import './types/identifier';
import './types/signature';
import './types/non-state-signature';
import './types/support';
import './types/evidence';
import './types/organization';
import './types/group';
import './types/source';
import './types/search';
import './types/compare';
import './types/coverage';
import './types/state-status';
import './types/organization-participation';
import './types/coalition';
import './types/graph-view';
import './types/corpus-summary';
import './types/import-documents';
import './types/roll-call';
import './types/voting';

/** The executable GraphQL schema, built once per process. */
export const schema = builder.toSchema();
