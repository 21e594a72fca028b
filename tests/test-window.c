/* test-window.c: the main window under a real display (Xvfb in `make check`).
 *
 * Drives the window through the same paths a user takes: the loader, the
 * graph view's signals, the panel's buttons, the search entry, the filter
 * actions, undo, drag-and-drop.  Screenshots of the main states go to
 * build/tests/artefacts/. */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "ent-application.h"
#include "ent-window-private.h"
#include "corpus-files.h"

static EntApplication *app;
static char *fixtures;
static char *artefacts;

static void
wait_until (gboolean (*cond) (gpointer), gpointer data, guint timeout_ms, const char *what)
{
  gint64 end = g_get_monotonic_time () + (gint64) timeout_ms * 1000;

  while (!cond (data))
    {
      if (g_get_monotonic_time () > end)
        g_error ("timed out waiting for %s", what);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
}

static void
spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + (gint64) ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
}

static gboolean
idle_cond (gpointer data)
{
  return !ent_window_is_busy (ENT_WINDOW (data));
}

static EntWindow *
new_window (void)
{
  EntWindow *win = ent_window_new (app);

  gtk_window_set_default_size (GTK_WINDOW (win), 1200, 800);
  gtk_window_present (GTK_WINDOW (win));
  spin (200);
  return win;
}

static void
destroy_window (EntWindow *win)
{
  win->dirty = FALSE;   /* no "save changes?" question in tests */
  gtk_window_destroy (GTK_WINDOW (win));
  spin (50);
}

static void
open_paths (EntWindow *win, const char *const *names)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = g_path_is_absolute (names[i]) ? g_strdup (names[i])
                                                           : g_build_filename (fixtures, names[i], NULL);
      g_ptr_array_add (files, g_file_new_for_path (path));
    }
  ent_window_open_files (win, (GFile **) files->pdata, files->len);
  g_assert_true (ent_window_is_busy (win));
  wait_until (idle_cond, win, 60000, "the loader");
  spin (150);
}

static gboolean
written_cond (gpointer data)
{
  return !ent_window_is_writing (ENT_WINDOW (data));
}

/* Saves and exports run on a worker: start one and wait for it. */
static void
save_project (EntWindow *win, const char *path)
{
  _ent_window_save_project (win, path, FALSE);
  g_assert_true (ent_window_is_writing (win));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (win->io_spinner)));
  wait_until (written_cond, win, 30000, "the save");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (win->io_spinner)));
}

static void
export_to (EntWindow *win, const char *path)
{
  _ent_window_export_to (win, path);
  wait_until (written_cond, win, 30000, "the export");
}

static void
open_one (EntWindow *win, const char *name)
{
  const char *names[] = { name, NULL };

  open_paths (win, names);
}

static void
screenshot (gpointer widget, const char *name)
{
  GtkWidget *win = GTK_WIDGET (widget);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = g_build_filename (artefacts, name, NULL);
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (win));
  int w = gtk_widget_get_width (GTK_WIDGET (win));
  int h = gtk_widget_get_height (GTK_WIDGET (win));

  /* The paintable holds the last frame drawn: let one be drawn first. */
  for (guint attempt = 0; node == NULL && attempt < 100; attempt++)
    {
      g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (win));
      g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();

      gtk_widget_queue_draw (GTK_WIDGET (win));
      spin (100);
      gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), w, h);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
    }
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, w, h));
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

static int
find_relation (const EntNetwork *net, const char *id)
{
  for (guint i = 0; i < net->relations->len; i++)
    if (g_str_equal (((EntRelation *) g_ptr_array_index (net->relations, i))->id, id))
      return (int) i;
  return -1;
}

static int
find_actor_named (const EntNetwork *net, const char *name)
{
  for (guint i = 0; i < net->actors->len; i++)
    if (g_str_equal (((EntActor *) g_ptr_array_index (net->actors, i))->name, name))
      return (int) i;
  return -1;
}

/* ---- tests ------------------------------------------------------------ */

static void
test_template (void)
{
  EntWindow *win = new_window ();

  g_assert_true (GTK_IS_STACK (win->main_stack));
  g_assert_true (ENT_IS_GRAPH_VIEW (win->graph_view));
  g_assert_true (ENT_IS_EVIDENCE_PANEL (win->evidence_panel));
  g_assert_true (ENT_IS_SOURCE_VIEW (win->source_view));
  g_assert_true (ENT_IS_ACTOR_LIST (win->actor_list));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (win->main_stack), ==, "welcome");
  g_assert_cmpstr (gtk_label_get_text (win->status_label), ==, "No map open");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (win)), ==, "Entente");
  g_assert_false (gtk_info_bar_get_revealed (win->error_bar));
  /* Nothing to export or save before a map is open. */
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (win->export_button)));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (win), "filter-hostile"));
  screenshot (win, "window-welcome.png");

  /* The shortcuts window loads from its resource and lists the actions. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "shortcuts", NULL);
  spin (100);
  {
    GListModel *toplevels = gtk_window_get_toplevels ();   /* borrowed */
    GtkWindow *shortcuts = NULL;

    for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
      {
        g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);

        if (GTK_IS_SHORTCUTS_WINDOW (w))
          shortcuts = w;
      }
    g_assert_nonnull (shortcuts);
    g_assert_true (gtk_window_get_transient_for (shortcuts) == GTK_WINDOW (win));
    /* Named actions show their accelerators (an empty one warns, fatally here). */
    g_assert_true (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (win)) ==
                   GTK_SHORTCUTS_WINDOW (shortcuts));
    screenshot (shortcuts, "window-shortcuts.png");
    gtk_window_close (shortcuts);
  }
  destroy_window (win);
}

static void
test_open_article (void)
{
  EntWindow *win = new_window ();
  const EntNetwork *net;
  g_autofree char *status = NULL;
  g_autofree char *expected = NULL;

  open_one (win, "libya-talks.txt");
  net = ent_window_get_network (win);
  g_assert_nonnull (net);
  g_assert_false (gtk_info_bar_get_revealed (win->error_bar));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (win->main_stack), ==, "map");
  g_assert_cmpuint (net->documents->len, ==, 1);
  g_assert_cmpuint (net->actors->len, >, 2);
  g_assert_cmpuint (net->relations->len, >, 0);
  g_assert_nonnull (win->layout);
  g_assert_cmpuint (win->layout->n_nodes, ==, net->actors->len);
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (win->export_button)));

  /* The status line counts what the map shows. */
  expected = g_strdup_printf ("%u of %u actors shown", win->n_actors_shown, net->actors->len);
  status = g_strdup (gtk_label_get_text (win->status_label));
  g_assert_nonnull (strstr (status, "1 document"));
  g_assert_nonnull (strstr (status, expected));
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (win)), "Entente"));

  /* Every shown relation is on screen. */
  for (guint r = 0; r < net->relations->len; r++)
    if (win->relation_visible[r])
      {
        double x, y;
        g_assert_true (ent_graph_view_relation_to_widget (win->graph_view, r, &x, &y));
        g_assert_cmpint (ent_graph_view_pick_relation (win->graph_view, x, y), ==, (int) r);
      }
  screenshot (win, "window-map.png");
  destroy_window (win);
}

static void
test_select_edge (void)
{
  EntWindow *win = new_window ();
  const EntNetwork *net;
  const EntRelation *rel;
  const char *panel;
  int r;

  open_one (win, "libya-map.json");
  net = ent_window_get_network (win);
  r = find_relation (net, "r6");   /* Turkey and the Tripoli government, two sentences */
  g_assert_cmpint (r, >=, 0);
  rel = g_ptr_array_index (net->relations, r);

  /* What a click on the map does: the view selects, then emits. */
  ent_graph_view_select (win->graph_view, -1, r);
  g_signal_emit_by_name (win->graph_view, "selection-changed", -1, r);
  g_assert_cmpint (win->sel_relation, ==, r);
  g_assert_cmpuint (ent_evidence_panel_get_n_evidence (win->evidence_panel), ==, ent_relation_weight (rel));
  panel = ent_evidence_panel_get_text (win->evidence_panel);
  g_assert_nonnull (strstr (panel, "Turkey"));
  g_assert_nonnull (strstr (panel, "Government of National Unity"));
  g_assert_nonnull (strstr (panel, "cooperation"));
  for (guint i = 0; i < ent_relation_weight (rel); i++)
    g_assert_nonnull (strstr (panel, ((EntEvidence *) g_ptr_array_index (rel->evidence, i))->text));

  /* The list follows the map. */
  g_assert_cmpint (ent_actor_list_get_relation_at (win->actor_list, 0), >=, 0);
  {
    GtkSelectionModel *model = gtk_column_view_get_model (GTK_COLUMN_VIEW (ent_actor_list_get_relation_view (win->actor_list)));
    guint sel = gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (model));

    g_assert_cmpint (ent_actor_list_get_relation_at (win->actor_list, sel), ==, r);
  }
  screenshot (win, "window-edge-selected.png");
  destroy_window (win);
}

