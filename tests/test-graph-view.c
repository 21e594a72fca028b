/* test-graph-view.c: the map widget's geometry, caching and input.
 *
 * The network and its layout are built by hand (no Graphviz), the view is
 * put in an 800 x 600 window, and the controllers' code is driven through
 * the private hooks with widget coordinates.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "ent-graph-view-private.h"

#define WIN_W 800
#define WIN_H 600

typedef struct {
  GtkWidget    *window;
  EntGraphView *view;
  EntNetwork   *net;
  EntLayout    *layout;
  gboolean      actor_visible[4];
  gboolean      relation_visible[5];

  /* Recorded signals */
  guint         n_selection_changed;
  int           sel_actor;
  int           sel_relation;
  guint         n_activated;
  guint         activated;
  guint         n_moved;
  guint         moved_actor;
  double        moved[4];
} Fixture;

/* ------------------------------------------------------------------ */

static void
add_evidence (EntRelation *rel, guint n)
{
  for (guint i = 0; i < n; i++)
    ent_relation_add_evidence (rel, 0, i, 0, 10, "A sentence of evidence.", NULL, NULL);
}

static EntNetwork *
make_network (void)
{
  EntNetwork *net = ent_network_new ();
  const char *text = "Khartoum and Cairo met. The RSF shelled El Fasher.";
  EntRelation *r;

  ent_network_add_document (net, NULL, "Test", g_strdup (text), strlen (text));
  ent_network_add_actor (net, "Sudan", ENT_ACTOR_STATE);
  ent_network_add_actor (net, "Egypt", ENT_ACTOR_STATE);
  ent_network_add_actor (net, "Rapid Support Forces", ENT_ACTOR_GROUP);
  ent_network_add_actor (net, "Abdel Fattah al-Burhan", ENT_ACTOR_LEADER);

  r = ent_network_add_relation (net, 0, 1, ENT_POLARITY_ALLY, "cooperation", FALSE);
  add_evidence (r, 1);
  r = ent_network_add_relation (net, 0, 2, ENT_POLARITY_HOSTILE, "conflict", FALSE);
  add_evidence (r, 3);
  r = ent_network_add_relation (net, 1, 2, ENT_POLARITY_ALLY, "support", TRUE);
  add_evidence (r, 1);
  r = ent_network_add_relation (net, 0, 1, ENT_POLARITY_HOSTILE, "accusation", FALSE);
  add_evidence (r, 2);
  r = ent_network_add_relation (net, 2, 3, ENT_POLARITY_NEUTRAL, "mention", FALSE);
  add_evidence (r, 1);
  return net;
}

static void
set_node (EntLayout *l, guint i, double x, double y)
{
  l->nodes[i].x = x;
  l->nodes[i].y = y;
  l->nodes[i].w = 40;
  l->nodes[i].h = 30;
  l->nodes[i].label_w = 50;
  l->nodes[i].label_h = 12;
  l->nodes[i].placed = TRUE;
}

static void
set_edge (EntLayout *l, guint i, const double *pts, guint n_points)
{
  l->edges[i].n_points = n_points;
  l->edges[i].points = g_memdup2 (pts, sizeof (double) * 2 * n_points);
  l->edges[i].placed = TRUE;
}

/* Four nodes in a 700 x 420 box.  r1 and r4 are strongly curved; r0 and
 * r3 (the same pair) run one point apart, so a click hits both. */
static EntLayout *
make_layout (void)
{
  EntLayout *l = g_new0 (EntLayout, 1);
  const double r0[] = { 80, 60, 180, 60, 280, 60, 380, 60 };
  const double r1[] = { 60, 75, 60, 200, 120, 300, 210, 300 };
  const double r2[] = { 400, 75, 350, 147, 300, 218, 250, 290 };
  const double r3[] = { 80, 61, 180, 61, 280, 61, 380, 61 };
  const double r4[] = { 250, 305, 380, 400, 560, 400, 620, 360 };

  l->engine = g_strdup ("neato");
  l->n_nodes = 4;
  l->nodes = g_new0 (EntNodeGeom, 4);
  l->n_edges = 5;
  l->edges = g_new0 (EntEdgeGeom, 5);
  set_node (l, 0, 60, 60);
  set_node (l, 1, 400, 60);
  set_node (l, 2, 230, 300);
  set_node (l, 3, 640, 360);
  set_edge (l, 0, r0, 4);
  set_edge (l, 1, r1, 4);
  set_edge (l, 2, r2, 4);
  set_edge (l, 3, r3, 4);
  set_edge (l, 4, r4, 4);
  l->width = 700;
  l->height = 420;
  return l;
}

static void
iterate (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * G_TIME_SPAN_MILLISECOND;

  while (g_get_monotonic_time () < end)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (2000);
    }
}

static void
wait_for_size (GtkWidget *widget, int width, int height)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while ((gtk_widget_get_width (widget) != width || gtk_widget_get_height (widget) != height)
         && g_get_monotonic_time () < end)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (2000);
    }
  g_assert_cmpint (gtk_widget_get_width (widget), ==, width);
  g_assert_cmpint (gtk_widget_get_height (widget), ==, height);
}

static void
selection_changed_cb (EntGraphView *view, int actor, int relation, Fixture *f)
{
  f->n_selection_changed++;
  f->sel_actor = actor;
  f->sel_relation = relation;
}

static void
actor_activated_cb (EntGraphView *view, guint actor, Fixture *f)
{
  f->n_activated++;
  f->activated = actor;
}

static void
node_moved_cb (EntGraphView *view, guint actor, double ox, double oy, double nx, double ny,
               Fixture *f)
{
  f->n_moved++;
  f->moved_actor = actor;
  f->moved[0] = ox;
  f->moved[1] = oy;
  f->moved[2] = nx;
  f->moved[3] = ny;
}

static void
fixture_setup (Fixture *f, gconstpointer data)
{
  static const int default_size[2] = { WIN_W, WIN_H };
  const int *size = data ? data : default_size;

  memset (f, 0, sizeof *f);
  f->net = make_network ();
  f->layout = make_layout ();
  for (guint i = 0; i < G_N_ELEMENTS (f->actor_visible); i++)
    f->actor_visible[i] = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (f->relation_visible); i++)
    f->relation_visible[i] = TRUE;

  f->window = gtk_window_new ();
  gtk_window_set_decorated (GTK_WINDOW (f->window), FALSE);
  gtk_window_set_default_size (GTK_WINDOW (f->window), size[0], size[1]);
  f->view = ENT_GRAPH_VIEW (ent_graph_view_new ());
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->view));
  g_signal_connect (f->view, "selection-changed", G_CALLBACK (selection_changed_cb), f);
  g_signal_connect (f->view, "actor-activated", G_CALLBACK (actor_activated_cb), f);
  g_signal_connect (f->view, "node-moved", G_CALLBACK (node_moved_cb), f);
  gtk_window_present (GTK_WINDOW (f->window));
  wait_for_size (GTK_WIDGET (f->view), size[0], size[1]);

  ent_graph_view_set_data (f->view, f->net, f->layout, f->actor_visible, f->relation_visible);
}

static void
fixture_teardown (Fixture *f, gconstpointer data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  iterate (10);
  ent_layout_free (f->layout);
  ent_network_free (f->net);
}

/* Layout point -> widget, from the view's own inverse. */
static void
to_widget (Fixture *f, double lx, double ly, double *wx, double *wy)
{
  double ax, ay, bx, by;

  ent_graph_view_widget_to_layout (f->view, 0, 0, &ax, &ay);
  ent_graph_view_widget_to_layout (f->view, 100, 100, &bx, &by);
  *wx = (lx - ax) * 100 / (bx - ax);
  *wy = (ly - ay) * 100 / (by - ay);
}

static void
render (Fixture *f)
{
  GskRenderNode *node = _ent_graph_view_render_frame (f->view);

  g_assert_nonnull (node);
  gsk_render_node_unref (node);
}

