/* test-layout.c: Graphviz layout of small networks. */
#include "config.h"

#include <math.h>

#include "ent-layout.h"
#include "ent-filter.h"

static EntNetwork *
small_network (void)
{
  EntNetwork *net = ent_network_new ();
  EntRelation *rel;

  ent_network_add_actor (net, "Libya", ENT_ACTOR_STATE);                /* 0 */
  ent_network_add_actor (net, "Khalifa Haftar", ENT_ACTOR_LEADER);      /* 1 */
  ent_network_add_actor (net, "Egypt", ENT_ACTOR_STATE);                /* 2 */
  ent_network_add_actor (net, "Turkey", ENT_ACTOR_STATE);               /* 3 */
  ent_network_add_actor (net, "Wagner Group", ENT_ACTOR_GROUP);         /* 4 */
  ent_network_add_actor (net, "Aguila Saleh", ENT_ACTOR_PERSON);        /* 5 */
  ent_network_add_actor (net, "United Arab Emirates", ENT_ACTOR_STATE); /* 6 */

  rel = ent_network_add_relation (net, 2, 1, ENT_POLARITY_ALLY, "support", FALSE);
  ent_relation_add_evidence (rel, 0, 0, 0, 10, "Egypt backed Haftar.", "backed", NULL);
  ent_network_add_relation (net, 3, 1, ENT_POLARITY_HOSTILE, "conflict", FALSE);
  ent_network_add_relation (net, 4, 1, ENT_POLARITY_ALLY, "cooperation", TRUE);
  ent_network_add_relation (net, 5, 1, ENT_POLARITY_NEUTRAL, "mention", FALSE);
  ent_network_add_relation (net, 6, 1, ENT_POLARITY_ALLY, "support", FALSE);
  /* Ally AND hostile between the same pair. */
  ent_network_add_relation (net, 2, 3, ENT_POLARITY_ALLY, "agreement", FALSE);
  ent_network_add_relation (net, 3, 2, ENT_POLARITY_HOSTILE, "accusation", TRUE);
  ent_network_add_relation (net, 0, 1, ENT_POLARITY_HOSTILE, "conflict", FALSE);
  return net;
}

static void
check_layout (const EntNetwork *net, const EntLayout *layout, const gboolean *actor_visible)
{
  g_assert_cmpuint (layout->n_nodes, ==, net->actors->len);
  g_assert_cmpuint (layout->n_edges, ==, net->relations->len);
  g_assert_cmpfloat (layout->width, >, 0);
  g_assert_cmpfloat (layout->height, >, 0);

  for (guint i = 0; i < layout->n_nodes; i++)
    {
      const EntNodeGeom *n = &layout->nodes[i];

      if (actor_visible && !actor_visible[i])
        {
          g_assert_false (n->placed);
          continue;
        }
      g_assert_true (n->placed);
      g_assert_true (isfinite (n->x) && isfinite (n->y));
      /* Shape and label inside the bounding box. */
      g_assert_cmpfloat (n->x - MAX (n->w, n->label_w) / 2, >=, layout->x0 - 0.01);
      g_assert_cmpfloat (n->x + MAX (n->w, n->label_w) / 2, <=, layout->x0 + layout->width + 0.01);
      g_assert_cmpfloat (n->y - n->h / 2, >=, layout->y0 - 0.01);
      g_assert_cmpfloat (n->y + n->h / 2 + ENT_LABEL_GAP + n->label_h, <=,
                         layout->y0 + layout->height + 0.01);
      if (*((const EntActor *) g_ptr_array_index (net->actors, i))->name != '\0')
        {
          g_assert_cmpfloat (n->label_w, >, 0);
          g_assert_cmpfloat (n->label_h, >, 0);
        }

      /* Distinct positions: shapes do not sit on each other. */
      for (guint j = 0; j < i; j++)
        {
          const EntNodeGeom *m = &layout->nodes[j];

          if (!m->placed)
            continue;
          g_assert_cmpfloat (hypot (n->x - m->x, n->y - m->y), >, 5.0);
        }
    }

  for (guint r = 0; r < layout->n_edges; r++)
    {
      const EntRelation *rel = g_ptr_array_index (net->relations, r);
      const EntEdgeGeom *e = &layout->edges[r];
      const EntNodeGeom *s = &layout->nodes[rel->source];
      const EntNodeGeom *t = &layout->nodes[rel->target];
      double x0, y0, x1, y1, ds, dt;

      if (!s->placed || !t->placed)
        {
          g_assert_false (e->placed);
          continue;
        }
      g_assert_true (e->placed);
      g_assert_cmpuint (e->n_points, >=, 4);
      g_assert_cmpuint ((e->n_points - 1) % 3, ==, 0);
      x0 = e->points[0];
      y0 = e->points[1];
      x1 = e->points[2 * (e->n_points - 1)];
      y1 = e->points[2 * (e->n_points - 1) + 1];
      /* Starts at the source's outline, ends at the target's. */
      ds = hypot (x0 - s->x, y0 - s->y);
      dt = hypot (x1 - t->x, y1 - t->y);
      g_assert_cmpfloat (ds, <=, hypot (s->w, s->h) / 2 + 1.0);
      g_assert_cmpfloat (dt, <=, hypot (t->w, t->h) / 2 + 1.0);
      g_assert_cmpfloat (ds, >=, MIN (s->w, s->h) / 2 * 0.7 - 1.0);   /* diamond: 1/sqrt 2 */
      g_assert_cmpfloat (dt, >=, MIN (t->w, t->h) / 2 * 0.7 - 1.0);
    }
}

