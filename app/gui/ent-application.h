/* ent-application.h: the Entente GtkApplication. */
#pragma once

#include <gtk/gtk.h>
#include "ent-extract.h"

G_BEGIN_DECLS

#define ENT_TYPE_APPLICATION (ent_application_get_type ())
G_DECLARE_FINAL_TYPE (EntApplication, ent_application, ENT, APPLICATION, GtkApplication)

EntApplication     *ent_application_new (void);
/* The built-in gazetteer, loaded on first use and shared read-only with
 * worker threads for the application's lifetime. */
const EntGazetteer *ent_application_get_gazetteer (EntApplication *self, GError **error);
/* Creates the application and runs it: `entente [FILE...]`. */
int                 ent_application_run (int argc, char **argv);

G_END_DECLS