/* ------------------------------------------------------------------ */

static void
assert_fits (Fixture *f, int width, int height)
{
  double x0, y0, x1, y1;
  double m = ENT_GRAPH_VIEW_FIT_MARGIN;

  g_assert_true (ent_graph_view_get_fitted (f->view));
  to_widget (f, 0, 0, &x0, &y0);
  to_widget (f, f->layout->width, f->layout->height, &x1, &y1);

  /* Inside with the margin... */
  g_assert_cmpfloat (x0, >=, m - 1);
  g_assert_cmpfloat (y0, >=, m - 1);
  g_assert_cmpfloat (x1, <=, width - m + 1);
  g_assert_cmpfloat (y1, <=, height - m + 1);
  /* ...and as large as possible: it fills one direction. */
  g_assert_true (fabs ((x1 - x0) - (width - 2 * m)) < 2 || fabs ((y1 - y0) - (height - 2 * m)) < 2);
  /* Centred in the other. */
  g_assert_cmpfloat (fabs ((x0 + x1) / 2 - width / 2.0), <, 2);
  g_assert_cmpfloat (fabs ((y0 + y1) / 2 - height / 2.0), <, 2);
}

static void
test_fit (Fixture *f, gconstpointer data)
{
  double zoom;

  /* New data is fitted. */
  assert_fits (f, WIN_W, WIN_H);
  zoom = ent_graph_view_get_zoom (f->view);
  /* 700 x 420 into 752 x 552: the width decides. */
  g_assert_cmpfloat_with_epsilon (zoom, (WIN_W - 2 * ENT_GRAPH_VIEW_FIT_MARGIN) / 700.0, 0.01);

  ent_graph_view_zoom_in (f->view);
  g_assert_false (ent_graph_view_get_fitted (f->view));
  ent_graph_view_pan (f->view, 50, 70);
  ent_graph_view_zoom_fit (f->view);
  assert_fits (f, WIN_W, WIN_H);
  g_assert_cmpfloat_with_epsilon (ent_graph_view_get_zoom (f->view), zoom, 1e-9);

  /* The "0" key's action. */
  ent_graph_view_zoom_out (f->view);
  g_assert_false (ent_graph_view_get_fitted (f->view));
  gtk_widget_activate_action (GTK_WIDGET (f->view), "view.zoom-fit", NULL);
  assert_fits (f, WIN_W, WIN_H);
}

static void
test_zoom_anchor (Fixture *f, gconstpointer data)
{
  const double points[][2] = { { 123, 234 }, { 700, 50 }, { 0, 599 }, { 400, 300 } };
  const double factors[] = { 1.7, 0.4, 3.0, 1.0 / 3.0 };

  for (guint i = 0; i < G_N_ELEMENTS (points); i++)
    {
      double wx = points[i][0], wy = points[i][1];
      double lx0, ly0, lx1, ly1, ax, ay;
      double zoom0 = ent_graph_view_get_zoom (f->view);

      ent_graph_view_widget_to_layout (f->view, wx, wy, &lx0, &ly0);
      ent_graph_view_zoom_at (f->view, factors[i], wx, wy);
      ent_graph_view_widget_to_layout (f->view, wx, wy, &lx1, &ly1);
      g_assert_cmpfloat_with_epsilon (lx1, lx0, 1e-6);
      g_assert_cmpfloat_with_epsilon (ly1, ly0, 1e-6);
      g_assert_cmpfloat_with_epsilon (ent_graph_view_get_zoom (f->view), zoom0 * factors[i], 1e-9);
      g_assert_false (ent_graph_view_get_fitted (f->view));

      /* Node positions follow the same transform. */
      g_assert_true (ent_graph_view_actor_to_widget (f->view, 2, &ax, &ay));
      g_assert_cmpfloat_with_epsilon (ax, wx + (230 - lx0) * zoom0 * factors[i], 1e-6);
      g_assert_cmpfloat_with_epsilon (ay, wy + (300 - ly0) * zoom0 * factors[i], 1e-6);
    }

  /* Zoom in/out (keyboard actions) zoom about the centre by one step. */
  {
    double zoom0 = ent_graph_view_get_zoom (f->view);
    double lx0, ly0, lx1, ly1;

    ent_graph_view_widget_to_layout (f->view, WIN_W / 2.0, WIN_H / 2.0, &lx0, &ly0);
    gtk_widget_activate_action (GTK_WIDGET (f->view), "view.zoom-in", NULL);
    g_assert_cmpfloat_with_epsilon (ent_graph_view_get_zoom (f->view),
                                    zoom0 * ENT_GRAPH_VIEW_ZOOM_STEP, 1e-9);
    ent_graph_view_widget_to_layout (f->view, WIN_W / 2.0, WIN_H / 2.0, &lx1, &ly1);
    g_assert_cmpfloat_with_epsilon (lx1, lx0, 1e-6);
    g_assert_cmpfloat_with_epsilon (ly1, ly0, 1e-6);
    gtk_widget_activate_action (GTK_WIDGET (f->view), "view.zoom-out", NULL);
    g_assert_cmpfloat_with_epsilon (ent_graph_view_get_zoom (f->view), zoom0, 1e-9);
  }

  /* Clamped at the maximum, the anchor still holds. */
  {
    double lx0, ly0, lx1, ly1;

    ent_graph_view_widget_to_layout (f->view, 300, 200, &lx0, &ly0);
    ent_graph_view_zoom_at (f->view, 1e9, 300, 200);
    g_assert_cmpfloat (ent_graph_view_get_zoom (f->view), ==, ENT_GRAPH_VIEW_ZOOM_MAX);
    ent_graph_view_widget_to_layout (f->view, 300, 200, &lx1, &ly1);
    g_assert_cmpfloat_with_epsilon (lx1, lx0, 1e-6);
    g_assert_cmpfloat_with_epsilon (ly1, ly0, 1e-6);
  }

  /* Wheel notches zoom about the pointer. */
  {
    double zoom0, lx0, ly0, lx1, ly1;

    ent_graph_view_zoom_fit (f->view);
    zoom0 = ent_graph_view_get_zoom (f->view);
    _ent_graph_view_motion (f->view, 610, 420);
    ent_graph_view_widget_to_layout (f->view, 610, 420, &lx0, &ly0);
    _ent_graph_view_scroll (f->view, -2, GDK_SCROLL_UNIT_WHEEL);
    g_assert_cmpfloat_with_epsilon (ent_graph_view_get_zoom (f->view),
                                    zoom0 * pow (ENT_GRAPH_VIEW_ZOOM_STEP, 2), 1e-9);
    ent_graph_view_widget_to_layout (f->view, 610, 420, &lx1, &ly1);
    g_assert_cmpfloat_with_epsilon (lx1, lx0, 1e-6);
    g_assert_cmpfloat_with_epsilon (ly1, ly0, 1e-6);
    /* Smooth (touchpad) scrolling down zooms out a little. */
    _ent_graph_view_scroll (f->view, 10, GDK_SCROLL_UNIT_SURFACE);
    g_assert_cmpfloat (ent_graph_view_get_zoom (f->view), <, zoom0 * pow (ENT_GRAPH_VIEW_ZOOM_STEP, 2));
    g_assert_cmpfloat (ent_graph_view_get_zoom (f->view), >, zoom0);
  }
}

