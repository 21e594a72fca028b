/* ent-window-actions.c: the window's actions: open, save, export, search,
 * filters, undo and redo, layout. */
#define G_LOG_DOMAIN "entente-actions"
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "ent-window-private.h"
#include "ent-export.h"
#include "ent-render.h"

static const char *engine_ids[] = { "auto", "neato", "sfdp", "dot", "fdp", "circo", "twopi" };

/* ---- open ----------------------------------------------------------------- */

static void
open_response_cb (GtkNativeDialog *dialog, int response, EntWindow *self)
{
  gboolean add = g_object_get_data (G_OBJECT (dialog), "add") != NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) list = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));
      g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
      guint n = g_list_model_get_n_items (list);

      for (guint i = 0; i < n; i++)
        g_ptr_array_add (files, g_list_model_get_item (list, i));
      if (add)
        ent_window_add_files (self, (GFile **) files->pdata, files->len);
      else
        ent_window_open_files (self, (GFile **) files->pdata, files->len);
    }
  g_object_unref (dialog);
}

static void
add_filter (GtkFileChooser *chooser, const char *name, const char *const *patterns,
            const char *mime_type)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  for (guint i = 0; patterns && patterns[i]; i++)
    gtk_file_filter_add_pattern (filter, patterns[i]);
  if (mime_type != NULL)
    gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_chooser_add_filter (chooser, filter);
}

static void show_open_dialog (EntWindow *self, gboolean project, gboolean add);

void
ent_window_show_open_dialog (EntWindow *self, gboolean project)
{
  show_open_dialog (self, project, FALSE);
}

void
ent_window_show_add_dialog (EntWindow *self)
{
  show_open_dialog (self, FALSE, TRUE);
}

static void
show_open_dialog (EntWindow *self, gboolean project, gboolean add)
{
  static const char *all_inputs[] = { "*.txt", "*.text", "*.md", "*.json", "*.entente", NULL };
  static const char *projects[] = { "*.entente", NULL };
  static const char *articles[] = { "*.txt", "*.text", "*.md", NULL };
  static const char *networks[] = { "*.json", NULL };
  static const char *everything[] = { "*", NULL };
  GtkFileChooserNative *dialog;

  g_return_if_fail (ENT_IS_WINDOW (self));

  dialog = gtk_file_chooser_native_new (project ? _("Open Project") : add ? _("Add Articles to the Map")
                                                                       : _("Open Articles"),
                                        GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                        add ? _("_Add") : _("_Open"), _("_Cancel"));
  if (add)
    g_object_set_data (G_OBJECT (dialog), "add", GINT_TO_POINTER (1));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (dialog), !project);
  if (project)
    add_filter (GTK_FILE_CHOOSER (dialog), _("Entente projects"), projects, NULL);
  else
    {
      add_filter (GTK_FILE_CHOOSER (dialog), _("Articles, maps and projects"), all_inputs, "text/plain");
      add_filter (GTK_FILE_CHOOSER (dialog), _("Articles (plain text)"), articles, "text/plain");
      add_filter (GTK_FILE_CHOOSER (dialog), _("Maps (entente/1 JSON)"), networks, NULL);
      add_filter (GTK_FILE_CHOOSER (dialog), _("Entente projects"), projects, NULL);
    }
  add_filter (GTK_FILE_CHOOSER (dialog), _("All files"), everything, NULL);
  if (self->first_document_dir != NULL)
    {
      g_autoptr(GFile) folder = g_file_new_for_path (self->first_document_dir);
      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (dialog), folder, NULL);
    }
  g_signal_connect_object (dialog, "response", G_CALLBACK (open_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
open_project_action_cb (GtkWidget *widget, const char *name, GVariant *param)
{
  ent_window_show_open_dialog (ENT_WINDOW (widget), TRUE);
}

static void
add_articles_action_cb (GtkWidget *widget, const char *name, GVariant *param)
{
  ent_window_show_add_dialog (ENT_WINDOW (widget));
}

/* ---- save ------------------------------------------------------------------ */

/* ---- saving and exporting on a worker ---------------------------------------
 *
 * A large PNG or project takes seconds to write: the worker writes from its
 * own copy of the map, so the window stays live and later changes cannot
 * reach a file half-written.  Project files are written atomically.  The
 * application is held until the file is complete, so closing the last
 * window never cuts a save short. */

typedef enum {
  IO_SAVE,
  IO_EXPORT,
} IoKind;

typedef struct {
  IoKind           kind;
  char            *path;
  guint            change_serial;   /* the window's, when the copy was taken */
  gboolean         close_after;
  EntProject      *project;         /* SAVE: a deep copy */
  EntNetwork      *net;             /* EXPORT: copies */
  EntLayout       *layout;
  gboolean        *actor_visible;
  gboolean        *relation_visible;
  EntExportFormat  format;
  EntImageOptions  image;
  char            *title;
  GApplication    *app;             /* held while the file is written */
} IoJob;

static void
io_job_free (gpointer data)
{
  IoJob *job = data;

  g_free (job->path);
  g_clear_pointer (&job->project, ent_project_free);
  g_clear_pointer (&job->net, ent_network_free);
  g_clear_pointer (&job->layout, ent_layout_free);
  g_free (job->actor_visible);
  g_free (job->relation_visible);
  g_free (job->title);
  if (job->app != NULL)
    {
      g_application_release (job->app);
      g_object_unref (job->app);
    }
  g_free (job);
}

static void
io_thread (GTask *task, gpointer source, gpointer task_data, GCancellable *cancellable)
{
  IoJob *job = task_data;
  GError *error = NULL;
  gboolean ok;

  if (job->kind == IO_SAVE)
    ok = ent_project_save (job->project, job->path, &error);
  else if (ent_export_format_is_image (job->format))
    ok = ent_export_image (job->net, job->layout, &job->image, job->format, job->path, &error);
  else
    ok = ent_export_data (job->net, job->layout, job->actor_visible, job->relation_visible,
                          job->format, job->path, &error);
  if (!ok)
    {
      if (error == NULL)
        error = g_error_new (ENT_ERROR, ENT_ERROR_FAILED, "%s", job->kind == IO_SAVE ? _("could not save")
                                                                              : _("export failed"));
      g_task_return_error (task, error);
      return;
    }
  g_task_return_boolean (task, TRUE);
}

static void
io_update_spinner (EntWindow *self)
{
  if (self->io_spinner == NULL)
    return;   /* disposed */
  gtk_widget_set_visible (GTK_WIDGET (self->io_spinner), self->n_io_jobs > 0);
  if (self->n_io_jobs > 0)
    gtk_spinner_start (self->io_spinner);
  else
    gtk_spinner_stop (self->io_spinner);
}

static void
io_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  g_autoptr(EntWindow) self = user_data;
  GTask *task = G_TASK (result);
  IoJob *job = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autofree char *base = g_path_get_basename (job->path);
  g_autofree char *msg = NULL;

  self->n_io_jobs--;
  if (self->io_spinner == NULL)
    return;   /* the window is gone; the file is written all the same */
  io_update_spinner (self);

  if (!g_task_propagate_boolean (task, &error))
    {
      /* Saving names the file in its message; exporting may not. */
      if (job->kind == IO_SAVE)
        msg = g_strdup (error->message);
      else
        msg = g_strdup_printf ("%s: %s", job->path, error->message);
      _ent_window_show_error (self, msg);
      _ent_window_report_changed (self);
      return;
    }

  if (job->kind == IO_SAVE)
    {
      if (g_strcmp0 (self->project_path, job->path) != 0)
        {
          g_free (self->project_path);
          self->project_path = g_strdup (job->path);
        }
      /* Changes made while the worker wrote are not in the file. */
      if (job->change_serial == self->change_serial)
        self->dirty = FALSE;
      _ent_window_update_title (self);
      msg = g_strdup_printf (_("Saved %s"), base);
    }
  else
    msg = g_strdup_printf (_("Exported %s"), base);
  gtk_label_set_text (self->search_status_label, msg);
  _ent_window_report_changed (self);
  if (job->close_after && !self->dirty)
    _ent_window_close_later (self);
}

static void
io_start (EntWindow *self, IoJob *job, const char *tooltip)
{
  g_autoptr(GTask) task = g_task_new (NULL, NULL, io_done_cb, g_object_ref (self));
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (app != NULL)
    {
      job->app = G_APPLICATION (g_object_ref (app));
      g_application_hold (job->app);
    }
  job->change_serial = self->change_serial;
  g_task_set_task_data (task, job, io_job_free);
  self->n_io_jobs++;
  io_update_spinner (self);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->io_spinner), tooltip);
  _ent_window_hide_error (self);
  g_task_run_in_thread (task, io_thread);
}