static void
test_evidence_markup (void)
{
  g_autoptr(EntNetwork) net = ent_network_new ();
  EntRelation *rel;
  EntEvidence *ev;
  const char *text = "Ankara & Tripoli <signed> a \"pact\"; Turkey backs the GNU.";
  g_autofree char *markup = NULL;
  g_autoptr(GError) error = NULL;
  PangoAttrList *attrs = NULL;
  char *plain = NULL;

  ent_network_add_document (net, NULL, "t", g_strdup (text), strlen (text));
  ent_network_add_actor (net, "Turkey", ENT_ACTOR_STATE);
  ent_actor_add_alias (g_ptr_array_index (net->actors, 0), "Ankara");
  ent_network_add_actor (net, "Government of National Unity", ENT_ACTOR_GROUP);
  ent_actor_add_alias (g_ptr_array_index (net->actors, 1), "GNU");
  rel = ent_network_add_relation (net, 0, 1, ENT_POLARITY_ALLY, "support", FALSE);
  ev = ent_relation_add_evidence (rel, 0, 0, 0, strlen (text), text, "backs", NULL);

  markup = ent_evidence_markup (net, rel, ev);
  /* Valid markup whose text is the sentence, verbatim. */
  g_assert_true (pango_parse_markup (markup, -1, 0, &attrs, &plain, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (plain, ==, text);
  g_assert_nonnull (strstr (markup, "&amp;"));
  g_assert_nonnull (strstr (markup, "&lt;signed&gt;"));
  g_assert_nonnull (strstr (markup, "underline=\"single\">Ankara</span>"));
  g_assert_nonnull (strstr (markup, "underline=\"single\">Turkey</span>"));
  g_assert_nonnull (strstr (markup, "underline=\"single\">GNU</span>"));
  g_assert_nonnull (strstr (markup, "italic"));
  g_assert_nonnull (strstr (markup, ">backs</span>"));
  pango_attr_list_unref (attrs);
  g_free (plain);
}

static gboolean
highlight_visible_cond (gpointer data)
{
  return ent_source_view_highlight_is_visible (ENT_SOURCE_VIEW (data));
}

static void
test_click_sentence (void)
{
  EntWindow *win = new_window ();
  const EntNetwork *net;
  const EntRelation *rel;
  const EntEvidence *ev;
  GtkWidget *button;
  g_autofree char *highlight = NULL;
  const EntDocument *doc;
  int r, turkey;
  gboolean found_mention = FALSE;

  open_one (win, "libya-map.json");
  net = ent_window_get_network (win);
  r = find_relation (net, "r6");
  rel = g_ptr_array_index (net->relations, r);
  ev = g_ptr_array_index (rel->evidence, 1);
  _ent_window_select (win, -1, r, ENT_ORIGIN_NONE, TRUE);

  /* Scroll the source away first, so that showing the sentence must scroll. */
  button = ent_evidence_panel_get_evidence_widget (win->evidence_panel, 1);
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  highlight = ent_source_view_dup_highlight (win->source_view);
  g_assert_cmpstr (highlight, ==, ev->text);
  g_assert_cmpint (ent_source_view_get_document (win->source_view), ==, (int) ev->doc);
  wait_until (highlight_visible_cond, win->source_view, 5000, "the sentence scrolled into view");

  /* Mentions in the sentence are clickable and lead to their actor. */
  doc = g_ptr_array_index (net->documents, ev->doc);
  turkey = find_actor_named (net, "Turkey");
  g_assert_cmpint (turkey, >=, 0);
  {
    const EntActor *a = g_ptr_array_index (net->actors, turkey);

    for (guint i = 0; i < a->mentions->len; i++)
      {
        const EntMention *m = &g_array_index (a->mentions, EntMention, i);

        if (m->start >= ev->start && m->end <= ev->end)
          {
            int offset = (int) g_utf8_pointer_to_offset (doc->text, doc->text + m->start);

            g_assert_cmpint (ent_source_view_actor_at_offset (win->source_view, offset), ==, turkey);
            found_mention = TRUE;
          }
      }
  }
  g_assert_true (found_mention);
  g_assert_cmpint (ent_source_view_actor_at_offset (win->source_view, 0), ==, -1);
  g_signal_emit_by_name (win->source_view, "actor-activated", (guint) turkey);
  g_assert_cmpint (win->sel_actor, ==, turkey);
  g_assert_cmpint (ent_graph_view_get_selected_actor (win->graph_view), ==, turkey);
  g_assert_nonnull (strstr (ent_evidence_panel_get_text (win->evidence_panel), "Allies"));
  screenshot (win, "window-sentence.png");
  destroy_window (win);
}

static gboolean
search_done_cond (gpointer data)
{
  EntWindow *win = data;
  return win->search_results->len > 0;
}

static void
search_for (EntWindow *win, const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (win->search_entry), text);
  wait_until (search_done_cond, win, 3000, text);
}

static void
test_search_alias (void)
{
  EntWindow *win = new_window ();
  const EntNetwork *net;
  int haftar, r;

  open_one (win, "libya-map.json");
  net = ent_window_get_network (win);
  haftar = find_actor_named (net, "Khalifa Haftar");
  g_assert_cmpint (haftar, >=, 0);

  gtk_widget_activate_action (GTK_WIDGET (win), "win.search", NULL);
  search_for (win, "hifter");   /* an alias, any case */
  g_assert_true (win->search_hits[haftar]);
  g_signal_emit_by_name (win->search_entry, "activate");
  g_assert_cmpint (win->sel_actor, ==, haftar);
  g_assert_cmpint (ent_graph_view_get_selected_actor (win->graph_view), ==, haftar);

  /* Quote text finds the relation whose evidence says it; F3 cycles. */
  search_for (win, "security agreement");
  r = find_relation (net, "r6");
  gtk_widget_activate_action (GTK_WIDGET (win), "win.find-next", NULL);
  g_assert_cmpint (win->sel_relation, ==, r);
  g_assert_cmpuint (win->search_results->len, ==, 1);
  gtk_widget_activate_action (GTK_WIDGET (win), "win.find-previous", NULL);
  g_assert_cmpint (win->sel_relation, ==, r);

  /* Every alias of every actor finds it. */
  for (guint a = 0; a < net->actors->len; a++)
    {
      const EntActor *actor = g_ptr_array_index (net->actors, a);

      for (guint i = 0; i < actor->aliases->len; i++)
        {
          gboolean hit = FALSE;

          search_for (win, g_ptr_array_index (actor->aliases, i));
          for (guint k = 0; k < win->search_results->len; k++)
            hit |= g_array_index (win->search_results, EntSearchHit, k).actor == (int) a;
          g_assert_true (hit);
        }
    }
  gtk_editable_set_text (GTK_EDITABLE (win->search_entry), "zzzz-nothing");
  spin (400);
  g_assert_cmpuint (win->search_results->len, ==, 0);
  g_assert_nonnull (strstr (gtk_label_get_text (win->search_status_label), "No match"));
  destroy_window (win);
}

static guint
count_visible (const gboolean *v, guint n)
{
  guint c = 0;

  for (guint i = 0; i < n; i++)
    c += v[i] ? 1 : 0;
  return c;
}

static void
test_filter_undo (void)
{
  EntWindow *win = new_window ();
  const EntNetwork *net;
  guint shown_before, hostile = 0;
  g_autofree char *status_before = NULL;
  g_autoptr(GVariant) state = NULL;
  int moved;
  double x0, y0;

  open_one (win, "libya-map.json");
  net = ent_window_get_network (win);
  shown_before = count_visible (win->relation_visible, net->relations->len);
  status_before = g_strdup (gtk_label_get_text (win->status_label));
  for (guint r = 0; r < net->relations->len; r++)
    hostile += ((EntRelation *) g_ptr_array_index (net->relations, r))->polarity == ENT_POLARITY_HOSTILE;
  g_assert_cmpuint (hostile, >, 0);

  /* Unticking "Adversaries" in the popover changes the action's state. */
  g_action_group_change_action_state (G_ACTION_GROUP (win), "filter-hostile", g_variant_new_boolean (FALSE));
  wait_until (idle_cond, win, 30000, "the filter");
  g_assert_cmpuint (count_visible (win->relation_visible, net->relations->len), ==, shown_before - hostile);
  for (guint r = 0; r < net->relations->len; r++)
    if (((EntRelation *) g_ptr_array_index (net->relations, r))->polarity == ENT_POLARITY_HOSTILE)
      g_assert_false (win->relation_visible[r]);
  g_assert_cmpstr (gtk_label_get_text (win->status_label), !=, status_before);
  g_assert_true (win->dirty);
  screenshot (win, "window-filtered.png");

  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (win->undo_button)), ==, "Undo Change Filter (Ctrl+Z)");
  gtk_widget_activate_action (GTK_WIDGET (win), "win.undo", NULL);
  wait_until (idle_cond, win, 30000, "undo");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (win->redo_button)), ==, "Redo Change Filter (Ctrl+Shift+Z)");
  g_assert_cmpuint (count_visible (win->relation_visible, net->relations->len), ==, shown_before);
  g_assert_cmpstr (gtk_label_get_text (win->status_label), ==, status_before);
  state = g_action_group_get_action_state (G_ACTION_GROUP (win), "filter-hostile");
  g_assert_true (g_variant_get_boolean (state));

  gtk_widget_activate_action (GTK_WIDGET (win), "win.redo", NULL);
  wait_until (idle_cond, win, 30000, "redo");
  g_assert_cmpuint (count_visible (win->relation_visible, net->relations->len), ==, shown_before - hostile);
  gtk_widget_activate_action (GTK_WIDGET (win), "win.undo", NULL);
  wait_until (idle_cond, win, 30000, "undo");

  /* Minimum sentences through the spin button. */
  gtk_spin_button_set_value (win->min_sentences_spin, 2);
  wait_until (idle_cond, win, 30000, "the filter");
  for (guint r = 0; r < net->relations->len; r++)
    g_assert_cmpint (win->relation_visible[r], ==,
                     ent_relation_weight (g_ptr_array_index (net->relations, r)) >= 2);
  gtk_widget_activate_action (GTK_WIDGET (win), "win.undo", NULL);
  wait_until (idle_cond, win, 30000, "undo");
  g_assert_cmpuint (count_visible (win->relation_visible, net->relations->len), ==, shown_before);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (win->min_sentences_spin), ==, 0);

  /* A node moved on the map is put back by undo, and again by redo. */
  moved = find_actor_named (net, "Italy");
  x0 = win->layout->nodes[moved].x;
  y0 = win->layout->nodes[moved].y;
  ent_layout_move_node (win->layout, net, moved, x0 + 80, y0 - 40);
  g_signal_emit_by_name (win->graph_view, "node-moved", (guint) moved, x0, y0, x0 + 80, y0 - 40);
  gtk_widget_activate_action (GTK_WIDGET (win), "win.undo", NULL);
  g_assert_cmpfloat_with_epsilon (win->layout->nodes[moved].x, x0, 1e-6);
  g_assert_cmpfloat_with_epsilon (win->layout->nodes[moved].y, y0, 1e-6);
  gtk_widget_activate_action (GTK_WIDGET (win), "win.redo", NULL);
  g_assert_cmpfloat_with_epsilon (win->layout->nodes[moved].x, x0 + 80, 1e-6);
  destroy_window (win);
}