static void
test_pan_keeps_cache (Fixture *f, gconstpointer data)
{
  double x0, y0, x1, y1;
  guint count;

  render (f);
  count = _ent_graph_view_get_render_count (f->view);
  g_assert_cmpuint (count, >=, 1);
  render (f);
  g_assert_cmpuint (_ent_graph_view_get_render_count (f->view), ==, count);

  g_assert_true (ent_graph_view_actor_to_widget (f->view, 1, &x0, &y0));
  ent_graph_view_pan (f->view, 30, -20);
  g_assert_true (ent_graph_view_actor_to_widget (f->view, 1, &x1, &y1));
  g_assert_cmpfloat_with_epsilon (x1 - x0, 30, 1e-9);
  g_assert_cmpfloat_with_epsilon (y1 - y0, -20, 1e-9);
  g_assert_false (ent_graph_view_get_fitted (f->view));
  render (f);
  g_assert_cmpuint (_ent_graph_view_get_render_count (f->view), ==, count);

  /* The keyboard pans by a step; "left" shows what is to the left. */
  gtk_widget_activate_action (GTK_WIDGET (f->view), "view.pan-left", NULL);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "view.pan-up", NULL);
  g_assert_true (ent_graph_view_actor_to_widget (f->view, 1, &x0, &y0));
  g_assert_cmpfloat_with_epsilon (x0 - x1, ENT_GRAPH_VIEW_PAN_STEP, 1e-9);
  g_assert_cmpfloat_with_epsilon (y0 - y1, ENT_GRAPH_VIEW_PAN_STEP, 1e-9);

  /* A drag on empty space pans with the pointer. */
  _ent_graph_view_drag_begin (f->view, 780, 20);
  _ent_graph_view_drag_update (f->view, -45, 12);
  _ent_graph_view_drag_end (f->view, -45, 12);
  g_assert_true (ent_graph_view_actor_to_widget (f->view, 1, &x1, &y1));
  g_assert_cmpfloat_with_epsilon (x1 - x0, -45, 1e-9);
  g_assert_cmpfloat_with_epsilon (y1 - y0, 12, 1e-9);
  g_assert_cmpuint (f->n_moved, ==, 0);

  /* The whole map is cached at this zoom: even far pans reuse it. */
  ent_graph_view_pan (f->view, -3000, 2000);
  render (f);
  g_assert_cmpuint (_ent_graph_view_get_render_count (f->view), ==, count);

  /* Zooming re-renders. */
  ent_graph_view_zoom_fit (f->view);
  ent_graph_view_zoom_at (f->view, 1.5, 10, 10);
  render (f);
  g_assert_cmpuint (_ent_graph_view_get_render_count (f->view), ==, count + 1);
}

static void
test_pan_large_map (Fixture *f, gconstpointer data)
{
  int sf = gtk_widget_get_scale_factor (GTK_WIDGET (f->view));
  guint count;

  /* At 30x the map is 21000 px wide: only a region around the viewport
   * is cached, within the size caps. */
  ent_graph_view_center_on_actor (f->view, 2, FALSE);
  ent_graph_view_zoom_at (f->view, 30.0 / ent_graph_view_get_zoom (f->view), WIN_W / 2.0, WIN_H / 2.0);
  render (f);
  count = _ent_graph_view_get_render_count (f->view);
  g_assert_cmpfloat (f->view->cache_rect.size.width * sf, <=, ENT_GRAPH_VIEW_CACHE_MAX);
  g_assert_cmpfloat (f->view->cache_rect.size.height * sf, <=, ENT_GRAPH_VIEW_CACHE_MAX);
  g_assert_cmpfloat (f->view->cache_rect.size.width * f->view->cache_rect.size.height * sf * sf,
                     <=, ENT_GRAPH_VIEW_CACHE_MAX_AREA + 2 * ENT_GRAPH_VIEW_CACHE_MAX + 1);
  g_assert_cmpfloat (f->view->cache_rect.size.width, >=, WIN_W);
  g_assert_cmpfloat (f->view->cache_rect.size.height, >=, WIN_H);

  /* Pans of less than half a viewport stay inside the cached region. */
  for (int i = 0; i < 4; i++)
    {
      ent_graph_view_pan (f->view, 90, 70);
      render (f);
    }
  g_assert_cmpuint (_ent_graph_view_get_render_count (f->view), ==, count);

  /* Leaving it renders the new surroundings once. */
  ent_graph_view_pan (f->view, 2 * WIN_W, 0);
  render (f);
  g_assert_cmpuint (_ent_graph_view_get_render_count (f->view), ==, count + 1);
  render (f);
  g_assert_cmpuint (_ent_graph_view_get_render_count (f->view), ==, count + 1);
}

static void
test_overlay_keeps_cache (Fixture *f, gconstpointer data)
{
  gboolean hits[4] = { FALSE, TRUE, FALSE, FALSE };
  double x, y;
  guint count;

  render (f);
  count = _ent_graph_view_get_render_count (f->view);

  g_assert_true (ent_graph_view_actor_to_widget (f->view, 1, &x, &y));
  _ent_graph_view_motion (f->view, x + 2, y - 2);
  g_assert_cmpint (_ent_graph_view_get_hover_actor (f->view), ==, 1);
  g_assert_cmpint (_ent_graph_view_get_hover_relation (f->view), ==, -1);
  render (f);

  g_assert_true (ent_graph_view_relation_to_widget (f->view, 2, &x, &y));
  _ent_graph_view_motion (f->view, x, y);
  g_assert_cmpint (_ent_graph_view_get_hover_actor (f->view), ==, -1);
  g_assert_cmpint (_ent_graph_view_get_hover_relation (f->view), ==, 2);
  render (f);

  _ent_graph_view_leave (f->view);
  g_assert_cmpint (_ent_graph_view_get_hover_relation (f->view), ==, -1);

  ent_graph_view_select (f->view, 3, -1);
  render (f);
  ent_graph_view_select (f->view, -1, 4);
  render (f);
  ent_graph_view_set_search_hits (f->view, hits);
  render (f);
  ent_graph_view_set_search_hits (f->view, NULL);
  render (f);

  g_assert_cmpuint (_ent_graph_view_get_render_count (f->view), ==, count);
  /* select () does not emit. */
  g_assert_cmpuint (f->n_selection_changed, ==, 0);

  /* New data does. */
  ent_graph_view_set_data (f->view, f->net, f->layout, f->actor_visible, f->relation_visible);
  render (f);
  g_assert_cmpuint (_ent_graph_view_get_render_count (f->view), ==, count + 1);
}

/* The frame, drawn into a widget-sized image. */
static cairo_surface_t *
frame_image (Fixture *f)
{
  GskRenderNode *node = _ent_graph_view_render_frame (f->view);
  int w = gtk_widget_get_width (GTK_WIDGET (f->view));
  int h = gtk_widget_get_height (GTK_WIDGET (f->view));
  cairo_surface_t *img = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, w, h);
  cairo_t *cr = cairo_create (img);

  g_assert_nonnull (node);
  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  gsk_render_node_unref (node);
  cairo_surface_flush (img);
  return img;
}

static guint32
frame_pixel (cairo_surface_t *img, double x, double y)
{
  const guint8 *data = cairo_image_surface_get_data (img);
  int stride = cairo_image_surface_get_stride (img);

  return *(const guint32 *) (data + (int) y * stride + 4 * (int) x);
}

/* Hovering and selecting paint the veiled copy of the picture: made once
 * per picture, never a re-render, and the frame looks as the veil over the
 * plain picture did (the rest dimmed, even outside the map, the emphasis
 * on top). */
