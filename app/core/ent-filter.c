/* ent-filter.c: which actors and relations are shown.
 *
 * One function decides visibility for the window, `entente render` and the
 * exports, so that what is drawn, what is exported and what is counted in
 * the side panels always agree.
 */
#define G_LOG_DOMAIN "ent-filter"

#include "config.h"

#include <string.h>

#include "ent-filter.h"

void
ent_filter_init (EntFilter *f)
{
  g_return_if_fail (f != NULL);

  memset (f, 0, sizeof *f);
  f->type_mask = ENT_FILTER_ALL_TYPES;
  f->polarity_mask = ENT_FILTER_ALL_POLARITIES;
  f->min_sentences = 0;
  f->hide_isolated = FALSE;
  f->focus_actor = -1;
  f->focus_hops = 1;
  f->removed_actors = NULL;
}

static guint
removed_count (GHashTable *set)
{
  return set ? g_hash_table_size (set) : 0;
}

static gboolean
is_removed (const EntFilter *f, guint actor)
{
  return f->removed_actors != NULL &&
         g_hash_table_contains (f->removed_actors, GUINT_TO_POINTER (actor));
}

gboolean
ent_filter_equal (const EntFilter *a, const EntFilter *b)
{
  GHashTableIter iter;
  gpointer key;

  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL)
    return FALSE;

  if (a->type_mask != b->type_mask ||
      a->polarity_mask != b->polarity_mask ||
      a->min_sentences != b->min_sentences ||
      !a->hide_isolated != !b->hide_isolated ||
      a->focus_actor != b->focus_actor)
    return FALSE;

  if (a->focus_actor >= 0 && a->focus_hops != b->focus_hops)
    return FALSE;

  if (removed_count (a->removed_actors) != removed_count (b->removed_actors))
    return FALSE;

  if (a->removed_actors != NULL)
    {
      g_hash_table_iter_init (&iter, a->removed_actors);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        if (!g_hash_table_contains (b->removed_actors, key))
          return FALSE;
    }

  return TRUE;
}

void
ent_filter_apply (const EntFilter *f, const EntNetwork *net,
                  gboolean *actor_visible, gboolean *relation_visible)
{
  EntFilter defaults;
  guint n_actors, n_relations;
  int focus;

  g_return_if_fail (net != NULL);
  g_return_if_fail (actor_visible != NULL || net->actors->len == 0);
  g_return_if_fail (relation_visible != NULL || net->relations->len == 0);

  if (f == NULL)
    {
      ent_filter_init (&defaults);
      f = &defaults;
    }

  n_actors = net->actors->len;
  n_relations = net->relations->len;

  focus = f->focus_actor;
  if (focus >= (int) n_actors || (focus >= 0 && is_removed (f, (guint) focus)))
    focus = -1;

  /* 1. Actors by type and removal.  A focused actor is shown whatever its
   *    type: the user asked for it by name. */
  for (guint i = 0; i < n_actors; i++)
    {
      const EntActor *actor = g_ptr_array_index (net->actors, i);

      actor_visible[i] = (f->type_mask & (1u << actor->type)) != 0 &&
                         !is_removed (f, i);
    }
  if (focus >= 0)
    actor_visible[focus] = TRUE;

  /* 2. Relations by polarity, weight and their endpoints. */
  for (guint i = 0; i < n_relations; i++)
    {
      const EntRelation *rel = g_ptr_array_index (net->relations, i);

      relation_visible[i] = rel->source < n_actors &&
                            rel->target < n_actors &&
                            (f->polarity_mask & (1u << rel->polarity)) != 0 &&
                            ent_relation_weight (rel) >= f->min_sentences &&
                            actor_visible[rel->source] &&
                            actor_visible[rel->target];
    }

  /* 3. Focus: keep the actors within focus_hops of the focused actor along
   *    visible relations (breadth-first). */
  if (focus >= 0)
    {
      g_autofree guint *dist = g_new (guint, MAX (n_actors, 1));
      guint hops = CLAMP (f->focus_hops, 1, 2);

      for (guint i = 0; i < n_actors; i++)
        dist[i] = G_MAXUINT;
      dist[focus] = 0;

      for (guint level = 0; level < hops; level++)
        {
          for (guint i = 0; i < n_relations; i++)
            {
              const EntRelation *rel = g_ptr_array_index (net->relations, i);

              if (!relation_visible[i])
                continue;
              if (dist[rel->source] == level && dist[rel->target] == G_MAXUINT)
                dist[rel->target] = level + 1;
              else if (dist[rel->target] == level && dist[rel->source] == G_MAXUINT)
                dist[rel->source] = level + 1;
            }
        }

      for (guint i = 0; i < n_actors; i++)
        if (dist[i] == G_MAXUINT)
          actor_visible[i] = FALSE;

      for (guint i = 0; i < n_relations; i++)
        {
          const EntRelation *rel = g_ptr_array_index (net->relations, i);

          if (relation_visible[i] &&
              (!actor_visible[rel->source] || !actor_visible[rel->target]))
            relation_visible[i] = FALSE;
        }
    }

  /* 4. Isolated actors: those left with no visible relation. */
  if (f->hide_isolated)
    {
      g_autofree gboolean *linked = g_new0 (gboolean, MAX (n_actors, 1));

      for (guint i = 0; i < n_relations; i++)
        {
          const EntRelation *rel = g_ptr_array_index (net->relations, i);

          if (relation_visible[i])
            linked[rel->source] = linked[rel->target] = TRUE;
        }
      for (guint i = 0; i < n_actors; i++)
        if (!linked[i] && (int) i != focus)
          actor_visible[i] = FALSE;
    }
}

