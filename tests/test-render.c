/* test-render.c: drawing, hit-testing, fitting and image export. */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gstdio.h>

#include "ent-export.h"
#include "ent-layout.h"
#include "ent-render.h"

/* Four actors at fixed places (no Graphviz: pixels are predictable):
 *
 *   0 Egypt (state) @ (100,100)  ==ally + hostile==  1 Turkey (state) @ (400,100)
 *   2 Khalifa Haftar (leader) @ (100,300)  --ally-->  3 Wagner Group (group) @ (400,300)
 *   4 Aguila Saleh (person) @ (250, 420), no relations                             */
static EntNetwork *
fixed_network (void)
{
  EntNetwork *net = ent_network_new ();

  ent_network_add_actor (net, "Egypt", ENT_ACTOR_STATE);
  ent_network_add_actor (net, "Turkey", ENT_ACTOR_STATE);
  ent_network_add_actor (net, "Khalifa Haftar", ENT_ACTOR_LEADER);
  ent_network_add_actor (net, "Wagner Group", ENT_ACTOR_GROUP);
  ent_network_add_actor (net, "Aguila Saleh", ENT_ACTOR_PERSON);
  ent_network_add_relation (net, 0, 1, ENT_POLARITY_ALLY, "agreement", FALSE);
  ent_network_add_relation (net, 1, 0, ENT_POLARITY_HOSTILE, "accusation", TRUE);
  ent_network_add_relation (net, 2, 3, ENT_POLARITY_ALLY, "cooperation", TRUE);
  /* Four sentences each: lines a few pixels wide. */
  for (guint r = 0; r < net->relations->len; r++)
    for (guint k = 0; k < 4; k++)
      ent_relation_add_evidence (g_ptr_array_index (net->relations, r), 0, k, 0, 1,
                                 "A sentence.", NULL, NULL);
  return net;
}

static EntLayout *
fixed_layout (const EntNetwork *net)
{
  EntLayout *layout = ent_layout_new (net, "manual");
  const double pos[][2] = { { 100, 100 }, { 400, 100 }, { 100, 300 }, { 400, 300 }, { 250, 420 } };

  for (guint i = 0; i < G_N_ELEMENTS (pos); i++)
    {
      layout->nodes[i].x = pos[i][0];
      layout->nodes[i].y = pos[i][1];
      layout->nodes[i].placed = TRUE;
    }
  ent_layout_reroute (layout, net, NULL);
  return layout;
}

typedef struct {
  cairo_surface_t *surface;
  int width, height;
} Image;

static void
pixel (Image *img, double x, double y, double *r, double *g, double *b, double *a)
{
  int ix = (int) floor (x), iy = (int) floor (y);
  guint32 v;

  g_assert_cmpint (ix, >=, 0);
  g_assert_cmpint (iy, >=, 0);
  g_assert_cmpint (ix, <, img->width);
  g_assert_cmpint (iy, <, img->height);
  cairo_surface_flush (img->surface);
  v = *(guint32 *) (cairo_image_surface_get_data (img->surface) +
                    iy * cairo_image_surface_get_stride (img->surface) + ix * 4);
  *a = ((v >> 24) & 0xff) / 255.0;
  /* Premultiplied ARGB: un-premultiply. */
  *r = *a > 0 ? ((v >> 16) & 0xff) / 255.0 / *a : 0;
  *g = *a > 0 ? ((v >> 8) & 0xff) / 255.0 / *a : 0;
  *b = *a > 0 ? (v & 0xff) / 255.0 / *a : 0;
}

static gboolean
colour_near (Image *img, double x, double y, EntRGBA want, double tolerance)
{
  double r, g, b, a;

  pixel (img, x, y, &r, &g, &b, &a);
  return fabs (r - want.r) <= tolerance && fabs (g - want.g) <= tolerance &&
         fabs (b - want.b) <= tolerance && a > 0.99;
}

static void
assert_colour (Image *img, double x, double y, EntRGBA want, double tolerance)
{
  double r, g, b, a;

  pixel (img, x, y, &r, &g, &b, &a);
  if (!colour_near (img, x, y, want, tolerance))
    g_error ("pixel (%.0f, %.0f) is %.3f %.3f %.3f (alpha %.3f), expected %.3f %.3f %.3f",
             x, y, r, g, b, a, want.r, want.g, want.b);
}

/* Lines are antialiased: some pixel within 1 px has the colour. */
static void
assert_colour_nearby (Image *img, double x, double y, EntRGBA want, double tolerance)
{
  for (int dy = -1; dy <= 1; dy++)
    for (int dx = -1; dx <= 1; dx++)
      if (colour_near (img, x + dx, y + dy, want, tolerance))
        return;
  assert_colour (img, x, y, want, tolerance);
}

static Image
draw (const EntNetwork *net, const EntLayout *layout, EntRenderOptions *o,
      int width, int height, gboolean overlay)
{
  Image img = { cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height), width, height };
  cairo_t *cr = cairo_create (img.surface);

  ent_render_fit (layout, width, height, 30, &o->scale, &o->tx, &o->ty);
  ent_render_graph (cr, net, layout, o, width, height);
  if (overlay)
    ent_render_overlay (cr, net, layout, o, width, height);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  return img;
}

static void
device_point (const EntRenderOptions *o, double x, double y, double *dx, double *dy)
{
  *dx = x * o->scale + o->tx;
  *dy = y * o->scale + o->ty;
}