static void
test_hover_veiled_picture (Fixture *f, gconstpointer data)
{
  cairo_surface_t *plain, *hovered;
  double x0, y0, x3, y3;
  guint count, veils;
  guint32 p_plain, p_hover;

  render (f);
  count = _ent_graph_view_get_render_count (f->view);
  veils = _ent_graph_view_get_veil_count (f->view);
  plain = frame_image (f);

  /* Burhan: his one relation goes to the RSF; Sudan is left dimmed. */
  g_assert_true (ent_graph_view_actor_to_widget (f->view, 3, &x3, &y3));
  g_assert_true (ent_graph_view_actor_to_widget (f->view, 0, &x0, &y0));
  _ent_graph_view_motion (f->view, x3, y3);
  g_assert_cmpint (_ent_graph_view_get_hover_actor (f->view), ==, 3);
  hovered = frame_image (f);
  g_assert_cmpuint (_ent_graph_view_get_render_count (f->view), ==, count);
  g_assert_cmpuint (_ent_graph_view_get_veil_count (f->view), ==, veils + 1);

  /* Sudan's centre: opaque in both, but no longer the same colour. */
  p_plain = frame_pixel (plain, x0, y0);
  p_hover = frame_pixel (hovered, x0, y0);
  g_assert_cmphex (p_plain >> 24, ==, 0xff);
  g_assert_cmphex (p_hover >> 24, ==, 0xff);
  g_assert_cmphex (p_plain, !=, p_hover);
  /* Burhan is drawn on top of the veil, as in the plain picture. */
  g_assert_cmphex (frame_pixel (hovered, x3, y3), ==, frame_pixel (plain, x3, y3));
  /* The empty corner: nothing in the plain frame, the veil when hovering. */
  g_assert_cmphex (frame_pixel (plain, 1, 1) >> 24, ==, 0);
  g_assert_cmpuint (frame_pixel (hovered, 1, 1) >> 24, >, 0x90);
  g_assert_cmpuint (frame_pixel (hovered, WIN_W - 2, WIN_H / 2.0) >> 24, >, 0x90);
  cairo_surface_destroy (plain);
  cairo_surface_destroy (hovered);

  /* Another hover, a selection: the same veiled picture. */
  _ent_graph_view_motion (f->view, x0, y0);
  g_assert_cmpint (_ent_graph_view_get_hover_actor (f->view), ==, 0);
  render (f);
  _ent_graph_view_leave (f->view);
  ent_graph_view_select (f->view, 2, -1);
  render (f);
  ent_graph_view_select (f->view, -1, -1);
  render (f);
  g_assert_cmpuint (_ent_graph_view_get_render_count (f->view), ==, count);
  g_assert_cmpuint (_ent_graph_view_get_veil_count (f->view), ==, veils + 1);

  /* A new picture (zoom) gets its own veiled copy when next needed. */
  ent_graph_view_zoom_at (f->view, 1.5, 10, 10);
  render (f);
  g_assert_cmpuint (_ent_graph_view_get_render_count (f->view), ==, count + 1);
  g_assert_cmpuint (_ent_graph_view_get_veil_count (f->view), ==, veils + 1);
  ent_graph_view_select (f->view, 1, -1);
  render (f);
  render (f);
  g_assert_cmpuint (_ent_graph_view_get_render_count (f->view), ==, count + 1);
  g_assert_cmpuint (_ent_graph_view_get_veil_count (f->view), ==, veils + 2);
}

static void
test_resize (Fixture *f, gconstpointer data)
{
  double zoom;

  assert_fits (f, WIN_W, WIN_H);
  render (f);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1000, 500);
  wait_for_size (GTK_WIDGET (f->view), 1000, 500);
  /* Still fitted: now the height decides. */
  assert_fits (f, 1000, 500);
  g_assert_cmpfloat_with_epsilon (ent_graph_view_get_zoom (f->view),
                                  (500 - 2 * ENT_GRAPH_VIEW_FIT_MARGIN) / 420.0, 0.01);
  /* After the resize pauses, the picture is re-rendered at the new zoom. */
  {
    gint64 end = g_get_monotonic_time () + 3 * G_USEC_PER_SEC;

    while (f->view->zoom_settle_id != 0 && g_get_monotonic_time () < end)
      iterate (10);
    render (f);
    g_assert_cmpfloat (f->view->cache_zoom, ==, ent_graph_view_get_zoom (f->view));
  }

  /* After the user zooms, a resize keeps zoom and position. */
  ent_graph_view_zoom_in (f->view);
  zoom = ent_graph_view_get_zoom (f->view);
  {
    double x0, y0, x1, y1;

    g_assert_true (ent_graph_view_actor_to_widget (f->view, 0, &x0, &y0));
    gtk_window_set_default_size (GTK_WINDOW (f->window), WIN_W, WIN_H);
    wait_for_size (GTK_WIDGET (f->view), WIN_W, WIN_H);
    g_assert_false (ent_graph_view_get_fitted (f->view));
    g_assert_cmpfloat (ent_graph_view_get_zoom (f->view), ==, zoom);
    g_assert_true (ent_graph_view_actor_to_widget (f->view, 0, &x1, &y1));
    g_assert_cmpfloat (x1, ==, x0);
    g_assert_cmpfloat (y1, ==, y0);
  }
}

static void
test_pick (Fixture *f, gconstpointer data)
{
  double x, y, lx, ly;

  for (guint i = 0; i < 4; i++)
    {
      g_assert_true (ent_graph_view_actor_to_widget (f->view, i, &x, &y));
      g_assert_cmpint (ent_graph_view_pick_actor (f->view, x, y), ==, (int) i);
    }
  /* Empty space. */
  to_widget (f, 600, 150, &x, &y);
  g_assert_cmpint (ent_graph_view_pick_actor (f->view, x, y), ==, -1);
  g_assert_cmpint (ent_graph_view_pick_relation (f->view, x, y), ==, -1);

  /* The middle of the curved r1 is far from the straight line between its
   * nodes (at y = 234 the chord is near x = 183): picking follows the curve. */
  to_widget (f, 101.25, 234.375, &x, &y);
  g_assert_cmpint (ent_graph_view_pick_actor (f->view, x, y), ==, -1);
  g_assert_cmpint (ent_graph_view_pick_relation (f->view, x, y), ==, 1);
  to_widget (f, 183, 234.375, &x, &y);
  g_assert_cmpint (ent_graph_view_pick_relation (f->view, x, y), ==, -1);

  /* relation_to_widget gives a point on the curve, off the nodes. */
  for (guint r = 0; r < 5; r++)
    {
      int hit;

      g_assert_true (ent_graph_view_relation_to_widget (f->view, r, &x, &y));
      ent_graph_view_widget_to_layout (f->view, x, y, &lx, &ly);
      g_assert_cmpfloat (ent_render_edge_distance (f->layout, r, lx, ly), <, 0.5);
      g_assert_cmpint (ent_graph_view_pick_actor (f->view, x, y), ==, -1);
      hit = ent_graph_view_pick_relation (f->view, x, y);
      /* r0 and r3 overlap: either is first under the pointer. */
      if (r == 0 || r == 3)
        g_assert_true (hit == 0 || hit == 3);
      else
        g_assert_cmpint (hit, ==, (int) r);
    }

  /* Hidden elements are not picked and have no position. */
  f->actor_visible[3] = FALSE;
  f->relation_visible[2] = FALSE;
  ent_graph_view_set_data (f->view, f->net, f->layout, f->actor_visible, f->relation_visible);
  g_assert_false (ent_graph_view_actor_to_widget (f->view, 3, &x, &y));
  g_assert_false (ent_graph_view_relation_to_widget (f->view, 4, &x, &y));   /* its node is hidden */
  g_assert_false (ent_graph_view_relation_to_widget (f->view, 2, &x, &y));
  to_widget (f, 640, 360, &x, &y);
  g_assert_cmpint (ent_graph_view_pick_actor (f->view, x, y), ==, -1);

  /* The hit radius is in screen pixels: 4 px off a node's edge is a hit at
   * any zoom, 12 px is not. */
  ent_graph_view_zoom_at (f->view, 2.5, 100, 100);
  for (int k = 0; k < 2; k++)
    {
      double zoom = ent_graph_view_get_zoom (f->view);
      double cx, cy;

      g_assert_true (ent_graph_view_actor_to_widget (f->view, 1, &cx, &cy));
      /* Right of the (rectangular) state marker, 20 layout points wide. */
      g_assert_cmpint (ent_graph_view_pick_actor (f->view, cx + 20 * zoom + 4, cy), ==, 1);
      g_assert_cmpint (ent_graph_view_pick_actor (f->view, cx + 20 * zoom + 12, cy), ==, -1);
      ent_graph_view_zoom_at (f->view, 0.3, 100, 100);
    }
}

