/* ent-layout.c: graph layout with Graphviz (cgraph + gvc).
 *
 * The only file that includes Graphviz headers.  The graph is built through
 * the attribute API only (nodes are named "n<index>", sizes are attributes),
 * so nothing an actor is called can reach a DOT parser.  Node boxes are
 * sized from the labels as Pango measures them, so overlap removal keeps
 * labels apart and nothing is clipped.
 *
 * One Graphviz edge is laid out per pair of actors; each relation between
 * the pair is then derived from that route with a perpendicular offset, so
 * an alliance and a hostility between the same two actors are two curves
 * side by side.
 */
#define G_LOG_DOMAIN "ent-layout"

#include "config.h"

#include <math.h>
#include <string.h>

#include "ent-layout.h"
#include "ent-render-private.h"

/* Graphviz redefines MIN/MAX (same meaning) and TRUE/FALSE guarded: keep it
 * after GLib. */
#include <graphviz/gvc.h>

#define SMALL_MAP_ACTORS   150   /* neato below, sfdp above */
#define ROUTED_SPLINES_MAX 60    /* obstacle-avoiding splines up to this many nodes */
#define PAIR_SPACING       9.0   /* points between parallel relations of one pair */
#define BOUNDS_PAD         4.0

static GMutex  gv_lock;
static GVC_t  *gv_context;
static GString *gv_errors;

static const char *const engines[] = { "neato", "sfdp", "dot", "fdp", "circo", "twopi", NULL };

static int
gv_error_cb (char *message)
{
  if (gv_errors != NULL && message != NULL)
    g_string_append (gv_errors, message);
  return 0;
}

const char *
ent_layout_pick_engine (const EntNetwork *net, const char *engine)
{
  if (engine != NULL && *engine != '\0' && !g_str_equal (engine, "auto"))
    {
      for (guint i = 0; engines[i] != NULL; i++)
        if (g_str_equal (engine, engines[i]))
          return engines[i];
      return NULL;
    }

  if (net != NULL && net->actors->len > SMALL_MAP_ACTORS)
    return "sfdp";
  return "neato";
}

gboolean
ent_layout_engine_valid (const char *engine)
{
  if (engine == NULL)
    return FALSE;
  if (g_str_equal (engine, "auto"))
    return TRUE;
  for (guint i = 0; engines[i] != NULL; i++)
    if (g_str_equal (engine, engines[i]))
      return TRUE;
  return FALSE;
}

/* ------------------------------------------------------------------ */
/* Allocation, copies, measuring */

static EntLayout *
layout_alloc (guint n_nodes, guint n_edges, const char *engine)
{
  EntLayout *layout = g_new0 (EntLayout, 1);

  layout->engine = g_strdup (engine ? engine : "neato");
  layout->n_nodes = n_nodes;
  layout->nodes = g_new0 (EntNodeGeom, MAX (n_nodes, 1));
  layout->n_edges = n_edges;
  layout->edges = g_new0 (EntEdgeGeom, MAX (n_edges, 1));
  return layout;
}

void
ent_layout_free (EntLayout *layout)
{
  if (layout == NULL)
    return;
  for (guint i = 0; i < layout->n_edges; i++)
    g_free (layout->edges[i].points);
  g_free (layout->edges);
  g_free (layout->nodes);
  g_free (layout->engine);
  g_free (layout);
}

EntLayout *
ent_layout_copy (const EntLayout *layout)
{
  EntLayout *copy;

  g_return_val_if_fail (layout != NULL, NULL);

  copy = layout_alloc (layout->n_nodes, layout->n_edges, layout->engine);
  memcpy (copy->nodes, layout->nodes, sizeof (EntNodeGeom) * layout->n_nodes);
  for (guint i = 0; i < layout->n_edges; i++)
    {
      copy->edges[i] = layout->edges[i];
      copy->edges[i].points = layout->edges[i].points
        ? g_memdup2 (layout->edges[i].points, sizeof (double) * 2 * layout->edges[i].n_points)
        : NULL;
    }
  copy->width = layout->width;
  copy->height = layout->height;
  copy->x0 = layout->x0;
  copy->y0 = layout->y0;
  return copy;
}

