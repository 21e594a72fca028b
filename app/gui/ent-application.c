/* ent-application.c: application actions, accelerators, theme and opening files. */
#define G_LOG_DOMAIN "entente-app"
#include "config.h"

#include <glib/gi18n.h>
#include <glib-unix.h>
#include <signal.h>

#include "ent-application.h"
#include "ent-window.h"

struct _EntApplication
{
  GtkApplication  parent_instance;
  EntGazetteer   *gazetteer;
  GDBusProxy     *settings_portal;
  GSettings      *interface_settings;
};

G_DEFINE_FINAL_TYPE (EntApplication, ent_application, GTK_TYPE_APPLICATION)

static EntWindow *
get_or_create_window (EntApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (ENT_IS_WINDOW (window))
    return ENT_WINDOW (window);
  return ent_window_new (self);
}

static void
open_action_cb (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  EntWindow *window = get_or_create_window (ENT_APPLICATION (user_data));

  gtk_window_present (GTK_WINDOW (window));
  ent_window_show_open_dialog (window, FALSE);
}

static void
open_sample_action_cb (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  EntWindow *window = get_or_create_window (ENT_APPLICATION (user_data));

  gtk_window_present (GTK_WINDOW (window));
  ent_window_open_sample (window);
}

static void
quit_action_cb (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (user_data)));

  /* Closing goes through close-request, which asks about unsaved work. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
}

static void
shortcuts_action_cb (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  g_autoptr(GtkBuilder) builder = NULL;
  GtkShortcutsWindow *shortcuts;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  if (!GTK_IS_APPLICATION_WINDOW (parent))
    return;
  /* As the window's help overlay, named actions show their accelerators. */
  shortcuts = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (parent));
  if (shortcuts == NULL)
    {
      builder = gtk_builder_new_from_resource ("/io/github/entente/Entente/ent-shortcuts.ui");
      shortcuts = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "shortcuts_window"));
      gtk_application_window_set_help_overlay (GTK_APPLICATION_WINDOW (parent), shortcuts);
    }
  gtk_window_present (GTK_WINDOW (shortcuts));
}

static void
about_action_cb (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  static const char *authors[] = { "The Entente developers", NULL };
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  gtk_show_about_dialog (parent,
                         "program-name", PACKAGE_NAME,
                         "logo-icon-name", APP_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Alliance maps from political news: who is allied with "
                                       "whom, and the sentences that say so."),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "authors", authors,
                         "website", "https://github.com/entente/entente",
                         NULL);
}

static const GActionEntry app_actions[] = {
  { "open", open_action_cb },
  { "open-sample", open_sample_action_cb },
  { "quit", quit_action_cb },
  { "shortcuts", shortcuts_action_cb },
  { "about", about_action_cb },
};

static const struct {
  const char *action;
  const char *accels[3];
} app_accels[] = {
  { "app.open", { "<Control>o", NULL } },
  { "app.quit", { "<Control>q", NULL } },
  { "app.shortcuts", { "<Control>question", "<Control>F1", NULL } },
  { "win.open-project", { "<Control><Shift>o", NULL } },
  { "win.add-articles", { "<Control><Shift>a", NULL } },
  { "win.save", { "<Control>s", NULL } },
  { "win.save-as", { "<Control><Shift>s", NULL } },
  { "win.export", { "<Control>e", NULL } },
  { "win.search", { "<Control>f", NULL } },
  { "win.find-next", { "F3", "<Control>g", NULL } },
  { "win.find-previous", { "<Shift>F3", "<Control><Shift>g", NULL } },
  { "win.undo", { "<Control>z", NULL } },
  { "win.redo", { "<Control><Shift>z", "<Control>y", NULL } },
  { "win.relayout", { "<Control>r", NULL } },
  { "win.rename-actor", { "F2", NULL } },
  { "win.merge-actor", { "<Control>m", NULL } },
  { "win.remove-selected", { "<Control>Delete", NULL } },
  { "win.filters", { "<Control><Shift>f", NULL } },
  { "win.show-map", { "<Control>1", NULL } },
  { "win.show-list", { "<Control>2", NULL } },
  { "win.focus-source", { "<Control>3", NULL } },
  { "win.close", { "<Control>w", NULL } },
};

/* Dark or light: GTK 4.8 does not follow the desktop's colour scheme by
 * itself, so read it from the settings portal (or GNOME's GSettings). */
static void
apply_color_scheme (guint32 scheme)
{
  GtkSettings *settings = gtk_settings_get_default ();

  /* 0: no preference, 1: prefer dark, 2: prefer light */
  if (settings != NULL && !g_getenv ("GTK_THEME"))
    g_object_set (settings, "gtk-application-prefer-dark-theme", scheme == 1, NULL);
}

static void
portal_signal_cb (GDBusProxy *proxy, const char *sender, const char *signal,
                  GVariant *params, gpointer user_data)
{
  const char *ns, *key;
  g_autoptr(GVariant) value = NULL;

  if (g_strcmp0 (signal, "SettingChanged") != 0)
    return;
  g_variant_get (params, "(&s&sv)", &ns, &key, &value);
  if (g_str_equal (ns, "org.freedesktop.appearance") && g_str_equal (key, "color-scheme") &&
      g_variant_is_of_type (value, G_VARIANT_TYPE_UINT32))
    apply_color_scheme (g_variant_get_uint32 (value));
}

