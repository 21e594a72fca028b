/* ent-window.c: the main window: map, side panel, source pane and status. */
#define G_LOG_DOMAIN "entente-window"
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "ent-json.h"

#include "ent-window-private.h"

G_DEFINE_FINAL_TYPE (EntWindow, ent_window, GTK_TYPE_APPLICATION_WINDOW)

/* ---- errors, title, status --------------------------------------------- */

void
_ent_window_show_error (EntWindow *self, const char *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_info_bar_set_revealed (self->error_bar, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->error_bar), TRUE);
  _ent_window_report_changed (self);
}

void
_ent_window_hide_error (EntWindow *self)
{
  gtk_info_bar_set_revealed (self->error_bar, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->error_bar), FALSE);
  gtk_label_set_text (self->error_label, "");
  _ent_window_report_changed (self);
}

static void
error_bar_response_cb (GtkInfoBar *bar, int response, EntWindow *self)
{
  _ent_window_hide_error (self);
}

void
_ent_window_update_title (EntWindow *self)
{
  g_autofree char *title = NULL;
  const char *name = NULL;
  g_autofree char *base = NULL;

  if (self->project_path != NULL)
    name = base = g_path_get_basename (self->project_path);
  else if (self->net != NULL && self->net->documents->len > 0)
    {
      const EntDocument *doc = g_ptr_array_index (self->net->documents, 0);

      name = doc->title ? doc->title : doc->path;
      if (self->net->documents->len > 1)
        name = base = g_strdup_printf (g_dngettext (NULL, "%s and %u other", "%s and %u others",
                                                    self->net->documents->len - 1),
                                       name, self->net->documents->len - 1);
    }

  if (name != NULL)
    title = g_strdup_printf ("%s%s — Entente", self->dirty ? "• " : "", name);
  else
    title = g_strdup ("Entente");
  gtk_window_set_title (GTK_WINDOW (self), title);
}

void
_ent_window_set_dirty (EntWindow *self, gboolean dirty)
{
  if (dirty)
    self->change_serial++;
  if (self->dirty == dirty)
    return;
  self->dirty = dirty;
  _ent_window_update_title (self);
}

char *
_ent_window_dup_status (EntWindow *self)
{
  if (self->net == NULL)
    return g_strdup (_("No map open"));
  return g_strdup_printf (_("%u %s · %u of %u actors shown · %u of %u relations shown"),
                          self->net->documents->len,
                          g_dngettext (NULL, "document", "documents", self->net->documents->len),
                          self->n_actors_shown, self->net->actors->len,
                          self->n_relations_shown, self->net->relations->len);
}

/* ---- the model ---------------------------------------------------------- */

void
_ent_window_apply_filter (EntWindow *self)
{
  guint na = self->net ? self->net->actors->len : 0;
  guint nr = self->net ? self->net->relations->len : 0;

  g_free (self->actor_visible);
  g_free (self->relation_visible);
  self->actor_visible = g_new0 (gboolean, na + 1);
  self->relation_visible = g_new0 (gboolean, nr + 1);
  g_free (self->search_hits);
  self->search_hits = g_new0 (gboolean, na + 1);
  if (self->net != NULL)
    ent_filter_apply (&self->filter, self->net, self->actor_visible, self->relation_visible);

  self->n_actors_shown = self->n_relations_shown = 0;
  for (guint i = 0; i < na; i++)
    self->n_actors_shown += self->actor_visible[i] ? 1 : 0;
  for (guint i = 0; i < nr; i++)
    self->n_relations_shown += self->relation_visible[i] ? 1 : 0;
}