/* A point on relation r's curve at parameter t of its first segment. */
static void
curve_point (const EntLayout *layout, guint r, double t, double *x, double *y)
{
  const double *p = layout->edges[r].points;
  double u = 1 - t;

  *x = u * u * u * p[0] + 3 * u * u * t * p[2] + 3 * u * t * t * p[4] + t * t * t * p[6];
  *y = u * u * u * p[1] + 3 * u * u * t * p[3] + 3 * u * t * t * p[5] + t * t * t * p[7];
}

static void
test_render_pixels (gconstpointer data)
{
  gboolean dark = GPOINTER_TO_INT (data);
  g_autoptr(EntNetwork) net = fixed_network ();
  g_autoptr(EntLayout) layout = fixed_layout (net);
  EntRenderOptions o;
  Image img;
  double x, y, cx, cy;

  ent_render_options_init (&o, dark);
  o.draw_legend = FALSE;
  img = draw (net, layout, &o, 640, 480, FALSE);

  /* Background */
  assert_colour (&img, 2, 2, o.palette.background, 0.01);
  assert_colour (&img, 637, 477, o.palette.background, 0.01);
  if (dark)
    g_assert_cmpfloat (o.palette.background.r, <, 0.3);
  else
    g_assert_cmpfloat (o.palette.background.r, >, 0.9);

  /* Every node's colour at its centre. */
  for (guint i = 0; i < net->actors->len; i++)
    {
      const EntActor *actor = g_ptr_array_index (net->actors, i);

      device_point (&o, layout->nodes[i].x, layout->nodes[i].y, &x, &y);
      assert_colour (&img, x, y, ent_palette_actor (&o.palette, actor->type), 0.02);
    }

  /* The ally and the hostile curve between Egypt and Turkey, side by side
   * in their own colours; the straight line between them is background. */
  curve_point (layout, 0, 0.5, &cx, &cy);
  device_point (&o, cx, cy, &x, &y);
  assert_colour_nearby (&img, x, y, ent_palette_polarity (&o.palette, ENT_POLARITY_ALLY), 0.08);
  curve_point (layout, 1, 0.5, &cx, &cy);
  device_point (&o, cx, cy, &x, &y);
  assert_colour_nearby (&img, x, y, ent_palette_polarity (&o.palette, ENT_POLARITY_HOSTILE), 0.08);
  device_point (&o, 250, 100, &x, &y);
  assert_colour (&img, x, y, o.palette.background, 0.02);

  /* The arrowhead of Haftar -> Wagner is filled right at Wagner's outline. */
  {
    const EntEdgeGeom *e = &layout->edges[2];
    double ex = e->points[2 * (e->n_points - 1)] - 4, ey = e->points[2 * (e->n_points - 1) + 1];
    device_point (&o, ex, ey, &x, &y);
    assert_colour_nearby (&img, x, y, ent_palette_polarity (&o.palette, ENT_POLARITY_ALLY), 0.1);
  }

  cairo_surface_destroy (img.surface);
}

static void
test_render_transparent_legend (void)
{
  g_autoptr(EntNetwork) net = fixed_network ();
  g_autoptr(EntLayout) layout = fixed_layout (net);
  EntRenderOptions o;
  Image img;
  double r, g, b, a;
  guint legend_pixels = 0;

  ent_render_options_init (&o, FALSE);
  o.palette.transparent = TRUE;
  o.draw_legend = TRUE;
  img = draw (net, layout, &o, 640, 480, FALSE);

  pixel (&img, 320, 2, &r, &g, &b, &a);
  g_assert_cmpfloat (a, ==, 0);

  /* The legend sits at the bottom-left: its box and samples are opaque
   * pixels where the map is not (the map is centred, the legend in a corner). */
  for (int yy = 400; yy < 478; yy++)
    for (int xx = 0; xx < 60; xx++)
      {
        pixel (&img, xx, yy, &r, &g, &b, &a);
        legend_pixels += a > 0.5;
      }
  g_assert_cmpuint (legend_pixels, >, 300);
  /* ...including each type's colour as a sample. */
  for (guint t = 0; t < ENT_N_ACTOR_TYPES; t++)
    {
      gboolean found = FALSE;
      EntRGBA want = ent_palette_actor (&o.palette, t);

      for (int yy = 380; yy < 478 && !found; yy++)
        for (int xx = 0; xx < 60 && !found; xx++)
          found = colour_near (&img, xx, yy, want, 0.02);
      g_assert_true (found);
    }
  cairo_surface_destroy (img.surface);
}

