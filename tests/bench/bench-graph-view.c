/* bench-graph-view.c: frame times of the map widget on a large map.
 *
 *   xvfb-run -a -s "-screen 0 1280x1024x24" build/tests/bench/bench-graph-view [N_ACTORS]
 *
 * Builds a random map (N actors, 2N relations, laid out by hand), shows it
 * in a 1200 x 800 window and times, each averaged over many frames:
 *   - a full re-render of the cached picture (what zooming costs),
 *   - a pan frame: the cached node translated, plus the overlay,
 *   - a hover frame: the same with the hover emphasis,
 *   - a node drag frame: the map without the node, the node on top,
 * both as snapshot time (the widget's own work) and snapshot + rasterising
 * the frame with the window's renderer (what a frame costs on screen).
 * GSK_RENDERER=cairo or gl picks the renderer.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "ent-graph-view-private.h"

#define WIN_W 1200
#define WIN_H 800

static EntNetwork *
make_network (guint n_actors, GRand *rand)
{
  EntNetwork *net = ent_network_new ();

  for (guint i = 0; i < n_actors; i++)
    {
      g_autofree char *name = g_strdup_printf ("Actor number %u", i);
      ent_network_add_actor (net, name, g_rand_int_range (rand, 0, ENT_N_ACTOR_TYPES));
    }
  for (guint i = 0; i < 2 * n_actors; i++)
    {
      guint a = g_rand_int_range (rand, 0, n_actors);
      guint b = (a + 1 + g_rand_int_range (rand, 0, MIN (n_actors - 1, 40))) % n_actors;
      EntRelation *rel = ent_network_add_relation (net, a, b, g_rand_int_range (rand, 0, ENT_N_POLARITIES),
                                                   "mention", FALSE);
      ent_relation_add_evidence (rel, 0, 0, 0, 1, "x", NULL, NULL);
    }
  return net;
}

static EntLayout *
make_layout (const EntNetwork *net, GRand *rand)
{
  EntLayout *l = g_new0 (EntLayout, 1);
  guint n = net->actors->len;
  double side = 60 * sqrt (n);

  l->engine = g_strdup ("neato");
  l->n_nodes = n;
  l->nodes = g_new0 (EntNodeGeom, n);
  l->n_edges = net->relations->len;
  l->edges = g_new0 (EntEdgeGeom, l->n_edges);
  for (guint i = 0; i < n; i++)
    {
      /* Neighbouring indices sit close together, like a real layout. */
      double t = (double) i / n;
      l->nodes[i].x = side / 2 + side * 0.45 * cos (t * 2 * G_PI * 7) * (0.2 + 0.8 * t)
                      + g_rand_double_range (rand, -30, 30);
      l->nodes[i].y = side / 2 + side * 0.45 * sin (t * 2 * G_PI * 7) * (0.2 + 0.8 * t)
                      + g_rand_double_range (rand, -30, 30);
      l->nodes[i].w = 24;
      l->nodes[i].h = 17;
      l->nodes[i].label_w = 70;
      l->nodes[i].label_h = 12;
      l->nodes[i].placed = TRUE;
    }
  for (guint r = 0; r < l->n_edges; r++)
    {
      const EntRelation *rel = g_ptr_array_index (net->relations, r);
      const EntNodeGeom *a = &l->nodes[rel->source], *b = &l->nodes[rel->target];
      EntEdgeGeom *e = &l->edges[r];

      e->n_points = 4;
      e->points = g_new (double, 8);
      for (guint k = 0; k < 4; k++)
        {
          e->points[2 * k] = a->x + (b->x - a->x) * k / 3.0;
          e->points[2 * k + 1] = a->y + (b->y - a->y) * k / 3.0;
        }
      e->placed = TRUE;
    }
  l->width = side;
  l->height = side;
  return l;
}

