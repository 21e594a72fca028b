/* ent-window-load.c: reading inputs and laying out on a worker thread.
 *
 * One job at a time: a new job cancels the previous one, and a finished
 * job whose serial is stale is dropped.  Workers get their own copy of what
 * they read, so the window can keep showing (and editing) the current map;
 * Cancel leaves it exactly as it was. */
#define G_LOG_DOMAIN "entente-load"
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "ent-window-private.h"
#include "ent-json.h"

typedef enum {
  JOB_LOAD,
  JOB_LAYOUT,
} JobKind;

typedef struct {
  JobKind             kind;
  guint               serial;
  char              **paths;
  const EntGazetteer *gaz;
  EntNetwork         *net;        /* LOAD: result; LAYOUT: private copy */
  EntProject         *project;
  EntLayout          *layout;     /* result */
  EntFilter           filter;
  char               *engine;
  EntWindow          *window;     /* for progress messages */
  char               *temp_file;  /* the current map, written for "Add Articles"; removed after */
  char               *first_name; /* base name of the first input, for progress messages */
  int                 last_stage; /* worker only: throttling progress messages */
  guint               progress_seq; /* worker only: reports sent, in order */
  gint64              last_progress;
} Job;

static void
job_free (gpointer data)
{
  Job *job = data;

  g_strfreev (job->paths);
  g_clear_pointer (&job->net, ent_network_free);
  g_clear_pointer (&job->project, ent_project_free);
  g_clear_pointer (&job->layout, ent_layout_free);
  ent_undo_filter_clear (&job->filter);
  g_free (job->engine);
  g_free (job->first_name);
  g_clear_object (&job->window);
  if (job->temp_file != NULL)
    {
      g_autofree char *dir = g_path_get_dirname (job->temp_file);

      g_unlink (job->temp_file);
      g_rmdir (dir);
      g_free (job->temp_file);
    }
  g_free (job);
}

typedef struct {
  EntWindow *window;
  guint      serial;
  guint      seq;        /* the job's reports are numbered: 1, 2, ... */
  char      *message;
  double     fraction;   /* < 0: unknown (the bar pulses) */
} Stage;

static void
stage_free (gpointer data)
{
  Stage *stage = data;

  g_object_unref (stage->window);
  g_free (stage->message);
  g_free (stage);
}

static gboolean
stage_cb (gpointer data)
{
  Stage *stage = data;

  /* Only for the job still running, and never one older than the report
   * shown: invocations from another thread may be dispatched out of
   * order, and the bar must not go back. */
  if (stage->serial == stage->window->job_serial && stage->window->job_cancellable != NULL &&
      stage->seq > stage->window->job_progress_seq)
    {
      stage->window->job_progress_seq = stage->seq;
      _ent_window_set_progress (stage->window, stage->message, stage->fraction);
    }
  return G_SOURCE_REMOVE;
}

/* From the worker: tells the window what it is doing now. */
static void
job_stage (Job *job, char *message, double fraction)
{
  Stage *stage = g_new0 (Stage, 1);

  stage->window = g_object_ref (job->window);
  stage->serial = job->serial;
  stage->seq = ++job->progress_seq;
  stage->message = message;
  stage->fraction = fraction;
  g_main_context_invoke_full (NULL, G_PRIORITY_DEFAULT, stage_cb, stage, stage_free);
}

/* At most this often (plus every change of stage) the worker tells the
 * window; a load of 500 articles would otherwise queue 1000 updates. */
#define PROGRESS_INTERVAL_US (G_USEC_PER_SEC / 20)

static void
load_progress_cb (EntLoadStage stage, guint done, guint total, double fraction, gpointer user_data)
{
  Job *job = user_data;
  gint64 now = g_get_monotonic_time ();
  char *message;

  if ((int) stage == job->last_stage && now - job->last_progress < PROGRESS_INTERVAL_US && done < total)
    return;
  job->last_stage = (int) stage;
  job->last_progress = now;

  switch (stage)
    {
    case ENT_LOAD_READING:
      if (total == 1)
        message = g_strdup_printf (_("Reading %s…"), job->first_name);
      else
        message = g_strdup_printf (_("Reading %u of %u…"), MIN (done + 1, total), total);
      break;
    case ENT_LOAD_EXTRACTING:
      if (total == 1)
        message = g_strdup_printf (_("Finding actors and relations in %s…"), job->first_name);
      else
        message = g_strdup_printf (_("Finding actors and relations in %u articles…"), total);
      break;
    case ENT_LOAD_MERGING:
    default:
      message = g_strdup_printf (_("Merging %u of %u…"), done, total);
      break;
    }
  job_stage (job, message, fraction);
}