static void
measure_nodes (EntLayout *layout, const EntNetwork *net, const gboolean *actor_visible)
{
  g_autoptr(EntPangoContext) ctx = _ent_render_measure_context_new ();
  g_autoptr(PangoLayout) pl = _ent_render_label_layout_new (ctx, ENT_LABEL_FONT_SIZE,
                                                            FALSE, ENT_LABEL_MAX_WIDTH);

  for (guint i = 0; i < layout->n_nodes; i++)
    {
      const EntActor *actor = g_ptr_array_index (net->actors, i);
      EntNodeGeom *node = &layout->nodes[i];

      _ent_render_marker_size (actor->type, &node->w, &node->h);
      if (actor_visible == NULL || actor_visible[i])
        {
          g_autofree char *text = _ent_render_label_text (actor->name);
          _ent_render_measure_label (pl, text, &node->label_w, &node->label_h);
        }
    }
}

EntLayout *
ent_layout_new (const EntNetwork *net, const char *engine)
{
  EntLayout *layout;

  g_return_val_if_fail (net != NULL, NULL);

  layout = layout_alloc (net->actors->len, net->relations->len, engine);
  measure_nodes (layout, net, NULL);
  return layout;
}

/* ------------------------------------------------------------------ */
/* Curves */

static void
set_points (EntEdgeGeom *edge, const double *pts, guint n)
{
  g_free (edge->points);
  edge->points = g_memdup2 (pts, sizeof (double) * 2 * n);
  edge->n_points = n;
}

static void
cubic_point (const double *p, double t, double *x, double *y)
{
  double u = 1 - t;
  double a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t;

  *x = a * p[0] + b * p[2] + c * p[4] + d * p[6];
  *y = a * p[1] + b * p[3] + c * p[5] + d * p[7];
}

/* Splits the cubic p[0..7] at t: keeps [t, 1] when @keep_end, else [0, t]. */
static void
cubic_split (double *p, double t, gboolean keep_end)
{
  double x01 = p[0] + (p[2] - p[0]) * t, y01 = p[1] + (p[3] - p[1]) * t;
  double x12 = p[2] + (p[4] - p[2]) * t, y12 = p[3] + (p[5] - p[3]) * t;
  double x23 = p[4] + (p[6] - p[4]) * t, y23 = p[5] + (p[7] - p[5]) * t;
  double xa = x01 + (x12 - x01) * t, ya = y01 + (y12 - y01) * t;
  double xb = x12 + (x23 - x12) * t, yb = y12 + (y23 - y12) * t;
  double xm = xa + (xb - xa) * t, ym = ya + (yb - ya) * t;

  if (keep_end)
    {
      p[0] = xm; p[1] = ym;
      p[2] = xb; p[3] = yb;
      p[4] = x23; p[5] = y23;
    }
  else
    {
      p[2] = x01; p[3] = y01;
      p[4] = xa; p[5] = ya;
      p[6] = xm; p[7] = ym;
    }
}

static gboolean
inside_node (const EntNodeGeom *node, EntActorType type, double x, double y)
{
  double dx = x - node->x, dy = y - node->y;
  double d = hypot (dx, dy);

  if (d < 1e-9)
    return TRUE;
  return d < _ent_render_marker_radius (type, node->w, node->h, dx, dy);
}

/* Cuts the part of the curve inside the node at its start (@at_start) or
 * end, so curves and arrowheads meet the outline. */
static void
trim_curve (EntEdgeGeom *edge, const EntNodeGeom *node, EntActorType type, gboolean at_start)
{
  guint n_seg = (edge->n_points - 1) / 3;
  double *seg;
  double lo = 0, hi = 1;

  if (n_seg == 0)
    return;

  /* Drop whole segments swallowed by the node (short routes near it). */
  while (n_seg > 1)
    {
      const double *q = at_start ? edge->points + 6 : edge->points + (edge->n_points - 4) * 2;
      if (!inside_node (node, type, q[0], q[1]))
        break;
      if (at_start)
        memmove (edge->points, edge->points + 6, sizeof (double) * 2 * (edge->n_points - 3));
      edge->n_points -= 3;
      n_seg--;
    }

  seg = at_start ? edge->points : edge->points + (edge->n_points - 4) * 2;

  {
    double fx, fy;
    /* The far end of this segment must be outside, or there is nothing to cut. */
    if (at_start)
      cubic_point (seg, 1, &fx, &fy);
    else
      cubic_point (seg, 0, &fx, &fy);
    if (inside_node (node, type, fx, fy))
      return;
  }

  for (int i = 0; i < 30; i++)
    {
      double mid = (lo + hi) / 2, x, y;
      gboolean in;

      cubic_point (seg, at_start ? mid : 1 - mid, &x, &y);
      in = inside_node (node, type, x, y);
      if (in)
        lo = mid;
      else
        hi = mid;
    }

  if (at_start)
    cubic_split (seg, hi, TRUE);
  else
    cubic_split (seg, 1 - hi, FALSE);
}

