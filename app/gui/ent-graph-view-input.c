/* ent-graph-view-input.c: pointer, touch and keyboard input of the map.
 *
 * Every controller callback hands over to a _ent_graph_view_* function
 * that takes plain widget coordinates, so tests can drive the same code
 * without synthesising events.
 */
#define G_LOG_DOMAIN "ent-graph-view"

#include "config.h"

#include <math.h>

#include "ent-graph-view-private.h"

/* Clicks closer than this (widget pixels) count as "the same spot" for
 * cycling through overlapping edges. */
#define SAME_SPOT_PX 4.0

/* ------------------------------------------------------------------ */
/* Clicks                                                             */
/* ------------------------------------------------------------------ */

void
_ent_graph_view_click (EntGraphView *self, int n_press, double x, double y)
{
  int actor, relation;
  double lx, ly;

  if (!_ent_graph_view_has_data (self))
    return;

  actor = ent_graph_view_pick_actor (self, x, y);

  if (n_press >= 2 && n_press % 2 == 0)
    {
      /* Double-click: fly to what was clicked (the first click selected it). */
      if (actor >= 0)
        {
          _ent_graph_view_user_select (self, actor, -1);
          ent_graph_view_center_on_actor (self, actor, TRUE);
          g_signal_emit (self, _ent_graph_view_signals[ENT_GRAPH_VIEW_SIGNAL_ACTOR_ACTIVATED], 0,
                         (guint) actor);
          return;
        }

      relation = self->selected_relation;
      ent_graph_view_widget_to_layout (self, x, y, &lx, &ly);
      if (relation < 0
          || ent_render_edge_distance (self->layout, relation, lx, ly) > _ent_graph_view_hit_radius (self))
        relation = ent_graph_view_pick_relation (self, x, y);
      if (relation >= 0)
        {
          _ent_graph_view_user_select (self, -1, relation);
          ent_graph_view_center_on_relation (self, relation, TRUE);
        }
      return;
    }

  if (actor >= 0)
    {
      self->last_click_valid = FALSE;
      _ent_graph_view_user_select (self, actor, -1);
      return;
    }

  ent_graph_view_widget_to_layout (self, x, y, &lx, &ly);
  {
    double r = _ent_graph_view_hit_radius (self);
    gboolean same_spot = self->last_click_valid
                      && self->selected_relation >= 0
                      && self->selected_relation == self->click_cycle_relation
                      && hypot (x - self->last_click_x, y - self->last_click_y) <= SAME_SPOT_PX;
    guint n_hits = 0;

    relation = ent_render_hit_relation (self->net, self->layout, self->relation_visible,
                                        lx, ly, r, 0, &n_hits);
    if (same_spot && n_hits > 1)
      {
        /* The n-th hit depends on the exact distances, which change with a
         * pixel of jitter: find the current edge among the hits and take
         * the one after it. */
        for (guint k = 0; k < n_hits; k++)
          {
            guint n = 0;
            int hit = ent_render_hit_relation (self->net, self->layout, self->relation_visible,
                                               lx, ly, r, k, &n);

            if (hit == self->selected_relation)
              {
                relation = ent_render_hit_relation (self->net, self->layout,
                                                    self->relation_visible,
                                                    lx, ly, r, (k + 1) % n_hits, &n);
                break;
              }
          }
      }

    self->last_click_x = x;
    self->last_click_y = y;
    self->last_click_valid = relation >= 0;
    self->click_cycle_relation = relation;
    _ent_graph_view_user_select (self, -1, relation);
  }
}

void
_ent_graph_view_button_press (EntGraphView *self, double x, double y)
{
  self->press_x = x;
  self->press_y = y;
}

void
_ent_graph_view_button_release (EntGraphView *self, int n_press, double x, double y)
{
  /* GtkGestureClick still reports the release after the pointer moved
   * (it only emits ::stopped): a drag is not a click. */
  if (gtk_drag_check_threshold (GTK_WIDGET (self), (int) round (self->press_x),
                                (int) round (self->press_y), (int) round (x), (int) round (y)))
    return;
  _ent_graph_view_click (self, n_press, x, y);
}

