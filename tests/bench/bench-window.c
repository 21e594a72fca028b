/* bench-window.c: does the window stay responsive while a large corpus
 * loads?  Run by hand under a display:
 *
 *   xvfb-run -a build/tests/bench/bench-window [N_ARTICLES]
 *   xvfb-run -a build/tests/bench/bench-window --big MEGABYTES
 *
 * Writes N articles (default 500) built from the quality corpus, opens them
 * all in a window, and measures the longest gap between ticks of a 5 ms
 * main-loop timer while the worker extracts and lays out (the window must
 * keep drawing and answering), the time until the map is shown, the main
 * thread's own share (installing the map in the views), and how fast Cancel
 * gives the window back with the previous map intact. */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "ent-application.h"
#include "ent-window-private.h"
#include "corpus-files.h"

static gint64 last_tick;
static gint64 max_gap;
static gint64 ticks;

static gboolean
tick_cb (gpointer data)
{
  gint64 now = g_get_monotonic_time ();

  if (last_tick != 0 && now - last_tick > max_gap)
    max_gap = now - last_tick;
  last_tick = now;
  ticks++;
  return G_SOURCE_CONTINUE;
}

static void
reset_ticks (void)
{
  last_tick = 0;
  max_gap = 0;
  ticks = 0;
}

static double sync_ms;   /* of which in the action itself, before any drawing */

static void
painted_cb (GdkFrameClock *clock, gboolean *painted)
{
  *painted = TRUE;
}

/* Time from a filter change until the window has painted the result. */
static double
time_to_paint (EntWindow *win, const char *action, GVariant *state)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (win));
  gboolean painted = FALSE;
  gulong id;
  gint64 t;

  for (int i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (painted_cb), &painted);
  t = g_get_monotonic_time ();
  g_action_group_change_action_state (G_ACTION_GROUP (win), action, state);
  sync_ms += (g_get_monotonic_time () - t) / 1e3;
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  t = g_get_monotonic_time () - t;
  g_signal_handler_disconnect (clock, id);
  return t / 1e3;
}

/* Hiding and showing neutral links while the tables are on screen. */
static void
filter_change_bench (EntWindow *win)
{
  double hide = 0, show = 0, worst = 0;
  const int rounds = 5;

  sync_ms = 0;

  for (int i = 0; i < rounds; i++)
    {
      double a = time_to_paint (win, "filter-neutral", g_variant_new_boolean (FALSE));
      double b = time_to_paint (win, "filter-neutral", g_variant_new_boolean (TRUE));

      hide += a;
      show += b;
      worst = MAX (worst, MAX (a, b));
    }
  g_print ("filter change, tables shown:    hide neutral %.1f ms, show again %.1f ms, worst %.1f ms "
           "(to the next frame painted; %d rounds)\n"
           "  of which in the action:        %.1f ms per change\n",
           hide / rounds, show / rounds, worst, rounds, sync_ms / (2 * rounds));
}

static void
iterate_until_idle (EntWindow *win)
{
  while (ent_window_is_busy (win))
    g_main_context_iteration (NULL, TRUE);
}

static guint n_fraction_updates;

static void
fraction_cb (GtkProgressBar *bar, GParamSpec *pspec, gpointer data)
{
  n_fraction_updates++;
}