static void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Milliseconds per frame: snapshot only, and snapshot + rasterising. */
static void
time_frames (EntGraphView *view, GskRenderer *renderer, guint n, int mode,
             double *snap_ms, double *full_ms)
{
  gint64 snap = 0, full = 0;

  for (guint i = 0; i < n; i++)
    {
      gint64 t0, t1, t2;
      GskRenderNode *node;

      switch (mode)
        {
        case 0:   /* re-render: alternate between two zoom levels */
          ent_graph_view_zoom_at (view, i % 2 ? 1.25 : 0.8, WIN_W / 2.0, WIN_H / 2.0);
          break;
        case 1:   /* pan */
          ent_graph_view_pan (view, i % 2 ? 37 : -23, i % 3 ? 11 : -19);
          break;
        case 3:   /* a node dragged around */
          _ent_graph_view_drag_update (view, 40 * cos (i * 0.3), 40 * sin (i * 0.3) + 20);
          break;
        default:  /* hover moves across nodes */
          {
            double x, y;
            if (ent_graph_view_actor_to_widget (view, (i * 7) % view->net->actors->len, &x, &y))
              _ent_graph_view_motion (view, x, y);
          }
          break;
        }

      t0 = g_get_monotonic_time ();
      node = _ent_graph_view_render_frame (view);
      t1 = g_get_monotonic_time ();
      if (node != NULL)
        {
          GdkTexture *tex = gsk_renderer_render_texture (renderer, node,
                                                         &GRAPHENE_RECT_INIT (0, 0, WIN_W, WIN_H));
          g_object_unref (tex);
          gsk_render_node_unref (node);
        }
      t2 = g_get_monotonic_time ();
      snap += t1 - t0;
      full += t2 - t0;
    }
  *snap_ms = snap / 1000.0 / n;
  *full_ms = full / 1000.0 / n;
}

int
main (int argc, char **argv)
{
  guint n_actors = argc > 1 ? (guint) atoi (argv[1]) : 2000;
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  EntNetwork *net;
  EntLayout *layout;
  GtkWidget *window;
  EntGraphView *view;
  GskRenderer *renderer;
  double snap, full;
  guint count0, count1;
  gint64 end;

  gtk_init ();
  if (n_actors < 2)
    n_actors = 2;

  net = make_network (n_actors, rand);
  layout = make_layout (net, rand);

  window = gtk_window_new ();
  gtk_window_set_decorated (GTK_WINDOW (window), FALSE);
  gtk_window_set_default_size (GTK_WINDOW (window), WIN_W, WIN_H);
  view = ENT_GRAPH_VIEW (ent_graph_view_new ());
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (gtk_widget_get_width (GTK_WIDGET (view)) != WIN_W && g_get_monotonic_time () < end)
    iterate ();

  ent_graph_view_set_data (view, net, layout, NULL, NULL);
  /* Close enough that labels are drawn, far enough to see many nodes. */
  ent_graph_view_zoom_at (view, 1.0 / ent_graph_view_get_zoom (view), WIN_W / 2.0, WIN_H / 2.0);
  renderer = gtk_native_get_renderer (gtk_widget_get_native (GTK_WIDGET (view)));

  g_print ("map: %u actors, %u relations, %.0f x %.0f points; renderer %s; window %d x %d\n",
           net->actors->len, net->relations->len, layout->width, layout->height,
           G_OBJECT_TYPE_NAME (renderer), WIN_W, WIN_H);

  time_frames (view, renderer, 1, 1, &snap, &full);   /* warm up */

  count0 = _ent_graph_view_get_render_count (view);
  time_frames (view, renderer, 10, 0, &snap, &full);
  g_print ("zoom frame (re-render):  %7.2f ms snapshot, %7.2f ms with rasterising\n", snap, full);

  count1 = _ent_graph_view_get_render_count (view);
  time_frames (view, renderer, 60, 1, &snap, &full);
  g_print ("pan frame (cached):      %7.2f ms snapshot, %7.2f ms with rasterising (%u re-renders in 60 frames)\n",
           snap, full, _ent_graph_view_get_render_count (view) - count1);

  count1 = _ent_graph_view_get_render_count (view);
  time_frames (view, renderer, 60, 2, &snap, &full);
  g_print ("hover frame (cached):    %7.2f ms snapshot, %7.2f ms with rasterising (%u re-renders)\n",
           snap, full, _ent_graph_view_get_render_count (view) - count1);

  {
    double x, y;

    g_assert_true (ent_graph_view_actor_to_widget (view, 0, &x, &y));
    _ent_graph_view_leave (view);
    count1 = _ent_graph_view_get_render_count (view);
    _ent_graph_view_drag_begin (view, x, y);
    time_frames (view, renderer, 60, 3, &snap, &full);
    _ent_graph_view_drag_end (view, 0, 20);
    g_print ("node drag frame:         %7.2f ms snapshot, %7.2f ms with rasterising (%u re-renders)\n",
             snap, full, _ent_graph_view_get_render_count (view) - count1);
  }
  g_print ("re-renders in total: %u\n", _ent_graph_view_get_render_count (view) - count0);

  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
  ent_layout_free (layout);
  ent_network_free (net);
  return 0;
}
