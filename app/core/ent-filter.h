/* ent-filter.h: which actors and relations are shown.  Shared by the window,
 * `entente render` and export so that all three agree. */
#pragma once

#include "ent-network.h"

G_BEGIN_DECLS

typedef struct {
  guint    type_mask;       /* bit (1 << EntActorType) set = shown */
  guint    polarity_mask;   /* bit (1 << EntPolarity) set = shown */
  guint    min_sentences;   /* relations with fewer evidence sentences are hidden */
  gboolean hide_isolated;   /* hide actors with no visible relation */
  int      focus_actor;     /* actor index, or -1 for no focus */
  guint    focus_hops;      /* 1 or 2 */
  GHashTable *removed_actors;    /* optional: set of actor indices removed by the user */
} EntFilter;

#define ENT_FILTER_ALL_TYPES      ((1u << ENT_N_ACTOR_TYPES) - 1)
#define ENT_FILTER_ALL_POLARITIES ((1u << ENT_N_POLARITIES) - 1)

void     ent_filter_init (EntFilter *f);   /* everything shown */
gboolean ent_filter_equal (const EntFilter *a, const EntFilter *b);

/* Fills @actor_visible (actors->len) and @relation_visible (relations->len). */
void     ent_filter_apply (const EntFilter *f, const EntNetwork *net,
                           gboolean *actor_visible, gboolean *relation_visible);

/* Parses CLI values: "state,leader" ; "ally,hostile". */
gboolean ent_filter_parse_types (const char *s, guint *mask, GError **error);
gboolean ent_filter_parse_polarities (const char *s, guint *mask, GError **error);

G_END_DECLS
