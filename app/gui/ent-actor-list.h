/* ent-actor-list.h: sortable, filterable lists of the shown actors and
 * relations; everything the map does, by keyboard and for screen readers. */
#pragma once

#include <gtk/gtk.h>
#include "ent-network.h"

G_BEGIN_DECLS

#define ENT_TYPE_ACTOR_LIST (ent_actor_list_get_type ())
G_DECLARE_FINAL_TYPE (EntActorList, ent_actor_list, ENT, ACTOR_LIST, GtkWidget)

GtkWidget *ent_actor_list_new (void);
/* Borrowed; call again on any change (NULL masks: all shown). */
void       ent_actor_list_set_data (EntActorList *self, const EntNetwork *net,
                                    const gboolean *actor_visible,
                                    const gboolean *relation_visible);
/* Selects a row without emitting "selection-changed"; -1: none. */
void       ent_actor_list_select (EntActorList *self, int actor, int relation);
guint      ent_actor_list_get_n_actor_rows (EntActorList *self);     /* after the text filter */
guint      ent_actor_list_get_n_relation_rows (EntActorList *self);
/* Index of the actor/relation in row @position as currently sorted, or -1. */
int        ent_actor_list_get_actor_at (EntActorList *self, guint position);
int        ent_actor_list_get_relation_at (EntActorList *self, guint position);
GtkWidget *ent_actor_list_get_filter_entry (EntActorList *self);
GtkWidget *ent_actor_list_get_actor_view (EntActorList *self);
GtkWidget *ent_actor_list_get_relation_view (EntActorList *self);

G_END_DECLS
