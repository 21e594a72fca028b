/* ent-extract.h: from article text to actors and relations. */
#pragma once

#include <gio/gio.h>
#include "ent-network.h"

G_BEGIN_DECLS

typedef struct _EntGazetteer EntGazetteer;

/* The built-in knowledge (GResource /io/github/entente/data/...). */
EntGazetteer *ent_gazetteer_new_default (GError **error);
/* Adds or overrides entries from a user JSON file; errors give line:column. */
gboolean      ent_gazetteer_merge_file (EntGazetteer *gaz, const char *path, GError **error);
void          ent_gazetteer_free (EntGazetteer *gaz);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (EntGazetteer, ent_gazetteer_free)

typedef void (*EntProgressFunc) (double fraction, gpointer user_data);

/* Finds actors and relations in every document of @net (documents already
 * loaded and split) and adds them to @net.  Thread-safe for distinct
 * networks sharing one read-only gazetteer.  Returns FALSE only on
 * cancellation or a hard error. */
gboolean ent_extract (EntNetwork *net, const EntGazetteer *gaz,
                      GCancellable *cancellable,
                      EntProgressFunc progress, gpointer user_data,
                      GError **error);
/* ent_extract() then ent_network_save_json (@net, @path, @with_text) for
 * a caller that wants only the file (`entente extract`): the relations
 * are written as they are read from the extractor's own records and are
 * never added to @net, which is left with the documents and the actors;
 * without @with_text each document's text is released once the file is
 * written (its text is then "" and its len 0; the sentence offsets
 * stay).  The output is the same byte for byte.  Errors of writing are
 * G_FILE_ERRORs, as ent_network_save_json() gives; the others ENT_ERRORs. */
gboolean ent_extract_to_json (EntNetwork *net, const EntGazetteer *gaz, const char *path,
                              gboolean with_text, GError **error);

G_END_DECLS
