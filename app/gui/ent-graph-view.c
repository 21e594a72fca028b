/* ent-graph-view.c: the interactive alliance map widget.
 *
 * The expensive picture (ent_render_graph) is rendered once into an image
 * at device resolution for the current zoom, kept as a GskRenderNode, and
 * covers the whole map when that is small enough (see cache_region ()) or
 * the viewport with half a viewport around it.  Panning only translates
 * that node; zooming, new data, a theme change or a new scale factor
 * render it again (wheel, pinch, keyboard zoom and resizes show the old
 * one scaled until they pause).  While something is hovered or selected,
 * a veiled copy of the picture (made once per picture) is painted instead
 * and the overlay (ent_render_overlay, veil_cached) draws only the
 * emphasis, into a node no bigger than what it covers
 * (ent_render_overlay_extents).  The title and the legend (drawn once per
 * palette) go on top every frame.
 */
#define G_LOG_DOMAIN "ent-graph-view"

#include "config.h"

#include <math.h>
#include <string.h>

#include "ent-graph-view-private.h"

G_DEFINE_FINAL_TYPE (EntGraphView, ent_graph_view, GTK_TYPE_WIDGET)

guint _ent_graph_view_signals[ENT_GRAPH_VIEW_N_SIGNALS];

/* Labels can stick out of the layout's bounding box; the cached region is
 * padded by this many widget pixels. */
#define CACHE_PAD_PX 160.0
#define ZOOM_SETTLE_MS 150

/* ------------------------------------------------------------------ */
/* Visibility and geometry                                            */
/* ------------------------------------------------------------------ */

gboolean
_ent_graph_view_has_data (EntGraphView *self)
{
  return self->net != NULL && self->layout != NULL;
}

static gboolean
actor_shown (EntGraphView *self, guint actor)
{
  if (!_ent_graph_view_has_data (self))
    return FALSE;
  if (actor >= self->net->actors->len || actor >= self->layout->n_nodes)
    return FALSE;
  if (self->actor_visible != NULL && !self->actor_visible[actor])
    return FALSE;
  return self->layout->nodes[actor].placed;
}

static gboolean
relation_shown (EntGraphView *self, guint relation)
{
  const EntRelation *rel;

  if (!_ent_graph_view_has_data (self))
    return FALSE;
  if (relation >= self->net->relations->len || relation >= self->layout->n_edges)
    return FALSE;
  if (self->relation_visible != NULL && !self->relation_visible[relation])
    return FALSE;
  rel = g_ptr_array_index (self->net->relations, relation);
  return actor_shown (self, rel->source) && actor_shown (self, rel->target);
}

/* A point of the relation's curve at parameter t in [0, 1] over the whole
 * spline, in layout coordinates.  Straight between the nodes when the
 * layout has no spline for it. */
static void
relation_point (EntGraphView *self, guint relation, double t, double *x, double *y)
{
  const EntEdgeGeom *e = &self->layout->edges[relation];

  if (e->placed && e->n_points >= 4 && e->points != NULL)
    {
      guint n_seg = (e->n_points - 1) / 3;
      double s = t * n_seg;
      guint seg = MIN ((guint) floor (s), n_seg - 1);
      double u = s - seg;
      double v = 1.0 - u;
      const double *p = e->points + seg * 6;
      double b0 = v * v * v, b1 = 3 * v * v * u, b2 = 3 * v * u * u, b3 = u * u * u;

      *x = b0 * p[0] + b1 * p[2] + b2 * p[4] + b3 * p[6];
      *y = b0 * p[1] + b1 * p[3] + b2 * p[5] + b3 * p[7];
    }
  else
    {
      const EntRelation *rel = g_ptr_array_index (self->net->relations, relation);
      const EntNodeGeom *a = &self->layout->nodes[rel->source];
      const EntNodeGeom *b = &self->layout->nodes[rel->target];

      *x = a->x + (b->x - a->x) * t;
      *y = a->y + (b->y - a->y) * t;
    }
}

/* Bounding box of everything shown, layout coordinates. */
static void
layout_extent (EntGraphView *self, double *x0, double *y0, double *x1, double *y1)
{
  const EntLayout *l = self->layout;

  *x0 = l->x0;
  *y0 = l->y0;
  *x1 = l->x0 + MAX (l->width, 0);
  *y1 = l->y0 + MAX (l->height, 0);

  for (guint i = 0; i < l->n_nodes; i++)
    {
      const EntNodeGeom *n = &l->nodes[i];

      if (!actor_shown (self, i))
        continue;
      /* The shape, and the label centred under it. */
      *x0 = MIN (*x0, n->x - MAX (n->w, n->label_w) / 2);
      *y0 = MIN (*y0, n->y - n->h / 2);
      *x1 = MAX (*x1, n->x + MAX (n->w, n->label_w) / 2);
      *y1 = MAX (*y1, n->y + n->h / 2 + ENT_LABEL_GAP + n->label_h);
    }

  for (guint i = 0; i < l->n_edges; i++)
    {
      const EntEdgeGeom *e = &l->edges[i];

      if (!e->placed || e->points == NULL || !relation_shown (self, i))
        continue;
      for (guint k = 0; k < e->n_points; k++)
        {
          *x0 = MIN (*x0, e->points[2 * k]);
          *y0 = MIN (*y0, e->points[2 * k + 1]);
          *x1 = MAX (*x1, e->points[2 * k]);
          *y1 = MAX (*y1, e->points[2 * k + 1]);
        }
    }
}

double
_ent_graph_view_hit_radius (EntGraphView *self)
{
  int sf = gtk_widget_get_scale_factor (GTK_WIDGET (self));

  /* ENT_GRAPH_VIEW_HIT_RADIUS * sf device pixels, at zoom * sf device
   * pixels per layout point. */
  return (ENT_GRAPH_VIEW_HIT_RADIUS * sf) / (self->zoom * sf);
}

static gboolean
compute_fit (EntGraphView *self, double width, double height,
             double *zoom, double *tx, double *ty)
{
  double top = self->title != NULL && *self->title ? ENT_GRAPH_VIEW_TITLE_SPACE : 0;
  double s = 0, x = 0, y = 0;

  if (!_ent_graph_view_has_data (self) || width <= 0 || height - top <= 0)
    return FALSE;

  ent_render_fit (self->layout, width, height - top, ENT_GRAPH_VIEW_FIT_MARGIN, &s, &x, &y);
  if (!isfinite (s) || s <= 0 || !isfinite (x) || !isfinite (y))
    return FALSE;

  if (s > ENT_GRAPH_VIEW_ZOOM_MAX || s < ENT_GRAPH_VIEW_ZOOM_MIN)
    {
      /* Keep the fitted map centred at the clamped zoom. */
      double cx = (width / 2 - x) / s;
      double cy = ((height - top) / 2 - y) / s;

      s = CLAMP (s, ENT_GRAPH_VIEW_ZOOM_MIN, ENT_GRAPH_VIEW_ZOOM_MAX);
      x = width / 2 - cx * s;
      y = (height - top) / 2 - cy * s;
    }

  *zoom = s;
  *tx = x;
  *ty = y + top;
  return TRUE;
}