/* Saves the map shown as a project at @path in the background; the header
 * bar's spinner turns meanwhile, a failure shows in the error banner.  With
 * @close_after the window closes once the file is written (and not if the
 * save fails). */
void
_ent_window_save_project (EntWindow *self, const char *path, gboolean close_after)
{
  EntProject view = { 0 };
  g_autofree char *base = NULL;
  g_autofree char *tooltip = NULL;
  IoJob *job;

  g_return_if_fail (self->net != NULL && path != NULL);

  view.net = self->net;
  view.layout = self->layout;
  view.filter = self->filter;
  view.engine = self->engine;
  view.edits = self->edits;
  job = g_new0 (IoJob, 1);
  job->kind = IO_SAVE;
  job->path = g_strdup (path);
  job->project = ent_project_copy (&view);
  job->close_after = close_after;
  base = g_path_get_basename (path);
  tooltip = g_strdup_printf (_("Saving %s…"), base);
  io_start (self, job, tooltip);
}

gboolean
ent_window_is_writing (EntWindow *self)
{
  g_return_val_if_fail (ENT_IS_WINDOW (self), FALSE);
  return self->n_io_jobs > 0;
}

static char *
suggested_basename (EntWindow *self)
{
  g_autofree char *name = NULL;

  if (self->project_path != NULL)
    {
      g_autofree char *base = g_path_get_basename (self->project_path);
      char *dot = strrchr (base, '.');

      if (dot != NULL && dot != base)
        *dot = '\0';
      return g_steal_pointer (&base);
    }
  if (self->net != NULL && self->net->documents->len > 0)
    {
      const EntDocument *doc = g_ptr_array_index (self->net->documents, 0);

      if (doc->path != NULL)
        {
          char *dot;

          name = g_path_get_basename (doc->path);
          dot = strrchr (name, '.');
          if (dot != NULL && dot != name)
            *dot = '\0';
          return g_steal_pointer (&name);
        }
    }
  return g_strdup (_("alliance-map"));
}

static char *
path_with_extension (const char *path, const char *ext)
{
  const char *base = strrchr (path, G_DIR_SEPARATOR);

  base = base ? base + 1 : path;
  if (strchr (base, '.') != NULL)
    return g_strdup (path);
  return g_strconcat (path, ".", ext, NULL);
}

static void
save_as_response_cb (GtkNativeDialog *dialog, int response, EntWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *chosen = file ? g_file_get_path (file) : NULL;
      g_autofree char *path = chosen ? path_with_extension (chosen, "entente") : NULL;

      if (path != NULL)
        _ent_window_save_project (self, path, g_object_get_data (G_OBJECT (dialog), "close-after") != NULL);
    }
  g_object_unref (dialog);
}