static void
test_click_select (Fixture *f, gconstpointer data)
{
  double x, y;
  int first;

  /* A node. */
  g_assert_true (ent_graph_view_actor_to_widget (f->view, 2, &x, &y));
  _ent_graph_view_click (f->view, 1, x, y);
  g_assert_cmpuint (f->n_selection_changed, ==, 1);
  g_assert_cmpint (f->sel_actor, ==, 2);
  g_assert_cmpint (f->sel_relation, ==, -1);
  g_assert_cmpint (ent_graph_view_get_selected_actor (f->view), ==, 2);

  /* An edge. */
  g_assert_true (ent_graph_view_relation_to_widget (f->view, 4, &x, &y));
  _ent_graph_view_click (f->view, 1, x, y);
  g_assert_cmpuint (f->n_selection_changed, ==, 2);
  g_assert_cmpint (f->sel_actor, ==, -1);
  g_assert_cmpint (f->sel_relation, ==, 4);

  /* Two overlapping edges: repeated clicks on the same spot cycle. */
  to_widget (f, 230, 60.5, &x, &y);
  _ent_graph_view_click (f->view, 1, x, y);
  first = f->sel_relation;
  g_assert_true (first == 0 || first == 3);
  _ent_graph_view_click (f->view, 1, x + 1, y);
  g_assert_cmpint (f->sel_relation, ==, first == 0 ? 3 : 0);
  _ent_graph_view_click (f->view, 1, x, y + 1);
  g_assert_cmpint (f->sel_relation, ==, first);
  g_assert_cmpuint (f->n_selection_changed, ==, 5);

  /* Empty space clears. */
  to_widget (f, 600, 150, &x, &y);
  _ent_graph_view_click (f->view, 1, x, y);
  g_assert_cmpuint (f->n_selection_changed, ==, 6);
  g_assert_cmpint (f->sel_actor, ==, -1);
  g_assert_cmpint (f->sel_relation, ==, -1);

  /* Escape clears, and says so; with nothing selected it stays quiet. */
  ent_graph_view_select (f->view, 1, -1);
  g_assert_cmpuint (f->n_selection_changed, ==, 6);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "view.clear-selection", NULL);
  g_assert_cmpuint (f->n_selection_changed, ==, 7);
  g_assert_cmpint (f->sel_actor, ==, -1);
  g_assert_cmpint (ent_graph_view_get_selected_actor (f->view), ==, -1);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "view.clear-selection", NULL);
  g_assert_cmpuint (f->n_selection_changed, ==, 7);

  /* A button press and release far apart is a drag (a pan), not a click. */
  g_assert_true (ent_graph_view_actor_to_widget (f->view, 0, &x, &y));
  _ent_graph_view_button_press (f->view, x, y);
  _ent_graph_view_button_release (f->view, 1, x + 40, y + 25);
  g_assert_cmpuint (f->n_selection_changed, ==, 7);
  _ent_graph_view_button_press (f->view, x, y);
  _ent_graph_view_button_release (f->view, 1, x + 1, y);
  g_assert_cmpuint (f->n_selection_changed, ==, 8);
  g_assert_cmpint (f->sel_actor, ==, 0);

  /* Out-of-range selections are refused. */
  ent_graph_view_select (f->view, 99, -1);
  g_assert_cmpint (ent_graph_view_get_selected_actor (f->view), ==, -1);
}