/* Makes zoom/tx/ty valid for the current size: fits when fitted or when
 * nothing was shown before. */
static void
ensure_view (EntGraphView *self)
{
  int w = gtk_widget_get_width (GTK_WIDGET (self));
  int h = gtk_widget_get_height (GTK_WIDGET (self));
  double zoom, tx, ty;

  if (!_ent_graph_view_has_data (self))
    return;
  if (self->view_valid && !self->fitted)
    return;
  if (!compute_fit (self, w, h, &zoom, &tx, &ty))
    return;

  self->zoom = zoom;
  self->tx = tx;
  self->ty = ty;
  self->view_valid = TRUE;
}

void
_ent_graph_view_set_view (EntGraphView *self, double zoom, double tx, double ty)
{
  self->zoom = zoom;
  self->tx = tx;
  self->ty = ty;
  self->view_valid = TRUE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
clear_cache (EntGraphView *self)
{
  g_clear_pointer (&self->cache, gsk_render_node_unref);
  g_clear_pointer (&self->cache_veiled, gsk_render_node_unref);
  g_clear_pointer (&self->cache_surface, cairo_surface_destroy);
  g_clear_pointer (&self->legend, gsk_render_node_unref);
}

void
_ent_graph_view_invalidate_cache (EntGraphView *self)
{
  self->cache_dirty = TRUE;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* ------------------------------------------------------------------ */
/* Theme                                                              */
/* ------------------------------------------------------------------ */

static void
update_palette (EntGraphView *self)
{
  GtkStyleContext *ctx = gtk_widget_get_style_context (GTK_WIDGET (self));
  GdkRGBA fg, bg;
  EntPalette p;
  double luminance;
  gboolean dark;

  gtk_style_context_get_color (ctx, &fg);
  /* A light foreground means a dark background. */
  luminance = 0.2126 * fg.red + 0.7152 * fg.green + 0.0722 * fg.blue;
  dark = luminance > 0.5;

  ent_palette_init (&p, dark);
  /* The theme paints the background (the widget has the "view" style
   * class); the renderer needs its colour for veils, halos and the legend. */
  p.transparent = TRUE;
  p.foreground = (EntRGBA) { fg.red, fg.green, fg.blue, fg.alpha };
  if (gtk_style_context_lookup_color (ctx, "theme_base_color", &bg))
    p.background = (EntRGBA) { bg.red, bg.green, bg.blue, 1.0 };

  if (memcmp (&p, &self->palette, sizeof p) != 0)
    {
      self->palette = p;
      g_clear_pointer (&self->legend, gsk_render_node_unref);
      _ent_graph_view_invalidate_cache (self);
    }
}

static void
ent_graph_view_css_changed (GtkWidget *widget, GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (ent_graph_view_parent_class)->css_changed (widget, change);
  update_palette (ENT_GRAPH_VIEW (widget));
}

static void
settings_changed_cb (EntGraphView *self, GParamSpec *pspec, GtkSettings *settings)
{
  update_palette (self);
}

static void
scale_factor_changed_cb (EntGraphView *self, GParamSpec *pspec, gpointer user_data)
{
  /* The snapshot notices the new factor and re-records the picture. */
  g_clear_pointer (&self->legend, gsk_render_node_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* ------------------------------------------------------------------ */
/* Accessibility                                                      */
/* ------------------------------------------------------------------ */

static guint
count_links (EntGraphView *self, guint actor)
{
  guint n = 0;

  for (guint i = 0; i < self->net->relations->len; i++)
    {
      const EntRelation *rel = g_ptr_array_index (self->net->relations, i);

      if ((rel->source == actor || rel->target == actor) && relation_shown (self, i))
        n++;
    }
  return n;
}

char *
_ent_graph_view_describe_actor (EntGraphView *self, guint actor)
{
  const EntActor *a;
  guint n;

  if (!_ent_graph_view_has_data (self) || actor >= self->net->actors->len)
    return NULL;
  a = g_ptr_array_index (self->net->actors, actor);
  n = count_links (self, actor);
  return g_strdup_printf ("%s\n%s, %u %s", a->name, ent_actor_type_to_string (a->type),
                          n, n == 1 ? "link" : "links");
}

char *
_ent_graph_view_describe_relation (EntGraphView *self, guint relation)
{
  const EntRelation *rel;
  const EntActor *a, *b;
  guint n;

  if (!_ent_graph_view_has_data (self) || relation >= self->net->relations->len)
    return NULL;
  rel = g_ptr_array_index (self->net->relations, relation);
  if (rel->source >= self->net->actors->len || rel->target >= self->net->actors->len)
    return NULL;
  a = g_ptr_array_index (self->net->actors, rel->source);
  b = g_ptr_array_index (self->net->actors, rel->target);
  n = ent_relation_weight (rel);
  return g_strdup_printf ("%s %s %s: %s (%s), %u %s",
                          a->name, rel->directed ? "→" : "—", b->name,
                          ent_polarity_to_string (rel->polarity),
                          rel->kind ? rel->kind : "mention",
                          n, n == 1 ? "sentence" : "sentences");
}

static void
update_accessible (EntGraphView *self)
{
  g_autofree char *label = NULL;
  g_autofree char *desc = NULL;

  if (_ent_graph_view_has_data (self))
    {
      guint n_actors = 0, n_relations = 0;

      for (guint i = 0; i < self->net->actors->len; i++)
        n_actors += actor_shown (self, i);
      for (guint i = 0; i < self->net->relations->len; i++)
        n_relations += relation_shown (self, i);
      label = g_strdup_printf ("Alliance map: %u %s, %u %s",
                               n_actors, n_actors == 1 ? "actor" : "actors",
                               n_relations, n_relations == 1 ? "relation" : "relations");
    }
  else
    label = g_strdup ("Alliance map: empty");

  if (self->selected_actor >= 0)
    {
      g_autofree char *d = _ent_graph_view_describe_actor (self, self->selected_actor);
      g_auto(GStrv) lines = g_strsplit (d, "\n", -1);
      g_autofree char *flat = g_strjoinv (", ", lines);

      desc = g_strdup_printf ("Selected actor: %s", flat);
    }
  else if (self->selected_relation >= 0)
    {
      g_autofree char *d = _ent_graph_view_describe_relation (self, self->selected_relation);
      desc = g_strdup_printf ("Selected relation: %s", d);
    }
  else
    desc = g_strdup ("No selection");

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, desc,
                                  -1);
}

/* ------------------------------------------------------------------ */
/* Drawing                                                            */
/* ------------------------------------------------------------------ */

void
_ent_graph_view_fill_options (EntGraphView *self, EntRenderOptions *o)
{
  int sf = gtk_widget_get_scale_factor (GTK_WIDGET (self));

  ent_render_options_init (o, self->palette.dark);
  o->palette = self->palette;
  o->actor_visible = self->actor_visible;
  o->relation_visible = self->relation_visible;
  o->scale = self->zoom * sf;
  o->tx = self->tx * sf;
  o->ty = self->ty * sf;
  o->device_scale = sf;
  o->hover_actor = self->hover_actor;
  o->hover_relation = self->hover_relation;
  o->selected_actor = self->selected_actor;
  o->selected_relation = self->selected_relation;
  o->search_hits = self->search_hits;
  o->draw_legend = TRUE;
  o->title = self->title;
}

/* The padded extent of the map in zoomed coordinates (layout * zoom). */
static graphene_rect_t
zoomed_extent (EntGraphView *self, double zoom)
{
  double x0, y0, x1, y1;
  double pad = MAX (CACHE_PAD_PX, 60.0 * zoom);

  layout_extent (self, &x0, &y0, &x1, &y1);
  return GRAPHENE_RECT_INIT (x0 * zoom - pad, y0 * zoom - pad,
                             (x1 - x0) * zoom + 2 * pad, (y1 - y0) * zoom + 2 * pad);
}

/* Part of the padded map that the viewport shows, zoomed coordinates. */
static gboolean
needed_region (EntGraphView *self, const graphene_rect_t *extent, graphene_rect_t *out)
{
  graphene_rect_t vis = GRAPHENE_RECT_INIT (-self->tx, -self->ty,
                                            gtk_widget_get_width (GTK_WIDGET (self)),
                                            gtk_widget_get_height (GTK_WIDGET (self)));

  return graphene_rect_intersection (&vis, extent, out);
}

static gboolean
rect_contains (const graphene_rect_t *outer, const graphene_rect_t *inner)
{
  const double eps = 0.5;

  return inner->origin.x >= outer->origin.x - eps
      && inner->origin.y >= outer->origin.y - eps
      && inner->origin.x + inner->size.width <= outer->origin.x + outer->size.width + eps
      && inner->origin.y + inner->size.height <= outer->origin.y + outer->size.height + eps;
}

static gboolean
cache_valid (EntGraphView *self, int scale_factor)
{
  graphene_rect_t extent, need;

  if (self->cache == NULL || self->cache_dirty)
    return FALSE;
  if (self->cache_zoom != self->zoom || self->cache_scale_factor != scale_factor)
    return FALSE;
  extent = zoomed_extent (self, self->zoom);
  if (!needed_region (self, &extent, &need))
    return TRUE;   /* nothing of the map is in view */
  return rect_contains (&self->cache_rect, &need);
}

/* Node drags */

void
_ent_graph_view_end_node_drag (EntGraphView *self)
{
  if (self->drag_cache_actors == NULL)
    return;
  g_clear_pointer (&self->drag_cache_actors, g_free);
  g_clear_pointer (&self->drag_cache_relations, g_free);
  g_clear_pointer (&self->drag_top_actors, g_free);
  g_clear_pointer (&self->drag_top_relations, g_free);
  _ent_graph_view_invalidate_cache (self);
}

void
_ent_graph_view_begin_node_drag (EntGraphView *self)
{
  guint na, nr;
  int actor = self->drag_actor;

  _ent_graph_view_end_node_drag (self);
  if (!_ent_graph_view_has_data (self) || actor < 0)
    return;

  na = self->net->actors->len;
  nr = self->net->relations->len;
  self->drag_cache_actors = g_new0 (gboolean, na + 1);
  self->drag_cache_relations = g_new0 (gboolean, nr + 1);
  self->drag_top_actors = g_new0 (gboolean, na + 1);
  self->drag_top_relations = g_new0 (gboolean, nr + 1);

  for (guint i = 0; i < na; i++)
    self->drag_cache_actors[i] = actor_shown (self, i) && i != (guint) actor;
  self->drag_top_actors[actor] = TRUE;
  for (guint r = 0; r < nr; r++)
    {
      const EntRelation *rel = g_ptr_array_index (self->net->relations, r);
      gboolean shown = relation_shown (self, r);
      gboolean moving = rel->source == (guint) actor || rel->target == (guint) actor;

      self->drag_cache_relations[r] = shown && !moving;
      if (shown && moving)
        {
          self->drag_top_relations[r] = TRUE;
          self->drag_top_actors[rel->source] = TRUE;
          self->drag_top_actors[rel->target] = TRUE;
        }
    }
  _ent_graph_view_invalidate_cache (self);
}

/* The region to cache, in zoomed coordinates: the whole map when its
 * picture is within the size caps, else the viewport with half a viewport
 * around it, clipped to the map. */
static graphene_rect_t
cache_region (EntGraphView *self, int sf)
{
  double w = gtk_widget_get_width (GTK_WIDGET (self));
  double h = gtk_widget_get_height (GTK_WIDGET (self));
  double cap = ENT_GRAPH_VIEW_CACHE_MAX / sf;
  double cap_area = ENT_GRAPH_VIEW_CACHE_MAX_AREA / ((double) sf * sf);
  graphene_rect_t extent = zoomed_extent (self, self->zoom);
  graphene_rect_t region, around;
  double rw, rh;

  /* Rendering time grows with the area: the whole map only when it is
   * not much more than what the region around the viewport would be. */
  cap_area = MIN (cap_area, MAX (4 * w * h, 1024.0 * 1024.0 / ((double) sf * sf)));
  if (extent.size.width <= cap && extent.size.height <= cap
      && extent.size.width * extent.size.height <= cap_area)
    return extent;

  rw = MAX (w, MIN (2 * w, cap));
  rh = MAX (h, MIN (2 * h, cap));
  if (rw * rh > cap_area)
    {
      double k = sqrt (cap_area / (rw * rh));

      rw = MAX (w, rw * k);
      rh = MAX (h, rh * k);
    }
  around = GRAPHENE_RECT_INIT (-self->tx + w / 2 - rw / 2, -self->ty + h / 2 - rh / 2, rw, rh);
  if (!graphene_rect_intersection (&around, &extent, &region))
    region = around;
  return region;
}

/* A node that paints @surface (device pixels) at the origin, 1/sf logical
 * pixels per pixel. */
static GskRenderNode *
image_node (cairo_surface_t *surface, int sf)
{
  GtkSnapshot *child = gtk_snapshot_new ();
  double w = cairo_image_surface_get_width (surface);
  double h = cairo_image_surface_get_height (surface);
  cairo_t *cr;

  cr = gtk_snapshot_append_cairo (child, &GRAPHENE_RECT_INIT (0, 0, w / sf, h / sf));
  cairo_scale (cr, 1.0 / sf, 1.0 / sf);
  cairo_set_source_surface (cr, surface, 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);
  return gtk_snapshot_free_to_node (child);
}

/* The veiled copy of the picture, made once per picture. */
static GskRenderNode *
ensure_veiled (EntGraphView *self)
{
  cairo_surface_t *veiled;
  EntRenderOptions o;
  cairo_t *cr;
  int dw, dh;

  if (self->cache_veiled != NULL || self->cache_surface == NULL)
    return self->cache_veiled;

  dw = cairo_image_surface_get_width (self->cache_surface);
  dh = cairo_image_surface_get_height (self->cache_surface);
  veiled = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, dw, dh);
  cr = cairo_create (veiled);
  cairo_set_operator (cr, CAIRO_OPERATOR_SOURCE);
  cairo_set_source_surface (cr, self->cache_surface, 0, 0);
  cairo_paint (cr);
  cairo_set_operator (cr, CAIRO_OPERATOR_OVER);
  _ent_graph_view_fill_options (self, &o);
  ent_render_veil (cr, &o, dw, dh);
  cairo_destroy (cr);
  cairo_surface_flush (veiled);

  self->cache_veiled = image_node (veiled, self->cache_scale_factor);
  cairo_surface_destroy (veiled);
  self->veil_count++;
  return self->cache_veiled;
}

/* Renders the map with ent_render_graph () into an image at device
 * resolution, and records painting that image into a cairo node.
 *
 * Not the drawing itself: GTK replays a cairo node's recording on every
 * frame with the cairo renderer, which made a pan frame of a 2000-node map
 * cost 400 ms.  Not a texture node either: the cairo renderer converts the
 * whole texture on every frame.  A recorded image paint is composited
 * clipped to the window (cairo renderer) or uploaded once and kept (GL
 * renderer).  tests/bench/bench-graph-view measures the three. */
static void
rebuild_cache (EntGraphView *self, int sf)
{
  graphene_rect_t region = cache_region (self, sf);
  cairo_surface_t *surface;
  EntRenderOptions o;
  cairo_t *cr;
  double x0, y0;
  int dw, dh;

  /* Put the picture's corner on a device pixel of the current view, so
   * that it is drawn 1:1 and stays sharp. */
  x0 = floor ((region.origin.x + self->tx) * sf) / sf - self->tx;
  y0 = floor ((region.origin.y + self->ty) * sf) / sf - self->ty;
  dw = MAX (1, (int) ceil ((region.origin.x + region.size.width - x0) * sf));
  dh = MAX (1, (int) ceil ((region.origin.y + region.size.height - y0) * sf));

  _ent_graph_view_fill_options (self, &o);
  o.scale = self->zoom * sf;
  o.tx = -x0 * sf;
  o.ty = -y0 * sf;
  o.hover_actor = -1;
  o.hover_relation = -1;
  o.selected_actor = -1;
  o.selected_relation = -1;
  o.search_hits = NULL;
  o.draw_legend = FALSE;
  o.title = NULL;
  if (self->drag_cache_actors != NULL)
    {
      o.actor_visible = self->drag_cache_actors;
      o.relation_visible = self->drag_cache_relations;
    }

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, dw, dh);
  cr = cairo_create (surface);
  ent_render_graph (cr, self->net, self->layout, &o, dw, dh);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  clear_cache (self);
  self->cache = image_node (surface, sf);
  self->cache_surface = surface;
  self->cache_rect = GRAPHENE_RECT_INIT (x0, y0, (double) dw / sf, (double) dh / sf);
  self->cache_zoom = self->zoom;
  self->cache_scale_factor = sf;
  self->cache_dirty = FALSE;
  self->render_count++;
}

static void
ent_graph_view_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  EntGraphView *self = ENT_GRAPH_VIEW (widget);
  int w = gtk_widget_get_width (widget);
  int h = gtk_widget_get_height (widget);
  int sf = gtk_widget_get_scale_factor (widget);
  EntRenderOptions o;
  GskRenderNode *picture;
  gboolean veiled;
  double ex, ey, ew, eh;
  cairo_t *cr;

  if (!_ent_graph_view_has_data (self) || w <= 0 || h <= 0)
    return;

  ensure_view (self);

  if (!cache_valid (self, sf))
    {
      gboolean scaling_old = self->zoom_settle_id != 0
                          && self->cache != NULL
                          && !self->cache_dirty
                          && self->cache_scale_factor == sf
                          && self->cache_zoom != self->zoom;

      if (!scaling_old)
        rebuild_cache (self, sf);
    }

  /* Something hovered or selected veils the map: the veiled copy of the
   * picture is painted and the overlay draws only the emphasis.  Not while
   * a node is dragged (the dragged part is drawn on top, under the veil). */
  _ent_graph_view_fill_options (self, &o);
  o.title = NULL;
  o.draw_legend = FALSE;
  veiled = self->drag_top_actors == NULL && self->cache != NULL
           && (o.hover_actor >= 0 || o.hover_relation >= 0 || o.selected_actor >= 0
               || o.selected_relation >= 0);
  picture = veiled ? ensure_veiled (self) : self->cache;

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, 0, w, h));

  if (picture != NULL)
    {
      graphene_rect_t where;

      gtk_snapshot_save (snapshot);
      if (self->cache_zoom != self->zoom)
        {
          /* A wheel or pinch zoom in progress: the old picture, scaled. */
          double f = self->zoom / self->cache_zoom;

          gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (self->tx, self->ty));
          gtk_snapshot_scale (snapshot, f, f);
          gtk_snapshot_translate (snapshot, &self->cache_rect.origin);
          where = GRAPHENE_RECT_INIT (self->tx + self->cache_rect.origin.x * f,
                                      self->ty + self->cache_rect.origin.y * f,
                                      self->cache_rect.size.width * f,
                                      self->cache_rect.size.height * f);
        }
      else
        {
          /* Panning: the same picture, moved by whole device pixels. */
          double x = round ((self->cache_rect.origin.x + self->tx) * sf) / sf;
          double y = round ((self->cache_rect.origin.y + self->ty) * sf) / sf;

          gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y));
          where = GRAPHENE_RECT_INIT (x, y, self->cache_rect.size.width,
                                      self->cache_rect.size.height);
        }
      gtk_snapshot_append_node (snapshot, picture);
      gtk_snapshot_restore (snapshot);

      /* The veil also covers the widget outside the picture. */
      if (veiled)
        {
          EntRGBA v = ent_render_veil_colour (&o);
          GdkRGBA colour = { v.r, v.g, v.b, v.a };
          double x0 = CLAMP (where.origin.x, 0, w), y0 = CLAMP (where.origin.y, 0, h);
          double x1 = CLAMP (where.origin.x + where.size.width, x0, w);
          double y1 = CLAMP (where.origin.y + where.size.height, y0, h);

          if (y0 > 0)
            gtk_snapshot_append_color (snapshot, &colour, &GRAPHENE_RECT_INIT (0, 0, w, y0));
          if (y1 < h)
            gtk_snapshot_append_color (snapshot, &colour, &GRAPHENE_RECT_INIT (0, y1, w, h - y1));
          if (x0 > 0 && y1 > y0)
            gtk_snapshot_append_color (snapshot, &colour, &GRAPHENE_RECT_INIT (0, y0, x0, y1 - y0));
          if (x1 < w && y1 > y0)
            gtk_snapshot_append_color (snapshot, &colour,
                                       &GRAPHENE_RECT_INIT (x1, y0, w - x1, y1 - y0));
        }
    }

  /* Every frame, in widget coordinates: hover, selection and search
   * emphasis, then the title and the legend, which stay in place while the
   * map moves under them.  Each cairo node is only as big as what it
   * paints: GTK replays a cairo node through an image of its size. */
  if (self->drag_top_actors != NULL)
    {
      /* The dragged node, its edges and its neighbours. */
      EntRenderOptions d = o;

      d.actor_visible = self->drag_top_actors;
      d.relation_visible = self->drag_top_relations;
      d.hover_actor = d.hover_relation = -1;
      d.selected_actor = d.selected_relation = -1;
      d.search_hits = NULL;
      cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, w, h));
      cairo_scale (cr, 1.0 / sf, 1.0 / sf);
      ent_render_graph (cr, self->net, self->layout, &d, (double) w * sf, (double) h * sf);
      cairo_destroy (cr);
    }
  o.veil_cached = veiled;
  if (ent_render_overlay_extents (self->net, self->layout, &o, (double) w * sf, (double) h * sf,
                                  &ex, &ey, &ew, &eh))
    {
      cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (ex / sf, ey / sf,
                                                                     ew / sf, eh / sf));
      cairo_scale (cr, 1.0 / sf, 1.0 / sf);
      ent_render_overlay (cr, self->net, self->layout, &o, (double) w * sf, (double) h * sf);
      cairo_destroy (cr);
    }
  /* Title and legend keep their size on screen at any scale factor: they
   * are laid out in widget pixels and rasterised at the device scale. */
  if (self->title != NULL)
    {
      /* Without a network, ent_render_graph () draws just the title, the
       * same way as in exported images. */
      double th = MIN (h, ent_render_title_height (self->title, w) + 8);

      o.title = self->title;
      cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, w, th));
      ent_render_graph (cr, NULL, NULL, &o, w, h);
      cairo_destroy (cr);
    }
  {
    double lw, lh;

    ent_render_legend_size (&lw, &lh);
    if (self->legend == NULL)
      {
        /* ent_render_legend () puts it 8 units from the bottom-left corner. */
        cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                             (int) ceil ((lw + 16) * sf),
                                                             (int) ceil ((lh + 16) * sf));

        cr = cairo_create (image);
        cairo_scale (cr, sf, sf);
        ent_render_legend (cr, &o, lw + 16, lh + 16);
        cairo_destroy (cr);
        cairo_surface_flush (image);
        self->legend = image_node (image, sf);
        cairo_surface_destroy (image);
      }
    gtk_snapshot_save (snapshot);
    gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (0, h - lh - 16));
    gtk_snapshot_append_node (snapshot, self->legend);
    gtk_snapshot_restore (snapshot);
  }

  gtk_snapshot_pop (snapshot);
}