static void
save_as_action_cb (GtkWidget *widget, const char *name, GVariant *param)
{
  static const char *projects[] = { "*.entente", NULL };
  EntWindow *self = ENT_WINDOW (widget);
  GtkFileChooserNative *dialog;
  g_autofree char *base = NULL;
  g_autofree char *suggested = NULL;

  if (self->net == NULL)
    return;
  dialog = gtk_file_chooser_native_new (_("Save Project"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  add_filter (GTK_FILE_CHOOSER (dialog), _("Entente projects"), projects, NULL);
  base = suggested_basename (self);
  suggested = g_strconcat (base, ".entente", NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), suggested);
  if (self->project_path != NULL || self->first_document_dir != NULL)
    {
      g_autofree char *dir = self->project_path ? g_path_get_dirname (self->project_path)
                                                : g_strdup (self->first_document_dir);
      g_autoptr(GFile) folder = g_file_new_for_path (dir);
      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (dialog), folder, NULL);
    }
  /* From the "save before closing?" question: close once saved. */
  if (g_strcmp0 (name, "win.save-and-close") == 0)
    g_object_set_data (G_OBJECT (dialog), "close-after", GINT_TO_POINTER (1));
  g_signal_connect_object (dialog, "response", G_CALLBACK (save_as_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
save_action_cb (GtkWidget *widget, const char *name, GVariant *param)
{
  EntWindow *self = ENT_WINDOW (widget);

  if (self->net == NULL)
    return;
  if (self->project_path == NULL)
    {
      save_as_action_cb (widget, "win.save-as", NULL);
      return;
    }
  _ent_window_save_project (self, self->project_path, FALSE);
}

/* ---- export ---------------------------------------------------------------- */

static const struct {
  EntExportFormat format;
  const char     *name;
  const char     *patterns[3];
} export_formats[] = {
  { ENT_EXPORT_PNG, N_("PNG image"), { "*.png", NULL } },
  { ENT_EXPORT_SVG, N_("SVG image"), { "*.svg", NULL } },
  { ENT_EXPORT_PDF, N_("PDF document"), { "*.pdf", NULL } },
  { ENT_EXPORT_DOT, N_("Graphviz DOT"), { "*.dot", "*.gv", NULL } },
  { ENT_EXPORT_GRAPHML, N_("GraphML (Cytoscape, yEd)"), { "*.graphml", NULL } },
  { ENT_EXPORT_GEXF, N_("GEXF (Gephi)"), { "*.gexf", NULL } },
  { ENT_EXPORT_JSON, N_("Entente JSON"), { "*.json", NULL } },
  { ENT_EXPORT_CSV, N_("CSV, one row per sentence"), { "*.csv", NULL } },
};

static gboolean
window_is_dark (EntWindow *self)
{
  GdkRGBA fg;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS
  /* light text means a dark theme */
  return 0.2126 * fg.red + 0.7152 * fg.green + 0.0722 * fg.blue > 0.5;
}

void
_ent_window_export_to (EntWindow *self, const char *path)
{
  _ent_window_export_to_full (self, path, ENT_EXPORT_BG_THEME);
}

/* Exports what is shown to @path (the type from its extension) in the
 * background, from a copy of the map, the positions and what is visible.
 * Images get @background; data formats ignore it. */
void
_ent_window_export_to_full (EntWindow *self, const char *path, EntExportBackground background)
{
  EntExportFormat format = ent_export_format_from_path (path);
  g_autofree char *base = NULL;
  g_autofree char *tooltip = NULL;
  guint n_actors, n_relations;
  IoJob *job;

  if (self->net == NULL || self->layout == NULL)
    return;
  if (format == ENT_EXPORT_UNKNOWN)
    {
      g_autofree char *msg = g_strdup_printf (_("%s: unknown file type; use one of .png, .svg, .pdf, "
                                                ".dot, .graphml, .gexf, .json or .csv"), path);
      _ent_window_show_error (self, msg);
      return;
    }

  n_actors = self->net->actors->len;
  n_relations = self->net->relations->len;
  job = g_new0 (IoJob, 1);
  job->kind = IO_EXPORT;
  job->path = g_strdup (path);
  job->format = format;
  job->net = ent_network_copy (self->net);
  job->layout = ent_layout_copy (self->layout);
  job->actor_visible = self->actor_visible ? g_memdup2 (self->actor_visible, sizeof (gboolean) * (n_actors + 1))
                                           : NULL;
  job->relation_visible = self->relation_visible
                            ? g_memdup2 (self->relation_visible, sizeof (gboolean) * (n_relations + 1))
                            : NULL;

  if (ent_export_format_is_image (format))
    {
      char *title = g_strdup (gtk_window_get_title (GTK_WINDOW (self)));

      gboolean dark = background == ENT_EXPORT_BG_DARK ||
                      (background != ENT_EXPORT_BG_LIGHT && window_is_dark (self));

      ent_image_options_init (&job->image);
      ent_render_options_init (&job->image.render, dark);
      job->image.render.palette.transparent = background == ENT_EXPORT_BG_TRANSPARENT;
      job->image.render.actor_visible = job->actor_visible;
      job->image.render.relation_visible = job->relation_visible;
      job->image.render.search_hits = NULL;
      job->image.render.draw_legend = TRUE;
      if (g_str_has_suffix (title, " — Entente"))
        title[strlen (title) - strlen (" — Entente")] = '\0';
      job->title = title;
      job->image.render.title = g_str_has_prefix (title, "• ") ? title + strlen ("• ") : title;
    }

  base = g_path_get_basename (path);
  tooltip = g_strdup_printf (_("Exporting %s…"), base);
  io_start (self, job, tooltip);
}

static void
export_response_cb (GtkNativeDialog *dialog, int response, EntWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *chosen = file ? g_file_get_path (file) : NULL;
      GtkFileFilter *filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = NULL;
      const char *ext = "png";
      const char *bg = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), "background");
      EntExportBackground background = ENT_EXPORT_BG_THEME;

      if (g_strcmp0 (bg, "transparent") == 0)
        background = ENT_EXPORT_BG_TRANSPARENT;
      else if (g_strcmp0 (bg, "light") == 0)
        background = ENT_EXPORT_BG_LIGHT;
      else if (g_strcmp0 (bg, "dark") == 0)
        background = ENT_EXPORT_BG_DARK;

      /* No extension typed: take the one of the chosen filter. */
      for (guint i = 0; filter != NULL && i < G_N_ELEMENTS (export_formats); i++)
        if (g_strcmp0 (gtk_file_filter_get_name (filter), _(export_formats[i].name)) == 0)
          ext = ent_export_format_extension (export_formats[i].format);
      if (chosen != NULL)
        {
          path = ent_export_format_from_path (chosen) != ENT_EXPORT_UNKNOWN
                 ? g_strdup (chosen) : path_with_extension (chosen, ext);
          _ent_window_export_to_full (self, path, background);
        }
    }
  g_object_unref (dialog);
}