static void
test_focus_filter (void)
{
  EntWindow *win = new_window ();
  const EntNetwork *net;
  int italy;

  open_one (win, "libya-map.json");
  net = ent_window_get_network (win);
  italy = find_actor_named (net, "Italy");
  _ent_window_select (win, italy, -1, ENT_ORIGIN_NONE, FALSE);
  g_action_group_change_action_state (G_ACTION_GROUP (win), "filter-focus", g_variant_new_string ("1"));
  wait_until (idle_cond, win, 30000, "the focus layout");
  /* Italy and its one neighbour, Turkey. */
  g_assert_cmpuint (count_visible (win->actor_visible, net->actors->len), ==, 2);
  g_assert_true (win->actor_visible[find_actor_named (net, "Turkey")]);
  g_action_group_change_action_state (G_ACTION_GROUP (win), "filter-focus", g_variant_new_string ("2"));
  wait_until (idle_cond, win, 30000, "the focus layout");
  g_assert_true (win->actor_visible[find_actor_named (net, "Government of National Unity")]);
  g_assert_false (win->actor_visible[find_actor_named (net, "Russia")]);
  screenshot (win, "window-focus.png");
  gtk_widget_activate_action (GTK_WIDGET (win), "win.filter-reset", NULL);
  wait_until (idle_cond, win, 30000, "reset");
  g_assert_cmpuint (count_visible (win->actor_visible, net->actors->len), ==, net->actors->len);
  destroy_window (win);
}

static void
test_unreadable_file (void)
{
  EntWindow *win = new_window ();
  const EntNetwork *before;
  guint actors;
  g_autofree char *dir = g_dir_make_tmp ("entente-test-XXXXXX", NULL);
  g_autofree char *binary = g_build_filename (dir, "photo.txt", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-article.txt", NULL);
  static const char png_bytes[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01";

  g_assert_true (g_file_set_contents (binary, png_bytes, sizeof png_bytes, NULL));
  open_one (win, "libya-map.json");
  before = ent_window_get_network (win);
  actors = before->actors->len;

  open_one (win, missing);
  g_assert_true (gtk_info_bar_get_revealed (win->error_bar));
  g_assert_nonnull (strstr (gtk_label_get_text (win->error_label), "no-such-article.txt"));
  g_assert_true (ent_window_get_network (win) == before);
  g_assert_cmpuint (ent_window_get_network (win)->actors->len, ==, actors);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (win->main_stack), ==, "map");
  screenshot (win, "window-error.png");

  open_one (win, binary);
  g_assert_true (gtk_info_bar_get_revealed (win->error_bar));
  g_assert_nonnull (strstr (gtk_label_get_text (win->error_label), "photo.txt"));
  g_assert_true (ent_window_get_network (win) == before);

  /* The close button dismisses it. */
  gtk_info_bar_response (win->error_bar, GTK_RESPONSE_CLOSE);
  g_assert_false (gtk_info_bar_get_revealed (win->error_bar));

  /* A good file after a bad one loads and clears nothing it should keep. */
  open_one (win, "libya-talks.txt");
  g_assert_false (gtk_info_bar_get_revealed (win->error_bar));
  g_assert_cmpuint (ent_window_get_network (win)->documents->len, ==, 1);
  g_assert_cmpstr (((EntDocument *) g_ptr_array_index (ent_window_get_network (win)->documents, 0))->path,
                   !=, NULL);
  g_assert_nonnull (strstr (((EntDocument *) g_ptr_array_index (ent_window_get_network (win)->documents, 0))->path,
                            "libya-talks.txt"));
  g_unlink (binary);
  g_rmdir (dir);
  destroy_window (win);
}

static void
test_cancel_keeps_map (void)
{
  EntWindow *win = new_window ();
  const EntNetwork *before;
  g_autofree char *path = g_build_filename (fixtures, "libya-talks.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  open_one (win, "libya-map.json");
  before = ent_window_get_network (win);
  ent_window_open_files (win, &file, 1);
  g_assert_true (ent_window_is_busy (win));
  g_assert_true (gtk_revealer_get_reveal_child (win->progress_revealer));
  gtk_widget_activate_action (GTK_WIDGET (win), "win.cancel-load", NULL);
  g_assert_false (ent_window_is_busy (win));
  spin (1500);   /* the worker finishes in the background and is ignored */
  g_assert_true (ent_window_get_network (win) == before);
  g_assert_false (gtk_info_bar_get_revealed (win->error_bar));
  destroy_window (win);
}

static void
test_drop_files (void)
{
  EntWindow *win = new_window ();
  g_autofree char *a = g_build_filename (fixtures, "..", "..", "..", "data", "samples", "sample-article.txt", NULL);
  g_autofree char *b = g_build_filename (fixtures, "libya-map.json", NULL);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (win));
  GtkDropTarget *target = NULL;
  GSList *files = NULL;
  GValue value = G_VALUE_INIT;
  gboolean accepted = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) c = g_list_model_get_item (controllers, i);
      if (GTK_IS_DROP_TARGET (c))
        target = GTK_DROP_TARGET (c);
    }
  g_assert_nonnull (target);

  files = g_slist_append (files, g_file_new_for_path (a));
  files = g_slist_append (files, g_file_new_for_path (b));
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_list (files));
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_assert_true (accepted);
  wait_until (idle_cond, win, 60000, "the dropped files");
  /* Both inputs merge into one map. */
  g_assert_cmpuint (ent_window_get_network (win)->documents->len, ==, 2);
  g_assert_nonnull (strstr (gtk_label_get_text (win->status_label), "2 documents"));
  g_value_unset (&value);
  g_slist_free_full (files, g_object_unref);
  destroy_window (win);
}