/* bench-window --big MB: one file of MB megabytes, opened with progress. */
static int
bench_big (EntApplication *app, const char *dir, guint megabytes)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) articles = corpus_files_write (dir, 16, 0);
  g_autoptr(GString) big = g_string_new (NULL);
  g_autofree char *path = g_build_filename (dir, "digest.txt", NULL);
  EntWindow *win;
  gint64 t0;
  guint source;

  for (guint i = 0; big->len < (gsize) megabytes * 1024 * 1024; i++)
    {
      g_autofree char *p = g_file_get_path (g_ptr_array_index (articles, i % articles->len));
      g_autofree char *text = NULL;

      g_file_get_contents (p, &text, NULL, NULL);
      g_string_append_printf (big, "%s\n\n", text);
    }
  g_file_set_contents (path, big->str, (gssize) big->len, NULL);
  g_ptr_array_add (files, g_file_new_for_path (path));

  win = ent_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (win), 1280, 800);
  gtk_window_present (GTK_WINDOW (win));
  for (int i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
  g_signal_connect (win->progress_bar, "notify::fraction", G_CALLBACK (fraction_cb), NULL);
  source = g_timeout_add (5, tick_cb, NULL);
  reset_ticks ();
  t0 = g_get_monotonic_time ();
  ent_window_open_files (win, (GFile **) files->pdata, files->len);
  iterate_until_idle (win);
  g_print ("one file of %u MB:               %.2f s to the map, %u progress steps, "
           "longest main-loop stall %.1f ms (%" G_GINT64_FORMAT " ticks of 5 ms)\n",
           megabytes, (g_get_monotonic_time () - t0) / 1e6, n_fraction_updates, max_gap / 1e3, ticks);
  if (ent_window_get_network (win) == NULL)
    {
      g_printerr ("bench-window: the file did not load: %s\n", gtk_label_get_text (win->error_label));
      return 1;
    }
  g_source_remove (source);
  win->dirty = FALSE;
  gtk_window_destroy (GTK_WINDOW (win));
  g_unlink (path);
  corpus_files_remove (dir, articles);
  return 0;
}