/* Pushes the current model to every view.  Call after any change. */
void
_ent_window_refresh (EntWindow *self)
{
  g_autofree char *status = NULL;
  int actor = self->sel_actor, relation = self->sel_relation;

  if (self->net != NULL && self->layout != NULL)
    {
      ent_graph_view_set_data (self->graph_view, self->net, self->layout,
                               self->actor_visible, self->relation_visible);
      ent_actor_list_set_data (self->actor_list, self->net, self->actor_visible, self->relation_visible);
    }

  /* Keep the selection only if it is still shown. */
  if (actor >= 0 && (self->net == NULL || (guint) actor >= self->net->actors->len || !self->actor_visible[actor]))
    actor = -1;
  if (relation >= 0 && (self->net == NULL || (guint) relation >= self->net->relations->len ||
                        !self->relation_visible[relation]))
    relation = -1;
  _ent_window_select (self, actor, relation, ENT_ORIGIN_NONE, FALSE);

  status = _ent_window_dup_status (self);
  gtk_label_set_text (self->status_label, status);
  _ent_window_search_update (self);
  _ent_window_update_title (self);
  _ent_window_update_actions (self);
  _ent_window_report_changed (self);
}

/* An empty edits log, with the project module's free function. */
GPtrArray *
_ent_window_new_edits (void)
{
  g_autoptr(EntProject) project = ent_project_new (NULL);

  return g_steal_pointer (&project->edits);
}

/* Takes ownership of @net, @layout and @edits: the result of a load. */
void
_ent_window_install_model (EntWindow *self, EntNetwork *net, EntLayout *layout,
                           const EntFilter *filter, const char *engine, GPtrArray *edits,
                           const char *project_path, const char *first_path)
{
  g_clear_pointer (&self->edits, g_ptr_array_unref);
  self->edits = edits != NULL ? edits : _ent_window_new_edits ();
  g_clear_pointer (&self->net, ent_network_free);
  g_clear_pointer (&self->pending_moves, g_array_unref);
  g_clear_pointer (&self->layout, ent_layout_free);
  ent_undo_filter_clear (&self->filter);

  self->net = net;
  self->layout = layout;
  _ent_window_search_invalidate (self);
  if (filter != NULL)
    ent_undo_filter_copy (&self->filter, filter);
  else
    ent_filter_init (&self->filter);
  g_free (self->engine);
  self->engine = g_strdup (engine ? engine : "auto");
  g_free (self->project_path);
  self->project_path = g_strdup (project_path);
  g_free (self->first_document_dir);
  self->first_document_dir = first_path ? g_path_get_dirname (first_path) : NULL;
  self->sel_actor = self->sel_relation = -1;
  self->active_evidence = -1;
  self->dirty = FALSE;
  ent_undo_stack_clear (self->undo);

  _ent_window_apply_filter (self);
  ent_source_view_clear (self->source_view);
  _ent_window_sync_filter_ui (self);
  gtk_stack_set_visible_child_name (self->main_stack, "map");
  _ent_window_refresh (self);
  ent_graph_view_zoom_fit (self->graph_view);
}

const EntNetwork *
ent_window_get_network (EntWindow *self)
{
  g_return_val_if_fail (ENT_IS_WINDOW (self), NULL);
  return self->net;
}

/* ---- selection ---------------------------------------------------------- */

static void show_first_mention (EntWindow *self, guint actor);