static void
export_action_cb (GtkWidget *widget, const char *name, GVariant *param)
{
  EntWindow *self = ENT_WINDOW (widget);
  GtkFileChooserNative *dialog;
  g_autofree char *base = NULL;
  g_autofree char *suggested = NULL;

  if (self->net == NULL)
    return;
  dialog = gtk_file_chooser_native_new (_("Export Map"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (export_formats); i++)
    add_filter (GTK_FILE_CHOOSER (dialog), _(export_formats[i].name), export_formats[i].patterns, NULL);
  {
    static const char *ids[] = { "theme", "transparent", "light", "dark", NULL };
    const char *labels[] = { _("As on screen"), _("Transparent"), _("Light"), _("Dark"), NULL };
    gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (dialog), "background", _("Image background:"),
                                 ids, labels);
    gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (dialog), "background", "theme");
  }
  base = suggested_basename (self);
  suggested = g_strconcat (base, ".png", NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), suggested);
  if (self->first_document_dir != NULL)
    {
      g_autoptr(GFile) folder = g_file_new_for_path (self->first_document_dir);
      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (dialog), folder, NULL);
    }
  g_signal_connect_object (dialog, "response", G_CALLBACK (export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* ---- search ---------------------------------------------------------------- */

static char *
fold (const char *s)
{
  g_autofree char *norm = g_utf8_normalize (s ? s : "", -1, G_NORMALIZE_ALL);

  return g_utf8_casefold (norm ? norm : "", -1);
}

static gboolean
is_ascii (const char *s)
{
  for (; *s; s++)
    if ((guchar) *s >= 0x80)
      return FALSE;
  return TRUE;
}

/* Case-insensitive search of an ASCII, lower-case @needle in UTF-8 text,
 * without allocating: the common case, fast on thousands of quotes. */
static gboolean
ascii_casestr (const char *hay, const char *needle)
{
  if (hay == NULL)
    return FALSE;
  for (; *hay; hay++)
    {
      const char *h = hay, *n = needle;

      while (*n && *h && g_ascii_tolower (*h) == *n)
        h++, n++;
      if (*n == '\0')
        return TRUE;
    }
  return FALSE;
}

void
_ent_window_search_invalidate (EntWindow *self)
{
  g_clear_pointer (&self->search_actor_text, g_ptr_array_unref);
  g_clear_pointer (&self->search_relation_text, g_ptr_array_unref);
}

/* Folding every quote on each keystroke is slow for a large corpus:
 * fold once per network, match many times. */
static void
ensure_search_index (EntWindow *self)
{
  if (self->search_actor_text != NULL || self->net == NULL)
    return;

  self->search_actor_text = g_ptr_array_new_full (self->net->actors->len, g_free);
  for (guint a = 0; a < self->net->actors->len; a++)
    {
      const EntActor *actor = g_ptr_array_index (self->net->actors, a);
      g_autoptr(GString) text = g_string_new (actor->name);

      /* one name per line, so a match never spans two names */
      for (guint i = 0; actor->aliases && i < actor->aliases->len; i++)
        g_string_append_printf (text, "\n%s", (const char *) g_ptr_array_index (actor->aliases, i));
      g_ptr_array_add (self->search_actor_text, fold (text->str));
    }

  self->search_relation_text = g_ptr_array_new_full (self->net->relations->len, g_free);
  for (guint r = 0; r < self->net->relations->len; r++)
    {
      const EntRelation *rel = g_ptr_array_index (self->net->relations, r);
      g_autoptr(GString) text = g_string_new (NULL);

      for (guint i = 0; i < ent_relation_weight (rel); i++)
        {
          const EntEvidence *ev = g_ptr_array_index (rel->evidence, i);

          if (ev->text != NULL)
            g_string_append_printf (text, "%s\n", ev->text);
        }
      g_ptr_array_add (self->search_relation_text, fold (text->str));
    }
}

void
_ent_window_search_update (EntWindow *self)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *needle = NULL;
  guint na = self->net ? self->net->actors->len : 0;
  gboolean ascii;

  g_array_set_size (self->search_results, 0);
  self->search_pos = -1;
  if (self->search_hits != NULL)
    memset (self->search_hits, 0, sizeof (gboolean) * (na + 1));

  needle = g_strstrip (fold (query));
  if (self->net == NULL || *needle == '\0')
    {
      gtk_label_set_text (self->search_status_label, "");
      if (self->net != NULL && self->layout != NULL)
        ent_graph_view_set_search_hits (self->graph_view, NULL);
      return;
    }
  ascii = is_ascii (needle);
  if (!ascii)
    ensure_search_index (self);

  /* Actors by name or any alias ("Hifter" finds Haftar). */
  for (guint a = 0; a < na; a++)
    {
      const EntActor *actor = g_ptr_array_index (self->net->actors, a);
      gboolean hit = FALSE;

      if (!self->actor_visible[a])
        continue;
      if (!ascii)
        hit = strstr (g_ptr_array_index (self->search_actor_text, a), needle) != NULL;
      else
        {
          hit = ascii_casestr (actor->name, needle);
          for (guint i = 0; !hit && actor->aliases && i < actor->aliases->len; i++)
            hit = ascii_casestr (g_ptr_array_index (actor->aliases, i), needle);
        }
      if (hit)
        {
          EntSearchHit h = { (int) a, -1 };

          g_array_append_val (self->search_results, h);
          self->search_hits[a] = TRUE;
        }
    }
  /* Relations whose evidence quotes the text. */
  for (guint r = 0; r < self->net->relations->len; r++)
    {
      const EntRelation *rel = g_ptr_array_index (self->net->relations, r);
      gboolean hit = FALSE;

      if (!self->relation_visible[r])
        continue;
      if (!ascii)
        hit = strstr (g_ptr_array_index (self->search_relation_text, r), needle) != NULL;
      else
        for (guint i = 0; !hit && i < ent_relation_weight (rel); i++)
          hit = ascii_casestr (((EntEvidence *) g_ptr_array_index (rel->evidence, i))->text, needle);
      if (hit)
        {
          EntSearchHit h = { -1, (int) r };

          g_array_append_val (self->search_results, h);
        }
    }

  ent_graph_view_set_search_hits (self->graph_view, self->search_hits);
  if (self->search_results->len == 0)
    {
      g_autofree char *msg = g_strdup_printf (_("No match for “%s”"), query);
      gtk_label_set_text (self->search_status_label, msg);
    }
  else
    {
      g_autofree char *msg = g_strdup_printf (g_dngettext (NULL, "%u match — Enter or F3 for the next",
                                                           "%u matches — Enter or F3 for the next",
                                                           self->search_results->len),
                                              self->search_results->len);
      gtk_label_set_text (self->search_status_label, msg);
    }
  _ent_window_report_changed (self);
}

void
_ent_window_find (EntWindow *self, int direction)
{
  guint n = self->search_results->len;
  const EntSearchHit *hit;
  g_autofree char *msg = NULL;

  if (n == 0)
    return;
  if (self->search_pos < 0)
    self->search_pos = direction > 0 ? 0 : (int) n - 1;
  else
    self->search_pos = (int) (((guint) self->search_pos + n + (guint) direction) % n);
  hit = &g_array_index (self->search_results, EntSearchHit, self->search_pos);
  _ent_window_select (self, hit->actor, hit->relation, ENT_ORIGIN_NONE, TRUE);
  msg = g_strdup_printf (_("Match %d of %u"), self->search_pos + 1, n);
  gtk_label_set_text (self->search_status_label, msg);
  _ent_window_report_changed (self);
}

static void
search_changed_cb (GtkSearchEntry *entry, EntWindow *self)
{
  _ent_window_search_update (self);
}

static void
search_activate_cb (GtkSearchEntry *entry, EntWindow *self)
{
  _ent_window_find (self, 1);
}

static void
search_next_cb (GtkSearchEntry *entry, EntWindow *self)
{
  _ent_window_find (self, 1);
}

static void
search_previous_cb (GtkSearchEntry *entry, EntWindow *self)
{
  _ent_window_find (self, -1);
}

static void
search_stop_cb (GtkSearchEntry *entry, EntWindow *self)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->graph_view));
}

