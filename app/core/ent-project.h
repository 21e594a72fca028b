/* ent-project.h: .entente project files and loading inputs by content. */
#pragma once

#include "ent-network.h"
#include "ent-layout.h"
#include "ent-filter.h"
#include "ent-extract.h"

G_BEGIN_DECLS

#define ENT_PROJECT_FORMAT_ID "entente-project/1"

/* One user correction, kept in the project's "edits" log for transparency.
 * Ids and names are those at the time of the edit. */
typedef struct {
  char *op;         /* "rename", "merge", "remove-actor", "remove-relation" */
  char *id;         /* actor or relation edited (merge: the actor merged away) */
  char *name;       /* its name before the edit (relation: "Source / Target") */
  char *new_name;   /* rename: the new name; otherwise NULL */
  char *into_id;    /* merge: the surviving actor; otherwise NULL */
  char *into_name;
} EntEdit;

typedef struct {
  EntNetwork *net;       /* documents carry their full text */
  EntLayout  *layout;    /* node positions (may be NULL: lay out on open) */
  EntFilter   filter;    /* owned: removed_actors (if any) is freed with the project */
  char       *engine;    /* layout engine name */
  GPtrArray  *edits;     /* of EntEdit*, oldest first */
} EntProject;

EntProject *ent_project_new (EntNetwork *net);   /* takes ownership of net */
void        ent_project_free (EntProject *p);
EntProject *ent_project_copy (const EntProject *p);   /* deep copy (for undo) */
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
 * with the same name and type become one).  When exactly one project is
 * given, *project_out (if not NULL) gets it with its filter, engine and
 * edits, and its saved layout when it was the only input; its ->net is
 * NULL: the returned network is the project's network.  Otherwise
 * *project_out is set to NULL.  Errors name the file. */
EntNetwork  *ent_load_inputs (const char *const *paths, const EntGazetteer *gaz,
                              EntProject **project_out, GCancellable *cancellable,
                              GError **error);

/* Progress of ent_load_inputs_full (added for the window's progress bar).
 * @stage says what is being done: READING (@done of @total input files
 * read), EXTRACTING (@total articles; @done is an estimate from the
 * extractor's progress) or MERGING (@done of @total inputs merged).
 * @fraction (0..1) covers the whole load and never goes back.  Called on
 * the thread that runs the load. */
typedef enum {
  ENT_LOAD_READING,
  ENT_LOAD_EXTRACTING,
  ENT_LOAD_MERGING,
} EntLoadStage;

typedef void (*EntLoadProgressFunc) (EntLoadStage stage, guint done, guint total,
                                     double fraction, gpointer user_data);

/* ent_load_inputs with progress (@progress may be NULL). */
EntNetwork  *ent_load_inputs_full (const char *const *paths, const EntGazetteer *gaz,
                                   EntProject **project_out, GCancellable *cancellable,
                                   EntLoadProgressFunc progress, gpointer user_data,
                                   GError **error);

/* User corrections on a project: apply the edit to p->net, keep p->layout
 * and p->filter indices in step and append to p->edits.  FALSE with an
 * error for bad indices or an empty name. */
gboolean ent_project_rename_actor (EntProject *p, guint actor, const char *name, GError **error);
gboolean ent_project_merge_actors (EntProject *p, guint into, guint from, GError **error);
gboolean ent_project_remove_actor (EntProject *p, guint actor, GError **error);
gboolean ent_project_remove_relation (EntProject *p, guint relation, GError **error);

/* User corrections, each undoable by the window keeping copies. */
gboolean ent_network_rename_actor (EntNetwork *net, guint actor, const char *name);
/* Merges @from into @into: aliases, mentions and evidence combined, relations re-pointed,
 * duplicate relations folded together; @from is removed (indices after it shift down). */
gboolean ent_network_merge_actors (EntNetwork *net, guint into, guint from, GError **error);
void     ent_network_remove_actor (EntNetwork *net, guint actor);   /* and its relations */
void     ent_network_remove_relation (EntNetwork *net, guint relation);

G_END_DECLS
