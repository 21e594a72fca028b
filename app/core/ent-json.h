/* ent-json.h: reading and writing the entente/1 JSON format. */
#pragma once

#include <jansson.h>
#include "ent-network.h"

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (json_t, json_decref)

/* The entente/1 object.  With @with_text, each document also carries its full
 * "text" (used by .entente projects; plain extraction output omits it). */
json_t     *ent_network_to_json (const EntNetwork *net, gboolean with_text);
/* Parses an entente/1 object; every field is checked and errors name it. */
EntNetwork *ent_network_from_json (json_t *root, GError **error);

/* Files.  Saving is atomic (temporary file, fsync, rename). */
gboolean    ent_network_save_json (const EntNetwork *net, const char *path,
                                   gboolean with_text, GError **error);
/* Errors carry the line and column of malformed JSON. */
EntNetwork *ent_network_load_json (const char *path, GError **error);
EntNetwork *ent_network_load_json_data (const char *data, gsize len,
                                        const char *origin, GError **error);

/* Writes @len bytes to @path atomically: temp file in the same folder,
 * fsync, rename.  The previous file survives any failure. */
gboolean    ent_file_write_atomic (const char *path, const char *data, gsize len,
                                   GError **error);

G_END_DECLS