static void
test_export_and_project (void)
{
  EntWindow *win = new_window ();
  g_autofree char *dir = g_dir_make_tmp ("entente-test-XXXXXX", NULL);
  g_autofree char *svg = g_build_filename (dir, "map.svg", NULL);
  g_autofree char *graphml = g_build_filename (dir, "map.graphml", NULL);
  g_autofree char *project = g_build_filename (dir, "map.entente", NULL);
  g_autofree char *contents = NULL;
  const EntNetwork *net;
  EntWindow *again;
  int italy;
  double x, y;
  g_autoptr(GError) error = NULL;

  open_one (win, "libya-map.json");
  net = ent_window_get_network (win);

  /* Hide neutral links, then export: the file follows the filter. */
  g_action_group_change_action_state (G_ACTION_GROUP (win), "filter-neutral", g_variant_new_boolean (FALSE));
  wait_until (idle_cond, win, 30000, "the filter");
  export_to (win, svg);
  g_assert_false (gtk_info_bar_get_revealed (win->error_bar));
  g_assert_true (g_file_get_contents (svg, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "<svg"));
  g_clear_pointer (&contents, g_free);
  export_to (win, graphml);
  g_assert_true (g_file_get_contents (graphml, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "graphml"));
  g_assert_null (strstr (contents, "meeting"));   /* r2, neutral, is hidden */
  g_assert_nonnull (strstr (contents, "cooperation"));

  /* A moved node survives a save and reopen. */
  italy = find_actor_named (net, "Italy");
  x = win->layout->nodes[italy].x + 50;
  y = win->layout->nodes[italy].y + 20;
  ent_layout_move_node (win->layout, net, italy, x, y);
  g_signal_emit_by_name (win->graph_view, "node-moved", (guint) italy,
                         x - 50, y - 20, x, y);
  g_assert_true (win->dirty);
  save_project (win, project);
  g_assert_false (gtk_info_bar_get_revealed (win->error_bar));
  g_assert_false (win->dirty);
  destroy_window (win);

  again = new_window ();
  open_one (again, project);
  g_assert_false (gtk_info_bar_get_revealed (again->error_bar));
  g_assert_cmpstr (again->project_path, ==, project);
  g_assert_cmpfloat_with_epsilon (again->layout->nodes[italy].x, x, 0.01);
  g_assert_cmpfloat_with_epsilon (again->layout->nodes[italy].y, y, 0.01);
  g_assert_false (again->relation_visible[find_relation (ent_window_get_network (again), "r2")]);
  destroy_window (again);

  g_unlink (svg);
  g_unlink (graphml);
  g_unlink (project);
  g_rmdir (dir);
}

static void
test_list_keyboard (void)
{
  EntWindow *win = new_window ();
  const EntNetwork *net;
  GtkSelectionModel *model;
  int actor;

  open_one (win, "libya-map.json");
  net = ent_window_get_network (win);
  gtk_widget_activate_action (GTK_WIDGET (win), "win.show-list", NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (win->view_stack), ==, "list");
  g_assert_cmpuint (ent_actor_list_get_n_actor_rows (win->actor_list), ==, net->actors->len);

  /* Sorted by links: Haftar, the hub of this map, comes first. */
  actor = ent_actor_list_get_actor_at (win->actor_list, 0);
  g_assert_cmpint (actor, ==, find_actor_named (net, "Khalifa Haftar"));

  /* Selecting a row selects on the map and fills the panel. */
  model = gtk_column_view_get_model (GTK_COLUMN_VIEW (ent_actor_list_get_actor_view (win->actor_list)));
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (model), 1);
  actor = ent_actor_list_get_actor_at (win->actor_list, 1);
  g_assert_cmpint (win->sel_actor, ==, actor);
  g_assert_cmpint (ent_graph_view_get_selected_actor (win->graph_view), ==, actor);
  g_assert_nonnull (strstr (ent_evidence_panel_get_text (win->evidence_panel),
                            ((EntActor *) g_ptr_array_index (net->actors, actor))->name));

  /* Typing filters the tables: by alias too. */
  gtk_editable_set_text (GTK_EDITABLE (ent_actor_list_get_filter_entry (win->actor_list)), "africa corps");
  spin (400);
  g_assert_cmpuint (ent_actor_list_get_n_actor_rows (win->actor_list), ==, 1);
  g_assert_cmpint (ent_actor_list_get_actor_at (win->actor_list, 0), ==, find_actor_named (net, "Wagner Group"));
  screenshot (win, "window-list.png");
  destroy_window (win);
}

static GtkDialog *
find_dialog_for (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* borrowed */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);

      if (GTK_IS_DIALOG (w) && gtk_window_get_transient_for (w) == parent)
        return GTK_DIALOG (w);
    }
  return NULL;
}

static void
test_edits_undo (void)
{
  EntWindow *win = new_window ();
  const EntNetwork *net;
  guint actors, relations;
  int russia;

  open_one (win, "libya-map.json");
  net = ent_window_get_network (win);
  actors = net->actors->len;
  relations = net->relations->len;
  russia = find_actor_named (net, "Russia");
  _ent_window_select (win, russia, -1, ENT_ORIGIN_NONE, FALSE);
  gtk_widget_activate_action (GTK_WIDGET (win), "win.remove-selected", NULL);
  net = ent_window_get_network (win);
  g_assert_cmpuint (net->actors->len, ==, actors - 1);
  g_assert_cmpuint (net->relations->len, ==, relations - 1);
  g_assert_cmpint (find_actor_named (net, "Russia"), ==, -1);
  g_assert_cmpuint (win->edits->len, ==, 1);
  g_assert_true (win->dirty);

  gtk_widget_activate_action (GTK_WIDGET (win), "win.undo", NULL);
  wait_until (idle_cond, win, 30000, "undo");
  net = ent_window_get_network (win);
  g_assert_cmpuint (net->actors->len, ==, actors);
  g_assert_cmpuint (net->relations->len, ==, relations);
  g_assert_cmpint (find_actor_named (net, "Russia"), ==, russia);
  g_assert_cmpuint (win->edits->len, ==, 0);

  gtk_widget_activate_action (GTK_WIDGET (win), "win.redo", NULL);
  net = ent_window_get_network (win);
  g_assert_cmpint (find_actor_named (net, "Russia"), ==, -1);
  g_assert_cmpuint (win->edits->len, ==, 1);

  /* Merge through its dialog: al-Sisi's node into Egypt's. */
  {
    int sisi = find_actor_named (net, "Abdel Fattah al-Sisi");
    int egypt = find_actor_named (net, "Egypt");
    guint n = net->actors->len;
    GtkDialog *dialog;
    GArray *targets;
    guint pos = G_MAXUINT;

    _ent_window_select (win, sisi, -1, ENT_ORIGIN_NONE, FALSE);
    gtk_widget_activate_action (GTK_WIDGET (win), "win.merge-actor", NULL);
    dialog = find_dialog_for (GTK_WINDOW (win));
    g_assert_nonnull (dialog);
    targets = g_object_get_data (G_OBJECT (dialog), "targets");
    for (guint i = 0; i < targets->len; i++)
      if (g_array_index (targets, guint, i) == (guint) egypt)
        pos = i;
    g_assert_cmpuint (pos, <, targets->len);
    gtk_drop_down_set_selected (GTK_DROP_DOWN (g_object_get_data (G_OBJECT (dialog), "dropdown")), pos);
    gtk_dialog_response (dialog, GTK_RESPONSE_ACCEPT);
    spin (50);
    net = ent_window_get_network (win);
    g_assert_cmpuint (net->actors->len, ==, n - 1);
    g_assert_cmpint (find_actor_named (net, "Abdel Fattah al-Sisi"), ==, -1);
    g_assert_cmpint (find_actor_named (net, "Egypt"), >=, 0);
    g_assert_cmpint (win->sel_actor, ==, find_actor_named (net, "Egypt"));
    g_assert_cmpuint (win->edits->len, ==, 2);
    gtk_widget_activate_action (GTK_WIDGET (win), "win.undo", NULL);
    net = ent_window_get_network (win);
    g_assert_cmpint (find_actor_named (net, "Abdel Fattah al-Sisi"), ==, sisi);
  }

  /* Rename through its dialog; the search finds the new name. */
  {
    int egypt = find_actor_named (net, "Egypt");
    GtkDialog *dialog;

    _ent_window_select (win, egypt, -1, ENT_ORIGIN_NONE, FALSE);
    gtk_widget_activate_action (GTK_WIDGET (win), "win.rename-actor", NULL);
    dialog = find_dialog_for (GTK_WINDOW (win));
    g_assert_nonnull (dialog);
    gtk_editable_set_text (GTK_EDITABLE (g_object_get_data (G_OBJECT (dialog), "entry")), "Arab Republic of Egypt");
    gtk_dialog_response (dialog, GTK_RESPONSE_ACCEPT);
    spin (50);
    net = ent_window_get_network (win);
    g_assert_cmpint (find_actor_named (net, "Arab Republic of Egypt"), ==, egypt);
    search_for (win, "arab republic");
    g_assert_true (win->search_hits[egypt]);
  }
  destroy_window (win);
}