/* Moves the inner points of a route sideways by @offset, perpendicular to
 * the line from (ax, ay) to (bx, by): control points by 4/3 of it (which
 * puts a cubic's peak at @offset), on-curve joints by @offset. */
static void
offset_curve (double *pts, guint n, double ax, double ay, double bx, double by, double offset)
{
  double dx = bx - ax, dy = by - ay;
  double len = hypot (dx, dy);
  double px, py;

  if (offset == 0 || len < 1e-6)
    return;

  px = -dy / len;
  py = dx / len;

  for (guint k = 1; k + 1 < n; k++)
    {
      double w = (k % 3 == 0) ? 1.0 : 4.0 / 3.0;

      pts[2 * k] += px * offset * w;
      pts[2 * k + 1] += py * offset * w;
    }
}

/* A single cubic whose control points lie on its chord (Graphviz's
 * straight edges put them near the ends). */
static gboolean
route_is_straight (const double *pts, guint n)
{
  double dx, dy, len;

  if (n != 4)
    return FALSE;
  dx = pts[6] - pts[0];
  dy = pts[7] - pts[1];
  len = hypot (dx, dy);
  if (len < 1e-6)
    return TRUE;
  for (guint k = 1; k <= 2; k++)
    if (fabs ((pts[2 * k] - pts[0]) * dy - (pts[2 * k + 1] - pts[1]) * dx) / len > 0.5)
      return FALSE;
  return TRUE;
}

static void
loop_curve (EntEdgeGeom *edge, const EntNodeGeom *node)
{
  double r = MAX (node->w, node->h) / 2 + 14 + fabs (edge->offset);
  double pts[8] = {
    node->x + node->w / 4, node->y - node->h / 2,
    node->x + r, node->y - node->h / 2 - r,
    node->x - r, node->y - node->h / 2 - r,
    node->x - node->w / 4, node->y - node->h / 2,
  };

  set_points (edge, pts, 4);
}

static EntActorType
actor_type (const EntNetwork *net, guint i)
{
  return ((const EntActor *) g_ptr_array_index (net->actors, i))->type;
}

/* Orients @pts (a route between the pair's two nodes, either way round)
 * from @rel's source to target, offsets it and trims it to the outlines. */
static void
derive_relation_curve (EntLayout *layout, const EntNetwork *net, guint r,
                       const double *route, guint n)
{
  const EntRelation *rel = g_ptr_array_index (net->relations, r);
  EntEdgeGeom *edge = &layout->edges[r];
  const EntNodeGeom *src = &layout->nodes[rel->source];
  const EntNodeGeom *dst = &layout->nodes[rel->target];
  const EntNodeGeom *lo = rel->source < rel->target ? src : dst;
  const EntNodeGeom *hi = rel->source < rel->target ? dst : src;
  g_autofree double *pts = g_new (double, 2 * n);
  double d_first, d_last;

  if (rel->source == rel->target)
    {
      loop_curve (edge, src);
      return;
    }

  d_first = hypot (route[0] - src->x, route[1] - src->y);
  d_last = hypot (route[2 * (n - 1)] - src->x, route[2 * (n - 1) + 1] - src->y);
  if (d_first <= d_last)
    memcpy (pts, route, sizeof (double) * 2 * n);
  else
    for (guint k = 0; k < n; k++)
      {
        pts[2 * k] = route[2 * (n - 1 - k)];
        pts[2 * k + 1] = route[2 * (n - 1 - k) + 1];
      }

  /* Anchor the ends on the node centres: trimming then finds the outline. */
  pts[0] = src->x;
  pts[1] = src->y;
  pts[2 * (n - 1)] = dst->x;
  pts[2 * (n - 1) + 1] = dst->y;

  if (route_is_straight (pts, n))
    for (guint k = 1; k <= 2; k++)
      {
        pts[2 * k] = src->x + (dst->x - src->x) * k / 3.0;
        pts[2 * k + 1] = src->y + (dst->y - src->y) * k / 3.0;
      }

  offset_curve (pts, n, lo->x, lo->y, hi->x, hi->y, edge->offset);
  set_points (edge, pts, n);
  trim_curve (edge, src, actor_type (net, rel->source), TRUE);
  trim_curve (edge, dst, actor_type (net, rel->target), FALSE);
}