static void
search_action_cb (GtkWidget *widget, const char *name, GVariant *param)
{
  EntWindow *self = ENT_WINDOW (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

static void
find_next_action_cb (GtkWidget *widget, const char *name, GVariant *param)
{
  _ent_window_find (ENT_WINDOW (widget), 1);
}

static void
find_previous_action_cb (GtkWidget *widget, const char *name, GVariant *param)
{
  _ent_window_find (ENT_WINDOW (widget), -1);
}

/* ---- undo ------------------------------------------------------------------ */

void
_ent_window_push_view_undo (EntWindow *self, const char *label)
{
  EntUndoItem *item = ent_undo_item_new (ENT_UNDO_VIEW, label);

  ent_undo_filter_clear (&item->filter);
  ent_undo_filter_copy (&item->filter, &self->filter);
  item->engine = g_strdup (self->engine);
  item->layout = self->layout ? ent_layout_copy (self->layout) : NULL;
  ent_undo_stack_push (self->undo, item);
}

/* Swaps the item's state with the window's: the same item then undoes the undo. */
static void
apply_item (EntWindow *self, EntUndoItem *item)
{
  _ent_window_cancel_job (self);

  if (item->kind == ENT_UNDO_MOVE)
    {
      const EntNodeGeom *node;
      double x, y;

      if (self->layout == NULL || item->actor >= self->layout->n_nodes)
        return;
      node = &self->layout->nodes[item->actor];
      x = node->x;
      y = node->y;
      ent_layout_move_node (self->layout, self->net, item->actor, item->x, item->y);
      ent_layout_update_bounds (self->layout);
      item->x = x;
      item->y = y;
      ent_graph_view_set_data (self->graph_view, self->net, self->layout,
                               self->actor_visible, self->relation_visible);
      _ent_window_report_changed (self);
      return;
    }

  if (item->kind == ENT_UNDO_VIEW)
    {
      EntFilter f = self->filter;
      char *engine = self->engine;
      EntLayout *layout = self->layout;

      self->filter = item->filter;
      self->engine = item->engine;
      self->layout = item->layout;
      item->filter = f;
      item->engine = engine;
      item->layout = layout;
    }
  else
    {
      EntProject *snapshot = item->project;
      EntProject *current = ent_project_new (NULL);

      /* The window's state goes into a project; the snapshot's comes out. */
      ent_undo_filter_clear (&current->filter);
      g_free (current->engine);
      g_clear_pointer (&current->edits, g_ptr_array_unref);
      current->net = self->net;
      current->layout = self->layout;
      current->filter = self->filter;
      current->engine = self->engine;
      current->edits = self->edits;

      self->net = g_steal_pointer (&snapshot->net);
      self->layout = g_steal_pointer (&snapshot->layout);
      self->filter = snapshot->filter;
      snapshot->filter.removed_actors = NULL;
      self->engine = g_steal_pointer (&snapshot->engine);
      self->edits = g_steal_pointer (&snapshot->edits);
      ent_project_free (snapshot);
      item->project = current;
      _ent_window_search_invalidate (self);
      self->sel_actor = self->sel_relation = -1;
      ent_source_view_clear (self->source_view);
    }
  _ent_window_apply_filter (self);
  _ent_window_sync_filter_ui (self);
  _ent_window_refresh (self);
  if (self->layout == NULL)
    _ent_window_start_relayout (self, NULL);
}

void
_ent_window_undo (EntWindow *self)
{
  EntUndoItem *item = ent_undo_stack_take_undo (self->undo);

  if (item == NULL)
    return;
  apply_item (self, item);
  ent_undo_stack_add_redo (self->undo, item);
  _ent_window_set_dirty (self, TRUE);
  _ent_window_update_actions (self);
}

void
_ent_window_redo (EntWindow *self)
{
  EntUndoItem *item = ent_undo_stack_take_redo (self->undo);

  if (item == NULL)
    return;
  apply_item (self, item);
  ent_undo_stack_add_undo (self->undo, item);
  _ent_window_set_dirty (self, TRUE);
  _ent_window_update_actions (self);
}

static void
undo_action_cb (GtkWidget *widget, const char *name, GVariant *param)
{
  _ent_window_undo (ENT_WINDOW (widget));
}

static void
redo_action_cb (GtkWidget *widget, const char *name, GVariant *param)
{
  _ent_window_redo (ENT_WINDOW (widget));
}

/* ---- layout ------------------------------------------------------------- */

static void
relayout_action_cb (GtkWidget *widget, const char *name, GVariant *param)
{
  EntWindow *self = ENT_WINDOW (widget);

  if (self->net == NULL)
    return;
  _ent_window_push_view_undo (self, _("Re-run Layout"));
  _ent_window_start_relayout (self, NULL);
}

static void
engine_selected_cb (GtkDropDown *dropdown, GParamSpec *pspec, EntWindow *self)
{
  guint i = gtk_drop_down_get_selected (dropdown);

  if (self->updating_ui > 0 || i >= G_N_ELEMENTS (engine_ids) ||
      g_strcmp0 (self->engine, engine_ids[i]) == 0)
    return;
  if (self->net != NULL)
    _ent_window_push_view_undo (self, _("Change Layout Engine"));
  g_free (self->engine);
  self->engine = g_strdup (engine_ids[i]);
  if (self->net != NULL)
    {
      _ent_window_set_dirty (self, TRUE);
      _ent_window_start_relayout (self, NULL);
    }
}

/* ---- filters ------------------------------------------------------------ */

static gboolean
needs_layout (EntWindow *self)
{
  if (self->layout == NULL)
    return TRUE;
  for (guint a = 0; a < self->net->actors->len && a < self->layout->n_nodes; a++)
    if (self->actor_visible[a] && !self->layout->nodes[a].placed)
      return TRUE;
  for (guint r = 0; r < self->net->relations->len && r < self->layout->n_edges; r++)
    if (self->relation_visible[r] && !self->layout->edges[r].placed)
      return TRUE;
  return FALSE;
}

void
_ent_window_set_filter (EntWindow *self, const EntFilter *filter, const char *label)
{
  gboolean focus_changed;

  if (ent_filter_equal (filter, &self->filter))
    return;
  focus_changed = filter->focus_actor != self->filter.focus_actor ||
                  (filter->focus_actor >= 0 && filter->focus_hops != self->filter.focus_hops);
  EntFilter copy;

  ent_undo_filter_copy (&copy, filter);   /* @filter may share tables with self->filter */
  if (self->net != NULL)
    _ent_window_push_view_undo (self, label);
  ent_undo_filter_clear (&self->filter);
  self->filter = copy;
  _ent_window_apply_filter (self);
  _ent_window_sync_filter_ui (self);
  if (self->net == NULL)
    return;
  _ent_window_set_dirty (self, TRUE);
  _ent_window_refresh (self);
  /* Hiding keeps the positions (and the user's moves); showing actors that
   * were never placed, or focusing, lays the map out again. */
  if (focus_changed || needs_layout (self))
    _ent_window_start_relayout (self, NULL);
}

static const struct {
  const char *action;
  gboolean    is_type;
  guint       bit;
} filter_toggles[] = {
  { "filter-state", TRUE, ENT_ACTOR_STATE },
  { "filter-leader", TRUE, ENT_ACTOR_LEADER },
  { "filter-person", TRUE, ENT_ACTOR_PERSON },
  { "filter-group", TRUE, ENT_ACTOR_GROUP },
  { "filter-ally", FALSE, ENT_POLARITY_ALLY },
  { "filter-hostile", FALSE, ENT_POLARITY_HOSTILE },
  { "filter-neutral", FALSE, ENT_POLARITY_NEUTRAL },
};

static void
filter_toggle_change_cb (GSimpleAction *action, GVariant *value, gpointer user_data)
{
  EntWindow *self = user_data;
  const char *name = g_action_get_name (G_ACTION (action));
  gboolean on = g_variant_get_boolean (value);
  EntFilter f = self->filter;

  for (guint i = 0; i < G_N_ELEMENTS (filter_toggles); i++)
    {
      guint *mask = filter_toggles[i].is_type ? &f.type_mask : &f.polarity_mask;

      if (!g_str_equal (name, filter_toggles[i].action))
        continue;
      if (on)
        *mask |= 1u << filter_toggles[i].bit;
      else
        *mask &= ~(1u << filter_toggles[i].bit);
    }
  if (g_str_equal (name, "filter-isolated"))
    f.hide_isolated = on;
  g_simple_action_set_state (action, value);
  _ent_window_set_filter (self, &f, _("Change Filter"));
}

static void
filter_focus_change_cb (GSimpleAction *action, GVariant *value, gpointer user_data)
{
  EntWindow *self = user_data;
  const char *hops = g_variant_get_string (value, NULL);
  EntFilter f = self->filter;

  if (g_str_equal (hops, "none"))
    f.focus_actor = -1;
  else
    {
      int actor = self->sel_actor;

      if (actor < 0 && self->filter.focus_actor >= 0)
        actor = self->filter.focus_actor;
      if (actor < 0)
        {
          _ent_window_show_error (self, _("Select an actor first: the focus shows the actors around it."));
          _ent_window_sync_filter_ui (self);
          return;
        }
      f.focus_actor = actor;
      f.focus_hops = g_str_equal (hops, "2") ? 2 : 1;
    }
  g_simple_action_set_state (action, value);
  _ent_window_set_filter (self, &f, _("Change Focus"));
}

static void
min_sentences_changed_cb (GtkSpinButton *spin, EntWindow *self)
{
  EntFilter f = self->filter;

  if (self->updating_ui > 0)
    return;
  f.min_sentences = (guint) gtk_spin_button_get_value_as_int (spin);
  _ent_window_set_filter (self, &f, _("Change Filter"));
}

static void
filter_reset_cb (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  EntWindow *self = user_data;
  EntFilter f;

  ent_filter_init (&f);
  _ent_window_set_filter (self, &f, _("Reset Filters"));
}

void
_ent_window_sync_filter_ui (EntWindow *self)
{
  self->updating_ui++;
  for (guint i = 0; i < G_N_ELEMENTS (filter_toggles); i++)
    {
      GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), filter_toggles[i].action);
      guint mask = filter_toggles[i].is_type ? self->filter.type_mask : self->filter.polarity_mask;

      g_simple_action_set_state (G_SIMPLE_ACTION (action),
                                 g_variant_new_boolean ((mask & (1u << filter_toggles[i].bit)) != 0));
    }
  g_simple_action_set_state (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), "filter-isolated")),
                             g_variant_new_boolean (self->filter.hide_isolated));
  g_simple_action_set_state (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), "filter-focus")),
                             g_variant_new_string (self->filter.focus_actor < 0 ? "none"
                                                   : self->filter.focus_hops >= 2 ? "2" : "1"));
  gtk_spin_button_set_value (self->min_sentences_spin, self->filter.min_sentences);
  for (guint i = 0; i < G_N_ELEMENTS (engine_ids); i++)
    if (g_strcmp0 (self->engine, engine_ids[i]) == 0)
      gtk_drop_down_set_selected (self->engine_dropdown, i);
  self->updating_ui--;
}