static void
test_render_overlay (void)
{
  g_autoptr(EntNetwork) net = fixed_network ();
  g_autoptr(EntLayout) layout = fixed_layout (net);
  EntRenderOptions o;
  Image img;
  double x, y;

  ent_render_options_init (&o, FALSE);
  o.draw_legend = FALSE;
  o.hover_actor = 2;   /* Haftar: Wagner is its neighbour, Egypt is not */
  img = draw (net, layout, &o, 640, 480, TRUE);

  device_point (&o, layout->nodes[2].x, layout->nodes[2].y, &x, &y);
  assert_colour (&img, x, y, ent_palette_actor (&o.palette, ENT_ACTOR_LEADER), 0.02);
  device_point (&o, layout->nodes[3].x, layout->nodes[3].y, &x, &y);
  assert_colour (&img, x, y, ent_palette_actor (&o.palette, ENT_ACTOR_GROUP), 0.02);
  /* Egypt is dimmed: no longer its own colour, closer to the background. */
  device_point (&o, layout->nodes[0].x, layout->nodes[0].y, &x, &y);
  g_assert_false (colour_near (&img, x, y, ent_palette_actor (&o.palette, ENT_ACTOR_STATE), 0.1));
  {
    double r, g, b, a;
    EntRGBA bg = o.palette.background, st = ent_palette_actor (&o.palette, ENT_ACTOR_STATE);
    pixel (&img, x, y, &r, &g, &b, &a);
    g_assert_cmpfloat (fabs (r - bg.r), <, fabs (st.r - bg.r));
  }
  cairo_surface_destroy (img.surface);

  /* The caller painted the veil itself (ent_render_veil on a cached copy):
   * the overlay does not veil again, the veil alone dims everything. */
  ent_render_options_init (&o, FALSE);
  o.draw_legend = FALSE;
  o.hover_actor = 2;
  o.veil_cached = TRUE;
  img = draw (net, layout, &o, 640, 480, TRUE);
  device_point (&o, layout->nodes[0].x, layout->nodes[0].y, &x, &y);
  assert_colour (&img, x, y, ent_palette_actor (&o.palette, ENT_ACTOR_STATE), 0.02);
  {
    cairo_t *cr = cairo_create (img.surface);
    ent_render_veil (cr, &o, 640, 480);
    cairo_destroy (cr);
  }
  g_assert_false (colour_near (&img, x, y, ent_palette_actor (&o.palette, ENT_ACTOR_STATE), 0.1));
  assert_colour (&img, 2, 2, o.palette.background, 0.01);
  cairo_surface_destroy (img.surface);

  /* No hover, no selection: the overlay leaves the picture alone. */
  ent_render_options_init (&o, FALSE);
  o.draw_legend = FALSE;
  img = draw (net, layout, &o, 640, 480, TRUE);
  device_point (&o, layout->nodes[0].x, layout->nodes[0].y, &x, &y);
  assert_colour (&img, x, y, ent_palette_actor (&o.palette, ENT_ACTOR_STATE), 0.02);
  cairo_surface_destroy (img.surface);
}

/* ent_render_overlay_extents () bounds all the overlay paints (the view
 * sizes its node to it), and on a recording (the view's node) the overlay
 * paints what it paints straight into an image. */
/* Plays a recording (drawn through cairo, not ent-render's own
 * rasteriser) into a new @w x @h image at @scale, and releases the
 * recording. */
static cairo_surface_t *
replay_into_image (cairo_surface_t *rec, int w, int h, double scale)
{
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, w, h);
  cairo_t *cr = cairo_create (image);

  cairo_scale (cr, scale, scale);
  cairo_set_source_surface (cr, rec, 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_surface_destroy (rec);
  return image;
}

static void
test_render_overlay_extents (void)
{
  g_autoptr(EntNetwork) net = fixed_network ();
  g_autoptr(EntLayout) layout = fixed_layout (net);
  EntRenderOptions o;
  cairo_surface_t *direct, *replayed, *rec;
  cairo_t *cr;
  double x, y, w, h, ax, ay;
  int W = 640, H = 480;
  guint outside = 0, ink = 0, differ = 0;
  gboolean hits[5] = { FALSE, FALSE, FALSE, FALSE, TRUE };

  ent_render_options_init (&o, FALSE);
  o.draw_legend = FALSE;
  o.palette.transparent = TRUE;
  ent_render_fit (layout, W, H, 30, &o.scale, &o.tx, &o.ty);

  /* Nothing hovered or selected: nothing to paint. */
  g_assert_false (ent_render_overlay_extents (net, layout, &o, W, H, &x, &y, &w, &h));
  /* The veil is the whole area. */
  o.hover_actor = 2;
  g_assert_true (ent_render_overlay_extents (net, layout, &o, W, H, &x, &y, &w, &h));
  g_assert_cmpfloat (x, ==, 0);
  g_assert_cmpfloat (y, ==, 0);
  g_assert_cmpfloat (w, ==, W);
  g_assert_cmpfloat (h, ==, H);

  /* Veil cached: Haftar, Wagner and their relation, not Egypt up top. */
  o.veil_cached = TRUE;
  g_assert_true (ent_render_overlay_extents (net, layout, &o, W, H, &x, &y, &w, &h));
  device_point (&o, layout->nodes[0].x, layout->nodes[0].y, &ax, &ay);
  g_assert_cmpfloat (y, >, ay + 20);
  g_assert_cmpfloat (w * h, <, 0.6 * W * H);

  direct = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, W, H);
  cr = cairo_create (direct);
  ent_render_overlay (cr, net, layout, &o, W, H);
  cairo_destroy (cr);
  rec = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cr = cairo_create (rec);
  ent_render_overlay (cr, net, layout, &o, W, H);
  cairo_destroy (cr);
  replayed = replay_into_image (rec, W, H, 1.0);
  cairo_surface_flush (direct);
  cairo_surface_flush (replayed);

  for (int py = 0; py < H; py++)
    for (int px = 0; px < W; px++)
      {
        const guint8 *d = cairo_image_surface_get_data (direct) +
                          py * cairo_image_surface_get_stride (direct) + 4 * px;
        const guint8 *r = cairo_image_surface_get_data (replayed) +
                          py * cairo_image_surface_get_stride (replayed) + 4 * px;
        gboolean inside = px >= x && px < x + w && py >= y && py < y + h;

        if (d[3] == 0 && r[3] == 0)
          continue;
        ink++;
        outside += !inside;
        for (int c = 0; c < 4; c++)
          if (abs (d[c] - r[c]) > 8)
            {
              differ++;
              break;
            }
      }
  g_assert_cmpuint (ink, >, 500);
  g_assert_cmpuint (outside, ==, 0);
  /* The same fast paths draw both: at most a few edge pixels differ. */
  g_assert_cmpuint (differ, <, ink / 50);
  cairo_surface_destroy (direct);
  cairo_surface_destroy (replayed);

  /* Search hits alone: their rings. */
  o.hover_actor = -1;
  o.search_hits = hits;
  g_assert_true (ent_render_overlay_extents (net, layout, &o, W, H, &x, &y, &w, &h));
  device_point (&o, layout->nodes[4].x, layout->nodes[4].y, &ax, &ay);
  g_assert_true (ax > x && ax < x + w && ay > y && ay < y + h);
  g_assert_cmpfloat (w, <, W / 4.0);
}