static void
straight_route (const EntNodeGeom *a, const EntNodeGeom *b, double *pts)
{
  pts[0] = a->x;
  pts[1] = a->y;
  pts[2] = a->x + (b->x - a->x) / 3;
  pts[3] = a->y + (b->y - a->y) / 3;
  pts[4] = a->x + 2 * (b->x - a->x) / 3;
  pts[5] = a->y + 2 * (b->y - a->y) / 3;
  pts[6] = b->x;
  pts[7] = b->y;
}

static void
route_straight (EntLayout *layout, const EntNetwork *net, guint r)
{
  const EntRelation *rel = g_ptr_array_index (net->relations, r);
  double pts[8];

  straight_route (&layout->nodes[rel->source], &layout->nodes[rel->target], pts);
  derive_relation_curve (layout, net, r, pts, 4);
}

static guint64
pair_key (guint a, guint b)
{
  guint lo = MIN (a, b), hi = MAX (a, b);
  return ((guint64) lo << 32) | hi;
}

typedef struct {
  const EntNetwork *net;
} SortData;

static int
pair_member_cmp (gconstpointer pa, gconstpointer pb, gpointer user_data)
{
  const EntNetwork *net = ((const SortData *) user_data)->net;
  guint a = *(const guint *) pa, b = *(const guint *) pb;
  const EntRelation *ra = g_ptr_array_index (net->relations, a);
  const EntRelation *rb = g_ptr_array_index (net->relations, b);

  if (ra->polarity != rb->polarity)
    return (int) ra->polarity - (int) rb->polarity;
  return a < b ? -1 : a > b;
}

/* Groups placed edges by pair and gives each relation its side-by-side
 * offset.  Returns pair key -> GArray of relation indices. */
static GHashTable *
assign_offsets (EntLayout *layout, const EntNetwork *net)
{
  GHashTable *pairs = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                             (GDestroyNotify) g_array_unref);
  GHashTableIter iter;
  gpointer value;
  SortData sd = { net };

  for (guint r = 0; r < layout->n_edges; r++)
    {
      const EntRelation *rel = g_ptr_array_index (net->relations, r);
      guint64 key;
      GArray *members;

      if (!layout->edges[r].placed)
        continue;
      key = pair_key (rel->source, rel->target);
      members = g_hash_table_lookup (pairs, &key);
      if (members == NULL)
        {
          members = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (pairs, g_memdup2 (&key, sizeof key), members);
        }
      g_array_append_val (members, r);
    }

  g_hash_table_iter_init (&iter, pairs);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      GArray *members = value;

      g_array_sort_with_data (members, pair_member_cmp, &sd);
      for (guint k = 0; k < members->len; k++)
        {
          guint r = g_array_index (members, guint, k);
          const EntRelation *rel = g_ptr_array_index (net->relations, r);

          if (rel->source == rel->target)
            layout->edges[r].offset = k * PAIR_SPACING;
          else
            layout->edges[r].offset = (k - (members->len - 1) / 2.0) * PAIR_SPACING;
        }
    }

  return pairs;
}

/* ------------------------------------------------------------------ */
/* Bounds */

void
ent_layout_update_bounds (EntLayout *layout)
{
  double x0 = G_MAXDOUBLE, y0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y1 = -G_MAXDOUBLE;

  g_return_if_fail (layout != NULL);

  for (guint i = 0; i < layout->n_nodes; i++)
    {
      const EntNodeGeom *n = &layout->nodes[i];
      double hw = MAX (n->w, n->label_w) / 2;

      if (!n->placed)
        continue;
      x0 = MIN (x0, n->x - hw);
      x1 = MAX (x1, n->x + hw);
      y0 = MIN (y0, n->y - n->h / 2);
      y1 = MAX (y1, n->y + n->h / 2 + (n->label_h > 0 ? ENT_LABEL_GAP + n->label_h : 0));
    }
  for (guint i = 0; i < layout->n_edges; i++)
    {
      const EntEdgeGeom *e = &layout->edges[i];

      if (!e->placed)
        continue;
      for (guint k = 0; k < e->n_points; k++)
        {
          x0 = MIN (x0, e->points[2 * k]);
          x1 = MAX (x1, e->points[2 * k]);
          y0 = MIN (y0, e->points[2 * k + 1]);
          y1 = MAX (y1, e->points[2 * k + 1]);
        }
    }

  if (x0 > x1)
    {
      layout->x0 = layout->y0 = 0;
      layout->width = layout->height = 0;
      return;
    }

  layout->x0 = x0 - BOUNDS_PAD;
  layout->y0 = y0 - BOUNDS_PAD;
  layout->width = (x1 - x0) + 2 * BOUNDS_PAD;
  layout->height = (y1 - y0) + 2 * BOUNDS_PAD;
}