static void
ent_graph_view_measure (GtkWidget *widget, GtkOrientation orientation, int for_size,
                        int *minimum, int *natural, int *minimum_baseline, int *natural_baseline)
{
  *minimum = 120;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 640 : 480;
}

static gboolean zoom_settle_cb (gpointer user_data);

static void
ent_graph_view_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  EntGraphView *self = ENT_GRAPH_VIEW (widget);

  /* Stays fitted until the user zooms or pans.  While the window is being
   * resized, frames scale the old picture; it is re-rendered after a pause. */
  if (self->fitted)
    {
      ensure_view (self);
      if (self->cache != NULL && self->cache_zoom != self->zoom)
        {
          g_clear_handle_id (&self->zoom_settle_id, g_source_remove);
          self->zoom_settle_id = g_timeout_add (ZOOM_SETTLE_MS, zoom_settle_cb, self);
        }
    }
}

/* ------------------------------------------------------------------ */
/* Public API                                                         */
/* ------------------------------------------------------------------ */

GtkWidget *
ent_graph_view_new (void)
{
  return g_object_new (ENT_TYPE_GRAPH_VIEW, NULL);
}

static int
valid_actor (EntGraphView *self, int actor)
{
  return actor >= 0 && actor_shown (self, actor) ? actor : -1;
}

