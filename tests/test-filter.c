/* test-filter.c: which actors and relations are shown. */
#include "config.h"

#include "ent-filter.h"

/*   0 Russia (state) --ally(3)-- 1 Syria (state) --ally(1)-- 2 Bashar al-Assad (leader)
 *   1 Syria --hostile(2)-- 3 Hayat Tahrir al-Sham (group)
 *   3 HTS --neutral(1)-- 4 Abu Mohammad al-Jolani (person)
 *   5 Jordan (state): no relation
 *   0 Russia --hostile(1)-- 6 Ukraine (state)                                        */
static EntNetwork *
network (void)
{
  EntNetwork *net = ent_network_new ();
  struct { guint s, t; EntPolarity p; guint n; } rels[] = {
    { 0, 1, ENT_POLARITY_ALLY, 3 },
    { 1, 2, ENT_POLARITY_ALLY, 1 },
    { 1, 3, ENT_POLARITY_HOSTILE, 2 },
    { 3, 4, ENT_POLARITY_NEUTRAL, 1 },
    { 0, 6, ENT_POLARITY_HOSTILE, 1 },
  };

  ent_network_add_actor (net, "Russia", ENT_ACTOR_STATE);
  ent_network_add_actor (net, "Syria", ENT_ACTOR_STATE);
  ent_network_add_actor (net, "Bashar al-Assad", ENT_ACTOR_LEADER);
  ent_network_add_actor (net, "Hayat Tahrir al-Sham", ENT_ACTOR_GROUP);
  ent_network_add_actor (net, "Abu Mohammad al-Jolani", ENT_ACTOR_PERSON);
  ent_network_add_actor (net, "Jordan", ENT_ACTOR_STATE);
  ent_network_add_actor (net, "Ukraine", ENT_ACTOR_STATE);

  for (guint i = 0; i < G_N_ELEMENTS (rels); i++)
    {
      EntRelation *rel = ent_network_add_relation (net, rels[i].s, rels[i].t, rels[i].p, "x", FALSE);

      for (guint k = 0; k < rels[i].n; k++)
        ent_relation_add_evidence (rel, 0, k, 0, 1, "A sentence.", NULL, NULL);
    }
  return net;
}

/* "1100101" style strings make the expectations readable. */
static char *
mask_string (const gboolean *v, guint n)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append_c (s, v[i] ? '1' : '0');
  return g_string_free (s, FALSE);
}

static void
check (const EntFilter *f, const char *actors, const char *relations)
{
  g_autoptr(EntNetwork) net = network ();
  g_autofree gboolean *av = g_new0 (gboolean, net->actors->len);
  g_autofree gboolean *rv = g_new0 (gboolean, net->relations->len);
  g_autofree char *as = NULL, *rs = NULL;

  ent_filter_apply (f, net, av, rv);
  as = mask_string (av, net->actors->len);
  rs = mask_string (rv, net->relations->len);
  g_assert_cmpstr (as, ==, actors);
  g_assert_cmpstr (rs, ==, relations);
}

static void
test_filter_default (void)
{
  EntFilter f;

  ent_filter_init (&f);
  check (&f, "1111111", "11111");
  check (NULL, "1111111", "11111");
}

static void
test_filter_types (void)
{
  EntFilter f;

  ent_filter_init (&f);
  f.type_mask = 1u << ENT_ACTOR_STATE;
  check (&f, "1100011", "10001");

  f.type_mask = (1u << ENT_ACTOR_GROUP) | (1u << ENT_ACTOR_PERSON);
  check (&f, "0001100", "00010");
}

static void
test_filter_polarities (void)
{
  EntFilter f;

  ent_filter_init (&f);
  f.polarity_mask = 1u << ENT_POLARITY_HOSTILE;
  check (&f, "1111111", "00101");
  f.hide_isolated = TRUE;
  check (&f, "1101001", "00101");
}

static void
test_filter_min_sentences (void)
{
  EntFilter f;

  ent_filter_init (&f);
  f.min_sentences = 2;
  check (&f, "1111111", "10100");
  f.hide_isolated = TRUE;
  check (&f, "1101000", "10100");
  f.min_sentences = 4;
  check (&f, "0000000", "00000");
}

static void
test_filter_isolated (void)
{
  EntFilter f;

  ent_filter_init (&f);
  f.hide_isolated = TRUE;
  check (&f, "1111101", "11111");
}

static void
test_filter_focus (void)
{
  EntFilter f;

  ent_filter_init (&f);
  f.focus_actor = 1;   /* Syria */
  f.focus_hops = 1;
  check (&f, "1111000", "11100");
  f.focus_hops = 2;
  check (&f, "1111101", "11111");

  /* Over visible relations only: without ally links Syria reaches HTS, then Jolani. */
  f.polarity_mask = (1u << ENT_POLARITY_HOSTILE) | (1u << ENT_POLARITY_NEUTRAL);
  check (&f, "0101100", "00110");

  /* The focused actor stays even if its type is filtered out, and even
   * with hide_isolated when it has no relation left. */
  ent_filter_init (&f);
  f.focus_actor = 5;   /* Jordan, no relations */
  f.type_mask = 1u << ENT_ACTOR_LEADER;
  f.hide_isolated = TRUE;
  check (&f, "0000010", "00000");

  /* An out-of-range focus is ignored. */
  ent_filter_init (&f);
  f.focus_actor = 99;
  check (&f, "1111111", "11111");
}