static void
translate_layout (EntLayout *layout, double dx, double dy)
{
  for (guint i = 0; i < layout->n_nodes; i++)
    {
      layout->nodes[i].x += dx;
      layout->nodes[i].y += dy;
    }
  for (guint i = 0; i < layout->n_edges; i++)
    for (guint k = 0; k < layout->edges[i].n_points; k++)
      {
        layout->edges[i].points[2 * k] += dx;
        layout->edges[i].points[2 * k + 1] += dy;
      }
  layout->x0 += dx;
  layout->y0 += dy;
}

/* ------------------------------------------------------------------ */
/* Moves and manual positions */

void
ent_layout_move_node (EntLayout *layout, const EntNetwork *net, guint actor, double x, double y)
{
  g_return_if_fail (layout != NULL && net != NULL);
  g_return_if_fail (actor < layout->n_nodes);

  layout->nodes[actor].x = x;
  layout->nodes[actor].y = y;

  for (guint r = 0; r < layout->n_edges && r < net->relations->len; r++)
    {
      const EntRelation *rel = g_ptr_array_index (net->relations, r);

      if (!layout->edges[r].placed)
        continue;
      if (rel->source == actor || rel->target == actor)
        route_straight (layout, net, r);
    }
}

void
ent_layout_reroute (EntLayout *layout, const EntNetwork *net, const gboolean *relation_visible)
{
  g_autoptr(GHashTable) pairs = NULL;

  g_return_if_fail (layout != NULL && net != NULL);
  g_return_if_fail (layout->n_edges == net->relations->len);

  for (guint r = 0; r < layout->n_edges; r++)
    {
      const EntRelation *rel = g_ptr_array_index (net->relations, r);

      layout->edges[r].placed = (relation_visible == NULL || relation_visible[r]) &&
                                rel->source < layout->n_nodes &&
                                rel->target < layout->n_nodes &&
                                layout->nodes[rel->source].placed &&
                                layout->nodes[rel->target].placed;
      if (!layout->edges[r].placed)
        {
          g_clear_pointer (&layout->edges[r].points, g_free);
          layout->edges[r].n_points = 0;
        }
    }

  pairs = assign_offsets (layout, net);
  for (guint r = 0; r < layout->n_edges; r++)
    if (layout->edges[r].placed)
      route_straight (layout, net, r);

  ent_layout_update_bounds (layout);
}

/* ------------------------------------------------------------------ */
/* Graphviz */

static void
set_attr (void *obj, Agsym_t *sym, const char *value)
{
  agxset (obj, sym, (char *) value);
}

static void
set_graph_attr (Agraph_t *g, const char *name, const char *value)
{
  agsafeset (g, (char *) name, (char *) value, (char *) "");
}

static void
format_inches (char *buf, gsize len, double points)
{
  g_ascii_formatd (buf, len, "%.4f", points / 72.0);
}