static int
valid_relation (EntGraphView *self, int relation)
{
  return relation >= 0 && relation_shown (self, relation) ? relation : -1;
}

void
ent_graph_view_set_data (EntGraphView *self, const EntNetwork *net, EntLayout *layout,
                         const gboolean *actor_visible, const gboolean *relation_visible)
{
  gboolean was_empty;

  g_return_if_fail (ENT_IS_GRAPH_VIEW (self));

  was_empty = !_ent_graph_view_has_data (self);

  if (net == NULL || layout == NULL)
    {
      net = NULL;
      layout = NULL;
      actor_visible = NULL;
      relation_visible = NULL;
    }

  if (net != self->net || was_empty)
    {
      /* A different map: show all of it. */
      self->fitted = TRUE;
      self->view_valid = FALSE;
      _ent_graph_view_stop_fly (self);
    }

  self->net = net;
  self->layout = layout;
  self->actor_visible = actor_visible;
  self->relation_visible = relation_visible;
  if (net == NULL)
    self->search_hits = NULL;

  self->selected_actor = valid_actor (self, self->selected_actor);
  self->selected_relation = valid_relation (self, self->selected_relation);
  self->hover_actor = valid_actor (self, self->hover_actor);
  self->hover_relation = valid_relation (self, self->hover_relation);
  if (self->drag_actor >= 0 && valid_actor (self, self->drag_actor) < 0)
    self->drag_actor = -1;
  /* The masks follow the network's size and the filter. */
  if (self->drag_cache_actors != NULL)
    {
      if (self->drag_actor >= 0 && self->drag_moved)
        _ent_graph_view_begin_node_drag (self);
      else
        _ent_graph_view_end_node_drag (self);
    }
  self->last_click_valid = FALSE;

  if (net == NULL)
    clear_cache (self);
  self->cache_dirty = TRUE;

  ensure_view (self);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
ent_graph_view_set_title (EntGraphView *self, const char *title)
{
  g_return_if_fail (ENT_IS_GRAPH_VIEW (self));

  if (title != NULL && *title == '\0')
    title = NULL;
  if (g_strcmp0 (title, self->title) == 0)
    return;
  g_free (self->title);
  self->title = g_strdup (title);
  /* The fit leaves room for the title. */
  if (self->fitted)
    ensure_view (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
ent_graph_view_set_search_hits (EntGraphView *self, const gboolean *actor_hits)
{
  g_return_if_fail (ENT_IS_GRAPH_VIEW (self));

  self->search_hits = actor_hits;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
set_selection (EntGraphView *self, int actor, int relation)
{
  actor = valid_actor (self, actor);
  relation = valid_relation (self, relation);
  if (actor == self->selected_actor && relation == self->selected_relation)
    return FALSE;
  self->selected_actor = actor;
  self->selected_relation = relation;
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return TRUE;
}

void
ent_graph_view_select (EntGraphView *self, int actor, int relation)
{
  g_return_if_fail (ENT_IS_GRAPH_VIEW (self));

  set_selection (self, actor, relation);
}

void
_ent_graph_view_user_select (EntGraphView *self, int actor, int relation)
{
  if (set_selection (self, actor, relation))
    g_signal_emit (self, _ent_graph_view_signals[ENT_GRAPH_VIEW_SIGNAL_SELECTION_CHANGED], 0,
                   self->selected_actor, self->selected_relation);
}

void
_ent_graph_view_set_hover (EntGraphView *self, int actor, int relation)
{
  actor = valid_actor (self, actor);
  relation = actor >= 0 ? -1 : valid_relation (self, relation);
  if (actor == self->hover_actor && relation == self->hover_relation)
    return;
  self->hover_actor = actor;
  self->hover_relation = relation;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

int
ent_graph_view_get_selected_actor (EntGraphView *self)
{
  g_return_val_if_fail (ENT_IS_GRAPH_VIEW (self), -1);
  return self->selected_actor;
}

int
ent_graph_view_get_selected_relation (EntGraphView *self)
{
  g_return_val_if_fail (ENT_IS_GRAPH_VIEW (self), -1);
  return self->selected_relation;
}

static gboolean
zoom_settle_cb (gpointer user_data)
{
  EntGraphView *self = user_data;

  self->zoom_settle_id = 0;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return G_SOURCE_REMOVE;
}

void
_ent_graph_view_zoom_at_full (EntGraphView *self, double factor, double wx, double wy,
                              gboolean deferred)
{
  double zoom, lx, ly;

  if (!_ent_graph_view_has_data (self) || !isfinite (factor) || factor <= 0)
    return;

  _ent_graph_view_stop_fly (self);
  ensure_view (self);

  zoom = CLAMP (self->zoom * factor, ENT_GRAPH_VIEW_ZOOM_MIN, ENT_GRAPH_VIEW_ZOOM_MAX);
  lx = (wx - self->tx) / self->zoom;
  ly = (wy - self->ty) / self->zoom;
  self->fitted = FALSE;
  _ent_graph_view_set_view (self, zoom, wx - lx * zoom, wy - ly * zoom);

  g_clear_handle_id (&self->zoom_settle_id, g_source_remove);
  if (deferred)
    self->zoom_settle_id = g_timeout_add (ZOOM_SETTLE_MS, zoom_settle_cb, self);
}

void
ent_graph_view_zoom_at (EntGraphView *self, double factor, double wx, double wy)
{
  g_return_if_fail (ENT_IS_GRAPH_VIEW (self));

  _ent_graph_view_zoom_at_full (self, factor, wx, wy, FALSE);
}

void
ent_graph_view_zoom_in (EntGraphView *self)
{
  g_return_if_fail (ENT_IS_GRAPH_VIEW (self));

  /* Like the wheel: a held key shows the scaled picture and re-renders
   * once it is released. */
  _ent_graph_view_zoom_at_full (self, ENT_GRAPH_VIEW_ZOOM_STEP,
                                gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
                                gtk_widget_get_height (GTK_WIDGET (self)) / 2.0, TRUE);
}

void
ent_graph_view_zoom_out (EntGraphView *self)
{
  g_return_if_fail (ENT_IS_GRAPH_VIEW (self));

  /* Like the wheel: a held key shows the scaled picture and re-renders
   * once it is released. */
  _ent_graph_view_zoom_at_full (self, 1.0 / ENT_GRAPH_VIEW_ZOOM_STEP,
                                gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
                                gtk_widget_get_height (GTK_WIDGET (self)) / 2.0, TRUE);
}

void
ent_graph_view_zoom_fit (EntGraphView *self)
{
  g_return_if_fail (ENT_IS_GRAPH_VIEW (self));

  _ent_graph_view_stop_fly (self);
  g_clear_handle_id (&self->zoom_settle_id, g_source_remove);
  self->fitted = TRUE;
  ensure_view (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
ent_graph_view_pan (EntGraphView *self, double dx, double dy)
{
  g_return_if_fail (ENT_IS_GRAPH_VIEW (self));

  if (!_ent_graph_view_has_data (self))
    return;
  _ent_graph_view_stop_fly (self);
  ensure_view (self);
  self->fitted = FALSE;
  _ent_graph_view_set_view (self, self->zoom, self->tx + dx, self->ty + dy);
}

gboolean
ent_graph_view_get_fitted (EntGraphView *self)
{
  g_return_val_if_fail (ENT_IS_GRAPH_VIEW (self), FALSE);
  return self->fitted;
}

double
ent_graph_view_get_zoom (EntGraphView *self)
{
  g_return_val_if_fail (ENT_IS_GRAPH_VIEW (self), 1.0);
  ensure_view (self);
  return self->zoom;
}

/* "Fly to" */

void
_ent_graph_view_stop_fly (EntGraphView *self)
{
  if (self->fly_tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->fly_tick_id);
      self->fly_tick_id = 0;
    }
}

static gboolean
fly_tick_cb (GtkWidget *widget, GdkFrameClock *clock, gpointer user_data)
{
  EntGraphView *self = ENT_GRAPH_VIEW (widget);
  gint64 now = gdk_frame_clock_get_frame_time (clock);
  double t, e;

  if (self->fly_start == 0)
    self->fly_start = now;
  t = CLAMP ((double) (now - self->fly_start) / ENT_GRAPH_VIEW_FLY_USEC, 0.0, 1.0);
  e = 1.0 - pow (1.0 - t, 3);   /* ease out */

  _ent_graph_view_set_view (self, self->zoom,
                            self->fly_from_tx + (self->fly_to_tx - self->fly_from_tx) * e,
                            self->fly_from_ty + (self->fly_to_ty - self->fly_from_ty) * e);
  if (t >= 1.0)
    {
      self->fly_tick_id = 0;
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

static void
center_on_point (EntGraphView *self, double lx, double ly, gboolean animate)
{
  double w = gtk_widget_get_width (GTK_WIDGET (self));
  double h = gtk_widget_get_height (GTK_WIDGET (self));
  double to_tx, to_ty;

  _ent_graph_view_stop_fly (self);
  ensure_view (self);
  self->fitted = FALSE;
  to_tx = w / 2 - lx * self->zoom;
  to_ty = h / 2 - ly * self->zoom;

  if (animate && gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->fly_from_tx = self->tx;
      self->fly_from_ty = self->ty;
      self->fly_to_tx = to_tx;
      self->fly_to_ty = to_ty;
      self->fly_start = 0;
      self->fly_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), fly_tick_cb, NULL, NULL);
    }
  else
    _ent_graph_view_set_view (self, self->zoom, to_tx, to_ty);
}

void
ent_graph_view_center_on_actor (EntGraphView *self, guint actor, gboolean animate)
{
  g_return_if_fail (ENT_IS_GRAPH_VIEW (self));

  if (!actor_shown (self, actor))
    return;
  center_on_point (self, self->layout->nodes[actor].x, self->layout->nodes[actor].y, animate);
}

/* A point on the curve where a click picks this relation: as close to the
 * middle as possible, outside every node, and not under another edge
 * when that can be avoided.  Layout coordinates. */
static gboolean
relation_pick_point (EntGraphView *self, guint relation, double *lx, double *ly)
{
  const double ts[] = { 0.5, 0.45, 0.55, 0.4, 0.6, 0.35, 0.65, 0.3, 0.7, 0.25, 0.75,
                        0.2, 0.8, 0.15, 0.85, 0.1, 0.9 };
  double r = self->zoom > 0 ? _ent_graph_view_hit_radius (self) : 1.0;
  gboolean have_free = FALSE;
  double free_x = 0, free_y = 0;

  if (!relation_shown (self, relation))
    return FALSE;

  relation_point (self, relation, 0.5, lx, ly);

  for (guint i = 0; i < G_N_ELEMENTS (ts); i++)
    {
      double x, y;
      guint n_hits = 0;
      int hit;

      relation_point (self, relation, ts[i], &x, &y);
      if (ent_render_hit_actor (self->net, self->layout, self->actor_visible, x, y, r) >= 0)
        continue;
      hit = ent_render_hit_relation (self->net, self->layout, self->relation_visible,
                                     x, y, r, 0, &n_hits);
      if (hit == (int) relation)
        {
          *lx = x;
          *ly = y;
          return TRUE;
        }
      if (!have_free)
        {
          have_free = TRUE;
          free_x = x;
          free_y = y;
        }
    }

  if (have_free)
    {
      *lx = free_x;
      *ly = free_y;
    }
  return TRUE;
}

void
ent_graph_view_center_on_relation (EntGraphView *self, guint relation, gboolean animate)
{
  double lx, ly;

  g_return_if_fail (ENT_IS_GRAPH_VIEW (self));

  ensure_view (self);
  if (!relation_pick_point (self, relation, &lx, &ly))
    return;
  center_on_point (self, lx, ly, animate);
}

/* Coordinates */

gboolean
ent_graph_view_actor_to_widget (EntGraphView *self, guint actor, double *x, double *y)
{
  g_return_val_if_fail (ENT_IS_GRAPH_VIEW (self), FALSE);

  if (!actor_shown (self, actor))
    return FALSE;
  ensure_view (self);
  *x = self->layout->nodes[actor].x * self->zoom + self->tx;
  *y = self->layout->nodes[actor].y * self->zoom + self->ty;
  return TRUE;
}

gboolean
ent_graph_view_relation_to_widget (EntGraphView *self, guint relation, double *x, double *y)
{
  double lx, ly;

  g_return_val_if_fail (ENT_IS_GRAPH_VIEW (self), FALSE);

  ensure_view (self);
  if (!relation_pick_point (self, relation, &lx, &ly))
    return FALSE;
  *x = lx * self->zoom + self->tx;
  *y = ly * self->zoom + self->ty;
  return TRUE;
}

void
ent_graph_view_widget_to_layout (EntGraphView *self, double wx, double wy, double *lx, double *ly)
{
  g_return_if_fail (ENT_IS_GRAPH_VIEW (self));

  ensure_view (self);
  *lx = (wx - self->tx) / self->zoom;
  *ly = (wy - self->ty) / self->zoom;
}

int
ent_graph_view_pick_actor (EntGraphView *self, double wx, double wy)
{
  double lx, ly;

  g_return_val_if_fail (ENT_IS_GRAPH_VIEW (self), -1);

  if (!_ent_graph_view_has_data (self))
    return -1;
  ensure_view (self);
  lx = (wx - self->tx) / self->zoom;
  ly = (wy - self->ty) / self->zoom;
  return ent_render_hit_actor (self->net, self->layout, self->actor_visible, lx, ly,
                               _ent_graph_view_hit_radius (self));
}

int
ent_graph_view_pick_relation (EntGraphView *self, double wx, double wy)
{
  double lx, ly;
  guint n_hits = 0;

  g_return_val_if_fail (ENT_IS_GRAPH_VIEW (self), -1);

  if (!_ent_graph_view_has_data (self))
    return -1;
  ensure_view (self);
  lx = (wx - self->tx) / self->zoom;
  ly = (wy - self->ty) / self->zoom;
  return ent_render_hit_relation (self->net, self->layout, self->relation_visible, lx, ly,
                                  _ent_graph_view_hit_radius (self), 0, &n_hits);
}

/* ------------------------------------------------------------------ */
/* Test hooks                                                         */
/* ------------------------------------------------------------------ */

guint
_ent_graph_view_get_render_count (EntGraphView *self)
{
  return self->render_count;
}

guint
_ent_graph_view_get_veil_count (EntGraphView *self)
{
  return self->veil_count;
}

GskRenderNode *
_ent_graph_view_render_frame (EntGraphView *self)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();

  GTK_WIDGET_GET_CLASS (self)->snapshot (GTK_WIDGET (self), snapshot);
  return gtk_snapshot_free_to_node (snapshot);
}

/* ------------------------------------------------------------------ */
/* GObject                                                            */
/* ------------------------------------------------------------------ */

static void
ent_graph_view_realize (GtkWidget *widget)
{
  EntGraphView *self = ENT_GRAPH_VIEW (widget);
  GtkSettings *settings;

  GTK_WIDGET_CLASS (ent_graph_view_parent_class)->realize (widget);

  settings = gtk_widget_get_settings (widget);
  g_signal_connect_object (settings, "notify::gtk-application-prefer-dark-theme",
                           G_CALLBACK (settings_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (settings, "notify::gtk-theme-name",
                           G_CALLBACK (settings_changed_cb), self, G_CONNECT_SWAPPED);
  update_palette (self);
}

static void
ent_graph_view_unrealize (GtkWidget *widget)
{
  EntGraphView *self = ENT_GRAPH_VIEW (widget);

  g_signal_handlers_disconnect_by_func (gtk_widget_get_settings (widget),
                                        settings_changed_cb, self);
  /* The picture may belong to another display's renderer next time. */
  clear_cache (self);
  GTK_WIDGET_CLASS (ent_graph_view_parent_class)->unrealize (widget);
}

static void
ent_graph_view_dispose (GObject *object)
{
  EntGraphView *self = ENT_GRAPH_VIEW (object);

  _ent_graph_view_stop_fly (self);
  g_clear_handle_id (&self->zoom_settle_id, g_source_remove);
  clear_cache (self);
  g_clear_pointer (&self->drag_cache_actors, g_free);
  g_clear_pointer (&self->drag_cache_relations, g_free);
  g_clear_pointer (&self->drag_top_actors, g_free);
  g_clear_pointer (&self->drag_top_relations, g_free);
  self->net = NULL;
  self->layout = NULL;

  G_OBJECT_CLASS (ent_graph_view_parent_class)->dispose (object);
}

static void
ent_graph_view_finalize (GObject *object)
{
  EntGraphView *self = ENT_GRAPH_VIEW (object);

  g_free (self->title);

  G_OBJECT_CLASS (ent_graph_view_parent_class)->finalize (object);
}

static void
ent_graph_view_class_init (EntGraphViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ent_graph_view_dispose;
  object_class->finalize = ent_graph_view_finalize;

  widget_class->snapshot = ent_graph_view_snapshot;
  widget_class->measure = ent_graph_view_measure;
  widget_class->size_allocate = ent_graph_view_size_allocate;
  widget_class->css_changed = ent_graph_view_css_changed;
  widget_class->realize = ent_graph_view_realize;
  widget_class->unrealize = ent_graph_view_unrealize;
  widget_class->query_tooltip = _ent_graph_view_query_tooltip;

  /**
   * EntGraphView::selection-changed:
   * @actor: selected actor index or -1
   * @relation: selected relation index or -1
   *
   * The user clicked a node, an edge or empty space, or pressed Escape.
   */
  _ent_graph_view_signals[ENT_GRAPH_VIEW_SIGNAL_SELECTION_CHANGED] =
    g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT, G_TYPE_INT);

  /**
   * EntGraphView::actor-activated:
   * @actor: the actor index
   *
   * A node was double-clicked; the view has started flying to it.
   */
  _ent_graph_view_signals[ENT_GRAPH_VIEW_SIGNAL_ACTOR_ACTIVATED] =
    g_signal_new ("actor-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  /**
   * EntGraphView::node-moved:
   *
   * A node drag ended.  Layout coordinates; the view has already called
   * ent_layout_move_node() on the borrowed layout.
   */
  _ent_graph_view_signals[ENT_GRAPH_VIEW_SIGNAL_NODE_MOVED] =
    g_signal_new ("node-moved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 5, G_TYPE_UINT,
                  G_TYPE_DOUBLE, G_TYPE_DOUBLE, G_TYPE_DOUBLE, G_TYPE_DOUBLE);

  /**
   * EntGraphView::context-menu:
   * @actor: actor under the pointer or -1
   * @relation: relation under the pointer or -1
   * @x: widget x
   * @y: widget y
   *
   * Secondary click (or the Menu key, at the selection).  The view has
   * already selected what was under the pointer.
   */
  _ent_graph_view_signals[ENT_GRAPH_VIEW_SIGNAL_CONTEXT_MENU] =
    g_signal_new ("context-menu", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 4, G_TYPE_INT, G_TYPE_INT,
                  G_TYPE_DOUBLE, G_TYPE_DOUBLE);

  gtk_widget_class_set_css_name (widget_class, "entgraphview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);

  _ent_graph_view_class_init_input (widget_class);
}

static void
ent_graph_view_init (EntGraphView *self)
{
  self->selected_actor = -1;
  self->selected_relation = -1;
  self->hover_actor = -1;
  self->hover_relation = -1;
  self->drag_actor = -1;
  self->zoom = 1.0;
  self->fitted = TRUE;
  ent_palette_init (&self->palette, FALSE);
  self->palette.transparent = TRUE;

  gtk_widget_add_css_class (GTK_WIDGET (self), "view");
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  g_signal_connect (self, "notify::scale-factor", G_CALLBACK (scale_factor_changed_cb), NULL);

  _ent_graph_view_init_input (self);
  update_accessible (self);
}