static gboolean
job_layout (Job *job, GCancellable *cancellable, GError **error)
{
  g_autofree gboolean *av = g_new0 (gboolean, job->net->actors->len + 1);
  g_autofree gboolean *rv = g_new0 (gboolean, job->net->relations->len + 1);

  ent_filter_apply (&job->filter, job->net, av, rv);
  job->layout = ent_layout_compute (job->net, av, rv, job->engine, cancellable, error);
  return job->layout != NULL;
}

static void
job_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  Job *job = task_data;
  GError *error = NULL;

  if (job->kind == JOB_LOAD)
    {
      job->last_stage = -1;
      job->net = ent_load_inputs_full ((const char *const *) job->paths, job->gaz, &job->project,
                                       cancellable, load_progress_cb, job, &error);
      if (job->net == NULL)
        {
          g_task_return_error (task, error);
          return;
        }
      if (job->project != NULL)
        {
          ent_undo_filter_clear (&job->filter);
          ent_undo_filter_copy (&job->filter, &job->project->filter);
          if (job->project->engine != NULL)
            {
              g_free (job->engine);
              job->engine = g_strdup (job->project->engine);
            }
          if (job->project->layout != NULL && job->project->layout->n_nodes == job->net->actors->len &&
              job->project->layout->n_edges == job->net->relations->len)
            job->layout = g_steal_pointer (&job->project->layout);
        }
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  if (job->layout == NULL && job->kind == JOB_LOAD)
    job_stage (job, g_strdup_printf (_("Laying out %u actors and %u relations…"),
                                     job->net->actors->len, job->net->relations->len), -1.0);
  if (job->layout == NULL && !job_layout (job, cancellable, &error))
    {
      if (error == NULL)
        error = g_error_new (ENT_ERROR, ENT_ERROR_FAILED, _("The layout failed"));
      g_task_return_error (task, error);
      return;
    }
  g_task_return_boolean (task, TRUE);
}

static gboolean
pulse_cb (gpointer user_data)
{
  EntWindow *self = user_data;

  gtk_progress_bar_pulse (self->progress_bar);
  return G_SOURCE_CONTINUE;
}

/* Shows what the running job is doing: @fraction in 0..1, or < 0 when the
 * amount of work left is unknown (laying out): the bar then pulses. */
void
_ent_window_set_progress (EntWindow *self, const char *message, double fraction)
{
  if (message != NULL)
    gtk_label_set_text (self->progress_label, message);
  if (fraction < 0)
    {
      if (self->pulse_source == 0)
        {
          gtk_progress_bar_pulse (self->progress_bar);
          self->pulse_source = g_timeout_add (120, pulse_cb, self);
        }
    }
  else
    {
      g_clear_handle_id (&self->pulse_source, g_source_remove);
      gtk_progress_bar_set_fraction (self->progress_bar, CLAMP (fraction, 0.0, 1.0));
    }
  self->progress_fraction = fraction;
}

static void
set_busy (EntWindow *self, const char *message, double fraction)
{
  if (message != NULL)
    {
      gtk_revealer_set_reveal_child (self->progress_revealer, TRUE);
      gtk_spinner_start (self->progress_spinner);
      _ent_window_set_progress (self, message, fraction);
    }
  else
    {
      gtk_revealer_set_reveal_child (self->progress_revealer, FALSE);
      gtk_spinner_stop (self->progress_spinner);
      g_clear_handle_id (&self->pulse_source, g_source_remove);
    }
  _ent_window_update_actions (self);
  _ent_window_report_changed (self);
}

gboolean
ent_window_is_busy (EntWindow *self)
{
  g_return_val_if_fail (ENT_IS_WINDOW (self), FALSE);
  return self->job_cancellable != NULL;
}

void
_ent_window_cancel_job (EntWindow *self)
{
  if (self->job_cancellable == NULL)
    return;
  g_cancellable_cancel (self->job_cancellable);
  g_clear_object (&self->job_cancellable);
  self->job_serial++;
  /* Moves made meanwhile are in the layout shown, which stays. */
  self->relayout_running = FALSE;
  g_clear_pointer (&self->pending_moves, g_array_unref);
  if (self->progress_revealer != NULL)
    set_busy (self, NULL, 0.0);
}