static void
test_render_hit (void)
{
  g_autoptr(EntNetwork) net = fixed_network ();
  g_autoptr(EntLayout) layout = fixed_layout (net);
  double x, y, mx, my;
  guint n_hits = 99;
  int first, second;

  /* Nodes, and their labels, before edges. */
  g_assert_cmpint (ent_render_hit_actor (net, layout, NULL, 100, 100, 2), ==, 0);
  g_assert_cmpint (ent_render_hit_actor (net, layout, NULL, 400 + 11, 300, 2), ==, 3);
  g_assert_cmpint (ent_render_hit_actor (net, layout, NULL, 250, 420 + 6 + 3 + 5, 1), ==, 4); /* label */
  g_assert_cmpint (ent_render_hit_actor (net, layout, NULL, 250, 200, 6), ==, -1);
  {
    gboolean visible[5] = { FALSE, TRUE, TRUE, TRUE, TRUE };
    g_assert_cmpint (ent_render_hit_actor (net, layout, visible, 100, 100, 2), ==, -1);
  }

  /* On the curved ally edge, not on the straight line between the nodes. */
  for (double t = 0.2; t <= 0.8; t += 0.1)
    {
      curve_point (layout, 0, t, &x, &y);
      g_assert_cmpint (ent_render_hit_relation (net, layout, NULL, x, y, 1.0, 0, &n_hits), ==, 0);
      g_assert_cmpuint (n_hits, ==, 1);
      g_assert_cmpfloat (ent_render_edge_distance (layout, 0, x, y), <, 0.05);
      curve_point (layout, 1, t, &x, &y);
      g_assert_cmpint (ent_render_hit_relation (net, layout, NULL, x, y, 1.0, 0, &n_hits), ==, 1);
    }
  g_assert_cmpfloat (ent_render_edge_distance (layout, 0, 250, 100), >, 3.0);
  g_assert_cmpint (ent_render_hit_relation (net, layout, NULL, 250, 200, 6, 0, &n_hits), ==, -1);
  g_assert_cmpuint (n_hits, ==, 0);

  /* Between the two curves with a wide radius both are hit: repeated
   * clicks cycle through them. */
  mx = 250;
  my = 100;
  first = ent_render_hit_relation (net, layout, NULL, mx, my, 8, 0, &n_hits);
  g_assert_cmpuint (n_hits, ==, 2);
  second = ent_render_hit_relation (net, layout, NULL, mx, my, 8, 1, &n_hits);
  g_assert_cmpint (first, !=, second);
  g_assert_true ((first == 0 || first == 1) && (second == 0 || second == 1));
  g_assert_cmpint (ent_render_hit_relation (net, layout, NULL, mx, my, 8, 2, NULL), ==, first);

  /* Hidden relations are not hit. */
  {
    gboolean visible[3] = { FALSE, TRUE, TRUE };
    g_assert_cmpint (ent_render_hit_relation (net, layout, visible, mx, my, 8, 0, &n_hits), ==, 1);
    g_assert_cmpuint (n_hits, ==, 1);
  }
}

static void
test_render_fit (void)
{
  g_autoptr(EntNetwork) net = fixed_network ();
  g_autoptr(EntLayout) layout = fixed_layout (net);
  double s, tx, ty, x0, y0, x1, y1;

  ent_render_fit (layout, 800, 600, 20, &s, &tx, &ty);
  x0 = layout->x0 * s + tx;
  y0 = layout->y0 * s + ty;
  x1 = (layout->x0 + layout->width) * s + tx;
  y1 = (layout->y0 + layout->height) * s + ty;
  g_assert_cmpfloat (x0, >=, 20 - 1e-6);
  g_assert_cmpfloat (y0, >=, 20 - 1e-6);
  g_assert_cmpfloat (x1, <=, 780 + 1e-6);
  g_assert_cmpfloat (y1, <=, 580 + 1e-6);
  /* It fills one dimension and is centred in the other. */
  g_assert_true (fabs (x1 - x0 - 760) < 1e-6 || fabs (y1 - y0 - 560) < 1e-6);
  g_assert_cmpfloat (fabs ((x0 + x1) / 2 - 400), <, 1e-6);
  g_assert_cmpfloat (fabs ((y0 + y1) / 2 - 300), <, 1e-6);

  /* After moving a node to negative coordinates the fit follows the bounds. */
  ent_layout_move_node (layout, net, 4, -300, -200);
  ent_layout_update_bounds (layout);
  ent_render_fit (layout, 800, 600, 20, &s, &tx, &ty);
  g_assert_cmpfloat (-300 * s + tx, >=, 20);
  g_assert_cmpfloat (-200 * s + ty, >=, 20);
}