static void
click_pressed_cb (GtkGestureClick *gesture, int n_press, double x, double y, EntGraphView *self)
{
  _ent_graph_view_button_press (self, x, y);
}

static void
click_released_cb (GtkGestureClick *gesture, int n_press, double x, double y, EntGraphView *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self));
  _ent_graph_view_button_release (self, n_press, x, y);
}

/* Selects what is under (x, y) and asks for its menu. */
static void
context_menu_at (EntGraphView *self, GtkGesture *gesture, double x, double y)
{
  int actor, relation = -1;

  if (!_ent_graph_view_has_data (self))
    return;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  actor = ent_graph_view_pick_actor (self, x, y);
  if (actor < 0)
    relation = ent_graph_view_pick_relation (self, x, y);
  if (actor >= 0 || relation >= 0)
    _ent_graph_view_user_select (self, actor, relation);
  gtk_gesture_set_state (gesture, GTK_EVENT_SEQUENCE_CLAIMED);
  g_signal_emit (self, _ent_graph_view_signals[ENT_GRAPH_VIEW_SIGNAL_CONTEXT_MENU], 0,
                 actor, relation, x, y);
}

static void
menu_pressed_cb (GtkGestureClick *gesture, int n_press, double x, double y, EntGraphView *self)
{
  context_menu_at (self, GTK_GESTURE (gesture), x, y);
}

static void
long_pressed_cb (GtkGestureLongPress *gesture, double x, double y, EntGraphView *self)
{
  /* Touch screens: press and hold.  The finger must not go on to drag. */
  self->drag_actor = -1;
  self->drag_moved = FALSE;
  context_menu_at (self, GTK_GESTURE (gesture), x, y);
}

/* ------------------------------------------------------------------ */
/* Drags: pan on empty space, move a node                             */
/* ------------------------------------------------------------------ */

void
_ent_graph_view_drag_begin (EntGraphView *self, double x, double y)
{
  self->drag_actor = -1;
  self->drag_moved = FALSE;
  if (!_ent_graph_view_has_data (self))
    return;

  _ent_graph_view_stop_fly (self);
  self->drag_start_x = x;
  self->drag_start_y = y;
  self->drag_actor = ent_graph_view_pick_actor (self, x, y);
  if (self->drag_actor >= 0)
    {
      self->drag_node_x = self->layout->nodes[self->drag_actor].x;
      self->drag_node_y = self->layout->nodes[self->drag_actor].y;
    }
  /* pick_actor made the view valid. */
  self->drag_tx = self->tx;
  self->drag_ty = self->ty;
}