/* Called for every node the user moves: while a re-layout runs, the move
 * is remembered so the arriving layout does not undo it. */
void
_ent_window_note_move (EntWindow *self, guint actor)
{
  EntPendingMove move;
  const EntLayout *layout = self->layout;

  if (!self->relayout_running || layout == NULL || actor >= layout->n_nodes)
    return;
  move.actor = actor;
  move.fx = layout->width > 0 ? (layout->nodes[actor].x - layout->x0) / layout->width : 0.5;
  move.fy = layout->height > 0 ? (layout->nodes[actor].y - layout->y0) / layout->height : 0.5;
  move.item = self->undo->undo->len > 0 ? g_ptr_array_index (self->undo->undo, self->undo->undo->len - 1) : NULL;
  if (move.item != NULL && (move.item->kind != ENT_UNDO_MOVE || move.item->actor != actor))
    move.item = NULL;
  move.ofx = move.item && layout->width > 0 ? (move.item->x - layout->x0) / layout->width : 0.5;
  move.ofy = move.item && layout->height > 0 ? (move.item->y - layout->y0) / layout->height : 0.5;
  if (self->pending_moves == NULL)
    self->pending_moves = g_array_new (FALSE, FALSE, sizeof (EntPendingMove));
  g_array_append_val (self->pending_moves, move);
}

/* The user's moves win over the arriving layout: each moved actor goes to
 * the same place relative to the new map's bounds (engines differ in
 * scale, so absolute points could land far off the new map).  Returns how
 * many actors were kept. */
static guint
apply_pending_moves (EntWindow *self)
{
  g_autoptr(GArray) moves = g_steal_pointer (&self->pending_moves);
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  EntLayout *layout = self->layout;
  double x0, y0, w, h;

  if (moves == NULL || layout == NULL || self->net == NULL ||
      layout->n_nodes != self->net->actors->len)
    return 0;
  x0 = layout->x0;
  y0 = layout->y0;
  w = layout->width;
  h = layout->height;
  for (guint i = 0; i < moves->len; i++)
    {
      const EntPendingMove *m = &g_array_index (moves, EntPendingMove, i);

      if (m->actor >= layout->n_nodes || !layout->nodes[m->actor].placed)
        continue;
      /* Undoing the move then goes back to where the new layout put the
       * actor (or, for a later move, to the earlier one), in its frame. */
      if (m->item != NULL && g_ptr_array_find (self->undo->undo, m->item, NULL))
        {
          if (!g_hash_table_contains (seen, GUINT_TO_POINTER (m->actor)))
            {
              m->item->x = layout->nodes[m->actor].x;
              m->item->y = layout->nodes[m->actor].y;
            }
          else
            {
              m->item->x = x0 + m->ofx * w;
              m->item->y = y0 + m->ofy * h;
            }
        }
      ent_layout_move_node (layout, self->net, m->actor, x0 + m->fx * w, y0 + m->fy * h);
      g_hash_table_add (seen, GUINT_TO_POINTER (m->actor));
    }
  if (g_hash_table_size (seen) > 0)
    ent_layout_update_bounds (layout);
  return g_hash_table_size (seen);
}

static void
job_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr(EntWindow) self = user_data;
  GTask *task = G_TASK (result);
  Job *job = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (task, &error))
    {
      if (job->serial == self->job_serial)
        {
          g_clear_object (&self->job_cancellable);
          self->relayout_running = FALSE;
          g_clear_pointer (&self->pending_moves, g_array_unref);
          set_busy (self, NULL, 0.0);
        }
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) &&
          !g_error_matches (error, ENT_ERROR, ENT_ERROR_CANCELLED) &&
          job->serial == self->job_serial)
        _ent_window_show_error (self, error->message);
      return;
    }
  if (job->serial != self->job_serial)
    return;   /* superseded or cancelled */
  self->relayout_running = FALSE;

  g_clear_object (&self->job_cancellable);
  set_busy (self, NULL, 0.0);

  if (job->kind == JOB_LOAD)
    {
      const char *first = job->paths[job->temp_file != NULL && job->paths[1] != NULL ? 1 : 0];

      _ent_window_hide_error (self);
      _ent_window_install_model (self, g_steal_pointer (&job->net), g_steal_pointer (&job->layout),
                                 &job->filter, job->engine,
                                 job->project != NULL ? g_steal_pointer (&job->project->edits) : NULL,
                                 job->project != NULL && g_strv_length (job->paths) == 1 ? first : NULL,
                                 first);
      if (self->sample_dir != NULL && g_str_has_prefix (first, self->sample_dir))
        g_clear_pointer (&self->first_document_dir, g_free);
    }
  else
    {
      guint kept;

      g_clear_pointer (&self->layout, ent_layout_free);
      self->layout = g_steal_pointer (&job->layout);
      kept = apply_pending_moves (self);
      _ent_window_refresh (self);
      ent_graph_view_zoom_fit (self->graph_view);
      if (kept > 0)
        {
          g_autofree char *msg = g_strdup_printf (g_dngettext (NULL, "Kept %u actor where you moved it",
                                                               "Kept %u actors where you moved them", kept),
                                                  kept);
          gtk_label_set_text (self->search_status_label, msg);
          _ent_window_report_changed (self);
        }
    }
}