static void
test_unsaved_changes (void)
{
  EntWindow *win = new_window ();
  const EntNetwork *before;
  GtkDialog *dialog;
  gpointer weak = win;

  open_one (win, "libya-map.json");
  before = ent_window_get_network (win);
  g_action_group_change_action_state (G_ACTION_GROUP (win), "filter-neutral", g_variant_new_boolean (FALSE));
  wait_until (idle_cond, win, 30000, "the filter");
  g_assert_true (win->dirty);
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (win)), "•"));

  /* Opening other files asks first; Cancel keeps the map. */
  {
    g_autofree char *path = g_build_filename (fixtures, "libya-talks.txt", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);

    ent_window_open_files (win, &file, 1);
    g_assert_false (ent_window_is_busy (win));
    dialog = find_dialog_for (GTK_WINDOW (win));
    g_assert_nonnull (dialog);
    gtk_dialog_response (dialog, GTK_RESPONSE_CANCEL);
    spin (50);
    g_assert_true (ent_window_get_network (win) == before);
    g_assert_false (ent_window_is_busy (win));
  }

  /* Closing asks too; Cancel keeps the window. */
  gtk_window_close (GTK_WINDOW (win));
  spin (50);
  dialog = find_dialog_for (GTK_WINDOW (win));
  g_assert_nonnull (dialog);
  gtk_dialog_response (dialog, GTK_RESPONSE_CANCEL);
  spin (50);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (win)));

  /* "Close without saving" closes. */
  g_object_add_weak_pointer (G_OBJECT (win), &weak);
  gtk_window_close (GTK_WINDOW (win));
  spin (50);
  dialog = find_dialog_for (GTK_WINDOW (win));
  g_assert_nonnull (dialog);
  gtk_dialog_response (dialog, GTK_RESPONSE_REJECT);
  spin (200);
  g_assert_null (weak);
}

static void
test_engine_relayout (void)
{
  EntWindow *win = new_window ();
  EntLayout *before;
  double x0;
  int egypt;

  open_one (win, "libya-map.json");
  egypt = find_actor_named (ent_window_get_network (win), "Egypt");
  before = win->layout;
  x0 = before->nodes[egypt].x;

  /* The header bar's engine list: circo puts everyone on a circle. */
  gtk_drop_down_set_selected (win->engine_dropdown, 5);
  g_assert_true (ent_window_is_busy (win));
  wait_until (idle_cond, win, 30000, "the circo layout");
  g_assert_cmpstr (win->engine, ==, "circo");
  g_assert_true (win->layout != before);
  g_assert_cmpstr (win->layout->engine, ==, "circo");
  screenshot (win, "window-circo.png");

  gtk_widget_activate_action (GTK_WIDGET (win), "win.undo", NULL);
  wait_until (idle_cond, win, 30000, "undo");
  g_assert_cmpstr (win->engine, ==, "auto");
  g_assert_cmpuint (gtk_drop_down_get_selected (win->engine_dropdown), ==, 0);
  g_assert_cmpfloat_with_epsilon (win->layout->nodes[egypt].x, x0, 1e-6);

  /* Re-run layout after a move puts the automatic positions back. */
  ent_layout_move_node (win->layout, ent_window_get_network (win), egypt, x0 + 300, 0);
  g_signal_emit_by_name (win->graph_view, "node-moved", (guint) egypt, x0, 0.0, x0 + 300, 0.0);
  gtk_widget_activate_action (GTK_WIDGET (win), "win.relayout", NULL);
  wait_until (idle_cond, win, 30000, "the layout");
  g_assert_cmpfloat_with_epsilon (win->layout->nodes[egypt].x, x0, 1.0);
  destroy_window (win);
}

static void
test_add_articles (void)
{
  EntWindow *win = new_window ();
  const EntNetwork *net;
  g_autofree char *sample = g_build_filename (fixtures, "..", "..", "..", "data", "samples", "sample-article.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (sample);
  GtkDialog *dialog;
  guint actors_before;

  open_one (win, "libya-map.json");
  /* A correction and a filter that the merge must keep. */
  _ent_window_select (win, find_actor_named (ent_window_get_network (win), "Abdul Hamid Dbeibah"), -1,
                      ENT_ORIGIN_NONE, FALSE);
  gtk_widget_activate_action (GTK_WIDGET (win), "win.remove-selected", NULL);
  g_action_group_change_action_state (G_ACTION_GROUP (win), "filter-neutral", g_variant_new_boolean (FALSE));
  wait_until (idle_cond, win, 30000, "the filter");
  actors_before = ent_window_get_network (win)->actors->len;

  /* Unsaved work: adding asks first. */
  ent_window_add_files (win, &file, 1);
  g_assert_false (ent_window_is_busy (win));
  dialog = find_dialog_for (GTK_WINDOW (win));
  g_assert_nonnull (dialog);
  gtk_dialog_response (dialog, GTK_RESPONSE_ACCEPT);
  g_assert_true (ent_window_is_busy (win));
  wait_until (idle_cond, win, 60000, "the merge");

  net = ent_window_get_network (win);
  g_assert_false (gtk_info_bar_get_revealed (win->error_bar));
  g_assert_cmpuint (net->documents->len, ==, 2);
  g_assert_cmpuint (net->actors->len, >, actors_before);
  g_assert_cmpint (find_actor_named (net, "Abdul Hamid Dbeibah"), ==, -1);   /* still removed */
  g_assert_cmpint (find_actor_named (net, "Khalifa Haftar"), >=, 0);
  for (guint r = 0; r < net->relations->len; r++)
    if (((EntRelation *) g_ptr_array_index (net->relations, r))->polarity == ENT_POLARITY_NEUTRAL)
      g_assert_false (win->relation_visible[r]);
  /* Both texts are there for the source pane. */
  for (guint d = 0; d < net->documents->len; d++)
    g_assert_nonnull (((EntDocument *) g_ptr_array_index (net->documents, d))->text);
  g_assert_nonnull (strstr (gtk_label_get_text (win->status_label), "2 documents"));
  destroy_window (win);
}

static void
test_empty_and_filtered (void)
{
  EntWindow *win = new_window ();

  /* An article without any actor: a map with nothing on it says why. */
  open_one (win, "no-actors.txt");
  g_assert_false (gtk_info_bar_get_revealed (win->error_bar));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (win->main_stack), ==, "map");
  g_assert_cmpuint (ent_window_get_network (win)->actors->len, ==, 0);
  g_assert_nonnull (strstr (ent_evidence_panel_get_text (win->evidence_panel), "No states, leaders or groups"));

  /* Every type unticked: the panel says the filters hide everything. */
  open_one (win, "libya-map.json");
  g_action_group_change_action_state (G_ACTION_GROUP (win), "filter-state", g_variant_new_boolean (FALSE));
  g_action_group_change_action_state (G_ACTION_GROUP (win), "filter-leader", g_variant_new_boolean (FALSE));
  g_action_group_change_action_state (G_ACTION_GROUP (win), "filter-person", g_variant_new_boolean (FALSE));
  g_action_group_change_action_state (G_ACTION_GROUP (win), "filter-group", g_variant_new_boolean (FALSE));
  wait_until (idle_cond, win, 30000, "the filters");
  g_assert_cmpuint (win->n_actors_shown, ==, 0);
  g_assert_nonnull (strstr (ent_evidence_panel_get_text (win->evidence_panel), "filters hide every actor"));
  gtk_widget_activate_action (GTK_WIDGET (win), "win.filter-reset", NULL);
  wait_until (idle_cond, win, 30000, "the reset");
  g_assert_cmpuint (win->n_actors_shown, ==, ent_window_get_network (win)->actors->len);
  destroy_window (win);
}

static void
test_dark_preference (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = source ? g_settings_schema_source_lookup (source, "org.gnome.desktop.interface", TRUE) : NULL;
  g_autoptr(GSettings) settings = NULL;
  gboolean dark = FALSE;

  if (schema == NULL || !g_settings_schema_has_key (schema, "color-scheme") || g_getenv ("GTK_THEME") != NULL)
    {
      g_test_skip ("no desktop colour-scheme setting here");
      return;
    }
  /* Without a portal the desktop's GSettings decide (memory backend in tests). */
  settings = g_settings_new ("org.gnome.desktop.interface");
  g_settings_set_string (settings, "color-scheme", "prefer-dark");
  spin (100);
  g_object_get (gtk_settings_get_default (), "gtk-application-prefer-dark-theme", &dark, NULL);
  g_assert_true (dark);
  g_settings_set_string (settings, "color-scheme", "default");
  spin (100);
  g_object_get (gtk_settings_get_default (), "gtk-application-prefer-dark-theme", &dark, NULL);
  g_assert_false (dark);
}