int
main (int argc, char **argv)
{
  guint n = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 500;
  g_autofree char *dir = g_dir_make_tmp ("entente-bench-XXXXXX", NULL);
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(EntApplication) app = NULL;
  EntWindow *win;
  gint64 t0, t_done, gap_load, ticks_load;
  const EntNetwork *net;
  guint source;

  gtk_init ();
  app = ent_application_new ();
  g_application_register (G_APPLICATION (app), NULL, NULL);
  if (argc > 2 && g_str_equal (argv[1], "--big"))
    return bench_big (app, dir, (guint) g_ascii_strtoull (argv[2], NULL, 10));
  files = corpus_files_write (dir, n, 0);

  win = ent_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (win), 1280, 800);
  gtk_window_present (GTK_WINDOW (win));
  for (int i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);

  source = g_timeout_add (5, tick_cb, NULL);

  /* 1. Load N articles: the main loop keeps ticking. */
  reset_ticks ();
  t0 = g_get_monotonic_time ();
  ent_window_open_files (win, (GFile **) files->pdata, files->len);
  iterate_until_idle (win);
  t_done = g_get_monotonic_time ();
  gap_load = max_gap;
  ticks_load = ticks;
  net = ent_window_get_network (win);
  if (net == NULL)
    {
      g_printerr ("bench-window: the corpus did not load: %s\n", gtk_label_get_text (win->error_label));
      return 1;
    }
  g_print ("articles:                       %u (%u documents, %u actors, %u relations)\n",
           n, net->documents->len, net->actors->len, net->relations->len);
  g_print ("open -> map shown:              %.2f s\n", (t_done - t0) / 1e6);
  g_print ("longest main-loop stall:        %.1f ms (%" G_GINT64_FORMAT " ticks of 5 ms)\n",
           gap_load / 1e3, ticks_load);

  /* 2. The main thread's own work once the worker is done: the views. */
  {
    gint64 t = g_get_monotonic_time ();

    _ent_window_apply_filter (win);
    _ent_window_refresh (win);
    g_print ("refresh of all views:           %.1f ms\n", (g_get_monotonic_time () - t) / 1e3);
    t = g_get_monotonic_time ();
    ent_graph_view_set_data (win->graph_view, net, win->layout, win->actor_visible, win->relation_visible);
    g_print ("  of which the map:             %.1f ms\n", (g_get_monotonic_time () - t) / 1e3);
    t = g_get_monotonic_time ();
    ent_actor_list_set_data (win->actor_list, net, win->actor_visible, win->relation_visible);
    g_print ("  of which the hidden tables:   %.1f ms\n", (g_get_monotonic_time () - t) / 1e3);
    t = g_get_monotonic_time ();
    gtk_widget_activate_action (GTK_WIDGET (win), "win.show-list", NULL);
    g_print ("showing the tables:             %.1f ms (%u + %u rows)\n", (g_get_monotonic_time () - t) / 1e3,
             ent_actor_list_get_n_actor_rows (win->actor_list),
             ent_actor_list_get_n_relation_rows (win->actor_list));
    t = g_get_monotonic_time ();
    ent_actor_list_set_data (win->actor_list, net, win->actor_visible, win->relation_visible);
    g_print ("refresh of the shown tables:    %.1f ms\n", (g_get_monotonic_time () - t) / 1e3);
    filter_change_bench (win);
    gtk_widget_activate_action (GTK_WIDGET (win), "win.show-map", NULL);
  }

  /* 3. Search across names, aliases and every quote. */
  {
    gint64 t = g_get_monotonic_time ();

    gsize bytes = 0, sentences = 0;

    for (guint r = 0; r < net->relations->len; r++)
      {
        const EntRelation *rel = g_ptr_array_index (net->relations, r);

        for (guint i = 0; i < ent_relation_weight (rel); i++, sentences++)
          bytes += strlen (((EntEvidence *) g_ptr_array_index (rel->evidence, i))->text);
      }
    gtk_editable_set_text (GTK_EDITABLE (win->search_entry), "ceasefire");
    t = g_get_monotonic_time ();
    _ent_window_search_update (win);
    g_print ("search of all quotes:           %.1f ms (%u results; %" G_GSIZE_FORMAT " quotes, %.1f MB)\n",
             (g_get_monotonic_time () - t) / 1e3, win->search_results->len, sentences, bytes / 1e6);
  }

  /* 4. Export a PNG and save the project: the main thread only copies. */
  {
    g_autofree char *png = g_build_filename (dir, "map.png", NULL);
    g_autofree char *project = g_build_filename (dir, "map.entente", NULL);
    const char *paths[] = { png, project };

    for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
      {
        gint64 t = g_get_monotonic_time (), t_main;

        reset_ticks ();
        if (i == 0)
          _ent_window_export_to (win, paths[i]);
        else
          _ent_window_save_project (win, paths[i], FALSE);
        t_main = g_get_monotonic_time () - t;
        while (ent_window_is_writing (win))
          g_main_context_iteration (NULL, TRUE);
        g_print ("%s main thread %.1f ms, written in %.1f ms, longest stall %.1f ms\n",
                 i == 0 ? "export PNG:                    " : "save project:                  ",
                 t_main / 1e3, (g_get_monotonic_time () - t) / 1e3, max_gap / 1e3);
        g_unlink (paths[i]);
      }
  }

  /* 5. Cancel a second load: the window is back at once, same map. */
  {
    gint64 t;

    reset_ticks ();
    win->dirty = FALSE;
    ent_window_open_files (win, (GFile **) files->pdata, files->len);
    for (t = g_get_monotonic_time (); g_get_monotonic_time () - t < 300000;)
      g_main_context_iteration (NULL, FALSE);
    t = g_get_monotonic_time ();
    gtk_widget_activate_action (GTK_WIDGET (win), "win.cancel-load", NULL);
    g_print ("cancel -> window idle:          %.2f ms, map kept: %s, stall while loading: %.1f ms\n",
             (g_get_monotonic_time () - t) / 1e3,
             ent_window_get_network (win) == net ? "yes" : "NO", max_gap / 1e3);
  }

  g_source_remove (source);
  win->dirty = FALSE;
  gtk_window_destroy (GTK_WINDOW (win));
  corpus_files_remove (dir, files);
  return 0;
}