void
_ent_window_select (EntWindow *self, int actor, int relation, EntSelectOrigin origin, gboolean center)
{
  gboolean changed = actor != self->sel_actor || relation != self->sel_relation;

  if (self->graph_view == NULL)
    return;   /* disposed */
  if (self->net == NULL)
    actor = relation = -1;
  self->sel_actor = actor;
  self->sel_relation = relation;

  if (origin != ENT_ORIGIN_VIEW)
    ent_graph_view_select (self->graph_view, actor, relation);
  if (origin != ENT_ORIGIN_LIST)
    ent_actor_list_select (self->actor_list, actor, relation);

  if (changed || origin == ENT_ORIGIN_NONE)
    {
      self->active_evidence = -1;
      if (relation >= 0)
        {
          const EntRelation *rel = g_ptr_array_index (self->net->relations, relation);

          ent_evidence_panel_show_relation (self->evidence_panel, self->net, (guint) relation);
          /* Open the article of the first sentence, so the source pane follows. */
          if (changed && ent_relation_weight (rel) > 0)
            {
              const EntEvidence *ev = g_ptr_array_index (rel->evidence, 0);

              if (ev->doc < self->net->documents->len)
                ent_source_view_show (self->source_view, self->net, ev->doc, -1, -1);
            }
        }
      else if (actor >= 0)
        {
          ent_evidence_panel_show_actor (self->evidence_panel, self->net, (guint) actor,
                                         self->relation_visible);
          /* The source pane follows: the actor's first mention. */
          if (changed && origin != ENT_ORIGIN_SOURCE)
            show_first_mention (self, (guint) actor);
        }
      else if (self->net != NULL && self->net->actors->len == 0)
        ent_evidence_panel_show_message (self->evidence_panel,
                                         _("No states, leaders or groups were found in these documents. "
                                           "Entente recognises the names in its gazetteer and the people "
                                           "introduced with a title (President, General, Minister…)."));
      else if (self->net != NULL && self->n_actors_shown == 0)
        ent_evidence_panel_show_message (self->evidence_panel,
                                         _("The filters hide every actor. Choose Filters → Show Everything "
                                           "to see the whole map again."));
      else
        ent_evidence_panel_clear (self->evidence_panel);
    }

  if (center && relation >= 0)
    ent_graph_view_center_on_relation (self->graph_view, (guint) relation, TRUE);
  else if (center && actor >= 0)
    ent_graph_view_center_on_actor (self->graph_view, (guint) actor, TRUE);

  if (changed)
    {
      _ent_window_update_actions (self);
      _ent_window_report_changed (self);
    }
}

static void
view_selection_changed_cb (EntGraphView *view, int actor, int relation, EntWindow *self)
{
  _ent_window_select (self, actor, relation, ENT_ORIGIN_VIEW, FALSE);
}

static void
show_first_mention (EntWindow *self, guint actor)
{
  const EntActor *a = g_ptr_array_index (self->net->actors, actor);

  if (a->mentions != NULL && a->mentions->len > 0)
    {
      const EntMention *m = &g_array_index (a->mentions, EntMention, 0);

      if (m->doc < self->net->documents->len)
        ent_source_view_show (self->source_view, self->net, m->doc, (gssize) m->start, (gssize) m->end);
    }
}

static void
view_actor_activated_cb (EntGraphView *view, guint actor, EntWindow *self)
{
  if (self->net == NULL || actor >= self->net->actors->len)
    return;
  _ent_window_select (self, (int) actor, -1, ENT_ORIGIN_VIEW, FALSE);
  show_first_mention (self, actor);
  _ent_window_report_changed (self);
}

static void
view_node_moved_cb (EntGraphView *view, guint actor, double old_x, double old_y,
                    double new_x, double new_y, EntWindow *self)
{
  EntUndoItem *item;
  g_autofree char *label = NULL;

  if (self->net == NULL || actor >= self->net->actors->len)
    return;
  label = g_strdup_printf (_("Move %s"), ((EntActor *) g_ptr_array_index (self->net->actors, actor))->name);
  item = ent_undo_item_new (ENT_UNDO_MOVE, label);
  item->actor = actor;
  item->x = old_x;
  item->y = old_y;
  ent_undo_stack_push (self->undo, item);
  _ent_window_note_move (self, actor);
  _ent_window_set_dirty (self, TRUE);
  _ent_window_update_actions (self);
  _ent_window_report_changed (self);
}

static void
list_selection_changed_cb (EntActorList *list, int actor, int relation, EntWindow *self)
{
  _ent_window_select (self, actor, relation, ENT_ORIGIN_LIST, TRUE);
}

static void
list_activated_cb (EntActorList *list, int actor, int relation, EntWindow *self)
{
  _ent_window_select (self, actor, relation, ENT_ORIGIN_LIST, TRUE);
  /* Enter moves on to the panel: its first link or sentence takes the focus. */
  gtk_widget_child_focus (GTK_WIDGET (self->evidence_panel), GTK_DIR_TAB_FORWARD);
}