static void
test_double_click_flies (Fixture *f, gconstpointer data)
{
  double x, y;
  gint64 end;

  g_assert_true (ent_graph_view_actor_to_widget (f->view, 3, &x, &y));
  _ent_graph_view_click (f->view, 1, x, y);
  _ent_graph_view_click (f->view, 2, x, y);
  g_assert_cmpuint (f->n_activated, ==, 1);
  g_assert_cmpuint (f->activated, ==, 3);
  g_assert_cmpint (ent_graph_view_get_selected_actor (f->view), ==, 3);

  /* Animated over a quarter of a second. */
  g_assert_cmpuint (f->view->fly_tick_id, !=, 0);
  end = g_get_monotonic_time () + 3 * G_USEC_PER_SEC;
  while (f->view->fly_tick_id != 0 && g_get_monotonic_time () < end)
    iterate (10);
  g_assert_cmpuint (f->view->fly_tick_id, ==, 0);
  g_assert_true (ent_graph_view_actor_to_widget (f->view, 3, &x, &y));
  g_assert_cmpfloat_with_epsilon (x, WIN_W / 2.0, 0.01);
  g_assert_cmpfloat_with_epsilon (y, WIN_H / 2.0, 0.01);

  /* Without animation it jumps; edges centre on their curve. */
  ent_graph_view_center_on_actor (f->view, 0, FALSE);
  g_assert_true (ent_graph_view_actor_to_widget (f->view, 0, &x, &y));
  g_assert_cmpfloat_with_epsilon (x, WIN_W / 2.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (y, WIN_H / 2.0, 1e-9);
  ent_graph_view_center_on_relation (f->view, 1, FALSE);
  g_assert_true (ent_graph_view_relation_to_widget (f->view, 1, &x, &y));
  g_assert_cmpfloat_with_epsilon (x, WIN_W / 2.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (y, WIN_H / 2.0, 1e-9);
}

static GdkTexture *render_widget (Fixture *f, int scale, const char *name);

/* A pixel as 0xAARRGGBB-ish bytes; the widget paints the theme's view
 * background, so "nothing here" is the colour of the top-left corner. */
static guint32
pixel_at (GdkTexture *texture, double x, double y)
{
  int w = gdk_texture_get_width (texture), h = gdk_texture_get_height (texture);
  g_autofree guchar *data = g_malloc ((gsize) w * h * 4);
  int px = (int) x, py = (int) y;
  guint32 v;

  g_assert_true (px >= 0 && px < w && py >= 0 && py < h);
  gdk_texture_download (texture, data, w * 4);
  memcpy (&v, data + (py * w + px) * 4, 4);
  return v;
}

static void
test_drag_node (Fixture *f, gconstpointer data)
{
  double x, y, zoom = ent_graph_view_get_zoom (f->view);
  double ex, ey;
  guint count;

  render (f);
  count = _ent_graph_view_get_render_count (f->view);

  /* A press without movement moves nothing. */
  g_assert_true (ent_graph_view_actor_to_widget (f->view, 3, &x, &y));
  _ent_graph_view_drag_begin (f->view, x, y);
  _ent_graph_view_drag_end (f->view, 1, 1);
  g_assert_cmpuint (f->n_moved, ==, 0);
  g_assert_cmpfloat (f->layout->nodes[3].x, ==, 640);

  _ent_graph_view_drag_begin (f->view, x + 3, y - 2);
  _ent_graph_view_drag_update (f->view, 20, 10);
  /* The node follows during the drag; the map is rendered once without
   * it, and it is drawn on top each frame. */
  g_assert_cmpfloat_with_epsilon (f->layout->nodes[3].x, 640 + 20 / zoom, 1e-9);
  render (f);
  g_assert_cmpuint (_ent_graph_view_get_render_count (f->view), ==, count + 1);
  g_assert_false (f->view->drag_cache_actors[3]);
  g_assert_true (f->view->drag_cache_actors[0]);
  g_assert_false (f->view->drag_cache_relations[4]);   /* its edge */
  g_assert_true (f->view->drag_cache_relations[0]);
  g_assert_true (f->view->drag_top_actors[2]);          /* its neighbour */
  g_assert_false (f->view->drag_top_actors[0]);
  for (int i = 1; i <= 5; i++)
    {
      _ent_graph_view_drag_update (f->view, 20 - 14 * i, 10 + 4 * i);
      render (f);
    }
  g_assert_cmpuint (_ent_graph_view_get_render_count (f->view), ==, count + 1);
  /* On screen, the node is where the pointer is, and gone from where it was. */
  {
    g_autoptr(GdkTexture) texture = render_widget (f, 1, "test-graph-view-drag.png");

    guint32 background = pixel_at (texture, 2, 2);

    g_assert_cmphex (pixel_at (texture, x + 3 - 50, y - 2 + 30), !=, background);
    g_assert_cmphex (pixel_at (texture, x, y), ==, background);
  }
  _ent_graph_view_drag_end (f->view, -50, 30);
  g_assert_null (f->view->drag_cache_actors);
  render (f);
  g_assert_cmpuint (_ent_graph_view_get_render_count (f->view), ==, count + 2);

  g_assert_cmpuint (f->n_moved, ==, 1);
  g_assert_cmpuint (f->moved_actor, ==, 3);
  g_assert_cmpfloat (f->moved[0], ==, 640);
  g_assert_cmpfloat (f->moved[1], ==, 360);
  g_assert_cmpfloat_with_epsilon (f->moved[2], 640 - 50 / zoom, 1e-9);
  g_assert_cmpfloat_with_epsilon (f->moved[3], 360 + 30 / zoom, 1e-9);
  g_assert_cmpfloat (f->layout->nodes[3].x, ==, f->moved[2]);
  g_assert_cmpfloat (f->layout->nodes[3].y, ==, f->moved[3]);
  /* Its edge follows (ent_layout_move_node re-routes it). */
  ex = f->layout->edges[4].points[2 * (f->layout->edges[4].n_points - 1)];
  ey = f->layout->edges[4].points[2 * (f->layout->edges[4].n_points - 1) + 1];
  g_assert_cmpfloat (hypot (ex - f->moved[2], ey - f->moved[3]), <, 40);
  /* The node is under the pointer where the drag ended. */
  g_assert_cmpint (ent_graph_view_pick_actor (f->view, x + 3 - 50, y - 2 + 30), ==, 3);
  /* Dragging a node does not pan. */
  g_assert_true (ent_graph_view_actor_to_widget (f->view, 0, &x, &y));
  {
    double x0, y0;
    to_widget (f, 60, 60, &x0, &y0);
    g_assert_cmpfloat_with_epsilon (x, x0, 1e-9);
  }
}

static void
test_tooltip_and_accessible (Fixture *f, gconstpointer data)
{
  g_autofree char *node_tip = NULL;
  g_autofree char *edge_tip = NULL;
  g_autofree char *none = NULL;
  char *err;
  double x, y;

  g_assert_true (ent_graph_view_actor_to_widget (f->view, 0, &x, &y));
  node_tip = _ent_graph_view_get_tooltip_text (f->view, x, y);
  g_assert_cmpstr (node_tip, ==, "Sudan\nstate, 3 links");

  g_assert_true (ent_graph_view_relation_to_widget (f->view, 2, &x, &y));
  edge_tip = _ent_graph_view_get_tooltip_text (f->view, x, y);
  g_assert_cmpstr (edge_tip, ==, "Egypt → Rapid Support Forces: ally (support), 1 sentence");
  g_free (edge_tip);
  g_assert_true (ent_graph_view_relation_to_widget (f->view, 1, &x, &y));
  edge_tip = _ent_graph_view_get_tooltip_text (f->view, x, y);
  g_assert_cmpstr (edge_tip, ==, "Sudan — Rapid Support Forces: hostile (conflict), 3 sentences");

  to_widget (f, 600, 150, &x, &y);
  none = _ent_graph_view_get_tooltip_text (f->view, x, y);
  g_assert_null (none);

  err = gtk_test_accessible_check_property (GTK_ACCESSIBLE (f->view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                            "Alliance map: 4 actors, 5 relations");
  g_assert_null (err);
  g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (f->view), GTK_ACCESSIBLE_ROLE_IMG));

  ent_graph_view_select (f->view, 2, -1);
  err = gtk_test_accessible_check_property (GTK_ACCESSIBLE (f->view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                            "Selected actor: Rapid Support Forces, group, 3 links");
  g_assert_null (err);

  /* Hiding a node hides its relations from the count. */
  f->actor_visible[3] = FALSE;
  ent_graph_view_set_data (f->view, f->net, f->layout, f->actor_visible, f->relation_visible);
  err = gtk_test_accessible_check_property (GTK_ACCESSIBLE (f->view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                            "Alliance map: 3 actors, 4 relations");
  g_assert_null (err);
}

static void
test_empty (Fixture *f, gconstpointer data)
{
  GskRenderNode *node;

  ent_graph_view_select (f->view, 1, -1);
  ent_graph_view_set_data (f->view, NULL, NULL, NULL, NULL);
  node = _ent_graph_view_render_frame (f->view);
  g_assert_null (node);
  g_assert_cmpint (ent_graph_view_get_selected_actor (f->view), ==, -1);
  g_assert_cmpint (ent_graph_view_pick_actor (f->view, 400, 300), ==, -1);
  g_assert_cmpint (ent_graph_view_pick_relation (f->view, 400, 300), ==, -1);
  /* Input on an empty view does nothing. */
  _ent_graph_view_click (f->view, 1, 400, 300);
  _ent_graph_view_drag_begin (f->view, 400, 300);
  _ent_graph_view_drag_end (f->view, 30, 30);
  ent_graph_view_zoom_in (f->view);
  g_assert_cmpuint (f->n_selection_changed, ==, 0);
  g_assert_cmpuint (f->n_moved, ==, 0);

  /* Data again: fitted. */
  ent_graph_view_set_data (f->view, f->net, f->layout, NULL, NULL);
  assert_fits (f, WIN_W, WIN_H);
}

/* Widget -> texture, saved under the build directory. */
static GdkTexture *
render_widget (Fixture *f, int scale, const char *name)
{
  GtkWidget *w = GTK_WIDGET (f->view);
  int width = gtk_widget_get_width (w), height = gtk_widget_get_height (w);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (w);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (w));
  GdkTexture *texture;
  g_autofree char *path = NULL;
  const char *dir = g_getenv ("ENTENTE_BUILD_DIR");

  /* The paintable shows what the widget last drew: let a frame happen. */
  gtk_widget_queue_draw (w);
  iterate (100);
  gtk_snapshot_scale (snapshot, scale, scale);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width * scale, height * scale));
  path = g_build_filename (dir ? dir : ".", name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("wrote %s", path);
  return texture;
}

/* Pixels other than the background (the top-left corner's colour), and
 * distinct colours among them. */
static void
count_pixels (GdkTexture *texture, guint *painted, guint *colours)
{
  int w = gdk_texture_get_width (texture), h = gdk_texture_get_height (texture);
  g_autofree guchar *data = g_malloc ((gsize) w * h * 4);
  g_autoptr(GHashTable) set = g_hash_table_new (NULL, NULL);

  guint32 background;

  gdk_texture_download (texture, data, w * 4);
  memcpy (&background, data, 4);
  *painted = 0;
  for (int i = 0; i < w * h; i++)
    {
      guint32 px;

      memcpy (&px, data + 4 * i, 4);
      if (px != background)
        {
          (*painted)++;
          g_hash_table_add (set, GUINT_TO_POINTER (px));
        }
    }
  *colours = g_hash_table_size (set);
}

/* Pixels other than the background inside a rectangle. */
static guint
painted_in (GdkTexture *texture, int x, int y, int w, int h)
{
  int tw = gdk_texture_get_width (texture), th = gdk_texture_get_height (texture);
  g_autofree guchar *data = g_malloc ((gsize) tw * th * 4);
  guint32 background;
  guint n = 0;

  gdk_texture_download (texture, data, tw * 4);
  memcpy (&background, data, 4);
  for (int j = MAX (y, 0); j < MIN (y + h, th); j++)
    for (int i = MAX (x, 0); i < MIN (x + w, tw); i++)
      {
        guint32 px;

        memcpy (&px, data + 4 * (j * tw + i), 4);
        n += px != background;
      }
  return n;
}

static void
test_png (Fixture *f, gconstpointer data)
{
  g_autoptr(GdkTexture) texture = NULL;
  guint painted, colours;

  ent_graph_view_set_title (f->view, "Sudan: who backs whom");
  ent_graph_view_select (f->view, 2, -1);
  iterate (50);
  texture = render_widget (f, 1, "test-graph-view.png");
  g_assert_cmpint (gdk_texture_get_width (texture), ==, WIN_W);
  count_pixels (texture, &painted, &colours);
  g_test_message ("%u painted pixels, %u colours", painted, colours);
  /* Nodes, edges of three polarities, labels. */
  g_assert_cmpuint (painted, >, WIN_W * WIN_H / 200);
  g_assert_cmpuint (colours, >=, 5);
  /* The fit leaves room for the title at the top, and the legend sits at
   * the bottom-left. */
  g_assert_cmpuint (painted_in (texture, WIN_W / 2 - 120, 0, 240, ENT_GRAPH_VIEW_TITLE_SPACE), >, 50);
  g_assert_cmpuint (painted_in (texture, 0, WIN_H - 60, 120, 60), >, 50);

  /* Both stay in place while the map moves away under them. */
  ent_graph_view_pan (f->view, 0, 2 * WIN_H);
  g_clear_object (&texture);
  texture = render_widget (f, 1, "test-graph-view-panned.png");
  g_assert_cmpuint (painted_in (texture, WIN_W / 2 - 120, 0, 240, ENT_GRAPH_VIEW_TITLE_SPACE), >, 50);
  g_assert_cmpuint (painted_in (texture, 0, WIN_H - 60, 120, 60), >, 50);
  /* ...and nothing else is left in view. */
  g_assert_cmpuint (painted_in (texture, 200, 100, WIN_W - 200, WIN_H - 200), ==, 0);
}

#define SCALE2_W 600
#define SCALE2_H 450
static const int scale2_size[2] = { SCALE2_W, SCALE2_H };

/* GDK_SCALE=2 must be set before GTK starts, so this runs in a child. */
static void
test_scale2 (Fixture *f, gconstpointer data)
{
  EntRenderOptions o;
  g_autoptr(GdkTexture) texture = NULL;
  guint painted, colours;

  if (gtk_widget_get_scale_factor (GTK_WIDGET (f->view)) != 2)
    {
      g_test_skip ("the display does not use GDK_SCALE=2");
      return;
    }
  render (f);
  g_assert_cmpint (f->view->cache_scale_factor, ==, 2);
  _ent_graph_view_fill_options (f->view, &o);
  g_assert_cmpfloat (o.device_scale, ==, 2);
  g_assert_cmpfloat (o.scale, ==, 2 * ent_graph_view_get_zoom (f->view));
  texture = render_widget (f, 2, "test-graph-view@2x.png");
  g_assert_cmpint (gdk_texture_get_width (texture), ==, 2 * SCALE2_W);
  count_pixels (texture, &painted, &colours);
  g_assert_cmpuint (painted, >, 4 * SCALE2_W * SCALE2_H / 200);
}

static void
test_scale2_parent (void)
{
  if (g_getenv ("GDK_SCALE") != NULL)
    {
      g_test_skip ("GDK_SCALE is set from outside");
      return;
    }
  g_setenv ("GDK_SCALE", "2", TRUE);
  g_test_trap_subprocess ("/graph-view/scale2/subprocess", 60 * G_USEC_PER_SEC,
                          G_TEST_SUBPROCESS_INHERIT_STDOUT | G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_unsetenv ("GDK_SCALE");
  g_test_trap_assert_passed ();
}

static void
test_theme (Fixture *f, gconstpointer data)
{
  GtkSettings *settings = gtk_widget_get_settings (GTK_WIDGET (f->view));
  gboolean dark0 = f->view->palette.dark;
  guint count;
  gint64 end;

  render (f);
  count = _ent_graph_view_get_render_count (f->view);
  g_assert_false (f->view->palette.transparent == FALSE);

  g_object_set (settings, "gtk-application-prefer-dark-theme", !dark0, NULL);
  end = g_get_monotonic_time () + 3 * G_USEC_PER_SEC;
  while (f->view->palette.dark == dark0 && g_get_monotonic_time () < end)
    iterate (10);
  g_assert_cmpint (f->view->palette.dark, !=, dark0);
  /* The theme's background colour, for veils and halos: dark on dark. */
  {
    const EntRGBA *bg = &f->view->palette.background;
    double luminance = 0.2126 * bg->r + 0.7152 * bg->g + 0.0722 * bg->b;

    g_assert_cmpint (luminance < 0.5, ==, f->view->palette.dark);
  }
  render (f);
  g_assert_cmpuint (_ent_graph_view_get_render_count (f->view), ==, count + 1);

  g_object_set (settings, "gtk-application-prefer-dark-theme", dark0, NULL);
  end = g_get_monotonic_time () + 3 * G_USEC_PER_SEC;
  while (f->view->palette.dark != dark0 && g_get_monotonic_time () < end)
    iterate (10);
  g_assert_cmpint (f->view->palette.dark, ==, dark0);
}

static void
test_wheel_zoom_defers_render (Fixture *f, gconstpointer data)
{
  guint count;
  gint64 end;

  render (f);
  count = _ent_graph_view_get_render_count (f->view);

  /* While the wheel turns, frames scale the old picture... */
  _ent_graph_view_motion (f->view, 300, 200);
  for (int i = 0; i < 3; i++)
    {
      _ent_graph_view_scroll (f->view, -1, GDK_SCROLL_UNIT_WHEEL);
      render (f);
    }
  g_assert_cmpuint (_ent_graph_view_get_render_count (f->view), ==, count);
  g_assert_cmpfloat (f->view->cache_zoom, !=, ent_graph_view_get_zoom (f->view));

  /* ...and a short pause renders it sharp at the new zoom. */
  end = g_get_monotonic_time () + 3 * G_USEC_PER_SEC;
  while (f->view->zoom_settle_id != 0 && g_get_monotonic_time () < end)
    iterate (10);
  render (f);
  g_assert_cmpuint (_ent_graph_view_get_render_count (f->view), ==, count + 1);
  g_assert_cmpfloat (f->view->cache_zoom, ==, ent_graph_view_get_zoom (f->view));

  /* Toolbar and keyboard zoom work the same way. */
  ent_graph_view_zoom_out (f->view);
  render (f);
  g_assert_cmpuint (_ent_graph_view_get_render_count (f->view), ==, count + 1);
  end = g_get_monotonic_time () + 3 * G_USEC_PER_SEC;
  while (f->view->zoom_settle_id != 0 && g_get_monotonic_time () < end)
    iterate (10);
  render (f);
  g_assert_cmpuint (_ent_graph_view_get_render_count (f->view), ==, count + 2);

  /* zoom_at () and fitting render at once. */
  ent_graph_view_zoom_at (f->view, 1.1, 100, 100);
  render (f);
  g_assert_cmpuint (_ent_graph_view_get_render_count (f->view), ==, count + 3);
  ent_graph_view_zoom_fit (f->view);
  render (f);
  g_assert_cmpuint (_ent_graph_view_get_render_count (f->view), ==, count + 4);
}

static void
context_menu_cb (EntGraphView *view, int actor, int relation, double x, double y, int *out)
{
  out[0]++;
  out[1] = actor;
  out[2] = relation;
  out[3] = (int) round (x);
  out[4] = (int) round (y);
}

static void
test_context_menu_key (Fixture *f, gconstpointer data)
{
  int got[5] = { 0, -2, -2, 0, 0 };
  double x, y;

  g_signal_connect (f->view, "context-menu", G_CALLBACK (context_menu_cb), got);
  ent_graph_view_select (f->view, 2, -1);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "view.context-menu", NULL);
  g_assert_cmpint (got[0], ==, 1);
  g_assert_cmpint (got[1], ==, 2);
  g_assert_cmpint (got[2], ==, -1);
  /* At the node, so a popover points at it. */
  g_assert_true (ent_graph_view_actor_to_widget (f->view, 2, &x, &y));
  g_assert_cmpint (got[3], ==, (int) round (x));
  g_assert_cmpint (got[4], ==, (int) round (y));
}

/* The class key bindings: the trigger of each shortcut and its action. */
static void
test_key_bindings (Fixture *f, gconstpointer data)
{
  const struct { const char *trigger, *action; } expected[] = {
    { "plus", "view.zoom-in" }, { "equal", "view.zoom-in" }, { "KP_Add", "view.zoom-in" },
    { "minus", "view.zoom-out" }, { "KP_Subtract", "view.zoom-out" },
    { "0", "view.zoom-fit" }, { "KP_0", "view.zoom-fit" },
    { "Left", "view.pan-left" }, { "Right", "view.pan-right" },
    { "Up", "view.pan-up" }, { "Down", "view.pan-down" },
    { "Escape", "view.clear-selection" }, { "Menu", "view.context-menu" },
  };
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (f->view));
  g_autoptr(GHashTable) found = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) c = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (c))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (c)); j++)
        {
          g_autoptr(GtkShortcut) sc = g_list_model_get_item (G_LIST_MODEL (c), j);
          GtkShortcutAction *action = gtk_shortcut_get_action (sc);

          if (GTK_IS_NAMED_ACTION (action))
            g_hash_table_insert (found,
                                 gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (sc)),
                                 g_strdup (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action))));
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (g_hash_table_lookup (found, expected[i].trigger), ==, expected[i].action);

  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (f->view)));
}

