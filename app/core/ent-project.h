/* ent-project.h: .entente project files and loading inputs by content. */
#pragma once

#include "ent-network.h"
#include "ent-layout.h"
#include "ent-filter.h"
#include "ent-extract.h"

G_BEGIN_DECLS

#define ENT_PROJECT_FORMAT_ID "entente-project/1"

typedef struct {
  EntNetwork *net;       /* documents carry their full text */
  EntLayout  *layout;    /* node positions (may be NULL: lay out on open) */
  EntFilter   filter;
  char       *engine;    /* layout engine name */
} EntProject;

EntProject *ent_project_new (EntNetwork *net);   /* takes ownership of net */
void        ent_project_free (EntProject *p);
gboolean    ent_project_save (const EntProject *p, const char *path, GError **error);  /* atomic */
EntProject *ent_project_load (const char *path, GError **error);  /* errors: path:line:column: reason */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (EntProject, ent_project_free)

typedef enum {
  ENT_INPUT_TEXT,
  ENT_INPUT_NETWORK_JSON,  /* entente/1 */
  ENT_INPUT_PROJECT,       /* entente-project/1 */
} EntInputKind;

/* Decides by content, not by extension. */
EntInputKind ent_input_sniff (const char *data, gsize len);

/* Loads any mix of article files, entente/1 JSON and projects into one
 * network: articles are extracted with @gaz, networks are merged (actors
 * with the same name and type become one).  *layout_out gets the saved
 * positions when exactly one project is given. */
EntNetwork  *ent_load_inputs (const char *const *paths, const EntGazetteer *gaz,
                              EntProject **project_out, GCancellable *cancellable,
                              GError **error);

/* User corrections, each undoable by the window keeping copies. */
gboolean ent_network_rename_actor (EntNetwork *net, guint actor, const char *name);
/* Merges @from into @into: aliases, mentions and evidence combined, relations re-pointed,
 * duplicate relations folded together; @from is removed (indices after it shift down). */
gboolean ent_network_merge_actors (EntNetwork *net, guint into, guint from, GError **error);
void     ent_network_remove_actor (EntNetwork *net, guint actor);   /* and its relations */
void     ent_network_remove_relation (EntNetwork *net, guint relation);

G_END_DECLS