static void
panel_evidence_activated_cb (EntEvidencePanel *panel, guint relation, guint evidence, EntWindow *self)
{
  const EntRelation *rel;
  const EntEvidence *ev;

  if (self->net == NULL || relation >= self->net->relations->len)
    return;
  rel = g_ptr_array_index (self->net->relations, relation);
  if (evidence >= ent_relation_weight (rel))
    return;
  ev = g_ptr_array_index (rel->evidence, evidence);
  if (ev->doc >= self->net->documents->len)
    return;
  ent_source_view_show (self->source_view, self->net, ev->doc, (gssize) ev->start, (gssize) ev->end);
  self->active_evidence = (int) evidence;
  ent_evidence_panel_set_active_evidence (self->evidence_panel, (int) evidence);
  _ent_window_report_changed (self);
}

static void
panel_actor_activated_cb (EntEvidencePanel *panel, guint actor, EntWindow *self)
{
  _ent_window_select (self, (int) actor, -1, ENT_ORIGIN_PANEL, TRUE);
}

static void
panel_relation_activated_cb (EntEvidencePanel *panel, guint relation, EntWindow *self)
{
  GtkWidget *first;

  _ent_window_select (self, -1, (int) relation, ENT_ORIGIN_PANEL, TRUE);
  /* The pressed button is gone with the old panel: go on to the first
   * sentence, so Enter opens it (keyboard and screen-reader users). */
  first = ent_evidence_panel_get_evidence_widget (self->evidence_panel, 0);
  if (first != NULL)
    gtk_widget_grab_focus (first);
}

static void
source_actor_activated_cb (EntSourceView *source, guint actor, EntWindow *self)
{
  if (self->net == NULL || actor >= self->net->actors->len)
    return;
  if (!self->actor_visible[actor])
    {
      g_autofree char *msg = g_strdup_printf (_("%s is hidden by the filters."),
                                              ((EntActor *) g_ptr_array_index (self->net->actors, actor))->name);
      gtk_label_set_text (self->search_status_label, msg);
      return;
    }
  _ent_window_select (self, (int) actor, -1, ENT_ORIGIN_SOURCE, TRUE);
}

/* ---- closing ------------------------------------------------------------ */

