/* ent-text.h: loading article text and splitting it into sentences. */
#pragma once

#include "ent-network.h"

G_BEGIN_DECLS

/* Largest text file accepted, in bytes (documented in README). */
#define ENT_TEXT_MAX_BYTES ((gsize) 512 * 1024 * 1024)

/* Reads @path as article text.  Returns UTF-8 whose byte offsets are the
 * file's byte offsets (a UTF-8 BOM is kept out of sentences but not removed
 * from the offsets' frame; see ent-text.c).  Errors name the problem: missing
 * file, directory, empty, binary, invalid UTF-8 at byte N, too large. */
gboolean ent_text_load_file (const char *path, char **text, gsize *len, GError **error);
/* Validates in-memory text the same way (origin names it in errors). */
gboolean ent_text_validate (const char *text, gsize len, const char *origin, GError **error);

/* Appends EntSpan sentence ranges for @text to @out. */
void     ent_text_split_sentences (const char *text, gsize len, GArray *out);

/* A title for a document: its first heading-like line, else @fallback. */
char    *ent_text_guess_title (const char *text, gsize len, const char *fallback);

/* Loads @path, splits it and adds it to @net.  Returns the document. */
EntDocument *ent_network_load_document (EntNetwork *net, const char *path, GError **error);

G_END_DECLS
