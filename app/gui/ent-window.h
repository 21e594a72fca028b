/* ent-window.h: the main window. */
#pragma once

#include <gtk/gtk.h>
#include "ent-application.h"
#include "ent-network.h"

G_BEGIN_DECLS

#define ENT_TYPE_WINDOW (ent_window_get_type ())
G_DECLARE_FINAL_TYPE (EntWindow, ent_window, ENT, WINDOW, GtkApplicationWindow)

EntWindow        *ent_window_new (EntApplication *app);
/* The one loader: the open dialog, drag-and-drop and the command line all
 * come here.  Articles, entente/1 JSON and .entente projects merge into one
 * map, read and laid out on a worker thread. */
void              ent_window_open_files (EntWindow *self, GFile **files, guint n_files);
/* The same loader, merging @files into the map shown. */
void              ent_window_add_files (EntWindow *self, GFile **files, guint n_files);
void              ent_window_open_sample (EntWindow *self);
void              ent_window_show_open_dialog (EntWindow *self, gboolean project);
void              ent_window_show_add_dialog (EntWindow *self);
/* TRUE while reading or laying out on the worker thread. */
gboolean          ent_window_is_busy (EntWindow *self);
gboolean          ent_window_is_writing (EntWindow *self);   /* a save or export is being written */
const EntNetwork *ent_window_get_network (EntWindow *self);

G_END_DECLS