static void
filters_action_cb (GtkWidget *widget, const char *name, GVariant *param)
{
  gtk_menu_button_popup (ENT_WINDOW (widget)->filter_button);
}

/* ---- edits -------------------------------------------------------------- */

typedef enum {
  EDIT_REMOVE_ACTOR,
  EDIT_REMOVE_RELATION,
  EDIT_RENAME_ACTOR,
  EDIT_MERGE_ACTORS,
} EditOp;

/* Applies a correction through the project API (which keeps the layout,
 * the filter and the edits log in step), keeping a copy for undo. */
static gboolean
run_edit (EntWindow *self, EditOp op, guint index, guint other, const char *name,
          const char *label, GError **error)
{
  EntProject project = { 0 };
  EntProject *snapshot;
  gboolean ok = FALSE;

  if (self->net == NULL || ent_window_is_busy (self))
    return FALSE;

  project.net = self->net;
  project.layout = self->layout;
  project.filter = self->filter;
  project.engine = self->engine;
  project.edits = self->edits;
  snapshot = ent_project_copy (&project);

  switch (op)
    {
    case EDIT_REMOVE_ACTOR: ok = ent_project_remove_actor (&project, index, error); break;
    case EDIT_REMOVE_RELATION: ok = ent_project_remove_relation (&project, index, error); break;
    case EDIT_RENAME_ACTOR: ok = ent_project_rename_actor (&project, index, name, error); break;
    case EDIT_MERGE_ACTORS: ok = ent_project_merge_actors (&project, index, other, error); break;
    default: break;
    }
  /* The project API edits in place; take back anything it replaced. */
  self->net = project.net;
  self->layout = project.layout;
  self->filter = project.filter;
  self->engine = project.engine;
  self->edits = project.edits;

  if (!ok)
    {
      ent_project_free (snapshot);
      return FALSE;
    }

  {
    EntUndoItem *item = ent_undo_item_new (ENT_UNDO_EDIT, label);

    item->project = snapshot;
    ent_undo_stack_push (self->undo, item);
  }
  _ent_window_search_invalidate (self);
  if (op != EDIT_RENAME_ACTOR)
    self->sel_actor = self->sel_relation = -1;
  if (op == EDIT_MERGE_ACTORS)
    self->sel_actor = (int) (index > other ? index - 1 : index);
  ent_source_view_clear (self->source_view);
  _ent_window_set_dirty (self, TRUE);
  _ent_window_apply_filter (self);
  _ent_window_sync_filter_ui (self);
  _ent_window_refresh (self);
  gtk_label_set_text (self->search_status_label, label);
  return TRUE;
}

static void
remove_selected_action_cb (GtkWidget *widget, const char *name, GVariant *param)
{
  EntWindow *self = ENT_WINDOW (widget);
  g_autofree char *label = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok = TRUE;

  if (self->net == NULL)
    return;
  if (self->sel_relation >= 0)
    {
      const EntRelation *rel = g_ptr_array_index (self->net->relations, self->sel_relation);

      label = g_strdup_printf (_("Removed the link %s — %s"),
                               ((EntActor *) g_ptr_array_index (self->net->actors, rel->source))->name,
                               ((EntActor *) g_ptr_array_index (self->net->actors, rel->target))->name);
      ok = run_edit (self, EDIT_REMOVE_RELATION, (guint) self->sel_relation, 0, NULL, label, &error);
    }
  else if (self->sel_actor >= 0)
    {
      label = g_strdup_printf (_("Removed %s"),
                               ((EntActor *) g_ptr_array_index (self->net->actors, self->sel_actor))->name);
      ok = run_edit (self, EDIT_REMOVE_ACTOR, (guint) self->sel_actor, 0, NULL, label, &error);
    }
  if (!ok && error != NULL)
    _ent_window_show_error (self, error->message);
}