/* Many random operations in a row, as a user might do them, including
 * data swaps in the middle of a drag: no criticals (they are fatal in
 * tests), and the view's state stays sane. */
static void
test_random_operations (Fixture *f, gconstpointer data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261125);
  g_autoptr(EntLayout) other = make_layout ();

  for (guint step = 0; step < 3000; step++)
    {
      double x = g_rand_double_range (rand, -50, WIN_W + 50);
      double y = g_rand_double_range (rand, -50, WIN_H + 50);
      int a, r;

      switch (g_rand_int_range (rand, 0, 16))
        {
        case 0: ent_graph_view_zoom_at (f->view, g_rand_double_range (rand, 0.2, 5), x, y); break;
        case 1: ent_graph_view_pan (f->view, x - WIN_W / 2, y - WIN_H / 2); break;
        case 2: _ent_graph_view_click (f->view, g_rand_int_range (rand, 1, 4), x, y); break;
        case 3: _ent_graph_view_drag_begin (f->view, x, y); break;
        case 4: _ent_graph_view_drag_update (f->view, x - WIN_W / 2, y - WIN_H / 2); break;
        case 5: _ent_graph_view_drag_end (f->view, x - WIN_W / 2, y - WIN_H / 2); break;
        case 6: _ent_graph_view_motion (f->view, x, y); break;
        case 7: ent_graph_view_select (f->view, g_rand_int_range (rand, -2, 6), g_rand_int_range (rand, -2, 7)); break;
        case 8: ent_graph_view_zoom_fit (f->view); break;
        case 9:
          f->actor_visible[g_rand_int_range (rand, 0, 4)] ^= TRUE;
          f->relation_visible[g_rand_int_range (rand, 0, 5)] ^= TRUE;
          ent_graph_view_set_data (f->view, f->net, f->layout, f->actor_visible, f->relation_visible);
          break;
        case 10: ent_graph_view_set_data (f->view, NULL, NULL, NULL, NULL); break;
        case 11:
          /* The window swaps in a new layout (an undo, a relayout). */
          ent_graph_view_set_data (f->view, f->net, g_rand_boolean (rand) ? other : f->layout,
                                   f->actor_visible, f->relation_visible);
          break;
        case 12: ent_graph_view_center_on_actor (f->view, g_rand_int_range (rand, 0, 5), g_rand_boolean (rand)); break;
        case 13: ent_graph_view_center_on_relation (f->view, g_rand_int_range (rand, 0, 6), FALSE); break;
        case 14: _ent_graph_view_scroll (f->view, g_rand_double_range (rand, -3, 3),
                                         g_rand_boolean (rand) ? GDK_SCROLL_UNIT_WHEEL : GDK_SCROLL_UNIT_SURFACE); break;
        default:
          {
            GskRenderNode *node = _ent_graph_view_render_frame (f->view);
            g_clear_pointer (&node, gsk_render_node_unref);
          }
          break;
        }

      if (step % 50 == 0)
        iterate (1);

      g_assert_true (isfinite (ent_graph_view_get_zoom (f->view)));
      g_assert_cmpfloat (ent_graph_view_get_zoom (f->view), >=, ENT_GRAPH_VIEW_ZOOM_MIN);
      g_assert_cmpfloat (ent_graph_view_get_zoom (f->view), <=, ENT_GRAPH_VIEW_ZOOM_MAX);
      g_assert_true (isfinite (f->view->tx) && isfinite (f->view->ty));
      a = ent_graph_view_get_selected_actor (f->view);
      r = ent_graph_view_get_selected_relation (f->view);
      g_assert_true (a == -1 || (a >= 0 && a < 4 && f->actor_visible[a]));
      g_assert_true (r == -1 || (r >= 0 && r < 5 && f->relation_visible[r]));
      a = ent_graph_view_pick_actor (f->view, x, y);
      g_assert_true (a >= -1 && a < 4);
    }

  ent_graph_view_set_data (f->view, f->net, f->layout, f->actor_visible, f->relation_visible);
}