/* Lines on an image surface are drawn by ent-render's own rasteriser;
 * replaying a recording goes through cairo.  The two pictures agree, and
 * the fast path respects a clip. */
static void
compare_direct_and_cairo (const EntNetwork *net, const EntLayout *layout,
                          const EntRenderOptions *o, int w, int h)
{
  cairo_surface_t *direct, *replayed, *rec;
  cairo_t *cr;
  guint differ = 0, ink_direct = 0, ink_replayed = 0;

  direct = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, w, h);
  cr = cairo_create (direct);
  ent_render_graph (cr, net, layout, o, w, h);
  cairo_destroy (cr);

  rec = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cr = cairo_create (rec);
  ent_render_graph (cr, net, layout, o, w, h);
  cairo_destroy (cr);
  replayed = replay_into_image (rec, w, h, 1.0);

  cairo_surface_flush (direct);
  cairo_surface_flush (replayed);
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      {
        guint32 a = ((guint32 *) (cairo_image_surface_get_data (direct) +
                                  y * cairo_image_surface_get_stride (direct)))[x];
        guint32 b = ((guint32 *) (cairo_image_surface_get_data (replayed) +
                                  y * cairo_image_surface_get_stride (replayed)))[x];
        int worst = 0;

        for (int sh = 0; sh < 32; sh += 8)
          worst = MAX (worst, abs ((int) ((a >> sh) & 0xff) - (int) ((b >> sh) & 0xff)));
        differ += worst > 60;
        ink_direct += (a & 0xffffff) != 0xfafafa;
        ink_replayed += (b & 0xffffff) != 0xfafafa;
      }
  g_test_message ("scale %.2f: ink %u direct, %u cairo; %u pixels differ", o->scale,
                  ink_direct, ink_replayed, differ);
  g_assert_cmpuint (ink_direct, >, 2000);
  g_assert_cmpfloat (fabs ((double) ink_direct - ink_replayed), <, 0.15 * ink_replayed);
  g_assert_cmpuint (differ, <, (guint) (w * h / 200));
  cairo_surface_destroy (direct);
  cairo_surface_destroy (replayed);
}

static void
test_render_direct_lines (void)
{
  g_autoptr(EntNetwork) net = ent_network_new ();
  g_autoptr(EntLayout) layout = NULL;
  EntRenderOptions o;
  cairo_surface_t *direct;
  cairo_t *cr;
  int w = 400, h = 400;

  /* A wheel of relations at all angles, all polarities (neutral is
   * dashed when zoomed in), one to eight sentences (widths). */
  ent_network_add_actor (net, "Hub", ENT_ACTOR_STATE);
  for (guint i = 1; i <= 24; i++)
    {
      g_autofree char *name = g_strdup_printf ("Spoke %u", i);
      EntRelation *rel;

      ent_network_add_actor (net, name, i % ENT_N_ACTOR_TYPES);
      rel = ent_network_add_relation (net, 0, i, i % ENT_N_POLARITIES, "x", FALSE);
      for (guint k = 0; k < 1 + i % 8; k++)
        ent_relation_add_evidence (rel, 0, k, 0, 1, "A sentence.", NULL, NULL);
    }
  layout = ent_layout_new (net, "manual");
  layout->nodes[0].x = layout->nodes[0].y = 500;
  layout->nodes[0].placed = TRUE;
  for (guint i = 1; i <= 24; i++)
    {
      double a = 2 * G_PI * i / 24 + 0.1;
      layout->nodes[i].x = 500 + 450 * cos (a);
      layout->nodes[i].y = 500 + 450 * sin (a);
      layout->nodes[i].placed = TRUE;
    }
  ent_layout_reroute (layout, net, NULL);

  ent_render_options_init (&o, FALSE);
  o.draw_legend = FALSE;
  ent_render_fit (layout, w, h, 10, &o.scale, &o.tx, &o.ty);
  compare_direct_and_cairo (net, layout, &o, w, h);

  /* Zoomed 3x on the hub: wider lines, dashes. */
  o.scale *= 3;
  o.tx = w / 2.0 - 500 * o.scale;
  o.ty = h / 2.0 - 500 * o.scale;
  compare_direct_and_cairo (net, layout, &o, w, h);

  /* Clipped to the left half: the right half stays untouched (transparent). */
  ent_render_fit (layout, w, h, 10, &o.scale, &o.tx, &o.ty);
  direct = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, w, h);
  cr = cairo_create (direct);
  cairo_rectangle (cr, 0, 0, w / 2, h);
  cairo_clip (cr);
  o.palette.transparent = TRUE;
  ent_render_graph (cr, net, layout, &o, w, h);
  cairo_destroy (cr);
  cairo_surface_flush (direct);
  for (int y = 0; y < h; y++)
    for (int x = w / 2; x < w; x++)
      g_assert_cmpuint (((guint32 *) (cairo_image_surface_get_data (direct) +
                                      y * cairo_image_surface_get_stride (direct)))[x], ==, 0);
  cairo_surface_destroy (direct);
}