static void
rename_response_cb (GtkDialog *dialog, int response, EntWindow *self)
{
  GtkEntry *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  int actor = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "actor"));
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  if (response == GTK_RESPONSE_ACCEPT && *name != '\0' && self->net != NULL &&
      actor >= 0 && (guint) actor < self->net->actors->len)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *label = g_strdup_printf (_("Renamed %s to %s"),
                                                ((EntActor *) g_ptr_array_index (self->net->actors, actor))->name,
                                                name);

      if (!run_edit (self, EDIT_RENAME_ACTOR, (guint) actor, 0, name, label, &error) && error != NULL)
        _ent_window_show_error (self, error->message);
    }
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
rename_action_cb (GtkWidget *widget, const char *action_name, GVariant *param)
{
  EntWindow *self = ENT_WINDOW (widget);
  GtkWidget *dialog, *entry, *area;
  const EntActor *actor;

  if (self->net == NULL || self->sel_actor < 0)
    return;
  actor = g_ptr_array_index (self->net->actors, self->sel_actor);
  dialog = gtk_dialog_new_with_buttons (_("Rename Actor"), GTK_WINDOW (self),
                                        GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT |
                                        GTK_DIALOG_USE_HEADER_BAR,
                                        _("_Cancel"), GTK_RESPONSE_CANCEL,
                                        _("_Rename"), GTK_RESPONSE_ACCEPT, NULL);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), actor->name);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_widget_set_margin_start (entry, 12);
  gtk_widget_set_margin_end (entry, 12);
  gtk_widget_set_margin_top (entry, 12);
  gtk_widget_set_margin_bottom (entry, 12);
  area = gtk_dialog_get_content_area (GTK_DIALOG (dialog));
  gtk_box_append (GTK_BOX (area), entry);
  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  g_object_set_data (G_OBJECT (dialog), "actor", GINT_TO_POINTER (self->sel_actor));
  g_signal_connect_object (dialog, "response", G_CALLBACK (rename_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
merge_response_cb (GtkDialog *dialog, int response, EntWindow *self)
{
  GtkDropDown *dropdown = g_object_get_data (G_OBJECT (dialog), "dropdown");
  GArray *targets = g_object_get_data (G_OBJECT (dialog), "targets");
  int from = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "actor"));
  guint pos = gtk_drop_down_get_selected (dropdown);

  if (response == GTK_RESPONSE_ACCEPT && self->net != NULL && pos < targets->len &&
      from >= 0 && (guint) from < self->net->actors->len)
    {
      guint into = g_array_index (targets, guint, pos);
      g_autoptr(GError) error = NULL;
      g_autofree char *label = g_strdup_printf (_("Merged %s into %s"),
                                                ((EntActor *) g_ptr_array_index (self->net->actors, from))->name,
                                                ((EntActor *) g_ptr_array_index (self->net->actors, into))->name);

      if (!run_edit (self, EDIT_MERGE_ACTORS, into, (guint) from, NULL, label, &error) && error != NULL)
        _ent_window_show_error (self, error->message);
    }
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static int
compare_actor_names (gconstpointer a, gconstpointer b, gpointer user_data)
{
  const EntNetwork *net = user_data;

  return g_utf8_collate (((EntActor *) g_ptr_array_index (net->actors, *(const guint *) a))->name,
                         ((EntActor *) g_ptr_array_index (net->actors, *(const guint *) b))->name);
}

/* "These two are the same": merge the selected actor into another one. */
static void
merge_action_cb (GtkWidget *widget, const char *action_name, GVariant *param)
{
  EntWindow *self = ENT_WINDOW (widget);
  GtkWidget *dialog, *box, *label, *dropdown;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GArray *targets;
  g_autofree char *text = NULL;

  if (self->net == NULL || self->sel_actor < 0 || self->net->actors->len < 2)
    return;
  targets = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint a = 0; a < self->net->actors->len; a++)
    if ((int) a != self->sel_actor)
      g_array_append_val (targets, a);
  g_array_sort_with_data (targets, compare_actor_names, self->net);
  for (guint i = 0; i < targets->len; i++)
    gtk_string_list_append (names, ((EntActor *) g_ptr_array_index (self->net->actors,
                                                                     g_array_index (targets, guint, i)))->name);

  dialog = gtk_dialog_new_with_buttons (_("Merge Actor"), GTK_WINDOW (self),
                                        GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT |
                                        GTK_DIALOG_USE_HEADER_BAR,
                                        _("_Cancel"), GTK_RESPONSE_CANCEL,
                                        _("_Merge"), GTK_RESPONSE_ACCEPT, NULL);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  text = g_strdup_printf (_("Merge %s into:"),
                          ((EntActor *) g_ptr_array_index (self->net->actors, self->sel_actor))->name);
  label = gtk_label_new (text);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), label);
  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)), NULL);
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (dropdown), TRUE);
  {
    g_autoptr(GtkExpression) expr = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");

    gtk_drop_down_set_expression (GTK_DROP_DOWN (dropdown), expr);   /* takes its own reference */
  }
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), dropdown);
  gtk_box_append (GTK_BOX (box), dropdown);
  gtk_box_append (GTK_BOX (gtk_dialog_get_content_area (GTK_DIALOG (dialog))), box);

  g_object_set_data (G_OBJECT (dialog), "dropdown", dropdown);
  g_object_set_data_full (G_OBJECT (dialog), "targets", targets, (GDestroyNotify) g_array_unref);
  g_object_set_data (G_OBJECT (dialog), "actor", GINT_TO_POINTER (self->sel_actor));
  g_signal_connect_object (dialog, "response", G_CALLBACK (merge_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- view switching and misc ------------------------------------------- */

static void
show_map_action_cb (GtkWidget *widget, const char *name, GVariant *param)
{
  EntWindow *self = ENT_WINDOW (widget);

  gtk_stack_set_visible_child_name (self->view_stack, "map");
  gtk_widget_grab_focus (GTK_WIDGET (self->graph_view));
}

static void
show_list_action_cb (GtkWidget *widget, const char *name, GVariant *param)
{
  EntWindow *self = ENT_WINDOW (widget);

  gtk_stack_set_visible_child_name (self->view_stack, "list");
  gtk_widget_grab_focus (ent_actor_list_get_actor_view (self->actor_list));
}

static void
focus_source_action_cb (GtkWidget *widget, const char *name, GVariant *param)
{
  EntWindow *self = ENT_WINDOW (widget);

  gtk_widget_grab_focus (GTK_WIDGET (ent_source_view_get_text_view (self->source_view)));
}

static void
cancel_load_action_cb (GtkWidget *widget, const char *name, GVariant *param)
{
  _ent_window_cancel_job (ENT_WINDOW (widget));
}

static void
close_action_cb (GtkWidget *widget, const char *name, GVariant *param)
{
  gtk_window_close (GTK_WINDOW (widget));
}

void
_ent_window_update_actions (EntWindow *self)
{
  GtkWidget *w = GTK_WIDGET (self);
  gboolean have_map = self->net != NULL && self->layout != NULL;
  gboolean busy = self->job_cancellable != NULL;

  gtk_widget_action_set_enabled (w, "win.save", have_map);
  gtk_widget_action_set_enabled (w, "win.add-articles", have_map);
  gtk_widget_action_set_enabled (w, "win.save-as", have_map);
  gtk_widget_action_set_enabled (w, "win.export", have_map);
  gtk_widget_action_set_enabled (w, "win.relayout", have_map);
  gtk_widget_action_set_enabled (w, "win.undo", self->undo && ent_undo_stack_can_undo (self->undo));
  gtk_widget_action_set_enabled (w, "win.redo", self->undo && ent_undo_stack_can_redo (self->undo));
  /* Say what would be undone: "Undo Move Sudan (Ctrl+Z)". */
  if (self->undo != NULL && self->undo_button != NULL)
    {
      const char *u = ent_undo_stack_peek_undo_label (self->undo);
      const char *r = ent_undo_stack_peek_redo_label (self->undo);
      g_autofree char *ut = u ? g_strdup_printf (_("Undo %s (Ctrl+Z)"), u) : g_strdup (_("Undo (Ctrl+Z)"));
      g_autofree char *rt = r ? g_strdup_printf (_("Redo %s (Ctrl+Shift+Z)"), r) : g_strdup (_("Redo (Ctrl+Shift+Z)"));

      gtk_widget_set_tooltip_text (GTK_WIDGET (self->undo_button), ut);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->redo_button), rt);
    }
  gtk_widget_action_set_enabled (w, "win.remove-selected",
                                 have_map && !busy && (self->sel_actor >= 0 || self->sel_relation >= 0));
  gtk_widget_action_set_enabled (w, "win.rename-actor", have_map && !busy && self->sel_actor >= 0);
  gtk_widget_action_set_enabled (w, "win.merge-actor", have_map && !busy && self->sel_actor >= 0);
  gtk_widget_action_set_enabled (w, "win.cancel-load", busy);
  gtk_widget_action_set_enabled (w, "win.find-next", self->search_results && self->search_results->len > 0);
  gtk_widget_action_set_enabled (w, "win.find-previous", self->search_results && self->search_results->len > 0);
}