static gboolean
pointer_null_cond (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static void
test_save_on_close (void)
{
  EntWindow *win = new_window ();
  g_autofree char *dir = g_dir_make_tmp ("entente-test-XXXXXX", NULL);
  g_autofree char *project = g_build_filename (dir, "saved.entente", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(EntProject) reread = NULL;
  GtkDialog *dialog;
  gpointer weak = win;

  open_one (win, "libya-map.json");
  save_project (win, project);
  g_assert_false (win->dirty);

  /* A change, then closing: "Save" writes the project and closes. */
  g_action_group_change_action_state (G_ACTION_GROUP (win), "filter-ally", g_variant_new_boolean (FALSE));
  wait_until (idle_cond, win, 30000, "the filter");
  g_object_add_weak_pointer (G_OBJECT (win), &weak);
  gtk_window_close (GTK_WINDOW (win));
  spin (50);
  dialog = find_dialog_for (GTK_WINDOW (win));
  g_assert_nonnull (dialog);
  gtk_dialog_response (dialog, GTK_RESPONSE_ACCEPT);
  /* Written on a worker, then closed. */
  wait_until (pointer_null_cond, &weak, 30000, "the window to close after saving");

  reread = ent_project_load (project, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (reread->filter.polarity_mask & (1u << ENT_POLARITY_ALLY), ==, 0);
  g_unlink (project);
  g_rmdir (dir);
}

typedef struct {
  gint64 last;
  gint64 max_gap;
  guint  ticks;
} Ticks;

static gboolean
tick_cb (gpointer data)
{
  Ticks *t = data;
  gint64 now = g_get_monotonic_time ();

  if (t->last != 0)
    t->max_gap = MAX (t->max_gap, now - t->last);
  t->last = now;
  t->ticks++;
  return G_SOURCE_CONTINUE;
}

static void
paint_cb (GdkFrameClock *clock, guint *paints)
{
  (*paints)++;
}

typedef struct {
  guint   n_fractions;      /* distinct fractions shown, in order */
  double  last_fraction;
  gboolean went_back;
  gboolean saw_reading_n;   /* "Reading 37 of 500…" */
  gboolean saw_finding;
  gboolean saw_layout;
  guint   paints;
  Ticks   ticks;
} Watch;

static void
fraction_cb (GtkProgressBar *bar, GParamSpec *pspec, Watch *w)
{
  double f = gtk_progress_bar_get_fraction (bar);

  if (f < w->last_fraction)
    w->went_back = TRUE;
  if (f != w->last_fraction)
    w->n_fractions++;
  w->last_fraction = f;
}

static void
label_cb (GtkLabel *label, GParamSpec *pspec, Watch *w)
{
  const char *text = gtk_label_get_text (label);

  if (g_str_has_prefix (text, "Reading ") && strstr (text, " of ") != NULL)
    w->saw_reading_n = TRUE;
  if (g_str_has_prefix (text, "Finding actors"))
    w->saw_finding = TRUE;
  if (g_str_has_prefix (text, "Laying out"))
    w->saw_layout = TRUE;
}

/* Iterates the main loop (as the window's own loop does) until the job
 * ends, noting every fraction and message the progress bar shows. */
static void
watch_load (EntWindow *win, Watch *w, gboolean (*stop) (EntWindow *, Watch *))
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (win));
  gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  gulong paint_id = g_signal_connect (clock, "after-paint", G_CALLBACK (paint_cb), &w->paints);
  gulong fraction_id = g_signal_connect (win->progress_bar, "notify::fraction", G_CALLBACK (fraction_cb), w);
  gulong label_id = g_signal_connect (win->progress_label, "notify::label", G_CALLBACK (label_cb), w);
  guint source = g_timeout_add (10, tick_cb, &w->ticks);

  w->last_fraction = gtk_progress_bar_get_fraction (win->progress_bar);
  label_cb (win->progress_label, NULL, w);
  while (ent_window_is_busy (win) && (stop == NULL || !stop (win, w)))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      if (win->progress_fraction >= 0)
        g_assert_cmpfloat_with_epsilon (gtk_progress_bar_get_fraction (win->progress_bar),
                                        win->progress_fraction, 1e-9);
      g_main_context_iteration (NULL, TRUE);
    }
  g_source_remove (source);
  g_signal_handler_disconnect (clock, paint_id);
  g_signal_handler_disconnect (win->progress_bar, fraction_id);
  g_signal_handler_disconnect (win->progress_label, label_id);
}

static gboolean
past_reading_cb (EntWindow *win, Watch *w)
{
  /* Reading done, extraction under way. */
  return w->saw_finding && win->progress_fraction > 0.1;
}

static void
test_load_progress (void)
{
  EntWindow *win = new_window ();
  g_autofree char *dir = g_dir_make_tmp ("entente-test-XXXXXX", NULL);
  g_autoptr(GPtrArray) files = corpus_files_write (dir, 300, 0);
  const EntNetwork *before;
  Watch w = { 0 };
  gint64 t0;

  open_one (win, "libya-map.json");
  before = ent_window_get_network (win);

  /* Cancel part-way: the previous map stays, untouched, and usable. */
  ent_window_open_files (win, (GFile **) files->pdata, files->len);
  g_assert_true (ent_window_is_busy (win));
  watch_load (win, &w, past_reading_cb);
  g_assert_true (ent_window_is_busy (win));
  g_assert_true (w.saw_reading_n);
  gtk_widget_activate_action (GTK_WIDGET (win), "win.cancel-load", NULL);
  g_assert_false (ent_window_is_busy (win));
  g_assert_false (gtk_revealer_get_reveal_child (win->progress_revealer));
  spin (500);
  g_assert_true (ent_window_get_network (win) == before);
  g_assert_cmpuint (before->documents->len, ==, 1);
  g_assert_false (gtk_info_bar_get_revealed (win->error_bar));

  /* The whole load: a real fraction that only goes forward, the stages
   * named, and a main loop that keeps running and drawing throughout. */
  memset (&w, 0, sizeof w);
  t0 = g_get_monotonic_time ();
  ent_window_open_files (win, (GFile **) files->pdata, files->len);
  watch_load (win, &w, NULL);
  g_test_message ("300 articles: %.2f s, %u fractions, %u ticks, longest gap %.1f ms, %u paints",
                  (g_get_monotonic_time () - t0) / 1e6, w.n_fractions, w.ticks.ticks,
                  w.ticks.max_gap / 1e3, w.paints);
  g_assert_false (w.went_back);
  /* At least: all read, all extracted, all merged (the extractor reports
   * within a text every 256 KB, so small articles give no steps between). */
  g_assert_cmpuint (w.n_fractions, >=, 3);
  g_assert_cmpfloat (w.last_fraction, ==, 1.0);
  g_assert_true (w.saw_reading_n);
  g_assert_true (w.saw_finding);
  g_assert_true (w.saw_layout);
  g_assert_cmpuint (w.ticks.ticks, >=, 5);
  g_assert_cmpint (w.ticks.max_gap, <, 2 * G_USEC_PER_SEC);   /* generous: a shared CI machine */
  g_assert_cmpuint (w.paints, >=, 3);
  g_assert_false (gtk_info_bar_get_revealed (win->error_bar));
  g_assert_cmpuint (ent_window_get_network (win)->documents->len, ==, 300);

  destroy_window (win);
  corpus_files_remove (dir, files);
}

static void
test_load_progress_big_file (void)
{
  EntWindow *win = new_window ();
  g_autofree char *dir = g_dir_make_tmp ("entente-test-XXXXXX", NULL);
  g_autoptr(GPtrArray) files = corpus_files_write (dir, 0, 20);
  Watch w = { 0 };
  gint64 t0 = g_get_monotonic_time ();

  ent_window_open_files (win, (GFile **) files->pdata, files->len);
  watch_load (win, &w, past_reading_cb);
  g_assert_true (ent_window_is_busy (win));
  screenshot (win, "window-loading.png");
  watch_load (win, &w, NULL);
  g_test_message ("20 MB: %.2f s, %u fractions, %u ticks, longest gap %.1f ms, %u paints",
                  (g_get_monotonic_time () - t0) / 1e6, w.n_fractions, w.ticks.ticks,
                  w.ticks.max_gap / 1e3, w.paints);
  g_assert_false (w.went_back);
  /* Extraction reports as it goes through the one long text. */
  g_assert_cmpuint (w.n_fractions, >=, 5);
  g_assert_true (w.saw_finding);
  g_assert_cmpint (w.ticks.max_gap, <, 2 * G_USEC_PER_SEC);
  g_assert_false (gtk_info_bar_get_revealed (win->error_bar));
  g_assert_cmpuint (ent_window_get_network (win)->documents->len, ==, 1);
  screenshot (win, "window-big-file.png");
  destroy_window (win);
  corpus_files_remove (dir, files);
}

