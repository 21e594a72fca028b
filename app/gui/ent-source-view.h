/* ent-source-view.h: the read-only article text with the selected evidence
 * sentence highlighted and every actor mention underlined. */
#pragma once

#include <gtk/gtk.h>
#include "ent-network.h"

G_BEGIN_DECLS

#define ENT_TYPE_SOURCE_VIEW (ent_source_view_get_type ())
G_DECLARE_FINAL_TYPE (EntSourceView, ent_source_view, ENT, SOURCE_VIEW, GtkWidget)

GtkWidget   *ent_source_view_new (void);
/* Shows document @doc of @net (borrowed until the next call) with the byte
 * range [start, end) highlighted and scrolled into view; start < 0: none. */
void         ent_source_view_show (EntSourceView *self, const EntNetwork *net, guint doc,
                                   gssize start, gssize end);
void         ent_source_view_clear (EntSourceView *self);
int          ent_source_view_get_document (EntSourceView *self);
/* The highlighted text, or NULL. */
char        *ent_source_view_dup_highlight (EntSourceView *self);
/* TRUE when the highlighted sentence lies in the visible part of the text. */
gboolean     ent_source_view_highlight_is_visible (EntSourceView *self);
GtkTextView *ent_source_view_get_text_view (EntSourceView *self);
/* The centre of the @i-th underlined mention in widget coordinates and its
 * actor; FALSE when @i is out of range or the mention is scrolled away. */
gboolean     ent_source_view_get_mention_point (EntSourceView *self, guint i,
                                                double *x, double *y, guint *actor);
guint        ent_source_view_get_n_mentions (EntSourceView *self);
/* The actor mentioned at character @offset of the shown text, or -1. */
int          ent_source_view_actor_at_offset (EntSourceView *self, int offset);

G_END_DECLS