static gboolean
close_idle_cb (gpointer data)
{
  gtk_window_close (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

static void
close_dialog_response_cb (GtkDialog *dialog, int response, EntWindow *self)
{
  gtk_window_destroy (GTK_WINDOW (dialog));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      if (self->project_path == NULL)
        gtk_widget_activate_action (GTK_WIDGET (self), "win.save-and-close", NULL);
      else
        _ent_window_save_project (self, self->project_path, TRUE);   /* closes once written */
      return;
    }
  if (response == GTK_RESPONSE_REJECT)
    _ent_window_close_later (self);
}

/* Closes without asking again, once the dialog in hand is gone (it still
 * points at this window). */
void
_ent_window_close_later (EntWindow *self)
{
  self->close_confirmed = TRUE;
  g_idle_add_full (G_PRIORITY_DEFAULT, close_idle_cb, g_object_ref (self), g_object_unref);
}

static gboolean
ent_window_close_request (GtkWindow *window)
{
  EntWindow *self = ENT_WINDOW (window);
  GtkWidget *dialog;

  if (!self->dirty || self->close_confirmed)
    {
      _ent_window_cancel_job (self);
      return GTK_WINDOW_CLASS (ent_window_parent_class)->close_request (window);
    }

  dialog = gtk_message_dialog_new (window, GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE,
                                   _("Save changes to the map before closing?"));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog),
                                            _("Moved actors, filters and edits are lost unless "
                                              "you save the project."));
  gtk_dialog_add_buttons (GTK_DIALOG (dialog),
                          _("Close _without Saving"), GTK_RESPONSE_REJECT,
                          _("_Cancel"), GTK_RESPONSE_CANCEL,
                          _("_Save"), GTK_RESPONSE_ACCEPT,
                          NULL);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  g_signal_connect_object (dialog, "response", G_CALLBACK (close_dialog_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

/* ---- test report (ENTENTE_TEST_REPORT=FILE) ----------------------------- */

static gboolean
widget_point_to_window (EntWindow *self, GtkWidget *widget, double x, double y,
                        double *wx, double *wy)
{
  double sx = 0, sy = 0;

  if (!gtk_widget_get_mapped (widget) ||
      !gtk_widget_translate_coordinates (widget, GTK_WIDGET (self), x, y, wx, wy))
    return FALSE;
  gtk_native_get_surface_transform (GTK_NATIVE (self), &sx, &sy);
  *wx += sx;
  *wy += sy;
  return TRUE;
}

static gboolean
widget_centre_in_window (EntWindow *self, GtkWidget *widget, GtkWidget *clip, double *wx, double *wy)
{
  graphene_rect_t bounds, clip_bounds;
  double sx = 0, sy = 0;

  if (widget == NULL || !gtk_widget_get_mapped (widget) ||
      !gtk_widget_compute_bounds (widget, GTK_WIDGET (self), &bounds))
    return FALSE;
  if (clip != NULL && gtk_widget_compute_bounds (clip, GTK_WIDGET (self), &clip_bounds))
    {
      graphene_point_t p = GRAPHENE_POINT_INIT (bounds.origin.x + bounds.size.width / 2,
                                                bounds.origin.y + MIN (12, bounds.size.height / 2));
      if (!graphene_rect_contains_point (&clip_bounds, &p))
        return FALSE;
    }
  gtk_native_get_surface_transform (GTK_NATIVE (self), &sx, &sy);
  *wx = bounds.origin.x + bounds.size.width / 2 + sx;
  *wy = bounds.origin.y + MIN (12, bounds.size.height / 2) + sy;
  return TRUE;
}

static json_t *
build_report (EntWindow *self)
{
  json_t *root = json_object ();
  json_t *rels = json_array ();
  json_t *actors = json_array ();
  json_t *evidence = json_array ();
  g_autofree char *status = _ent_window_dup_status (self);
  g_autofree char *highlight = ent_source_view_dup_highlight (self->source_view);
  graphene_rect_t view_bounds;
  gboolean have_bounds = gtk_widget_compute_bounds (GTK_WIDGET (self->graph_view), GTK_WIDGET (self), &view_bounds);
  double sx = 0, sy = 0, wx, wy;
  GtkWidget *panel_clip = GTK_WIDGET (self->evidence_panel);

  gtk_native_get_surface_transform (GTK_NATIVE (self), &sx, &sy);

  json_object_set_new (root, "state", json_string (gtk_stack_get_visible_child_name (self->main_stack)));
  json_object_set_new (root, "view", json_string (gtk_stack_get_visible_child_name (self->view_stack)));
  json_object_set_new (root, "busy", json_boolean (ent_window_is_busy (self)));
  /* Coordinates are logical pixels: X events want them times this. */
  json_object_set_new (root, "scale_factor", json_integer (gtk_widget_get_scale_factor (GTK_WIDGET (self))));
  json_object_set_new (root, "title", json_string (gtk_window_get_title (GTK_WINDOW (self))));
  json_object_set_new (root, "status", json_string (status));
  json_object_set_new (root, "search_status", json_string (gtk_label_get_text (self->search_status_label)));
  json_object_set_new (root, "error", gtk_info_bar_get_revealed (self->error_bar)
                                      ? json_string (gtk_label_get_text (self->error_label)) : json_null ());
  json_object_set_new (root, "documents", json_integer (self->net ? self->net->documents->len : 0));
  json_object_set_new (root, "actors", json_integer (self->net ? self->net->actors->len : 0));
  json_object_set_new (root, "relations", json_integer (self->net ? self->net->relations->len : 0));
  json_object_set_new (root, "actors_shown", json_integer (self->n_actors_shown));
  json_object_set_new (root, "relations_shown", json_integer (self->n_relations_shown));
  json_object_set_new (root, "selected_actor", json_integer (self->sel_actor));
  json_object_set_new (root, "selected_relation", json_integer (self->sel_relation));
  json_object_set_new (root, "panel", json_string (ent_evidence_panel_get_text (self->evidence_panel)));
  json_object_set_new (root, "source_document", json_integer (ent_source_view_get_document (self->source_view)));
  json_object_set_new (root, "source_highlight", highlight ? json_string (highlight) : json_null ());
  json_object_set_new (root, "source_highlight_visible",
                       json_boolean (ent_source_view_highlight_is_visible (self->source_view)));
  json_object_set_new (root, "search_results", json_integer (self->search_results->len));
  json_object_set_new (root, "dirty", json_boolean (self->dirty));
  json_object_set_new (root, "can_undo", json_boolean (ent_undo_stack_can_undo (self->undo)));

  for (guint r = 0; self->net && self->layout && r < self->net->relations->len; r++)
    {
      const EntRelation *rel = g_ptr_array_index (self->net->relations, r);
      double x, y;
      json_t *o;

      if (!self->relation_visible[r] ||
          !ent_graph_view_relation_to_widget (self->graph_view, r, &x, &y) ||
          !have_bounds || x < 0 || y < 0 || x > view_bounds.size.width || y > view_bounds.size.height ||
          !widget_point_to_window (self, GTK_WIDGET (self->graph_view), x, y, &wx, &wy))
        continue;
      o = json_pack ("{s:i, s:s, s:s, s:s, s:s, s:i, s:f, s:f}",
                     "index", (int) r, "id", rel->id ? rel->id : "",
                     "source", ((EntActor *) g_ptr_array_index (self->net->actors, rel->source))->name,
                     "target", ((EntActor *) g_ptr_array_index (self->net->actors, rel->target))->name,
                     "polarity", ent_polarity_to_string (rel->polarity),
                     "sentences", (int) ent_relation_weight (rel), "x", wx, "y", wy);
      json_array_append_new (rels, o);
    }
  for (guint a = 0; self->net && self->layout && a < self->net->actors->len; a++)
    {
      const EntActor *actor = g_ptr_array_index (self->net->actors, a);
      double x, y;
      json_t *aliases = json_array ();

      if (!self->actor_visible[a] ||
          !ent_graph_view_actor_to_widget (self->graph_view, a, &x, &y) ||
          !have_bounds || x < 0 || y < 0 || x > view_bounds.size.width || y > view_bounds.size.height ||
          !widget_point_to_window (self, GTK_WIDGET (self->graph_view), x, y, &wx, &wy))
        {
          json_decref (aliases);
          continue;
        }
      for (guint i = 0; actor->aliases && i < actor->aliases->len; i++)
        json_array_append_new (aliases, json_string (g_ptr_array_index (actor->aliases, i)));
      json_array_append_new (actors, json_pack ("{s:i, s:s, s:o, s:f, s:f}", "index", (int) a,
                                                "name", actor->name, "aliases", aliases, "x", wx, "y", wy));
    }
  for (guint i = 0; i < ent_evidence_panel_get_n_evidence (self->evidence_panel); i++)
    {
      GtkWidget *w = ent_evidence_panel_get_evidence_widget (self->evidence_panel, i);
      GtkWidget *label = gtk_button_get_child (GTK_BUTTON (w));

      if (widget_centre_in_window (self, w, panel_clip, &wx, &wy))
        json_array_append_new (evidence, json_pack ("{s:i, s:s, s:f, s:f}", "index", (int) i,
                                                    "text", gtk_label_get_text (GTK_LABEL (label)),
                                                    "x", wx, "y", wy));
    }
  {
    json_t *mentions = json_array ();

    for (guint i = 0; i < ent_source_view_get_n_mentions (self->source_view) && json_array_size (mentions) < 60; i++)
      {
        double x, y;
        guint actor;

        if (ent_source_view_get_mention_point (self->source_view, i, &x, &y, &actor) &&
            widget_point_to_window (self, GTK_WIDGET (self->source_view), x, y, &wx, &wy))
          json_array_append_new (mentions, json_pack ("{s:i, s:s, s:f, s:f}", "actor", (int) actor,
                                                      "name", ((EntActor *) g_ptr_array_index (self->net->actors, actor))->name,
                                                      "x", wx, "y", wy));
      }
    json_object_set_new (root, "mention_points", mentions);
  }
  if (widget_centre_in_window (self, GTK_WIDGET (self->welcome_sample_button), NULL, &wx, &wy))
    json_object_set_new (root, "welcome_sample", json_pack ("{s:f, s:f}", "x", wx, "y", wy));
  json_object_set_new (root, "relation_points", rels);
  json_object_set_new (root, "actor_points", actors);
  json_object_set_new (root, "evidence_points", evidence);
  if (widget_centre_in_window (self, GTK_WIDGET (self->search_entry), NULL, &wx, &wy))
    json_object_set_new (root, "search_entry", json_pack ("{s:f, s:f}", "x", wx, "y", wy));
  return root;
}

static gboolean
report_tick_cb (gpointer user_data)
{
  EntWindow *self = user_data;
  g_autoptr(json_t) root = build_report (self);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  /* The serial changes only when the content does. */
  json_object_del (root, "serial");
  text = json_dumps (root, JSON_COMPACT | JSON_SORT_KEYS);
  if (g_strcmp0 (text, self->last_report) == 0)
    return G_SOURCE_CONTINUE;
  g_free (self->last_report);
  self->last_report = g_steal_pointer (&text);
  json_object_set_new (root, "serial", json_integer (++self->report_serial));
  text = json_dumps (root, JSON_INDENT (1) | JSON_SORT_KEYS);
  if (!g_file_set_contents (self->report_path, text, -1, &error))
    g_warning ("ENTENTE_TEST_REPORT: %s", error->message);
  return G_SOURCE_CONTINUE;
}

void
_ent_window_report_changed (EntWindow *self)
{
  /* The periodic tick also catches animations and relayouts; nothing to do
   * here beyond waking it up early. */
  if (self->report_path != NULL && self->report_source != 0)
    report_tick_cb (self);
}

/* ---- drag and drop ----------------------------------------------------- */

static gboolean
drop_cb (GtkDropTarget *target, const GValue *value, double x, double y, EntWindow *self)
{
  GdkFileList *list;
  g_autoptr(GPtrArray) files = g_ptr_array_new ();
  GSList *l;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;
  list = g_value_get_boxed (value);
  for (l = gdk_file_list_get_files (list); l != NULL; l = l->next)
    g_ptr_array_add (files, l->data);
  if (files->len == 0)
    return FALSE;
  ent_window_open_files (self, (GFile **) files->pdata, files->len);
  return TRUE;
}

/* ---- GObject ------------------------------------------------------------ */

static void
ent_window_dispose (GObject *object)
{
  EntWindow *self = ENT_WINDOW (object);

  _ent_window_cancel_job (self);
  g_clear_handle_id (&self->report_source, g_source_remove);
  g_clear_handle_id (&self->pulse_source, g_source_remove);
  /* Children being torn down must not call back into a half-disposed window. */
  if (self->graph_view != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->graph_view, self);
      g_signal_handlers_disconnect_by_data (self->actor_list, self);
      g_signal_handlers_disconnect_by_data (self->evidence_panel, self);
      g_signal_handlers_disconnect_by_data (self->source_view, self);
      g_signal_handlers_disconnect_by_data (self->search_entry, self);
      g_signal_handlers_disconnect_by_data (self->engine_dropdown, self);
      g_signal_handlers_disconnect_by_data (self->min_sentences_spin, self);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), ENT_TYPE_WINDOW);
  G_OBJECT_CLASS (ent_window_parent_class)->dispose (object);
}