void
_ent_graph_view_drag_update (EntGraphView *self, double offset_x, double offset_y)
{
  if (!_ent_graph_view_has_data (self) || self->pinching)
    return;

  if (!self->drag_moved)
    {
      /* Nodes move only past the drag threshold, so a click does not
       * nudge them; panning follows the pointer at once. */
      if (self->drag_actor >= 0
          && !gtk_drag_check_threshold (GTK_WIDGET (self), 0, 0,
                                        (int) round (offset_x), (int) round (offset_y)))
        return;
      self->drag_moved = TRUE;
      self->fitted = FALSE;
      /* Dragging something is not hovering it. */
      _ent_graph_view_set_hover (self, -1, -1);
      if (self->drag_actor >= 0)
        _ent_graph_view_begin_node_drag (self);
    }

  if (self->drag_actor >= 0)
    {
      ent_layout_move_node (self->layout, self->net, self->drag_actor,
                            self->drag_node_x + offset_x / self->zoom,
                            self->drag_node_y + offset_y / self->zoom);
      /* Only the part drawn on top moved. */
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
  else
    _ent_graph_view_set_view (self, self->zoom, self->drag_tx + offset_x, self->drag_ty + offset_y);
}

void
_ent_graph_view_drag_end (EntGraphView *self, double offset_x, double offset_y)
{
  int actor;

  _ent_graph_view_drag_update (self, offset_x, offset_y);

  actor = self->drag_actor;
  self->drag_actor = -1;
  /* Back to one picture with the node in its new place. */
  _ent_graph_view_end_node_drag (self);
  if (actor >= 0 && self->drag_moved && _ent_graph_view_has_data (self))
    {
      const EntNodeGeom *n = &self->layout->nodes[actor];

      self->drag_moved = FALSE;
      g_signal_emit (self, _ent_graph_view_signals[ENT_GRAPH_VIEW_SIGNAL_NODE_MOVED], 0,
                     (guint) actor, self->drag_node_x, self->drag_node_y, n->x, n->y);
    }
  self->drag_moved = FALSE;
}

static void
drag_begin_cb (GtkGestureDrag *gesture, double x, double y, EntGraphView *self)
{
  _ent_graph_view_drag_begin (self, x, y);
}

static void
drag_update_cb (GtkGestureDrag *gesture, double offset_x, double offset_y, EntGraphView *self)
{
  _ent_graph_view_drag_update (self, offset_x, offset_y);
}

static void
drag_end_cb (GtkGestureDrag *gesture, double offset_x, double offset_y, EntGraphView *self)
{
  _ent_graph_view_drag_end (self, offset_x, offset_y);
}

/* ------------------------------------------------------------------ */
/* Zoom: wheel, touchpad, pinch                                       */
/* ------------------------------------------------------------------ */

void
_ent_graph_view_scroll (EntGraphView *self, double dy, GdkScrollUnit unit)
{
  double x, y, factor;

  if (self->pointer_inside)
    {
      x = self->pointer_x;
      y = self->pointer_y;
    }
  else
    {
      x = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;
      y = gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;
    }

  if (unit == GDK_SCROLL_UNIT_WHEEL)
    factor = pow (ENT_GRAPH_VIEW_ZOOM_STEP, -dy);   /* one notch = one zoom step */
  else
    factor = exp (-dy / 200.0);                       /* touchpad pixels */

  _ent_graph_view_zoom_at_full (self, factor, x, y, TRUE);
}

static gboolean
scroll_cb (GtkEventControllerScroll *controller, double dx, double dy, EntGraphView *self)
{
  if (!_ent_graph_view_has_data (self) || dy == 0)
    return FALSE;
  _ent_graph_view_scroll (self, dy, gtk_event_controller_scroll_get_unit (controller));
  return TRUE;
}

static void
pinch_begin_cb (GtkGesture *gesture, GdkEventSequence *sequence, EntGraphView *self)
{
  self->pinch_zoom = ent_graph_view_get_zoom (self);
  /* Two fingers zoom; the first of them must not also pan or drag a node. */
  self->pinching = TRUE;
  gtk_gesture_set_state (gesture, GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
pinch_end_cb (GtkGesture *gesture, GdkEventSequence *sequence, EntGraphView *self)
{
  self->pinching = FALSE;
}

static void
pinch_scale_changed_cb (GtkGestureZoom *gesture, double scale, EntGraphView *self)
{
  double cx, cy;

  if (!_ent_graph_view_has_data (self) || self->pinch_zoom <= 0)
    return;
  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &cx, &cy))
    return;
  _ent_graph_view_zoom_at_full (self, self->pinch_zoom * scale / self->zoom, cx, cy, TRUE);
}

/* ------------------------------------------------------------------ */
/* Hover                                                              */
/* ------------------------------------------------------------------ */

void
_ent_graph_view_motion (EntGraphView *self, double x, double y)
{
  int actor, relation = -1;

  self->pointer_x = x;
  self->pointer_y = y;
  self->pointer_inside = TRUE;

  if (!_ent_graph_view_has_data (self) || self->drag_moved)
    return;

  actor = ent_graph_view_pick_actor (self, x, y);
  if (actor < 0)
    relation = ent_graph_view_pick_relation (self, x, y);
  _ent_graph_view_set_hover (self, actor, relation);
}

void
_ent_graph_view_leave (EntGraphView *self)
{
  self->pointer_inside = FALSE;
  _ent_graph_view_set_hover (self, -1, -1);
}

int
_ent_graph_view_get_hover_actor (EntGraphView *self)
{
  return self->hover_actor;
}

int
_ent_graph_view_get_hover_relation (EntGraphView *self)
{
  return self->hover_relation;
}

static void
motion_cb (GtkEventControllerMotion *controller, double x, double y, EntGraphView *self)
{
  _ent_graph_view_motion (self, x, y);
}

static void
leave_cb (GtkEventControllerMotion *controller, EntGraphView *self)
{
  _ent_graph_view_leave (self);
}

/* ------------------------------------------------------------------ */
/* Tooltip                                                            */
/* ------------------------------------------------------------------ */

char *
_ent_graph_view_get_tooltip_text (EntGraphView *self, double x, double y)
{
  int actor, relation;

  if (!_ent_graph_view_has_data (self))
    return NULL;

  actor = ent_graph_view_pick_actor (self, x, y);
  if (actor >= 0)
    return _ent_graph_view_describe_actor (self, actor);
  relation = ent_graph_view_pick_relation (self, x, y);
  if (relation >= 0)
    return _ent_graph_view_describe_relation (self, relation);
  return NULL;
}

gboolean
_ent_graph_view_query_tooltip (GtkWidget *widget, int x, int y, gboolean keyboard_mode,
                               GtkTooltip *tooltip)
{
  EntGraphView *self = ENT_GRAPH_VIEW (widget);
  g_autofree char *text = NULL;

  if (keyboard_mode)
    {
      if (self->selected_actor >= 0)
        text = _ent_graph_view_describe_actor (self, self->selected_actor);
      else if (self->selected_relation >= 0)
        text = _ent_graph_view_describe_relation (self, self->selected_relation);
    }
  else
    {
      int actor;

      text = _ent_graph_view_get_tooltip_text (self, x, y);
      /* The tooltip belongs to the node, or to this bit of the edge, so
       * it moves on when the pointer does. */
      actor = ent_graph_view_pick_actor (self, x, y);
      if (actor >= 0)
        {
          const EntNodeGeom *n = &self->layout->nodes[actor];
          double cx, cy;

          ent_graph_view_actor_to_widget (self, actor, &cx, &cy);
          gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) {
                                      (int) floor (cx - n->w * self->zoom / 2),
                                      (int) floor (cy - n->h * self->zoom / 2),
                                      (int) ceil (n->w * self->zoom) + 1,
                                      (int) ceil (n->h * self->zoom) + 1 });
        }
      else if (text != NULL)
        gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) { x - 4, y - 4, 8, 8 });
    }

  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* Actions and key bindings                                           */