/* The view records the overlay (a GTK cairo node) in widget pixels and GTK
 * replays it at the scale factor: labels must come out as sharp as when
 * drawn straight into an image at device resolution. */
static void
test_render_hidpi_overlay (void)
{
  g_autoptr(EntNetwork) net = fixed_network ();
  g_autoptr(EntLayout) layout = fixed_layout (net);
  EntRenderOptions o;
  cairo_surface_t *direct, *replayed, *rec;
  cairo_t *cr;
  int w = 320, h = 240, sf = 2;
  guint differ = 0, ink = 0;

  ent_render_options_init (&o, FALSE);
  o.draw_legend = FALSE;
  o.palette.transparent = TRUE;
  o.hover_actor = 2;
  ent_render_fit (layout, w * sf, h * sf, 20, &o.scale, &o.tx, &o.ty);
  o.device_scale = sf;

  /* Straight into a device-resolution image. */
  direct = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, w * sf, h * sf);
  cr = cairo_create (direct);
  ent_render_overlay (cr, net, layout, &o, w * sf, h * sf);
  cairo_destroy (cr);

  /* As the view does it: recorded in widget pixels, replayed at sf. */
  rec = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cr = cairo_create (rec);
  cairo_scale (cr, 1.0 / sf, 1.0 / sf);
  ent_render_overlay (cr, net, layout, &o, w * sf, h * sf);
  cairo_destroy (cr);
  replayed = replay_into_image (rec, w * sf, h * sf, sf);

  cairo_surface_flush (direct);
  cairo_surface_flush (replayed);
  /* Compare the labels of the emphasised actors (Haftar, Wagner). */
  for (guint i = 2; i <= 3; i++)
    {
      const EntNodeGeom *n = &layout->nodes[i];
      int x0 = (int) ((n->x - n->label_w / 2) * o.scale + o.tx);
      int x1 = (int) ((n->x + n->label_w / 2) * o.scale + o.tx);
      int y0 = (int) ((n->y + n->h / 2 + ENT_LABEL_GAP) * o.scale + o.ty);
      int y1 = (int) ((n->y + n->h / 2 + ENT_LABEL_GAP + n->label_h) * o.scale + o.ty);

      for (int y = MAX (y0, 0); y < MIN (y1, h * sf); y++)
        for (int x = MAX (x0, 0); x < MIN (x1, w * sf); x++)
          {
            guint32 a = ((guint32 *) (cairo_image_surface_get_data (direct) +
                                      y * cairo_image_surface_get_stride (direct)))[x];
            guint32 b = ((guint32 *) (cairo_image_surface_get_data (replayed) +
                                      y * cairo_image_surface_get_stride (replayed)))[x];
            int worst = 0;

            for (int sh = 0; sh < 32; sh += 8)
              worst = MAX (worst, abs ((int) ((a >> sh) & 0xff) - (int) ((b >> sh) & 0xff)));
            differ += worst > 48;
            ink++;
          }
    }
  g_test_message ("%u of %u label pixels differ", differ, ink);
  g_assert_cmpuint (ink, >, 1000);
  g_assert_cmpuint (differ, <, ink / 100);
  cairo_surface_destroy (direct);
  cairo_surface_destroy (replayed);
}

/* ------------------------------------------------------------------ */
/* Image export */

static void
test_export_format_names (void)
{
  g_assert_cmpint (ent_export_format_from_path ("out/MAP.PNG"), ==, ENT_EXPORT_PNG);
  g_assert_cmpint (ent_export_format_from_path ("a.b/map.gv"), ==, ENT_EXPORT_DOT);
  g_assert_cmpint (ent_export_format_from_path ("map.graphml"), ==, ENT_EXPORT_GRAPHML);
  g_assert_cmpint (ent_export_format_from_path ("dir.png/map"), ==, ENT_EXPORT_UNKNOWN);
  g_assert_cmpint (ent_export_format_from_path (".png"), ==, ENT_EXPORT_UNKNOWN);
  g_assert_cmpint (ent_export_format_from_path ("map.jpeg"), ==, ENT_EXPORT_UNKNOWN);
  g_assert_cmpint (ent_export_format_from_name ("gexf"), ==, ENT_EXPORT_GEXF);
  g_assert_cmpint (ent_export_format_from_name (".Csv"), ==, ENT_EXPORT_CSV);
  g_assert_cmpint (ent_export_format_from_name ("bmp"), ==, ENT_EXPORT_UNKNOWN);
  g_assert_cmpstr (ent_export_format_extension (ENT_EXPORT_JSON), ==, "json");
  g_assert_cmpstr (ent_export_format_extension (ENT_EXPORT_DOT), ==, "dot");
  g_assert_true (ent_export_format_is_image (ENT_EXPORT_SVG));
  g_assert_false (ent_export_format_is_image (ENT_EXPORT_CSV));
}

static char *
tmp_path (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("entente-render-XXXXXX", &error);

  g_assert_no_error (error);
  return g_build_filename (dir, name, NULL);
}

static void
remove_tmp (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d && (name = g_dir_read_name (d)))
    {
      g_autofree char *p = g_build_filename (dir, name, NULL);
      g_unlink (p);
    }
  g_rmdir (dir);
}