static const GActionEntry filter_entries[] = {
  { "filter-state", NULL, NULL, "true", filter_toggle_change_cb },
  { "filter-leader", NULL, NULL, "true", filter_toggle_change_cb },
  { "filter-person", NULL, NULL, "true", filter_toggle_change_cb },
  { "filter-group", NULL, NULL, "true", filter_toggle_change_cb },
  { "filter-ally", NULL, NULL, "true", filter_toggle_change_cb },
  { "filter-hostile", NULL, NULL, "true", filter_toggle_change_cb },
  { "filter-neutral", NULL, NULL, "true", filter_toggle_change_cb },
  { "filter-isolated", NULL, NULL, "false", filter_toggle_change_cb },
  { "filter-focus", NULL, "s", "'none'", filter_focus_change_cb },
  { "filter-reset", filter_reset_cb },
};

void
_ent_window_actions_init (EntWindow *self)
{
  g_autoptr(GtkStringList) engines = gtk_string_list_new (NULL);

  g_action_map_add_action_entries (G_ACTION_MAP (self), filter_entries,
                                   G_N_ELEMENTS (filter_entries), self);

  gtk_string_list_append (engines, _("Automatic"));
  for (guint i = 1; i < G_N_ELEMENTS (engine_ids); i++)
    gtk_string_list_append (engines, engine_ids[i]);
  gtk_drop_down_set_model (self->engine_dropdown, G_LIST_MODEL (engines));
  gtk_drop_down_set_selected (self->engine_dropdown, 0);
  g_signal_connect_object (self->engine_dropdown, "notify::selected",
                           G_CALLBACK (engine_selected_cb), self, 0);
  g_signal_connect_object (self->min_sentences_spin, "value-changed",
                           G_CALLBACK (min_sentences_changed_cb), self, 0);

  g_signal_connect_object (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb), self, 0);
  g_signal_connect_object (self->search_entry, "activate", G_CALLBACK (search_activate_cb), self, 0);
  g_signal_connect_object (self->search_entry, "next-match", G_CALLBACK (search_next_cb), self, 0);
  g_signal_connect_object (self->search_entry, "previous-match", G_CALLBACK (search_previous_cb), self, 0);
  g_signal_connect_object (self->search_entry, "stop-search", G_CALLBACK (search_stop_cb), self, 0);

  _ent_window_update_actions (self);
}

void
_ent_window_class_actions_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open-project", NULL, open_project_action_cb);
  gtk_widget_class_install_action (widget_class, "win.add-articles", NULL, add_articles_action_cb);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action_cb);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action_cb);
  gtk_widget_class_install_action (widget_class, "win.save-and-close", NULL, save_as_action_cb);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action_cb);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action_cb);
  gtk_widget_class_install_action (widget_class, "win.find-next", NULL, find_next_action_cb);
  gtk_widget_class_install_action (widget_class, "win.find-previous", NULL, find_previous_action_cb);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action_cb);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action_cb);
  gtk_widget_class_install_action (widget_class, "win.relayout", NULL, relayout_action_cb);
  gtk_widget_class_install_action (widget_class, "win.filters", NULL, filters_action_cb);
  gtk_widget_class_install_action (widget_class, "win.remove-selected", NULL, remove_selected_action_cb);
  gtk_widget_class_install_action (widget_class, "win.rename-actor", NULL, rename_action_cb);
  gtk_widget_class_install_action (widget_class, "win.merge-actor", NULL, merge_action_cb);
  gtk_widget_class_install_action (widget_class, "win.show-map", NULL, show_map_action_cb);
  gtk_widget_class_install_action (widget_class, "win.show-list", NULL, show_list_action_cb);
  gtk_widget_class_install_action (widget_class, "win.focus-source", NULL, focus_source_action_cb);
  gtk_widget_class_install_action (widget_class, "win.cancel-load", NULL, cancel_load_action_cb);
  gtk_widget_class_install_action (widget_class, "win.close", NULL, close_action_cb);
}