EntLayout *
ent_layout_compute (const EntNetwork *net,
                    const gboolean *actor_visible,
                    const gboolean *relation_visible,
                    const char *engine_name,
                    GCancellable *cancellable,
                    GError **error)
{
  g_autoptr(EntLayout) layout = NULL;
  g_autoptr(GHashTable) pair_edges = NULL;
  g_autoptr(GHashTable) routes = NULL;
  g_autofree Agnode_t **gnodes = NULL;
  g_autofree char *gv_message = NULL;
  const char *engine;
  Agraph_t *g;
  Agsym_t *sym_width, *sym_height, *sym_shape, *sym_fixed, *sym_label;
  Agsym_t *sym_clip, *sym_dir;
  agusererrf old_errf;
  guint n_visible = 0;
  int rc;
  gboolean cancelled = FALSE;

  g_return_val_if_fail (net != NULL, NULL);

  engine = ent_layout_pick_engine (net, engine_name);
  if (engine == NULL)
    {
      g_set_error (error, ENT_ERROR, ENT_ERROR_INVALID_DATA,
                   "unknown layout engine '%s' (expected auto, neato, sfdp, dot, fdp, circo or twopi)",
                   engine_name);
      return NULL;
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  layout = layout_alloc (net->actors->len, net->relations->len, engine);
  measure_nodes (layout, net, actor_visible);

  for (guint i = 0; i < layout->n_nodes; i++)
    if (actor_visible == NULL || actor_visible[i])
      n_visible++;

  for (guint r = 0; r < layout->n_edges; r++)
    {
      const EntRelation *rel = g_ptr_array_index (net->relations, r);

      layout->edges[r].placed = (relation_visible == NULL || relation_visible[r]) &&
                                rel->source < layout->n_nodes &&
                                rel->target < layout->n_nodes &&
                                (actor_visible == NULL ||
                                 (actor_visible[rel->source] && actor_visible[rel->target]));
    }

  if (n_visible == 0)
    {
      ent_layout_update_bounds (layout);
      return g_steal_pointer (&layout);
    }

  gnodes = g_new0 (Agnode_t *, layout->n_nodes);
  pair_edges = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  routes = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                  (GDestroyNotify) g_array_unref);

  g_mutex_lock (&gv_lock);

  if (gv_context == NULL)
    gv_context = gvContext ();

  gv_errors = g_string_new (NULL);
  old_errf = agseterrf (gv_error_cb);
  agseterr (AGERR);

  g = agopen ((char *) "entente", Agundirected, NULL);

  /* Graph attributes */
  set_graph_attr (g, "outputorder", "edgesfirst");
  set_graph_attr (g, "pad", "0");
  if (g_str_equal (engine, "neato") || g_str_equal (engine, "fdp") ||
      g_str_equal (engine, "sfdp"))
    {
      set_graph_attr (g, "overlap", "prism");
      set_graph_attr (g, "sep", "+6");
      set_graph_attr (g, "esep", "+3");
      set_graph_attr (g, "pack", "true");
    }
  if (g_str_equal (engine, "neato"))
    {
      set_graph_attr (g, "mode", "major");
      set_graph_attr (g, "start", "regular");
    }
  if (g_str_equal (engine, "sfdp"))
    set_graph_attr (g, "splines", "false");
  else if (n_visible <= ROUTED_SPLINES_MAX && !g_str_equal (engine, "sfdp"))
    set_graph_attr (g, "splines", "true");
  else if (n_visible <= SMALL_MAP_ACTORS)
    set_graph_attr (g, "splines", "curved");
  else
    set_graph_attr (g, "splines", "false");
  if (g_str_equal (engine, "dot"))
    {
      set_graph_attr (g, "nodesep", "0.3");
      set_graph_attr (g, "ranksep", "0.6");
    }
  if (g_str_equal (engine, "twopi") || g_str_equal (engine, "circo"))
    set_graph_attr (g, "overlap", "false");

  sym_width = agattr (g, AGNODE, (char *) "width", (char *) "0.5");
  sym_height = agattr (g, AGNODE, (char *) "height", (char *) "0.5");
  sym_shape = agattr (g, AGNODE, (char *) "shape", (char *) "box");
  sym_fixed = agattr (g, AGNODE, (char *) "fixedsize", (char *) "true");
  /* Labels are measured and drawn by us (Pango); Graphviz gets sizes only. */
  sym_label = agattr (g, AGNODE, (char *) "label", (char *) "");
  sym_clip = agattr (g, AGEDGE, (char *) "headclip", (char *) "false");
  agattr (g, AGEDGE, (char *) "tailclip", (char *) "false");
  sym_dir = agattr (g, AGEDGE, (char *) "dir", (char *) "none");
  (void) sym_shape; (void) sym_fixed; (void) sym_label; (void) sym_clip; (void) sym_dir;

  for (guint i = 0; i < layout->n_nodes; i++)
    {
      EntNodeGeom *node = &layout->nodes[i];
      char name[32], buf[G_ASCII_DTOSTR_BUF_SIZE];
      double bw, bh;

      if (actor_visible != NULL && !actor_visible[i])
        continue;

      g_snprintf (name, sizeof name, "n%u", i);
      gnodes[i] = agnode (g, name, 1);

      /* The box holds the shape and the label under it, symmetric about
       * the shape's centre so the node's position is the shape's. */
      bw = MAX (node->w, node->label_w) + 4;
      bh = 2 * (node->h / 2 + ENT_LABEL_GAP + node->label_h) + 2;
      format_inches (buf, sizeof buf, bw);
      set_attr (gnodes[i], sym_width, buf);
      format_inches (buf, sizeof buf, bh);
      set_attr (gnodes[i], sym_height, buf);
    }

  for (guint r = 0; r < layout->n_edges; r++)
    {
      const EntRelation *rel = g_ptr_array_index (net->relations, r);
      guint64 key;

      if (!layout->edges[r].placed || rel->source == rel->target)
        continue;
      key = pair_key (rel->source, rel->target);
      if (g_hash_table_contains (pair_edges, &key))
        continue;
      g_hash_table_insert (pair_edges, g_memdup2 (&key, sizeof key),
                           agedge (g, gnodes[MIN (rel->source, rel->target)],
                                   gnodes[MAX (rel->source, rel->target)], NULL, 1));
    }

  cancelled = g_cancellable_is_cancelled (cancellable);
  rc = cancelled ? 0 : gvLayout (gv_context, g, engine);

  if (!cancelled && rc == 0 && !g_cancellable_is_cancelled (cancellable))
    {
      boxf bb = GD_bb (g);
      GHashTableIter iter;
      gpointer key, value;

      for (guint i = 0; i < layout->n_nodes; i++)
        {
          pointf c;

          if (gnodes[i] == NULL)
            continue;
          c = ND_coord (gnodes[i]);
          layout->nodes[i].x = c.x - bb.LL.x;
          layout->nodes[i].y = bb.UR.y - c.y;
          layout->nodes[i].placed = TRUE;
        }

      /* Copy each pair's route now (it lives in the Graphviz graph); the
       * relations are derived from it after the lock is released. */
      g_hash_table_iter_init (&iter, pair_edges);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          Agedge_t *e = value;
          splines *spl = ED_spl (e);
          GArray *route;

          if (spl == NULL || spl->size < 1 || spl->list[0].size < 4)
            continue;

          route = g_array_new (FALSE, FALSE, sizeof (double));
          {
            const bezier *bz = &spl->list[0];
            guint n = 1 + 3 * ((guint) (bz->size - 1) / 3);

            for (guint k = 0; k < n; k++)
              {
                double xy[2] = { bz->list[k].x - bb.LL.x, bb.UR.y - bz->list[k].y };
                g_array_append_vals (route, xy, 2);
              }
          }
          g_hash_table_insert (routes, g_memdup2 (key, sizeof (guint64)), route);
        }
    }
  else if (!cancelled && rc != 0)
    {
      gv_message = g_strstrip (g_strdup (gv_errors->str));
    }

  if (rc == 0 && !cancelled)
    gvFreeLayout (gv_context, g);
  agclose (g);

  agseterrf (old_errf);
  g_string_free (gv_errors, TRUE);
  gv_errors = NULL;

  g_mutex_unlock (&gv_lock);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  if (rc != 0)
    {
      g_set_error (error, ENT_ERROR, ENT_ERROR_FAILED, "%s layout failed%s%s", engine,
                   gv_message && *gv_message ? ": " : "", gv_message ? gv_message : "");
      return NULL;
    }

  /* Relations from the pair routes. */
  {
    g_autoptr(GHashTable) pairs = assign_offsets (layout, net);

    for (guint r = 0; r < layout->n_edges; r++)
      {
        const EntRelation *rel = g_ptr_array_index (net->relations, r);
        guint64 key;
        GArray *route;

        if (!layout->edges[r].placed)
          continue;
        key = pair_key (rel->source, rel->target);
        route = rel->source == rel->target ? NULL : g_hash_table_lookup (routes, &key);
        if (route != NULL && route->len >= 8)
          derive_relation_curve (layout, net, r, (const double *) route->data, route->len / 2);
        else
          route_straight (layout, net, r);
      }
  }

  ent_layout_update_bounds (layout);
  translate_layout (layout, -layout->x0, -layout->y0);
  layout->x0 = layout->y0 = 0;

  return g_steal_pointer (&layout);
}
