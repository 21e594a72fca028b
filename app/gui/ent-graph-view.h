/* ent-graph-view.h: the interactive alliance map.
 *
 * Draws an EntNetwork laid out by EntLayout with the core renderer
 * (ent-render.h), so what is on screen matches every exported image.
 * Pan with a drag on empty space, drag nodes, zoom with the wheel, pinch or
 * the keyboard; click to select, double-click to fly to a node.
 */
#pragma once

#include <gtk/gtk.h>

#include "ent-network.h"
#include "ent-layout.h"

G_BEGIN_DECLS

#define ENT_TYPE_GRAPH_VIEW (ent_graph_view_get_type ())
G_DECLARE_FINAL_TYPE (EntGraphView, ent_graph_view, ENT, GRAPH_VIEW, GtkWidget)

GtkWidget *ent_graph_view_new (void);

/* Borrowed pointers, valid until the next call; call again whenever any of
 * them changes (new network, new layout, new filter result).  NULLs clear
 * the view.  A new network (or data after none) fits the view. */
void     ent_graph_view_set_data (EntGraphView *self, const EntNetwork *net, EntLayout *layout,
                                  const gboolean *actor_visible, const gboolean *relation_visible);
/* Drawn at the top like in exports; NULL: none. */
void     ent_graph_view_set_title (EntGraphView *self, const char *title);
/* Borrowed, actors->len entries; NULL: none. */
void     ent_graph_view_set_search_hits (EntGraphView *self, const gboolean *actor_hits);

/* -1, -1 clears.  Does not emit ::selection-changed. */
void     ent_graph_view_select (EntGraphView *self, int actor, int relation);
int      ent_graph_view_get_selected_actor (EntGraphView *self);
int      ent_graph_view_get_selected_relation (EntGraphView *self);

void     ent_graph_view_zoom_in (EntGraphView *self);
void     ent_graph_view_zoom_out (EntGraphView *self);
/* Fits the whole map, and keeps it fitted on resize until the user zooms or pans. */
void     ent_graph_view_zoom_fit (EntGraphView *self);
/* Zooms by @factor keeping the layout point under (wx, wy) fixed. */
void     ent_graph_view_zoom_at (EntGraphView *self, double factor, double wx, double wy);
/* "Fly to": centres the node (or a point on the edge's curve), animated
 * over a quarter of a second when @animate and the widget is mapped. */
void     ent_graph_view_center_on_actor (EntGraphView *self, guint actor, gboolean animate);
void     ent_graph_view_center_on_relation (EntGraphView *self, guint relation, gboolean animate);
/* Moves the picture by (dx, dy) widget pixels, like a drag. */
void     ent_graph_view_pan (EntGraphView *self, double dx, double dy);
gboolean ent_graph_view_get_fitted (EntGraphView *self);
/* Widget pixels per layout point. */
double   ent_graph_view_get_zoom (EntGraphView *self);

/* Geometry helpers, in widget coordinates (logical pixels).  They return
 * FALSE for hidden or unplaced elements. */
gboolean ent_graph_view_actor_to_widget (EntGraphView *self, guint actor, double *x, double *y);
/* A point ON the edge's curve, away from the nodes, where a click picks it. */
gboolean ent_graph_view_relation_to_widget (EntGraphView *self, guint relation, double *x, double *y);
void     ent_graph_view_widget_to_layout (EntGraphView *self, double wx, double wy,
                                          double *lx, double *ly);
/* Index under the point or -1.  Nodes win over edges. */
int      ent_graph_view_pick_actor (EntGraphView *self, double wx, double wy);
int      ent_graph_view_pick_relation (EntGraphView *self, double wx, double wy);

G_END_DECLS