static EntNetwork *
tricky_network (void)
{
  EntNetwork *net = fixed_network ();
  EntActor *a = g_ptr_array_index (net->actors, 4);

  g_free (a->name);
  a->name = g_strdup ("Aguila \"Speaker\" <Saleh> & Sons");
  return net;
}

static void
test_export_png (void)
{
  g_autoptr(EntNetwork) net = fixed_network ();
  g_autoptr(EntLayout) layout = fixed_layout (net);
  g_autofree char *path = tmp_path ("map.png");
  g_autoptr(GError) error = NULL;
  EntImageOptions io;
  cairo_surface_t *s;
  int w1, h1;

  ent_image_options_init (&io);
  g_assert_cmpfloat (io.scale, ==, 2);
  io.render.title = "Libya";
  g_assert_true (ent_export_image (net, layout, &io, ENT_EXPORT_PNG, path, &error));
  g_assert_no_error (error);
  s = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (s), ==, CAIRO_STATUS_SUCCESS);
  w1 = cairo_image_surface_get_width (s);
  h1 = cairo_image_surface_get_height (s);
  /* Default size: the map's bounding box plus margins, title and legend. */
  g_assert_cmpint (w1, >=, (int) (2 * layout->width));
  g_assert_cmpint (h1, >=, (int) (2 * layout->height));
  cairo_surface_destroy (s);

  /* Scale 1: half the pixels. */
  io.scale = 1;
  g_assert_true (ent_export_image (net, layout, &io, ENT_EXPORT_PNG, path, &error));
  s = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (abs (cairo_image_surface_get_width (s) - w1 / 2), <=, 1);
  g_assert_cmpint (abs (cairo_image_surface_get_height (s) - h1 / 2), <=, 1);
  cairo_surface_destroy (s);

  /* A width: that many points, times the scale; height follows the map. */
  io.scale = 3;
  io.width = 500;
  g_assert_true (ent_export_image (net, layout, &io, ENT_EXPORT_PNG, path, &error));
  s = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_image_surface_get_width (s), ==, 1500);
  g_assert_cmpint (cairo_image_surface_get_height (s), >, 300);
  cairo_surface_destroy (s);

  io.scale = 1;
  io.width = 300;
  io.height = 200;
  g_assert_true (ent_export_image (net, layout, &io, ENT_EXPORT_PNG, path, &error));
  s = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_image_surface_get_width (s), ==, 300);
  g_assert_cmpint (cairo_image_surface_get_height (s), ==, 200);
  cairo_surface_destroy (s);

  /* Too big for a PNG: a clear error, the previous file untouched. */
  io.scale = 16;
  io.width = 5000;
  g_assert_false (ent_export_image (net, layout, &io, ENT_EXPORT_PNG, path, &error));
  g_assert_error (error, ENT_ERROR, ENT_ERROR_TOO_LARGE);
  g_clear_error (&error);
  s = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_image_surface_get_width (s), ==, 300);
  cairo_surface_destroy (s);

  /* Not writable */
  io.scale = 1;
  io.width = 0;
  g_assert_false (ent_export_image (net, layout, &io, ENT_EXPORT_PNG,
                                    "/nonexistent-dir/entente/map.png", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  remove_tmp (path);
}

static gboolean
have_program (const char *name)
{
  g_autofree char *path = g_find_program_in_path (name);
  return path != NULL;
}

static gboolean
run (const char *const *argv, char **out)
{
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, out, NULL, &status, &error))
    {
      g_test_message ("%s: %s", argv[0], error->message);
      return FALSE;
    }
  return g_spawn_check_wait_status (status, NULL);
}

typedef struct {
  GString *text;      /* all <text> content */
  guint    n_text;
  gboolean in_text;
  gboolean svg_root;
} SvgScan;

static void
svg_start_cb (GMarkupParseContext *ctx, const char *name, const char **attr_names,
              const char **attr_values, gpointer user_data, GError **error)
{
  SvgScan *scan = user_data;

  if (g_str_equal (name, "svg"))
    scan->svg_root = TRUE;
  if (g_str_equal (name, "text"))
    {
      scan->n_text++;
      scan->in_text = TRUE;
    }
}

static void
svg_end_cb (GMarkupParseContext *ctx, const char *name, gpointer user_data, GError **error)
{
  SvgScan *scan = user_data;

  if (g_str_equal (name, "text"))
    {
      scan->in_text = FALSE;
      g_string_append_c (scan->text, ' ');   /* wrapped lines: one <text> each */
    }
}

static void
svg_text_cb (GMarkupParseContext *ctx, const char *text, gsize len, gpointer user_data,
             GError **error)
{
  SvgScan *scan = user_data;

  if (scan->in_text)
    g_string_append_len (scan->text, text, len);
}