static void
test_write_in_background (void)
{
  EntWindow *win = new_window ();
  g_autofree char *dir = g_dir_make_tmp ("entente-test-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "map.png", NULL);
  g_autofree char *project = g_build_filename (dir, "map.entente", NULL);
  g_autofree char *bad = g_build_filename (dir, "no-such-folder", "map.png", NULL);
  g_autofree char *bad_project = g_build_filename (dir, "no-such-folder", "map.entente", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(EntProject) reread = NULL;
  g_autoptr(GError) error = NULL;
  const EntNetwork *net;
  gsize len = 0;
  int italy;
  double x0, y0;
  Ticks ticks = { 0 };
  guint source;

  open_one (win, "libya-map.json");
  net = ent_window_get_network (win);
  italy = find_actor_named (net, "Italy");
  x0 = win->layout->nodes[italy].x;
  y0 = win->layout->nodes[italy].y;

  /* The image is written from a copy: the window keeps running meanwhile. */
  source = g_timeout_add (5, tick_cb, &ticks);
  _ent_window_export_to (win, png);
  g_assert_true (ent_window_is_writing (win));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (win->io_spinner)));
  g_assert_true (gtk_spinner_get_spinning (win->io_spinner));
  wait_until (written_cond, win, 30000, "the PNG");
  g_source_remove (source);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (win->io_spinner)));
  g_assert_false (gtk_info_bar_get_revealed (win->error_bar));
  g_assert_true (g_file_get_contents (png, &contents, &len, NULL));
  g_assert_cmpuint (len, >, 8);
  g_assert_cmpmem (contents, 8, "\x89PNG\r\n\x1a\n", 8);
  g_assert_cmpstr (gtk_label_get_text (win->search_status_label), ==, "Exported map.png");

  /* A save started, then a node moved before the worker is done: the file
   * has the map as it was when saving started, and the window knows the
   * move is not saved. */
  _ent_window_save_project (win, project, FALSE);
  ent_layout_move_node (win->layout, net, italy, x0 + 80, y0 + 40);
  g_signal_emit_by_name (win->graph_view, "node-moved", (guint) italy, x0, y0, x0 + 80, y0 + 40);
  wait_until (written_cond, win, 30000, "the save");
  g_assert_false (gtk_info_bar_get_revealed (win->error_bar));
  g_assert_cmpstr (win->project_path, ==, project);
  g_assert_true (win->dirty);
  reread = ent_project_load (project, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (reread->layout->nodes[italy].x, x0, 0.01);
  g_assert_cmpfloat_with_epsilon (reread->layout->nodes[italy].y, y0, 0.01);

  /* Failures show in the window's banner, naming the file; nothing is lost. */
  _ent_window_export_to (win, bad);
  wait_until (written_cond, win, 30000, "the failed export");
  g_assert_true (gtk_info_bar_get_revealed (win->error_bar));
  g_assert_nonnull (strstr (gtk_label_get_text (win->error_label), bad));
  _ent_window_save_project (win, bad_project, FALSE);
  wait_until (written_cond, win, 30000, "the failed save");
  g_assert_true (gtk_info_bar_get_revealed (win->error_bar));
  g_assert_nonnull (strstr (gtk_label_get_text (win->error_label), "no-such-folder"));
  g_assert_true (win->dirty);
  g_assert_cmpstr (win->project_path, ==, project);
  g_assert_true (ent_window_get_network (win) == net);
  screenshot (win, "window-save-failed.png");

  destroy_window (win);
  g_unlink (png);
  g_unlink (project);
  g_rmdir (dir);
}

static GHashTable *
rows_by_index (EntWindow *win, gboolean actors)
{
  GtkWidget *view = actors ? ent_actor_list_get_actor_view (win->actor_list)
                           : ent_actor_list_get_relation_view (win->actor_list);
  GListModel *model = G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (view)));
  GHashTable *rows = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      int index = actors ? ent_actor_list_get_actor_at (win->actor_list, i)
                         : ent_actor_list_get_relation_at (win->actor_list, i);

      g_hash_table_insert (rows, GINT_TO_POINTER (index), g_list_model_get_item (model, i));
    }
  return rows;
}

/* A filter change while the tables are on screen updates them in place:
 * rows that stay are the same rows (their widgets are kept), link counts
 * follow the links shown, and the order by links holds. */
static void
test_list_incremental (void)
{
  EntWindow *win = new_window ();
  const EntNetwork *net;
  g_autoptr(GHashTable) actors_before = NULL;
  g_autoptr(GHashTable) relations_before = NULL;
  g_autoptr(GHashTable) actors_after = NULL;
  g_autoptr(GHashTable) relations_after = NULL;
  g_autoptr(GHashTable) links_before = g_hash_table_new (NULL, NULL);
  GListModel *model;
  GHashTableIter iter;
  gpointer key, value;
  guint n_neutral = 0, last_links = G_MAXUINT, n_changed_links = 0;

  open_one (win, "libya-map.json");
  net = ent_window_get_network (win);
  gtk_widget_activate_action (GTK_WIDGET (win), "win.show-list", NULL);
  spin (100);
  actors_before = rows_by_index (win, TRUE);
  relations_before = rows_by_index (win, FALSE);
  g_hash_table_iter_init (&iter, actors_before);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint links = 0;

      g_object_get (value, "links", &links, NULL);
      g_hash_table_insert (links_before, key, GUINT_TO_POINTER (links));
    }
  g_assert_cmpuint (g_hash_table_size (relations_before), ==, net->relations->len);
  for (guint r = 0; r < net->relations->len; r++)
    n_neutral += ((EntRelation *) g_ptr_array_index (net->relations, r))->polarity == ENT_POLARITY_NEUTRAL;
  g_assert_cmpuint (n_neutral, >, 0);

  g_action_group_change_action_state (G_ACTION_GROUP (win), "filter-neutral", g_variant_new_boolean (FALSE));
  wait_until (idle_cond, win, 30000, "the filter");
  spin (100);
  actors_after = rows_by_index (win, TRUE);
  relations_after = rows_by_index (win, FALSE);

  g_assert_cmpuint (g_hash_table_size (relations_after), ==, net->relations->len - n_neutral);
  g_hash_table_iter_init (&iter, relations_after);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_assert_true (g_hash_table_lookup (relations_before, key) == value);

  g_assert_cmpuint (g_hash_table_size (actors_after), ==, win->n_actors_shown);
  model = G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (ent_actor_list_get_actor_view (win->actor_list))));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (model, i);
      int a = ent_actor_list_get_actor_at (win->actor_list, i);
      guint links = 0, expected = 0;

      g_object_get (row, "links", &links, NULL);
      for (guint r = 0; r < net->relations->len; r++)
        {
          const EntRelation *rel = g_ptr_array_index (net->relations, r);

          if (win->relation_visible[r] && ((int) rel->source == a || (int) rel->target == a))
            expected++;
        }
      g_assert_cmpuint (links, ==, expected);
      g_assert_cmpuint (links, <=, last_links);   /* still most connected first */
      last_links = links;
      g_assert_true (g_hash_table_lookup (actors_before, GINT_TO_POINTER (a)) == row);
      n_changed_links += GPOINTER_TO_UINT (g_hash_table_lookup (links_before, GINT_TO_POINTER (a))) != expected;
    }
  g_assert_cmpuint (n_changed_links, >, 0);   /* counts were updated in place */

  /* And back: every relation row is there again. */
  g_action_group_change_action_state (G_ACTION_GROUP (win), "filter-neutral", g_variant_new_boolean (TRUE));
  wait_until (idle_cond, win, 30000, "the filter");
  g_assert_cmpuint (ent_actor_list_get_n_relation_rows (win->actor_list), ==, net->relations->len);
  screenshot (win, "window-list-filtered.png");
  destroy_window (win);
}

/* A node moved while a new layout is computed stays where the user put it
 * (relative to the map) when that layout arrives; the others take their
 * new places. */