static void
interface_settings_changed_cb (GSettings *settings, const char *key, gpointer user_data)
{
  g_autofree char *scheme = g_settings_get_string (settings, "color-scheme");

  apply_color_scheme (g_str_equal (scheme, "prefer-dark") ? 1 : 0);
}

static void
setup_color_scheme (EntApplication *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GVariant) reply = NULL;
  GDBusConnection *bus = g_application_get_dbus_connection (G_APPLICATION (self));

  if (bus != NULL)
    self->settings_portal = g_dbus_proxy_new_sync (bus, G_DBUS_PROXY_FLAGS_DO_NOT_LOAD_PROPERTIES |
                                                   G_DBUS_PROXY_FLAGS_DO_NOT_AUTO_START_AT_CONSTRUCTION,
                                                   NULL, "org.freedesktop.portal.Desktop",
                                                   "/org/freedesktop/portal/desktop",
                                                   "org.freedesktop.portal.Settings",
                                                   NULL, NULL);
  if (self->settings_portal != NULL)
    {
      reply = g_dbus_proxy_call_sync (self->settings_portal, "Read",
                                      g_variant_new ("(ss)", "org.freedesktop.appearance", "color-scheme"),
                                      G_DBUS_CALL_FLAGS_NO_AUTO_START, 500, NULL, NULL);
      if (reply != NULL)
        {
          g_autoptr(GVariant) outer = NULL;
          g_autoptr(GVariant) inner = NULL;

          g_variant_get (reply, "(v)", &outer);
          inner = g_variant_is_of_type (outer, G_VARIANT_TYPE_VARIANT) ? g_variant_get_variant (outer)
                                                                       : g_variant_ref (outer);
          if (g_variant_is_of_type (inner, G_VARIANT_TYPE_UINT32))
            apply_color_scheme (g_variant_get_uint32 (inner));
          g_signal_connect (self->settings_portal, "g-signal", G_CALLBACK (portal_signal_cb), NULL);
          return;
        }
      g_clear_object (&self->settings_portal);
    }

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, "org.gnome.desktop.interface", TRUE);
  if (schema != NULL && g_settings_schema_has_key (schema, "color-scheme"))
    {
      self->interface_settings = g_settings_new ("org.gnome.desktop.interface");
      g_signal_connect (self->interface_settings, "changed::color-scheme",
                        G_CALLBACK (interface_settings_changed_cb), NULL);
      interface_settings_changed_cb (self->interface_settings, "color-scheme", NULL);
    }
}

/* SIGTERM or SIGINT (a session ending, Ctrl+C in a terminal): close the
 * windows the ordinary way, so each removes what it made (the bundled
 * sample's temporary copy), and quit. */
static gboolean
quit_on_signal_cb (gpointer user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  GList *windows;

  while ((windows = gtk_application_get_windows (app)) != NULL)
    gtk_window_destroy (GTK_WINDOW (windows->data));
  g_application_quit (G_APPLICATION (app));
  return G_SOURCE_CONTINUE;
}

static void
ent_application_startup (GApplication *app)
{
  EntApplication *self = ENT_APPLICATION (app);
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

  G_APPLICATION_CLASS (ent_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  for (guint i = 0; i < G_N_ELEMENTS (app_accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), app_accels[i].action,
                                           app_accels[i].accels);

  gtk_css_provider_load_from_resource (css, "/io/github/entente/Entente/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    "/io/github/entente/Entente/icons");
  gtk_window_set_default_icon_name (APP_ID);

  setup_color_scheme (self);

  g_unix_signal_add (SIGTERM, quit_on_signal_cb, self);
  g_unix_signal_add (SIGINT, quit_on_signal_cb, self);
}

static void
ent_application_activate (GApplication *app)
{
  EntWindow *window = get_or_create_window (ENT_APPLICATION (app));

  gtk_window_present (GTK_WINDOW (window));
}

static void
ent_application_open (GApplication *app, GFile **files, int n_files, const char *hint)
{
  EntWindow *window = get_or_create_window (ENT_APPLICATION (app));

  gtk_window_present (GTK_WINDOW (window));
  ent_window_open_files (window, files, (guint) n_files);
}

static void
ent_application_dispose (GObject *object)
{
  EntApplication *self = ENT_APPLICATION (object);

  g_clear_object (&self->settings_portal);
  g_clear_object (&self->interface_settings);
  G_OBJECT_CLASS (ent_application_parent_class)->dispose (object);
}

static void
ent_application_finalize (GObject *object)
{
  EntApplication *self = ENT_APPLICATION (object);

  g_clear_pointer (&self->gazetteer, ent_gazetteer_free);
  G_OBJECT_CLASS (ent_application_parent_class)->finalize (object);
}

static void
ent_application_class_init (EntApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = ent_application_dispose;
  object_class->finalize = ent_application_finalize;
  app_class->startup = ent_application_startup;
  app_class->activate = ent_application_activate;
  app_class->open = ent_application_open;
}

static void
ent_application_init (EntApplication *self)
{
}

EntApplication *
ent_application_new (void)
{
  return g_object_new (ENT_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE,
                       NULL);
}

const EntGazetteer *
ent_application_get_gazetteer (EntApplication *self, GError **error)
{
  g_return_val_if_fail (ENT_IS_APPLICATION (self), NULL);

  if (self->gazetteer == NULL)
    self->gazetteer = ent_gazetteer_new_default (error);
  return self->gazetteer;
}

int
ent_application_run (int argc, char **argv)
{
  g_autoptr(EntApplication) app = ent_application_new ();

  g_set_application_name (PACKAGE_NAME);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