/* ------------------------------------------------------------------ */

static void
zoom_in_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  ent_graph_view_zoom_in (ENT_GRAPH_VIEW (widget));
}

static void
zoom_out_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  ent_graph_view_zoom_out (ENT_GRAPH_VIEW (widget));
}

static void
zoom_fit_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  ent_graph_view_zoom_fit (ENT_GRAPH_VIEW (widget));
}

/* "pan-left" shows what is to the left: the picture moves right. */
static void
pan_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  double step = ENT_GRAPH_VIEW_PAN_STEP;

  if (g_str_equal (action_name, "view.pan-left"))
    ent_graph_view_pan (ENT_GRAPH_VIEW (widget), step, 0);
  else if (g_str_equal (action_name, "view.pan-right"))
    ent_graph_view_pan (ENT_GRAPH_VIEW (widget), -step, 0);
  else if (g_str_equal (action_name, "view.pan-up"))
    ent_graph_view_pan (ENT_GRAPH_VIEW (widget), 0, step);
  else if (g_str_equal (action_name, "view.pan-down"))
    ent_graph_view_pan (ENT_GRAPH_VIEW (widget), 0, -step);
}

static void
clear_selection_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  EntGraphView *self = ENT_GRAPH_VIEW (widget);

  self->last_click_valid = FALSE;
  _ent_graph_view_user_select (self, -1, -1);
}