static void
test_export_svg (void)
{
  g_autoptr(EntNetwork) net = tricky_network ();
  g_autoptr(EntLayout) layout = fixed_layout (net);
  g_autofree char *path = tmp_path ("map.svg");
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  GMarkupParser parser = { svg_start_cb, svg_end_cb, svg_text_cb, NULL, NULL };
  g_autoptr(GMarkupParseContext) ctx = NULL;
  SvgScan scan = { g_string_new (NULL), 0, FALSE, FALSE };
  EntImageOptions io;

  ent_image_options_init (&io);
  ent_render_options_init (&io.render, TRUE);
  io.render.title = "Rivals & \"friends\" <Libya>";
  g_assert_true (ent_export_image (net, layout, &io, ENT_EXPORT_SVG, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));

  /* Well-formed XML with the labels as real text. */
  ctx = g_markup_parse_context_new (&parser, 0, &scan, NULL);
  g_assert_true (g_markup_parse_context_parse (ctx, contents, -1, &error));
  g_assert_true (g_markup_parse_context_end_parse (ctx, &error));
  g_assert_no_error (error);
  g_assert_true (scan.svg_root);
  for (guint i = 0; i < net->actors->len; i++)
    {
      const EntActor *a = g_ptr_array_index (net->actors, i);
      g_assert_nonnull (strstr (scan.text->str, a->name));
    }
  g_assert_nonnull (strstr (scan.text->str, "Rivals & \"friends\" <Libya>"));
  g_assert_nonnull (strstr (scan.text->str, "Hostile"));   /* legend */
  g_assert_cmpuint (scan.n_text, >=, net->actors->len + 7 + 1);
  /* Dark background */
  g_assert_nonnull (strstr (contents, "fill=\"#242424\""));
  g_string_free (scan.text, TRUE);

  /* Other renderers can draw it. */
  if (have_program ("rsvg-convert"))
    {
      g_autofree char *png = g_strconcat (path, ".png", NULL);
      const char *argv[] = { "rsvg-convert", "-o", png, path, NULL };
      cairo_surface_t *s;

      g_assert_true (run (argv, NULL));
      s = cairo_image_surface_create_from_png (png);
      g_assert_cmpint (cairo_surface_status (s), ==, CAIRO_STATUS_SUCCESS);
      g_assert_cmpint (cairo_image_surface_get_width (s), >, 100);
      cairo_surface_destroy (s);
    }
  else
    g_test_message ("rsvg-convert not installed: SVG not rendered");
  if (have_program ("python3"))
    {
      const char *argv[] = { "python3", "-c",
                             "import sys, xml.etree.ElementTree as ET; ET.parse(sys.argv[1])",
                             path, NULL };
      g_assert_true (run (argv, NULL));
    }

  remove_tmp (path);
}

static void
test_export_pdf (void)
{
  g_autoptr(EntNetwork) net = tricky_network ();
  g_autoptr(EntLayout) layout = fixed_layout (net);
  g_autofree char *path = tmp_path ("map.pdf");
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  EntImageOptions io;
  gsize len;

  ent_image_options_init (&io);
  io.render.title = "Libya, March";
  g_assert_true (ent_export_image (net, layout, &io, ENT_EXPORT_PDF, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  g_assert_true (len > 4 && memcmp (contents, "%PDF", 4) == 0);

  if (have_program ("pdftotext"))
    {
      g_autofree char *text = NULL;
      g_autofree char *flat = NULL;
      const char *argv[] = { "pdftotext", path, "-", NULL };

      g_assert_true (run (argv, &text));
      /* Labels may wrap: compare with line breaks as spaces. */
      flat = g_strdelimit (g_strdup (text), "\n", ' ');
      for (guint i = 0; i < net->actors->len; i++)
        {
          const EntActor *a = g_ptr_array_index (net->actors, i);
          g_test_message ("looking for %s", a->name);
          g_assert_nonnull (strstr (flat, a->name));
        }
      g_assert_nonnull (strstr (flat, "Libya, March"));
    }
  else
    g_test_skip ("pdftotext not installed");

  remove_tmp (path);
}

/* A Graphviz layout drawn as the window would: every node's colour at
 * its centre. */
static void
test_render_computed (void)
{
  g_autoptr(EntNetwork) net = fixed_network ();
  g_autoptr(GError) error = NULL;
  g_autoptr(EntLayout) layout = ent_layout_compute (net, NULL, NULL, "neato", NULL, &error);
  EntRenderOptions o;
  Image img;

  g_assert_no_error (error);
  ent_render_options_init (&o, FALSE);
  img = draw (net, layout, &o, 800, 600, FALSE);
  for (guint i = 0; i < net->actors->len; i++)
    {
      const EntActor *actor = g_ptr_array_index (net->actors, i);
      double x, y;

      device_point (&o, layout->nodes[i].x, layout->nodes[i].y, &x, &y);
      assert_colour (&img, x, y, ent_palette_actor (&o.palette, actor->type), 0.02);
    }
  cairo_surface_destroy (img.surface);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_data_func ("/render/pixels/light", GINT_TO_POINTER (FALSE), test_render_pixels);
  g_test_add_data_func ("/render/pixels/dark", GINT_TO_POINTER (TRUE), test_render_pixels);
  g_test_add_func ("/render/transparent-legend", test_render_transparent_legend);
  g_test_add_func ("/render/overlay", test_render_overlay);
  g_test_add_func ("/render/overlay-extents", test_render_overlay_extents);
  g_test_add_func ("/render/hit", test_render_hit);
  g_test_add_func ("/render/fit", test_render_fit);
  g_test_add_func ("/render/computed", test_render_computed);
  g_test_add_func ("/render/direct-lines", test_render_direct_lines);
  g_test_add_func ("/render/hidpi-overlay", test_render_hidpi_overlay);
  g_test_add_func ("/export/format-names", test_export_format_names);
  g_test_add_func ("/export/png", test_export_png);
  g_test_add_func ("/export/svg", test_export_svg);
  g_test_add_func ("/export/pdf", test_export_pdf);

  return g_test_run ();
}
