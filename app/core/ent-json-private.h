/* ent-json-private.h: writing the entente/1 format from records that are
 * no EntRelations (the extractor's own, when only the JSON is wanted). */
#pragma once

#include "ent-network.h"

G_BEGIN_DECLS

typedef struct _EntJsonStream EntJsonStream;

/* Opens @path as ent_network_save_json() does and writes the documents,
 * actors and relations of @net; the relations given next follow them,
 * with ids counting on ("r1" for the first of all).  The file is only in
 * place after _ent_json_stream_close(). */
EntJsonStream *_ent_json_stream_open (const EntNetwork *net, const char *path,
                                      gboolean with_text, GError **error);
/* A relation between actors of the network: its evidence follows, then
 * _ent_json_stream_relation_end(). */
void           _ent_json_stream_relation (EntJsonStream *js, guint source, guint target,
                                          EntPolarity polarity, const char *kind,
                                          gboolean directed);
/* An evidence; @text (@len bytes, not NUL-terminated) is its sentence in
 * the document's text, written up to a NUL if it holds one (as a copy of
 * it would be). */
void           _ent_json_stream_evidence (EntJsonStream *js, guint doc, guint sentence,
                                          gsize start, gsize end, const char *text, gsize len,
                                          const char *cue, const char *speaker);
void           _ent_json_stream_relation_end (EntJsonStream *js);
/* Ends the file and puts it in place; frees @js either way. */
gboolean       _ent_json_stream_close (EntJsonStream *js, GError **error);

G_END_DECLS
