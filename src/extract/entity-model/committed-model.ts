/**
 * The committed entity model as a module, for code that runs inside the
 * site build (where there is no working directory to read files from).
 * Written by `node scripts/entity-cv.ts … --write src/extract/entity-model/entity-model.json`.
 */
import modelJson from './entity-model.json' with { type: 'json' };
import { parseEntityModel, type EntityModel } from './apply.ts';

export const COMMITTED_ENTITY_MODEL: EntityModel = parseEntityModel(modelJson);