static void
test_layout_engines (void)
{
  g_autoptr(EntNetwork) net = small_network ();
  const char *engines[] = { "auto", "neato", "sfdp", "dot", "fdp", "circo", "twopi" };

  for (guint i = 0; i < G_N_ELEMENTS (engines); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(EntLayout) layout = ent_layout_compute (net, NULL, NULL, engines[i], NULL, &error);

      g_test_message ("engine %s", engines[i]);
      g_assert_no_error (error);
      g_assert_nonnull (layout);
      check_layout (net, layout, NULL);
    }
}

static void
test_layout_bad_engine (void)
{
  g_autoptr(EntNetwork) net = small_network ();
  g_autoptr(GError) error = NULL;
  EntLayout *layout = ent_layout_compute (net, NULL, NULL, "spring", NULL, &error);

  g_assert_null (layout);
  g_assert_error (error, ENT_ERROR, ENT_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, "spring"));
  g_assert_false (ent_layout_engine_valid ("spring"));
  g_assert_true (ent_layout_engine_valid ("auto"));
  g_assert_true (ent_layout_engine_valid ("twopi"));
  g_assert_cmpstr (ent_layout_pick_engine (net, "auto"), ==, "neato");
  g_assert_cmpstr (ent_layout_pick_engine (net, NULL), ==, "neato");
}

static void
test_layout_pick_large (void)
{
  g_autoptr(EntNetwork) net = ent_network_new ();

  for (guint i = 0; i < 400; i++)
    {
      g_autofree char *name = g_strdup_printf ("Actor %u", i);
      ent_network_add_actor (net, name, ENT_ACTOR_STATE);
    }
  g_assert_cmpstr (ent_layout_pick_engine (net, "auto"), ==, "sfdp");
}

/* Signed largest distance of a curve from the line a -> b. */
static double
bulge (const EntEdgeGeom *e, const EntNodeGeom *a, const EntNodeGeom *b)
{
  double dx = b->x - a->x, dy = b->y - a->y, len = hypot (dx, dy), best = 0;

  for (guint k = 0; k + 3 < e->n_points; k += 3)
    for (int s = 0; s <= 20; s++)
      {
        const double *p = e->points + 2 * k;
        double t = s / 20.0, u = 1 - t;
        double x = u * u * u * p[0] + 3 * u * u * t * p[2] + 3 * u * t * t * p[4] + t * t * t * p[6];
        double y = u * u * u * p[1] + 3 * u * u * t * p[3] + 3 * u * t * t * p[5] + t * t * t * p[7];
        double d = ((x - a->x) * dy - (y - a->y) * dx) / len;

        if (fabs (d) > fabs (best))
          best = d;
      }
  return best;
}

/* Ally and hostile between the same pair: two distinct curves, one on
 * each side of the line between the two actors. */
static void
check_pair_apart (const EntNetwork *net, const EntLayout *layout, guint r1, guint r2)
{
  const EntRelation *rel = g_ptr_array_index (net->relations, r1);
  const EntNodeGeom *a = &layout->nodes[MIN (rel->source, rel->target)];
  const EntNodeGeom *b = &layout->nodes[MAX (rel->source, rel->target)];
  double b1 = bulge (&layout->edges[r1], a, b);
  double b2 = bulge (&layout->edges[r2], a, b);

  g_test_message ("bulges %g %g", b1, b2);
  g_assert_cmpfloat (b1 * b2, <, 0);
  g_assert_cmpfloat (fabs (b1 - b2), >=, 6.0);
}

static void
test_layout_pair_offsets (void)
{
  g_autoptr(EntNetwork) net = small_network ();
  const char *engines[] = { "neato", "sfdp", "dot", "circo" };

  for (guint i = 0; i < G_N_ELEMENTS (engines); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(EntLayout) layout = ent_layout_compute (net, NULL, NULL, engines[i], NULL, &error);

      g_assert_no_error (error);
      g_assert_cmpfloat (layout->edges[5].offset, !=, layout->edges[6].offset);
      g_assert_cmpfloat (layout->edges[0].offset, ==, 0);
      check_pair_apart (net, layout, 5, 6);
    }
}