static void
test_move_during_relayout (void)
{
  EntWindow *win = new_window ();
  const EntNetwork *net;
  g_autoptr(EntLayout) control = NULL;
  EntLayout *before;
  double x, y, fx = 0.1, fy = 0.9, old_x, old_y;
  int egypt, italy;

  open_one (win, "libya-map.json");
  net = ent_window_get_network (win);
  egypt = find_actor_named (net, "Egypt");
  italy = find_actor_named (net, "Italy");
  control = ent_layout_compute (net, win->actor_visible, win->relation_visible, "circo", NULL, NULL);
  g_assert_nonnull (control);

  before = win->layout;
  gtk_drop_down_set_selected (win->engine_dropdown, 5);   /* circo */
  g_assert_true (ent_window_is_busy (win));
  /* The user drags Egypt to the lower left meanwhile (as the map does it). */
  old_x = before->nodes[egypt].x;
  old_y = before->nodes[egypt].y;
  x = before->x0 + fx * before->width;
  y = before->y0 + fy * before->height;
  ent_layout_move_node (before, net, egypt, x, y);
  g_signal_emit_by_name (win->graph_view, "node-moved", (guint) egypt, old_x, old_y, x, y);
  wait_until (idle_cond, win, 30000, "the circo layout");

  g_assert_true (win->layout != before);
  g_assert_cmpstr (win->layout->engine, ==, "circo");
  g_assert_cmpfloat_with_epsilon ((win->layout->nodes[egypt].x - win->layout->x0) / win->layout->width, fx, 0.06);
  g_assert_cmpfloat_with_epsilon ((win->layout->nodes[egypt].y - win->layout->y0) / win->layout->height, fy, 0.06);
  g_assert_cmpfloat (fabs (win->layout->nodes[egypt].x - control->nodes[egypt].x) +
                     fabs (win->layout->nodes[egypt].y - control->nodes[egypt].y), >, 20.0);
  /* Italy was not moved: it takes its circo place. */
  g_assert_cmpfloat_with_epsilon (win->layout->nodes[italy].x - win->layout->x0,
                                  control->nodes[italy].x - control->x0, 1.0);
  g_assert_cmpfloat_with_epsilon (win->layout->nodes[italy].y - win->layout->y0,
                                  control->nodes[italy].y - control->y0, 1.0);
  g_assert_cmpstr (gtk_label_get_text (win->search_status_label), ==, "Kept 1 actor where you moved it");
  g_assert_true (win->dirty);
  screenshot (win, "window-move-during-relayout.png");

  /* Undoing the move puts Egypt where the new layout placed it. */
  gtk_widget_activate_action (GTK_WIDGET (win), "win.undo", NULL);
  g_assert_cmpfloat_with_epsilon (win->layout->nodes[egypt].x - win->layout->x0,
                                  control->nodes[egypt].x - control->x0, 1.0);
  g_assert_cmpfloat_with_epsilon (win->layout->nodes[egypt].y - win->layout->y0,
                                  control->nodes[egypt].y - control->y0, 1.0);
  gtk_widget_activate_action (GTK_WIDGET (win), "win.redo", NULL);
  g_assert_cmpfloat_with_epsilon ((win->layout->nodes[egypt].x - win->layout->x0) / win->layout->width, fx, 0.06);

  /* Cancelling a re-layout keeps the map shown, moves and all. */
  gtk_widget_activate_action (GTK_WIDGET (win), "win.relayout", NULL);
  before = win->layout;
  x = before->nodes[italy].x + 40;
  ent_layout_move_node (before, net, italy, x, before->nodes[italy].y);
  g_signal_emit_by_name (win->graph_view, "node-moved", (guint) italy, x - 40, before->nodes[italy].y,
                         x, before->nodes[italy].y);
  gtk_widget_activate_action (GTK_WIDGET (win), "win.cancel-load", NULL);
  spin (300);
  g_assert_true (win->layout == before);
  g_assert_cmpfloat_with_epsilon (win->layout->nodes[italy].x, x, 1e-6);
  destroy_window (win);
}

/* The export dialog's background choice: a transparent PNG has clear
 * corners, a dark one dark corners, a light one light corners. */
static void
corner_pixel (const char *path, guint8 rgba[4])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) tex = gdk_texture_new_from_filename (path, &error);
  g_autofree guint8 *data = NULL;
  int w;

  g_assert_no_error (error);
  w = gdk_texture_get_width (tex);
  data = g_malloc ((gsize) w * 4 * gdk_texture_get_height (tex));
  gdk_texture_download (tex, data, (gsize) w * 4);
  /* GDK_MEMORY_DEFAULT is premultiplied B8G8R8A8 */
  rgba[0] = data[2];
  rgba[1] = data[1];
  rgba[2] = data[0];
  rgba[3] = data[3];
}

static void
test_export_background (void)
{
  EntWindow *win = new_window ();
  g_autofree char *dir = g_dir_make_tmp ("entente-test-XXXXXX", NULL);
  g_autofree char *clear = g_build_filename (dir, "clear.png", NULL);
  g_autofree char *dark = g_build_filename (dir, "dark.png", NULL);
  g_autofree char *light = g_build_filename (dir, "light.png", NULL);
  guint8 px[4];

  open_one (win, "libya-map.json");
  _ent_window_export_to_full (win, clear, ENT_EXPORT_BG_TRANSPARENT);
  wait_until (written_cond, win, 30000, "the transparent PNG");
  _ent_window_export_to_full (win, dark, ENT_EXPORT_BG_DARK);
  wait_until (written_cond, win, 30000, "the dark PNG");
  _ent_window_export_to_full (win, light, ENT_EXPORT_BG_LIGHT);
  wait_until (written_cond, win, 30000, "the light PNG");

  corner_pixel (clear, px);
  g_assert_cmpuint (px[3], ==, 0);
  corner_pixel (dark, px);
  g_assert_cmpuint (px[3], ==, 255);
  g_assert_cmpuint (px[0] + px[1] + px[2], <, 3 * 96);
  corner_pixel (light, px);
  g_assert_cmpuint (px[3], ==, 255);
  g_assert_cmpuint (px[0] + px[1] + px[2], >, 3 * 160);

  g_unlink (clear);
  g_unlink (dark);
  g_unlink (light);
  g_rmdir (dir);
  destroy_window (win);
}

int
main (int argc, char **argv)
{
  const char *src = g_getenv ("ENTENTE_SOURCE_DIR");
  const char *build = g_getenv ("ENTENTE_BUILD_DIR");
  int ret;

  gtk_test_init (&argc, &argv, NULL);
  fixtures = g_build_filename (src ? src : SOURCE_DIR, "tests", "fixtures", "gui", NULL);
  artefacts = g_build_filename (build ? build : ".", "tests", "artefacts", NULL);
  g_mkdir_with_parents (artefacts, 0755);

  app = ent_application_new ();
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

  g_test_add_func ("/window/template", test_template);
  g_test_add_func ("/window/open-article", test_open_article);
  g_test_add_func ("/window/select-edge", test_select_edge);
  g_test_add_func ("/window/evidence-markup", test_evidence_markup);
  g_test_add_func ("/window/click-sentence", test_click_sentence);
  g_test_add_func ("/window/search-alias", test_search_alias);
  g_test_add_func ("/window/filter-undo", test_filter_undo);
  g_test_add_func ("/window/focus-filter", test_focus_filter);
  g_test_add_func ("/window/unreadable-file", test_unreadable_file);
  g_test_add_func ("/window/cancel-keeps-map", test_cancel_keeps_map);
  g_test_add_func ("/window/drop-files", test_drop_files);
  g_test_add_func ("/window/export-and-project", test_export_and_project);
  g_test_add_func ("/window/list-keyboard", test_list_keyboard);
  g_test_add_func ("/window/edits-undo", test_edits_undo);
  g_test_add_func ("/window/unsaved-changes", test_unsaved_changes);
  g_test_add_func ("/window/engine-relayout", test_engine_relayout);
  g_test_add_func ("/window/add-articles", test_add_articles);
  g_test_add_func ("/window/empty-and-filtered", test_empty_and_filtered);
  g_test_add_func ("/window/dark-preference", test_dark_preference);
  g_test_add_func ("/window/save-on-close", test_save_on_close);
  g_test_add_func ("/window/load-progress", test_load_progress);
  g_test_add_func ("/window/load-progress-big-file", test_load_progress_big_file);
  g_test_add_func ("/window/write-in-background", test_write_in_background);
  g_test_add_func ("/window/export-background", test_export_background);
  g_test_add_func ("/window/list-incremental", test_list_incremental);
  g_test_add_func ("/window/move-during-relayout", test_move_during_relayout);
  ret = g_test_run ();

  g_object_unref (app);
  g_free (fixtures);
  g_free (artefacts);
  return ret;
}
