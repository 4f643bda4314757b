import type { CoreContext } from './context';
import type { AllHandlers } from './dispatch';
import { annotationHandlers } from './annotations/annotationHandlers';
import { cardDeletionHandlers } from './cards/cardDeletionHandlers';
import { cardHandlers } from './cards/cardHandlers';
import { documentAdminHandlers } from './library/documentAdminHandlers';
import { trashHandlers } from './library/trashHandlers';
import { importHandlers } from './import/importHandlers';
import { qdpxImportHandlers } from './export/qdpx/qdpxImportHandlers';
import { exportHandlers } from './export/exportHandlers';
import { tagHandlers } from './tags/tagHandlers';
import { taskHandlers } from './tasks/taskHandlers';
import { generationHandlers } from './cards/generationHandlers';
import { reviewHandlers } from './cards/reviewHandlers';
import { appHandlers } from './app/appHandlers';
import { backupHandlers } from './backups/backupHandlers';
import { categoryHandlers } from './annotations/categoryHandlers';
import { libraryHandlers } from './library/libraryHandlers';
import type { LibrarySearch } from './search/librarySearch';
import { searchHandlers } from './search/searchHandlers';
import { settingsHandlers } from './settings/settingsHandlers';
import { textHandlers } from './annotations/textHandlers';

/** Every contract method's handler, bound to one open data directory (and its search): the table openCore dispatches calls to. */
export function coreHandlers(ctx: CoreContext, search: LibrarySearch): AllHandlers {
  return {
    ...annotationHandlers(ctx),
    ...appHandlers(ctx),
    ...backupHandlers(ctx),
    ...cardHandlers(ctx),
    ...cardDeletionHandlers(ctx),
    ...generationHandlers(ctx),
    ...importHandlers(ctx),
    ...taskHandlers(ctx),
    ...reviewHandlers(ctx),
    ...categoryHandlers(ctx),
    ...libraryHandlers(ctx),
    ...documentAdminHandlers(ctx),
    ...trashHandlers(ctx),
    ...settingsHandlers(ctx),
    ...textHandlers(ctx),
    ...tagHandlers(ctx),
    ...exportHandlers(ctx),
    ...qdpxImportHandlers(ctx),
    ...searchHandlers(search),
  };
}