static void
context_menu_action (GtkWidget *widget, const char *action_name, GVariant *param)
{
  EntGraphView *self = ENT_GRAPH_VIEW (widget);
  double x = gtk_widget_get_width (widget) / 2.0;
  double y = gtk_widget_get_height (widget) / 2.0;

  if (!_ent_graph_view_has_data (self))
    return;
  if (self->selected_actor >= 0)
    ent_graph_view_actor_to_widget (self, self->selected_actor, &x, &y);
  else if (self->selected_relation >= 0)
    ent_graph_view_relation_to_widget (self, self->selected_relation, &x, &y);
  g_signal_emit (self, _ent_graph_view_signals[ENT_GRAPH_VIEW_SIGNAL_CONTEXT_MENU], 0,
                 self->selected_actor, self->selected_relation, x, y);
}

void
_ent_graph_view_class_init_input (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "view.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "view.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "view.zoom-fit", NULL, zoom_fit_action);
  gtk_widget_class_install_action (widget_class, "view.pan-left", NULL, pan_action);
  gtk_widget_class_install_action (widget_class, "view.pan-right", NULL, pan_action);
  gtk_widget_class_install_action (widget_class, "view.pan-up", NULL, pan_action);
  gtk_widget_class_install_action (widget_class, "view.pan-down", NULL, pan_action);
  gtk_widget_class_install_action (widget_class, "view.clear-selection", NULL, clear_selection_action);
  gtk_widget_class_install_action (widget_class, "view.context-menu", NULL, context_menu_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, 0, "view.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, 0, "view.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, 0, "view.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, 0, "view.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, 0, "view.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, 0, "view.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, 0, "view.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "view.pan-left", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Left, 0, "view.pan-left", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "view.pan-right", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Right, 0, "view.pan-right", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, 0, "view.pan-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Up, 0, "view.pan-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, 0, "view.pan-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Down, 0, "view.pan-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "view.clear-selection", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "view.context-menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, "view.context-menu", NULL);
}

void
_ent_graph_view_init_input (EntGraphView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);

  self->drag_gesture = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (self->drag_gesture), GDK_BUTTON_PRIMARY);
  g_signal_connect (self->drag_gesture, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (self->drag_gesture, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect (self->drag_gesture, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (self->drag_gesture));

  self->click_gesture = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (self->click_gesture), GDK_BUTTON_PRIMARY);
  g_signal_connect (self->click_gesture, "pressed", G_CALLBACK (click_pressed_cb), self);
  g_signal_connect (self->click_gesture, "released", G_CALLBACK (click_released_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (self->click_gesture));

  self->menu_gesture = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (self->menu_gesture), GDK_BUTTON_SECONDARY);
  g_signal_connect (self->menu_gesture, "pressed", G_CALLBACK (menu_pressed_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (self->menu_gesture));

  self->long_press_gesture = gtk_gesture_long_press_new ();
  gtk_gesture_single_set_touch_only (GTK_GESTURE_SINGLE (self->long_press_gesture), TRUE);
  g_signal_connect (self->long_press_gesture, "pressed", G_CALLBACK (long_pressed_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (self->long_press_gesture));

  self->zoom_gesture = gtk_gesture_zoom_new ();
  g_signal_connect (self->zoom_gesture, "begin", G_CALLBACK (pinch_begin_cb), self);
  g_signal_connect (self->zoom_gesture, "scale-changed", G_CALLBACK (pinch_scale_changed_cb), self);
  g_signal_connect (self->zoom_gesture, "end", G_CALLBACK (pinch_end_cb), self);
  g_signal_connect (self->zoom_gesture, "cancel", G_CALLBACK (pinch_end_cb), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (self->zoom_gesture));

  self->scroll_controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  g_signal_connect (self->scroll_controller, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (widget, self->scroll_controller);

  self->motion_controller = gtk_event_controller_motion_new ();
  g_signal_connect (self->motion_controller, "enter", G_CALLBACK (motion_cb), self);
  g_signal_connect (self->motion_controller, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect (self->motion_controller, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (widget, self->motion_controller);
}
