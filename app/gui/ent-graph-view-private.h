/* ent-graph-view-private.h: shared by ent-graph-view*.c and the tests. */
#pragma once

#include "ent-graph-view.h"
#include "ent-render.h"

G_BEGIN_DECLS

/* Hit radius around the pointer, in logical widget pixels (6 device pixels
 * times the scale factor, divided by zoom * scale factor in layout units). */
#define ENT_GRAPH_VIEW_HIT_RADIUS   6.0
/* Margin kept around the map when fitting, widget pixels. */
#define ENT_GRAPH_VIEW_FIT_MARGIN   24.0
/* Room kept for the title when fitting. */
#define ENT_GRAPH_VIEW_TITLE_SPACE  36.0
/* Largest cached picture: device pixels per side, and in all (48 MB). */
#define ENT_GRAPH_VIEW_CACHE_MAX       4096.0
#define ENT_GRAPH_VIEW_CACHE_MAX_AREA  (12.0 * 1024 * 1024)
#define ENT_GRAPH_VIEW_ZOOM_MIN     0.002
#define ENT_GRAPH_VIEW_ZOOM_MAX     40.0
#define ENT_GRAPH_VIEW_ZOOM_STEP    1.25
#define ENT_GRAPH_VIEW_PAN_STEP     64.0
#define ENT_GRAPH_VIEW_FLY_USEC     (250 * G_TIME_SPAN_MILLISECOND)

struct _EntGraphView
{
  GtkWidget          parent_instance;

  /* Borrowed data */
  const EntNetwork  *net;
  EntLayout         *layout;
  const gboolean    *actor_visible;
  const gboolean    *relation_visible;
  const gboolean    *search_hits;
  char              *title;

  int                selected_actor;
  int                selected_relation;
  int                hover_actor;
  int                hover_relation;

  /* View transform: widget = layout * zoom + t (logical pixels). */
  double             zoom;
  double             tx;
  double             ty;
  gboolean           fitted;
  gboolean           view_valid;

  /* Theme */
  EntPalette         palette;

  /* The cached picture of ent_render_graph () at cache_zoom, covering
   * cache_rect in "zoomed" coordinates (layout * cache_zoom). */
  GskRenderNode     *cache;
  /* The same picture with ent_render_veil () on it, made from cache_surface
   * on the first frame that hovers or selects something: such frames paint
   * it and draw just the emphasis on top (veil_cached). */
  GskRenderNode     *cache_veiled;
  cairo_surface_t   *cache_surface;
  guint              veil_count;       /* veiled pictures made (tests) */
  /* The legend, drawn once per palette and scale factor. */
  GskRenderNode     *legend;
  graphene_rect_t    cache_rect;
  double             cache_zoom;
  int                cache_scale_factor;
  gboolean           cache_dirty;
  guint              render_count;
  /* While a wheel or pinch zoom is going on, the old picture is scaled and
   * the re-render waits for a short pause. */
  guint              zoom_settle_id;

  /* Input */
  GtkGesture        *drag_gesture;
  GtkGesture        *click_gesture;
  GtkGesture        *menu_gesture;
  GtkGesture        *long_press_gesture;
  GtkGesture        *zoom_gesture;
  GtkEventController *scroll_controller;
  GtkEventController *motion_controller;
  double             pointer_x;
  double             pointer_y;
  gboolean           pointer_inside;

  int                drag_actor;       /* node being dragged, or -1 when panning */
  gboolean           drag_moved;       /* past the drag threshold */
  double             drag_start_x;     /* widget */
  double             drag_start_y;
  double             drag_node_x;      /* node position at drag start, layout */
  double             drag_node_y;
  double             drag_tx;          /* view offset at drag start */
  double             drag_ty;
  /* While a node is dragged, the cached picture leaves it and its edges
   * out (drag_cache_*), and they are drawn on top each frame with its
   * neighbours (drag_top_*), so a drag does not re-render the whole map. */
  gboolean          *drag_cache_actors;
  gboolean          *drag_cache_relations;
  gboolean          *drag_top_actors;
  gboolean          *drag_top_relations;