static void
ent_window_finalize (GObject *object)
{
  EntWindow *self = ENT_WINDOW (object);

  g_clear_pointer (&self->net, ent_network_free);
  g_clear_pointer (&self->layout, ent_layout_free);
  ent_undo_filter_clear (&self->filter);
  g_clear_pointer (&self->undo, ent_undo_stack_free);
  g_clear_pointer (&self->edits, g_ptr_array_unref);
  g_clear_object (&self->job_cancellable);
  g_clear_pointer (&self->search_results, g_array_unref);
  _ent_window_search_invalidate (self);
  g_free (self->search_hits);
  g_free (self->actor_visible);
  g_free (self->relation_visible);
  g_free (self->engine);
  g_free (self->project_path);
  g_free (self->first_document_dir);
  g_free (self->report_path);
  g_free (self->last_report);
  if (self->sample_dir != NULL)
    {
      g_autofree char *sample = g_build_filename (self->sample_dir, "sample-article.txt", NULL);

      g_unlink (sample);
      g_rmdir (self->sample_dir);
      g_free (self->sample_dir);
    }
  G_OBJECT_CLASS (ent_window_parent_class)->finalize (object);
}

static void
ent_window_class_init (EntWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = ent_window_dispose;
  object_class->finalize = ent_window_finalize;
  window_class->close_request = ent_window_close_request;

  g_type_ensure (ENT_TYPE_GRAPH_VIEW);
  g_type_ensure (ENT_TYPE_ACTOR_LIST);
  g_type_ensure (ENT_TYPE_EVIDENCE_PANEL);
  g_type_ensure (ENT_TYPE_SOURCE_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/entente/Entente/ent-window.ui");
  gtk_widget_class_bind_template_child (widget_class, EntWindow, error_bar);
  gtk_widget_class_bind_template_child (widget_class, EntWindow, error_label);
  gtk_widget_class_bind_template_child (widget_class, EntWindow, progress_revealer);
  gtk_widget_class_bind_template_child (widget_class, EntWindow, progress_label);
  gtk_widget_class_bind_template_child (widget_class, EntWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, EntWindow, progress_spinner);
  gtk_widget_class_bind_template_child (widget_class, EntWindow, io_spinner);
  gtk_widget_class_bind_template_child (widget_class, EntWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, EntWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, EntWindow, outer_paned);
  gtk_widget_class_bind_template_child (widget_class, EntWindow, side_paned);
  gtk_widget_class_bind_template_child (widget_class, EntWindow, graph_view);
  gtk_widget_class_bind_template_child (widget_class, EntWindow, actor_list);
  gtk_widget_class_bind_template_child (widget_class, EntWindow, evidence_panel);
  gtk_widget_class_bind_template_child (widget_class, EntWindow, source_view);
  gtk_widget_class_bind_template_child (widget_class, EntWindow, status_label);
  gtk_widget_class_bind_template_child (widget_class, EntWindow, search_status_label);
  gtk_widget_class_bind_template_child (widget_class, EntWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, EntWindow, engine_dropdown);
  gtk_widget_class_bind_template_child (widget_class, EntWindow, filter_button);
  gtk_widget_class_bind_template_child (widget_class, EntWindow, export_button);
  gtk_widget_class_bind_template_child (widget_class, EntWindow, welcome_sample_button);
  gtk_widget_class_bind_template_child (widget_class, EntWindow, undo_button);
  gtk_widget_class_bind_template_child (widget_class, EntWindow, redo_button);
  gtk_widget_class_bind_template_child (widget_class, EntWindow, min_sentences_spin);
  gtk_widget_class_bind_template_callback (widget_class, error_bar_response_cb);
  gtk_widget_class_bind_template_callback (widget_class, view_selection_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, view_actor_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, view_node_moved_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_selection_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, panel_evidence_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, panel_actor_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, panel_relation_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, source_actor_activated_cb);

  _ent_window_class_actions_init (widget_class);
}

static void
ent_window_init (EntWindow *self)
{
  GtkDropTarget *drop;
  const char *report = g_getenv ("ENTENTE_TEST_REPORT");

  gtk_widget_init_template (GTK_WIDGET (self));

  self->undo = ent_undo_stack_new ();
  self->search_results = g_array_new (FALSE, FALSE, sizeof (EntSearchHit));
  self->sel_actor = self->sel_relation = -1;
  self->active_evidence = -1;
  self->search_pos = -1;
  self->engine = g_strdup ("auto");
  self->edits = _ent_window_new_edits ();
  ent_filter_init (&self->filter);
  _ent_window_apply_filter (self);

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  _ent_window_actions_init (self);
  _ent_window_hide_error (self);

  if (report != NULL && *report != '\0')
    {
      self->report_path = g_strdup (report);
      self->report_source = g_timeout_add (200, report_tick_cb, self);
    }
  _ent_window_refresh (self);
}

EntWindow *
ent_window_new (EntApplication *app)
{
  return g_object_new (ENT_TYPE_WINDOW, "application", app, NULL);
}