static void
test_actions_installed (void)
{
  const char *names[] = { "view.zoom-in", "view.zoom-out", "view.zoom-fit", "view.pan-left",
                          "view.pan-right", "view.pan-up", "view.pan-down",
                          "view.clear-selection" };
  GtkWidgetClass *klass = g_type_class_ref (ENT_TYPE_GRAPH_VIEW);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      gboolean found = FALSE;
      const char *name, *property;
      const GVariantType *type;
      GType owner;

      for (guint j = 0; gtk_widget_class_query_action (klass, j, &owner, &name, &type, &property); j++)
        found = found || g_str_equal (name, names[i]);
      g_assert_true (found);
    }
  g_type_class_unref (klass);
}

int
main (int argc, char **argv)
{
  /* The test accessibility backend records properties without a bus. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/graph-view/fit", test_fit);
  ADD ("/graph-view/zoom-anchor", test_zoom_anchor);
  ADD ("/graph-view/pan-keeps-cache", test_pan_keeps_cache);
  ADD ("/graph-view/pan-large-map", test_pan_large_map);
  ADD ("/graph-view/overlay-keeps-cache", test_overlay_keeps_cache);
  ADD ("/graph-view/hover-veiled-picture", test_hover_veiled_picture);
  ADD ("/graph-view/resize", test_resize);
  ADD ("/graph-view/pick", test_pick);
  ADD ("/graph-view/click-select", test_click_select);
  ADD ("/graph-view/double-click-flies", test_double_click_flies);
  ADD ("/graph-view/drag-node", test_drag_node);
  ADD ("/graph-view/tooltip-accessible", test_tooltip_and_accessible);
  ADD ("/graph-view/empty", test_empty);
  ADD ("/graph-view/png", test_png);
  ADD ("/graph-view/theme", test_theme);
  ADD ("/graph-view/wheel-zoom-defers-render", test_wheel_zoom_defers_render);
  ADD ("/graph-view/context-menu-key", test_context_menu_key);
  ADD ("/graph-view/key-bindings", test_key_bindings);
  ADD ("/graph-view/random-operations", test_random_operations);
#undef ADD
  /* At scale 2, 800 x 600 would not fit Xvfb's 1280 x 1024 screen. */
  g_test_add ("/graph-view/scale2/subprocess", Fixture, scale2_size,
              fixture_setup, test_scale2, fixture_teardown);
  g_test_add_func ("/graph-view/scale2", test_scale2_parent);
  g_test_add_func ("/graph-view/actions", test_actions_installed);

  return g_test_run ();
}