typedef gboolean (*ParseOne) (const char *word, guint *bit);

static gboolean
parse_type_word (const char *word, guint *bit)
{
  EntActorType t;

  if (!ent_actor_type_from_string (word, &t))
    return FALSE;
  *bit = 1u << t;
  return TRUE;
}

static gboolean
parse_polarity_word (const char *word, guint *bit)
{
  EntPolarity p;

  if (!ent_polarity_from_string (word, &p))
    return FALSE;
  *bit = 1u << p;
  return TRUE;
}

static gboolean
parse_list (const char *s, ParseOne parse_one, guint all, const char *what,
            const char *expected, guint *mask, GError **error)
{
  g_auto(GStrv) words = NULL;
  guint result = 0;

  if (s == NULL || *s == '\0')
    {
      g_set_error (error, ENT_ERROR, ENT_ERROR_INVALID_DATA,
                   "empty list of %ss (expected %s)", what, expected);
      return FALSE;
    }

  words = g_strsplit (s, ",", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *word = g_ascii_strdown (g_strstrip (words[i]), -1);
      guint bit = 0;

      if (*word == '\0')
        {
          g_set_error (error, ENT_ERROR, ENT_ERROR_INVALID_DATA,
                       "empty %s in '%s' (expected %s)", what, s, expected);
          return FALSE;
        }
      if (g_str_equal (word, "all"))
        {
          result |= all;
          continue;
        }
      if (!parse_one (word, &bit))
        {
          g_set_error (error, ENT_ERROR, ENT_ERROR_INVALID_DATA,
                       "unknown %s '%s' (expected %s)", what, word, expected);
          return FALSE;
        }
      result |= bit;
    }

  *mask = result;
  return TRUE;
}

gboolean
ent_filter_parse_types (const char *s, guint *mask, GError **error)
{
  g_return_val_if_fail (mask != NULL, FALSE);

  return parse_list (s, parse_type_word, ENT_FILTER_ALL_TYPES, "actor type",
                     "state, leader, person, group or all", mask, error);
}

gboolean
ent_filter_parse_polarities (const char *s, guint *mask, GError **error)
{
  g_return_val_if_fail (mask != NULL, FALSE);

  return parse_list (s, parse_polarity_word, ENT_FILTER_ALL_POLARITIES, "polarity",
                     "ally, hostile, neutral or all", mask, error);
}