static void
test_filter_removed (void)
{
  g_autoptr(GHashTable) removed = g_hash_table_new (NULL, NULL);
  EntFilter f, g;

  ent_filter_init (&f);
  f.removed_actors = removed;
  g_hash_table_add (removed, GUINT_TO_POINTER (1));   /* Syria */
  check (&f, "1011111", "00011");

  /* A removed actor cannot be focused. */
  f.focus_actor = 1;
  check (&f, "1011111", "00011");

  ent_filter_init (&g);
  g_assert_false (ent_filter_equal (&f, &g));
  g.focus_actor = 1;
  g.removed_actors = g_hash_table_new (NULL, NULL);
  g_assert_false (ent_filter_equal (&f, &g));
  g_hash_table_add (g.removed_actors, GUINT_TO_POINTER (1));
  g_assert_true (ent_filter_equal (&f, &g));
  g_hash_table_add (g.removed_actors, GUINT_TO_POINTER (2));
  g_assert_false (ent_filter_equal (&f, &g));
  g_hash_table_unref (g.removed_actors);
}

static void
test_filter_equal (void)
{
  EntFilter a, b;
  g_autoptr(GHashTable) empty = g_hash_table_new (NULL, NULL);

  ent_filter_init (&a);
  ent_filter_init (&b);
  g_assert_true (ent_filter_equal (&a, &b));
  /* Hops do not matter without a focus; an empty set equals no set. */
  b.focus_hops = 2;
  b.removed_actors = empty;
  g_assert_true (ent_filter_equal (&a, &b));
  b.min_sentences = 1;
  g_assert_false (ent_filter_equal (&a, &b));
  b.min_sentences = 0;
  b.hide_isolated = TRUE;
  g_assert_false (ent_filter_equal (&a, &b));
  b.hide_isolated = FALSE;
  b.type_mask &= ~(1u << ENT_ACTOR_PERSON);
  g_assert_false (ent_filter_equal (&a, &b));
}

static void
test_filter_parse (void)
{
  guint mask = 0;
  g_autoptr(GError) error = NULL;

  g_assert_true (ent_filter_parse_types ("state,leader", &mask, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mask, ==, (1u << ENT_ACTOR_STATE) | (1u << ENT_ACTOR_LEADER));

  g_assert_true (ent_filter_parse_types (" Group , PERSON ", &mask, &error));
  g_assert_cmpuint (mask, ==, (1u << ENT_ACTOR_GROUP) | (1u << ENT_ACTOR_PERSON));

  g_assert_true (ent_filter_parse_types ("all", &mask, &error));
  g_assert_cmpuint (mask, ==, ENT_FILTER_ALL_TYPES);

  g_assert_false (ent_filter_parse_types ("state,country", &mask, &error));
  g_assert_error (error, ENT_ERROR, ENT_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, "'country'"));
  g_assert_nonnull (strstr (error->message, "state, leader, person, group"));
  g_clear_error (&error);

  g_assert_false (ent_filter_parse_types ("state,,leader", &mask, &error));
  g_assert_error (error, ENT_ERROR, ENT_ERROR_INVALID_DATA);
  g_clear_error (&error);

  g_assert_false (ent_filter_parse_types ("", &mask, &error));
  g_assert_error (error, ENT_ERROR, ENT_ERROR_INVALID_DATA);
  g_clear_error (&error);

  g_assert_true (ent_filter_parse_polarities ("ally,hostile", &mask, &error));
  g_assert_cmpuint (mask, ==, (1u << ENT_POLARITY_ALLY) | (1u << ENT_POLARITY_HOSTILE));
  g_assert_true (ent_filter_parse_polarities ("neutral", &mask, &error));
  g_assert_cmpuint (mask, ==, 1u << ENT_POLARITY_NEUTRAL);

  g_assert_false (ent_filter_parse_polarities ("friendly", &mask, &error));
  g_assert_error (error, ENT_ERROR, ENT_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, "'friendly'"));
  g_assert_nonnull (strstr (error->message, "ally, hostile, neutral"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/filter/default", test_filter_default);
  g_test_add_func ("/filter/types", test_filter_types);
  g_test_add_func ("/filter/polarities", test_filter_polarities);
  g_test_add_func ("/filter/min-sentences", test_filter_min_sentences);
  g_test_add_func ("/filter/isolated", test_filter_isolated);
  g_test_add_func ("/filter/focus", test_filter_focus);
  g_test_add_func ("/filter/removed", test_filter_removed);
  g_test_add_func ("/filter/equal", test_filter_equal);
  g_test_add_func ("/filter/parse", test_filter_parse);

  return g_test_run ();
}
