/* ent-layout.h: graph layout with Graphviz.  The only module that includes
 * Graphviz headers is ent-layout.c.  Coordinates are in points, y down,
 * origin at the top-left of the bounding box. */
#pragma once

#include <gio/gio.h>
#include "ent-network.h"

G_BEGIN_DECLS

typedef struct {
  double x, y;   /* centre */
  double w, h;   /* size of the shape */
  gboolean placed;   /* FALSE for actors not in the layout (filtered out) */
  double label_w, label_h;  /* the label, centred under the shape (top at y + h/2 + ENT_LABEL_GAP) */
} EntNodeGeom;

#define ENT_LABEL_GAP 3.0

typedef struct {
  guint   n_points;  /* 1 + 3k points of a cubic Bézier spline: p0 c c p1 c c p2 ... */
  double *points;    /* x0 y0 x1 y1 ... */
  gboolean placed;
  double   offset;   /* perpendicular offset from the pair's centre line (several relations
                      * between the same two actors are drawn side by side) */
} EntEdgeGeom;

typedef struct {
  char        *engine;   /* neato, sfdp, dot, fdp, circo, twopi */
  guint        n_nodes;  /* == net->actors->len */
  EntNodeGeom *nodes;
  guint        n_edges;  /* == net->relations->len */
  EntEdgeGeom *edges;
  double       width, height;   /* bounding box, points */
  double       x0, y0;          /* top-left of the bounding box: 0, 0 after
                                 * ent_layout_compute (), may move after
                                 * ent_layout_move_node () + update_bounds () */
} EntLayout;

/* "auto" picks neato (with overlap removal) for small maps, sfdp for large. */
const char *ent_layout_pick_engine (const EntNetwork *net, const char *engine);
gboolean    ent_layout_engine_valid (const char *engine);

/* Lays out the visible actors and relations (NULL masks: all).  Safe to call
 * from a worker thread: all Graphviz calls are serialised on one lock. */
EntLayout  *ent_layout_compute (const EntNetwork *net,
                                const gboolean *actor_visible,
                                const gboolean *relation_visible,
                                const char *engine,
                                GCancellable *cancellable,
                                GError **error);
EntLayout  *ent_layout_copy (const EntLayout *layout);
void        ent_layout_free (EntLayout *layout);
/* Moves a node and re-routes its edges (straight or gently curved). */
void        ent_layout_move_node (EntLayout *layout, const EntNetwork *net,
                                  guint actor, double x, double y);
/* Recomputes width/height (and x0/y0) after moves. */
void        ent_layout_update_bounds (EntLayout *layout);

/* For positions read from a file (projects): a layout with every node's
 * shape and label measured and nothing placed.  Set nodes[i].x/y/placed,
 * then call ent_layout_reroute () to draw straight (pair-offset) edges
 * between placed nodes and compute the bounds. */
EntLayout  *ent_layout_new (const EntNetwork *net, const char *engine);
void        ent_layout_reroute (EntLayout *layout, const EntNetwork *net,
                                const gboolean *relation_visible);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EntLayout, ent_layout_free)

G_END_DECLS