static void
start_job (EntWindow *self, Job *job, const char *message, double fraction)
{
  g_autoptr(GTask) task = NULL;

  _ent_window_cancel_job (self);
  self->job_cancellable = g_cancellable_new ();
  job->serial = ++self->job_serial;
  self->job_progress_seq = 0;
  job->window = g_object_ref (self);
  task = g_task_new (NULL, self->job_cancellable, job_done_cb, g_object_ref (self));
  g_task_set_task_data (task, job, job_free);
  g_task_set_return_on_cancel (task, FALSE);
  set_busy (self, message, fraction);
  g_task_run_in_thread (task, job_thread);
}

static void start_open (EntWindow *self, GFile **files, guint n_files, char *current_map);

static void add_now (EntWindow *self, GFile **files, guint n_files);

static void
replace_response_cb (GtkDialog *dialog, int response, EntWindow *self)
{
  GPtrArray *files = g_object_get_data (G_OBJECT (dialog), "files");
  gboolean add = g_object_get_data (G_OBJECT (dialog), "add") != NULL;

  if (response == GTK_RESPONSE_ACCEPT && add)
    add_now (self, (GFile **) files->pdata, files->len);
  else if (response == GTK_RESPONSE_ACCEPT)
    start_open (self, (GFile **) files->pdata, files->len, NULL);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Never lose work silently: moved actors, filters and edits. */
static void
confirm (EntWindow *self, GFile **files, guint n_files, gboolean add)
{
  GtkWidget *dialog;
  GPtrArray *copy;

  dialog = gtk_message_dialog_new (GTK_WINDOW (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE, "%s",
                                   add ? _("Add the articles and lay the map out again?")
                                       : _("Replace the current map?"));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s",
                                            add ? _("Moved actors go back to automatic positions. "
                                                    "Save the project first to keep this version.")
                                                : _("It has unsaved changes (moved actors, filters or edits). "
                                                    "Save it as a project first to keep them."));
  gtk_dialog_add_buttons (GTK_DIALOG (dialog),
                          _("_Cancel"), GTK_RESPONSE_CANCEL,
                          add ? _("_Add Articles") : _("_Open Without Saving"), GTK_RESPONSE_ACCEPT,
                          NULL);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  copy = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n_files; i++)
    g_ptr_array_add (copy, g_object_ref (files[i]));
  g_object_set_data_full (G_OBJECT (dialog), "files", copy, (GDestroyNotify) g_ptr_array_unref);
  g_object_set_data (G_OBJECT (dialog), "add", GINT_TO_POINTER (add));
  g_signal_connect_object (dialog, "response", G_CALLBACK (replace_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
ent_window_open_files (EntWindow *self, GFile **files, guint n_files)
{
  g_return_if_fail (ENT_IS_WINDOW (self));

  if (!self->dirty || n_files == 0)
    start_open (self, files, n_files, NULL);
  else
    confirm (self, files, n_files, FALSE);
}

/* @current_map: a temporary entente/1 file holding the map shown, merged
 * with @files (taken; removed when the job ends), or NULL to replace it. */
static void
start_open (EntWindow *self, GFile **files, guint n_files, char *current_map)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(GError) error = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *message = NULL;
  const EntGazetteer *gaz;
  Job *job;

  if (n_files == 0)
    return;
  if (current_map != NULL)
    g_strv_builder_add (builder, current_map);
  for (guint i = 0; i < n_files; i++)
    {
      g_autofree char *path = g_file_get_path (files[i]);

      if (path == NULL)
        {
          g_autofree char *uri = g_file_get_uri (files[i]);
          g_autofree char *msg = g_strdup_printf (_("%s: only local files can be opened"), uri);

          _ent_window_show_error (self, msg);
          g_free (current_map);
          return;
        }
      g_strv_builder_add (builder, path);
    }

  gaz = ENT_IS_APPLICATION (app) ? ent_application_get_gazetteer (ENT_APPLICATION (app), &error) : NULL;
  if (gaz == NULL)
    {
      g_autofree char *msg = g_strdup_printf (_("The built-in gazetteer could not be loaded: %s"),
                                              error ? error->message : _("no application"));
      _ent_window_show_error (self, msg);
      g_free (current_map);
      return;
    }

  job = g_new0 (Job, 1);
  job->kind = JOB_LOAD;
  job->temp_file = current_map;
  job->paths = g_strv_builder_end (builder);
  job->gaz = gaz;
  job->engine = g_strdup (self->engine ? self->engine : "auto");
  ent_filter_init (&job->filter);
  if (current_map != NULL)
    {
      /* Adding keeps what is shown; indices change, so no focus. */
      job->filter.type_mask = self->filter.type_mask;
      job->filter.polarity_mask = self->filter.polarity_mask;
      job->filter.min_sentences = self->filter.min_sentences;
      job->filter.hide_isolated = self->filter.hide_isolated;
    }

  job->first_name = g_file_get_basename (files[0]);
  if (n_files == 1)
    message = g_strdup_printf (_("Reading %s…"), job->first_name);
  else
    message = g_strdup_printf (_("Reading %u files…"), n_files);
  start_job (self, job, message, 0.0);
}

void
_ent_window_start_relayout (EntWindow *self, const char *message)
{
  Job *job;

  if (self->net == NULL)
    return;
  job = g_new0 (Job, 1);
  job->kind = JOB_LAYOUT;
  job->net = ent_network_copy (self->net);
  ent_undo_filter_copy (&job->filter, &self->filter);
  job->engine = g_strdup (self->engine ? self->engine : "auto");
  start_job (self, job, message ? message : _("Laying out the map…"), -1.0);
  self->relayout_running = TRUE;
}

void
ent_window_open_sample (EntWindow *self)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;

  g_return_if_fail (ENT_IS_WINDOW (self));

  bytes = g_resources_lookup_data ("/io/github/entente/data/samples/sample-article.txt",
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes == NULL)
    {
      _ent_window_show_error (self, error->message);
      return;
    }
  if (self->sample_dir == NULL)
    self->sample_dir = g_dir_make_tmp ("entente-sample-XXXXXX", &error);
  if (self->sample_dir == NULL)
    {
      _ent_window_show_error (self, error->message);
      return;
    }
  path = g_build_filename (self->sample_dir, "sample-article.txt", NULL);
  if (!g_file_set_contents (path, g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes), &error))
    {
      _ent_window_show_error (self, error->message);
      return;
    }
  file = g_file_new_for_path (path);
  ent_window_open_files (self, &file, 1);
}

/* "Add Articles": the map shown plus @files, merged into one.  The current
 * map (with any corrections) goes in as entente/1 JSON with its texts. */
void
ent_window_add_files (EntWindow *self, GFile **files, guint n_files)
{
  g_return_if_fail (ENT_IS_WINDOW (self));

  if (self->net == NULL)
    {
      ent_window_open_files (self, files, n_files);
      return;
    }
  if (n_files == 0)
    return;
  if (self->dirty)
    {
      confirm (self, files, n_files, TRUE);
      return;
    }
  add_now (self, files, n_files);
}

static void
add_now (EntWindow *self, GFile **files, guint n_files)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  char *path;

  dir = g_dir_make_tmp ("entente-add-XXXXXX", &error);
  path = dir ? g_build_filename (dir, "current-map.json", NULL) : NULL;
  if (path == NULL || !ent_network_save_json (self->net, path, TRUE, &error))
    {
      _ent_window_show_error (self, error ? error->message : _("could not keep the current map"));
      if (dir != NULL)
        g_rmdir (dir);
      g_free (path);
      return;
    }
  start_open (self, files, n_files, path);
}