  double             press_x;          /* where the last click's button went down */
  double             press_y;
  double             pinch_zoom;       /* zoom when the pinch began */
  gboolean           pinching;

  double             last_click_x;
  double             last_click_y;
  int                click_cycle_relation;  /* edge picked by the last click */
  gboolean           last_click_valid;

  /* "Fly to" animation */
  guint              fly_tick_id;
  gint64             fly_start;
  double             fly_from_tx;
  double             fly_from_ty;
  double             fly_to_tx;
  double             fly_to_ty;
};

enum {
  ENT_GRAPH_VIEW_SIGNAL_SELECTION_CHANGED,
  ENT_GRAPH_VIEW_SIGNAL_ACTOR_ACTIVATED,
  ENT_GRAPH_VIEW_SIGNAL_NODE_MOVED,
  ENT_GRAPH_VIEW_SIGNAL_CONTEXT_MENU,
  ENT_GRAPH_VIEW_N_SIGNALS
};

extern guint _ent_graph_view_signals[ENT_GRAPH_VIEW_N_SIGNALS];

/* ent-graph-view.c */
gboolean  _ent_graph_view_has_data (EntGraphView *self);
void      _ent_graph_view_fill_options (EntGraphView *self, EntRenderOptions *o);
double    _ent_graph_view_hit_radius (EntGraphView *self);
void      _ent_graph_view_set_hover (EntGraphView *self, int actor, int relation);
void      _ent_graph_view_user_select (EntGraphView *self, int actor, int relation);
void      _ent_graph_view_set_view (EntGraphView *self, double zoom, double tx, double ty);
void      _ent_graph_view_zoom_at_full (EntGraphView *self, double factor, double wx, double wy,
                                        gboolean deferred);
void      _ent_graph_view_invalidate_cache (EntGraphView *self);
void      _ent_graph_view_stop_fly (EntGraphView *self);
void      _ent_graph_view_begin_node_drag (EntGraphView *self);
void      _ent_graph_view_end_node_drag (EntGraphView *self);
char     *_ent_graph_view_describe_actor (EntGraphView *self, guint actor);
char     *_ent_graph_view_describe_relation (EntGraphView *self, guint relation);

/* ent-graph-view-input.c */
void      _ent_graph_view_init_input (EntGraphView *self);
void      _ent_graph_view_class_init_input (GtkWidgetClass *widget_class);
gboolean  _ent_graph_view_query_tooltip (GtkWidget *widget, int x, int y,
                                         gboolean keyboard_mode, GtkTooltip *tooltip);

/* Test hooks: what the controllers do, without synthesising events. */
guint          _ent_graph_view_get_render_count (EntGraphView *self);
guint          _ent_graph_view_get_veil_count (EntGraphView *self);
GskRenderNode *_ent_graph_view_render_frame (EntGraphView *self);
void           _ent_graph_view_button_press (EntGraphView *self, double x, double y);
void           _ent_graph_view_button_release (EntGraphView *self, int n_press, double x, double y);
void           _ent_graph_view_click (EntGraphView *self, int n_press, double x, double y);
void           _ent_graph_view_drag_begin (EntGraphView *self, double x, double y);
void           _ent_graph_view_drag_update (EntGraphView *self, double offset_x, double offset_y);
void           _ent_graph_view_drag_end (EntGraphView *self, double offset_x, double offset_y);
void           _ent_graph_view_motion (EntGraphView *self, double x, double y);
void           _ent_graph_view_leave (EntGraphView *self);
void           _ent_graph_view_scroll (EntGraphView *self, double dy, GdkScrollUnit unit);
int            _ent_graph_view_get_hover_actor (EntGraphView *self);
int            _ent_graph_view_get_hover_relation (EntGraphView *self);
char          *_ent_graph_view_get_tooltip_text (EntGraphView *self, double x, double y);

G_END_DECLS