/* Names that would break or inject into DOT source if pasted into it. */
static void
test_layout_hostile_names (void)
{
  g_autoptr(EntNetwork) net = ent_network_new ();
  const char *names[] = {
    "\"; n0 -> n1 [label=\"x\"]; //",
    "{ subgraph cluster_x { } }",
    "back\\slash \\N \\G",
    "two\nlines\r\nand\ttab",
    "<html>&amp;</html>",
    "",
    "A very long name of an armed group that goes on and on far past any reasonable label width",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(EntLayout) layout = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    ent_network_add_actor (net, names[i], i % ENT_N_ACTOR_TYPES);
  for (guint i = 0; i + 1 < G_N_ELEMENTS (names); i++)
    ent_network_add_relation (net, i, i + 1, i % ENT_N_POLARITIES, "mention", FALSE);

  layout = ent_layout_compute (net, NULL, NULL, "neato", NULL, &error);
  g_assert_no_error (error);
  check_layout (net, layout, NULL);
  /* The long name wrapped: no wider than the wrap width (plus rounding). */
  g_assert_cmpfloat (layout->nodes[6].label_w, <=, 141);
  g_assert_cmpfloat (layout->nodes[6].label_h, >, layout->nodes[0].label_h * 1.5);
}

static void
test_layout_filtered (void)
{
  g_autoptr(EntNetwork) net = small_network ();
  g_autoptr(GError) error = NULL;
  g_autoptr(EntLayout) layout = NULL;
  g_autofree gboolean *av = g_new0 (gboolean, net->actors->len);
  g_autofree gboolean *rv = g_new0 (gboolean, net->relations->len);
  EntFilter f;

  ent_filter_init (&f);
  f.type_mask = (1u << ENT_ACTOR_STATE) | (1u << ENT_ACTOR_LEADER);
  ent_filter_apply (&f, net, av, rv);
  layout = ent_layout_compute (net, av, rv, "auto", NULL, &error);
  g_assert_no_error (error);
  check_layout (net, layout, av);
  g_assert_false (layout->nodes[4].placed);
  g_assert_false (layout->edges[2].placed);   /* Wagner -> Haftar */
}

static void
test_layout_empty (void)
{
  g_autoptr(EntNetwork) net = ent_network_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(EntLayout) layout = ent_layout_compute (net, NULL, NULL, "auto", NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (layout);
  g_assert_cmpuint (layout->n_nodes, ==, 0);
  g_assert_cmpfloat (layout->width, ==, 0);
}

static void
test_layout_cancelled (void)
{
  g_autoptr(EntNetwork) net = small_network ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  EntLayout *layout;

  g_cancellable_cancel (cancellable);
  layout = ent_layout_compute (net, NULL, NULL, "neato", cancellable, &error);
  g_assert_null (layout);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
test_layout_move_node (void)
{
  g_autoptr(EntNetwork) net = small_network ();
  g_autoptr(GError) error = NULL;
  g_autoptr(EntLayout) layout = ent_layout_compute (net, NULL, NULL, "neato", NULL, &error);
  g_autoptr(EntLayout) copy = NULL;
  double old_w;

  g_assert_no_error (error);
  old_w = layout->width;
  copy = ent_layout_copy (layout);

  /* Move Egypt far to the right: its relations follow it. */
  ent_layout_move_node (layout, net, 2, layout->width + 300, 40);
  ent_layout_update_bounds (layout);
  check_layout (net, layout, NULL);
  g_assert_cmpfloat (layout->width, >, old_w + 200);
  /* The ally/hostile pair still apart after re-routing. */
  g_assert_cmpfloat (layout->edges[5].offset, ==, copy->edges[5].offset);
  check_pair_apart (net, layout, 5, 6);
  /* The copy is independent. */
  g_assert_cmpfloat (copy->width, ==, old_w);
  g_assert_cmpfloat (copy->nodes[2].x, !=, layout->nodes[2].x);

  /* Moving it to the left of everything moves the origin. */
  ent_layout_move_node (layout, net, 2, -500, 40);
  ent_layout_update_bounds (layout);
  g_assert_cmpfloat (layout->x0, <, -400);
  check_layout (net, layout, NULL);
}

static void
test_layout_manual (void)
{
  g_autoptr(EntNetwork) net = small_network ();
  g_autoptr(EntLayout) layout = ent_layout_new (net, "neato");

  for (guint i = 0; i < layout->n_nodes; i++)
    {
      g_assert_false (layout->nodes[i].placed);
      g_assert_cmpfloat (layout->nodes[i].label_w, >, 0);
      layout->nodes[i].x = 100 + 150 * (i % 3);
      layout->nodes[i].y = 100 + 120 * (i / 3);
      layout->nodes[i].placed = TRUE;
    }
  ent_layout_reroute (layout, net, NULL);
  check_layout (net, layout, NULL);
  check_pair_apart (net, layout, 5, 6);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/layout/engines", test_layout_engines);
  g_test_add_func ("/layout/bad-engine", test_layout_bad_engine);
  g_test_add_func ("/layout/pick-large", test_layout_pick_large);
  g_test_add_func ("/layout/pair-offsets", test_layout_pair_offsets);
  g_test_add_func ("/layout/hostile-names", test_layout_hostile_names);
  g_test_add_func ("/layout/filtered", test_layout_filtered);
  g_test_add_func ("/layout/empty", test_layout_empty);
  g_test_add_func ("/layout/cancelled", test_layout_cancelled);
  g_test_add_func ("/layout/move-node", test_layout_move_node);
  g_test_add_func ("/layout/manual", test_layout_manual);

  return g_test_run ();
}
