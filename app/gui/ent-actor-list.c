/* ent-actor-list.c: the "Actors and relations" tables. */
#define G_LOG_DOMAIN "entente-list"
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "ent-actor-list.h"

/* ---- row items ---------------------------------------------------------- */

#define ENT_TYPE_LIST_ROW (ent_list_row_get_type ())
G_DECLARE_FINAL_TYPE (EntListRow, ent_list_row, ENT, LIST_ROW, GObject)

/* One row of either table: actors use name/type/links/mentions, relations
 * use source/target/polarity/kind/sentences. */
struct _EntListRow
{
  GObject parent_instance;
  int     index;
  char   *name;       /* actor name, or "source — target" */
  char   *type;       /* actor type */
  char   *source;
  char   *target;
  char   *polarity;
  char   *kind;
  char   *search;     /* casefolded text the filter entry matches */
  guint   links;
  guint   mentions;
  guint   sentences;
};

enum {
  ROW_PROP_0,
  ROW_PROP_NAME,
  ROW_PROP_TYPE,
  ROW_PROP_SOURCE,
  ROW_PROP_TARGET,
  ROW_PROP_POLARITY,
  ROW_PROP_KIND,
  ROW_PROP_LINKS,
  ROW_PROP_MENTIONS,
  ROW_PROP_SENTENCES,
  ROW_N_PROPS
};

static GParamSpec *row_props[ROW_N_PROPS];

G_DEFINE_FINAL_TYPE (EntListRow, ent_list_row, G_TYPE_OBJECT)

static void
ent_list_row_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  EntListRow *self = ENT_LIST_ROW (object);

  switch (prop_id)
    {
    case ROW_PROP_NAME: g_value_set_string (value, self->name); break;
    case ROW_PROP_TYPE: g_value_set_string (value, self->type); break;
    case ROW_PROP_SOURCE: g_value_set_string (value, self->source); break;
    case ROW_PROP_TARGET: g_value_set_string (value, self->target); break;
    case ROW_PROP_POLARITY: g_value_set_string (value, self->polarity); break;
    case ROW_PROP_KIND: g_value_set_string (value, self->kind); break;
    case ROW_PROP_LINKS: g_value_set_uint (value, self->links); break;
    case ROW_PROP_MENTIONS: g_value_set_uint (value, self->mentions); break;
    case ROW_PROP_SENTENCES: g_value_set_uint (value, self->sentences); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ent_list_row_finalize (GObject *object)
{
  EntListRow *self = ENT_LIST_ROW (object);

  g_free (self->name);
  g_free (self->type);
  g_free (self->source);
  g_free (self->target);
  g_free (self->polarity);
  g_free (self->kind);
  g_free (self->search);
  G_OBJECT_CLASS (ent_list_row_parent_class)->finalize (object);
}

static void
ent_list_row_class_init (EntListRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const char *strings[] = { NULL, "name", "type", "source", "target", "polarity", "kind" };
  const char *numbers[] = { "links", "mentions", "sentences" };

  object_class->get_property = ent_list_row_get_property;
  object_class->finalize = ent_list_row_finalize;

  for (guint i = ROW_PROP_NAME; i <= ROW_PROP_KIND; i++)
    row_props[i] = g_param_spec_string (strings[i], NULL, NULL, NULL,
                                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  for (guint i = ROW_PROP_LINKS; i <= ROW_PROP_SENTENCES; i++)
    row_props[i] = g_param_spec_uint (numbers[i - ROW_PROP_LINKS], NULL, NULL, 0, G_MAXUINT, 0,
                                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, ROW_N_PROPS, row_props);
}

static void
ent_list_row_init (EntListRow *self)
{
}

/* ---- the widget ----------------------------------------------------------- */

struct _EntActorList
{
  GtkWidget           parent_instance;

  GtkWidget          *box;
  GtkWidget          *filter_entry;
  GtkColumnView      *actor_view;
  GtkColumnView      *relation_view;
  GListStore         *actor_store;
  GListStore         *relation_store;
  GPtrArray          *actor_rows;      /* what the stores hold, in index order */
  GPtrArray          *relation_rows;
  GtkCustomFilter    *actor_filter;
  GtkCustomFilter    *relation_filter;
  GtkSingleSelection *actor_selection;
  GtkSingleSelection *relation_selection;
  char               *needle;
  guint               block_emit;

  /* Rows are built when the tables are on screen: set_data only notes the
   * (borrowed) model, so a hidden list costs nothing on large maps. */
  const EntNetwork   *net;
  const gboolean     *actor_visible;
  const gboolean     *relation_visible;
  gboolean            stale;
  int                 pending_actor;
  int                 pending_relation;
};

static void rebuild (EntActorList *self);
static void update_store (GListStore *store, GPtrArray *shown, GPtrArray *rows, gboolean *resort);
static void ent_actor_list_map (GtkWidget *widget);
static void select_rows (EntActorList *self, int actor, int relation);

enum {
  SELECTION_CHANGED,
  ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (EntActorList, ent_actor_list, GTK_TYPE_WIDGET)

static gboolean
row_matches (gpointer item, gpointer user_data)
{
  EntActorList *self = user_data;
  EntListRow *row = item;

  return self->needle == NULL || *self->needle == '\0' || strstr (row->search, self->needle) != NULL;
}

static void
filter_changed_cb (GtkSearchEntry *entry, EntActorList *self)
{
  g_autofree char *norm = g_utf8_normalize (gtk_editable_get_text (GTK_EDITABLE (entry)), -1, G_NORMALIZE_ALL);

  g_free (self->needle);
  self->needle = norm ? g_utf8_casefold (norm, -1) : NULL;
  gtk_filter_changed (GTK_FILTER (self->actor_filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_filter_changed (GTK_FILTER (self->relation_filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static char *
fold (const char *s)
{
  g_autofree char *norm = g_utf8_normalize (s ? s : "", -1, G_NORMALIZE_ALL);

  return g_utf8_casefold (norm ? norm : "", -1);
}

static int
selected_index (GtkSingleSelection *selection)
{
  EntListRow *row = gtk_single_selection_get_selected_item (selection);

  return row != NULL ? row->index : -1;
}

static void
actor_selected_cb (GtkSingleSelection *selection, GParamSpec *pspec, EntActorList *self)
{
  int actor = selected_index (selection);

  if (self->block_emit > 0 || actor < 0)
    return;
  self->block_emit++;
  gtk_single_selection_set_selected (self->relation_selection, GTK_INVALID_LIST_POSITION);
  self->block_emit--;
  g_signal_emit (self, signals[SELECTION_CHANGED], 0, actor, -1);
}

static void
relation_selected_cb (GtkSingleSelection *selection, GParamSpec *pspec, EntActorList *self)
{
  int relation = selected_index (selection);

  if (self->block_emit > 0 || relation < 0)
    return;
  self->block_emit++;
  gtk_single_selection_set_selected (self->actor_selection, GTK_INVALID_LIST_POSITION);
  self->block_emit--;
  g_signal_emit (self, signals[SELECTION_CHANGED], 0, -1, relation);
}

static void
actor_activate_cb (GtkColumnView *view, guint position, EntActorList *self)
{
  g_autoptr(EntListRow) row = g_list_model_get_item (G_LIST_MODEL (self->actor_selection), position);

  if (row != NULL)
    g_signal_emit (self, signals[ACTIVATED], 0, row->index, -1);
}

static void
relation_activate_cb (GtkColumnView *view, guint position, EntActorList *self)
{
  g_autoptr(EntListRow) row = g_list_model_get_item (G_LIST_MODEL (self->relation_selection), position);

  if (row != NULL)
    g_signal_emit (self, signals[ACTIVATED], 0, -1, row->index);
}

static void
setup_label_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer numeric)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1.0f : 0.0f);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (numeric)
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
update_label (GObject *row, const char *property, GtkLabel *label)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (row), property);

  if (G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_UINT)
    {
      guint n;
      char buf[16];

      g_object_get (row, property, &n, NULL);
      g_snprintf (buf, sizeof buf, "%u", n);
      gtk_label_set_text (label, buf);
    }
  else
    {
      g_autofree char *s = NULL;

      g_object_get (row, property, &s, NULL);
      gtk_label_set_text (label, s ? s : "");
    }
}

static void
row_notify_cb (GObject *row, GParamSpec *pspec, GtkLabel *label)
{
  update_label (row, pspec->name, label);
}

/* Rows are updated in place when a count changes (see update_store):
 * each cell follows its property while bound. */
static void
bind_label_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  const char *property = g_object_get_data (G_OBJECT (factory), "ent-property");
  GObject *row = gtk_list_item_get_item (item);
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));
  g_autofree char *signal = g_strconcat ("notify::", property, NULL);
  gulong id;

  update_label (row, property, label);
  id = g_signal_connect_object (row, signal, G_CALLBACK (row_notify_cb), label, 0);
  g_object_set_data (G_OBJECT (label), "ent-notify-id", GSIZE_TO_POINTER ((gsize) id));
}

static void
unbind_label_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer user_data)
{
  GObject *row = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  gulong id = (gulong) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (label), "ent-notify-id"));

  if (row != NULL && id != 0)
    g_signal_handler_disconnect (row, id);
  g_object_set_data (G_OBJECT (label), "ent-notify-id", NULL);
}

static void
add_column (GtkColumnView *view, const char *title, const char *property, gboolean numeric,
            gboolean expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkExpression *expr = gtk_property_expression_new (ENT_TYPE_LIST_ROW, NULL, property);
  GtkSorter *sorter;
  g_autoptr(GtkColumnViewColumn) column = NULL;

  g_object_set_data (G_OBJECT (factory), "ent-property", (gpointer) property);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_label_cb), GINT_TO_POINTER (numeric));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_label_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_label_cb), NULL);

  if (numeric)
    sorter = GTK_SORTER (gtk_numeric_sorter_new (expr));
  else
    sorter = GTK_SORTER (gtk_string_sorter_new (expr));

  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_sorter (column, sorter);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_column_set_expand (column, expand);
  gtk_column_view_append_column (view, column);
  g_object_unref (sorter);
}

static GtkWidget *
make_table (EntActorList *self, const char *heading, GListStore *store, GtkCustomFilter *filter,
            GtkSingleSelection **selection_out, GtkColumnView **view_out)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *label = gtk_label_new (heading);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *view = gtk_column_view_new (NULL);
  GtkFilterListModel *filtered;
  GtkSortListModel *sorted;

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "panel-heading");
  gtk_box_append (GTK_BOX (box), label);

  filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (store)),
                                        GTK_FILTER (g_object_ref (filter)));
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (filtered),
                                    g_object_ref (gtk_column_view_get_sorter (GTK_COLUMN_VIEW (view))));
  *selection_out = gtk_single_selection_new (G_LIST_MODEL (sorted));
  gtk_single_selection_set_autoselect (*selection_out, FALSE);
  gtk_single_selection_set_can_unselect (*selection_out, TRUE);
  gtk_single_selection_set_selected (*selection_out, GTK_INVALID_LIST_POSITION);
  gtk_column_view_set_model (GTK_COLUMN_VIEW (view), GTK_SELECTION_MODEL (*selection_out));
  gtk_column_view_set_show_column_separators (GTK_COLUMN_VIEW (view), FALSE);
  gtk_widget_add_css_class (view, "data-table");
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, heading, -1);

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (box), scrolled);
  *view_out = GTK_COLUMN_VIEW (view);
  return box;
}

static void
ent_actor_list_dispose (GObject *object)
{
  EntActorList *self = ENT_ACTOR_LIST (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->actor_selection);
  g_clear_object (&self->relation_selection);
  g_clear_object (&self->actor_store);
  g_clear_object (&self->relation_store);
  g_clear_pointer (&self->actor_rows, g_ptr_array_unref);
  g_clear_pointer (&self->relation_rows, g_ptr_array_unref);
  g_clear_object (&self->actor_filter);
  g_clear_object (&self->relation_filter);
  G_OBJECT_CLASS (ent_actor_list_parent_class)->dispose (object);
}

static void
ent_actor_list_finalize (GObject *object)
{
  EntActorList *self = ENT_ACTOR_LIST (object);

  g_free (self->needle);
  G_OBJECT_CLASS (ent_actor_list_parent_class)->finalize (object);
}

static void
ent_actor_list_class_init (EntActorListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ent_actor_list_dispose;
  object_class->finalize = ent_actor_list_finalize;

  signals[SELECTION_CHANGED] =
    g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT, G_TYPE_INT);
  signals[ACTIVATED] =
    g_signal_new ("activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT, G_TYPE_INT);

  widget_class->map = ent_actor_list_map;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "actorlist");
}

static void
ent_actor_list_init (EntActorList *self)
{
  GtkWidget *paned;
  GtkWidget *table;

  self->actor_store = g_list_store_new (ENT_TYPE_LIST_ROW);
  self->relation_store = g_list_store_new (ENT_TYPE_LIST_ROW);
  self->actor_rows = g_ptr_array_new_with_free_func (g_object_unref);
  self->relation_rows = g_ptr_array_new_with_free_func (g_object_unref);
  self->actor_filter = gtk_custom_filter_new (row_matches, self, NULL);
  self->relation_filter = gtk_custom_filter_new (row_matches, self, NULL);
  self->pending_actor = self->pending_relation = -1;

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  self->filter_entry = gtk_search_entry_new ();
  g_object_set (self->filter_entry, "placeholder-text", _("Filter actors and relations"), NULL);
  gtk_widget_set_margin_start (self->filter_entry, 6);
  gtk_widget_set_margin_end (self->filter_entry, 6);
  gtk_widget_set_margin_top (self->filter_entry, 6);
  g_signal_connect (self->filter_entry, "search-changed", G_CALLBACK (filter_changed_cb), self);
  gtk_box_append (GTK_BOX (self->box), self->filter_entry);

  paned = gtk_paned_new (GTK_ORIENTATION_VERTICAL);
  gtk_widget_set_vexpand (paned, TRUE);
  gtk_box_append (GTK_BOX (self->box), paned);

  table = make_table (self, _("Actors"), self->actor_store, self->actor_filter,
                      &self->actor_selection, &self->actor_view);
  add_column (self->actor_view, _("Name"), "name", FALSE, TRUE);
  add_column (self->actor_view, _("Type"), "type", FALSE, FALSE);
  add_column (self->actor_view, _("Links"), "links", TRUE, FALSE);
  add_column (self->actor_view, _("Mentions"), "mentions", TRUE, FALSE);
  gtk_paned_set_start_child (GTK_PANED (paned), table);

  table = make_table (self, _("Relations"), self->relation_store, self->relation_filter,
                      &self->relation_selection, &self->relation_view);
  add_column (self->relation_view, _("Source"), "source", FALSE, TRUE);
  add_column (self->relation_view, _("Target"), "target", FALSE, TRUE);
  add_column (self->relation_view, _("Polarity"), "polarity", FALSE, FALSE);
  add_column (self->relation_view, _("Kind"), "kind", FALSE, FALSE);
  add_column (self->relation_view, _("Sentences"), "sentences", TRUE, FALSE);
  gtk_paned_set_end_child (GTK_PANED (paned), table);
  gtk_paned_set_position (GTK_PANED (paned), 280);

  /* Sort by links / sentences, most connected first. */
  {
    g_autoptr(GtkColumnViewColumn) links = g_list_model_get_item (gtk_column_view_get_columns (self->actor_view), 2);
    g_autoptr(GtkColumnViewColumn) sentences = g_list_model_get_item (gtk_column_view_get_columns (self->relation_view), 4);

    gtk_column_view_sort_by_column (self->actor_view, links, GTK_SORT_DESCENDING);
    gtk_column_view_sort_by_column (self->relation_view, sentences, GTK_SORT_DESCENDING);
  }

  g_signal_connect (self->actor_selection, "notify::selected", G_CALLBACK (actor_selected_cb), self);
  g_signal_connect (self->relation_selection, "notify::selected", G_CALLBACK (relation_selected_cb), self);
  g_signal_connect (self->actor_view, "activate", G_CALLBACK (actor_activate_cb), self);
  g_signal_connect (self->relation_view, "activate", G_CALLBACK (relation_activate_cb), self);

  /* Typing in either table filters it (GtkColumnView in 4.8 has no type-ahead). */
  gtk_search_entry_set_key_capture_widget (GTK_SEARCH_ENTRY (self->filter_entry), GTK_WIDGET (self));
}

GtkWidget *
ent_actor_list_new (void)
{
  return g_object_new (ENT_TYPE_ACTOR_LIST, NULL);
}

static const char *
type_name (EntActorType t)
{
  switch (t)
    {
    case ENT_ACTOR_STATE: return _("state");
    case ENT_ACTOR_LEADER: return _("leader");
    case ENT_ACTOR_PERSON: return _("person");
    case ENT_ACTOR_GROUP: return _("group");
    case ENT_N_ACTOR_TYPES:
    default: return "";
    }
}

static const char *
polarity_name (EntPolarity p)
{
  switch (p)
    {
    case ENT_POLARITY_ALLY: return _("ally");
    case ENT_POLARITY_HOSTILE: return _("hostile");
    case ENT_POLARITY_NEUTRAL: return _("neutral");
    case ENT_N_POLARITIES:
    default: return "";
    }
}

static void
ensure_rows (EntActorList *self)
{
  if (!self->stale)
    return;
  self->stale = FALSE;
  rebuild (self);
  select_rows (self, self->pending_actor, self->pending_relation);
}

static void
ent_actor_list_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (ent_actor_list_parent_class)->map (widget);
  ensure_rows (ENT_ACTOR_LIST (widget));
}

void
ent_actor_list_set_data (EntActorList *self, const EntNetwork *net,
                         const gboolean *actor_visible, const gboolean *relation_visible)
{
  g_return_if_fail (ENT_IS_ACTOR_LIST (self));

  self->net = net;
  self->actor_visible = actor_visible;
  self->relation_visible = relation_visible;
  self->pending_actor = self->pending_relation = -1;
  self->stale = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    ensure_rows (self);
}

static void
rebuild (EntActorList *self)
{
  const EntNetwork *net = self->net;
  const gboolean *actor_visible = self->actor_visible;
  const gboolean *relation_visible = self->relation_visible;
  g_autoptr(GPtrArray) actors = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) relations = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree guint *links = NULL;
  gboolean resort = FALSE;
  gboolean first;

  self->block_emit++;
  if (net != NULL)
    {
      links = g_new0 (guint, net->actors->len + 1);
      for (guint r = 0; r < net->relations->len; r++)
        {
          const EntRelation *rel = g_ptr_array_index (net->relations, r);
          const EntActor *s = g_ptr_array_index (net->actors, rel->source);
          const EntActor *t = g_ptr_array_index (net->actors, rel->target);
          EntListRow *row;
          g_autofree char *text = NULL;

          if (relation_visible != NULL && !relation_visible[r])
            continue;
          links[rel->source]++;
          links[rel->target]++;
          row = g_object_new (ENT_TYPE_LIST_ROW, NULL);
          row->index = (int) r;
          row->source = g_strdup (s->name);
          row->target = g_strdup (t->name);
          row->polarity = g_strdup (polarity_name (rel->polarity));
          row->kind = g_strdup (rel->kind ? rel->kind : "");
          row->sentences = ent_relation_weight (rel);
          {
            g_autoptr(GString) all = g_string_new (NULL);

            /* Endpoints' aliases too: "Hifter" finds Haftar's links. */
            g_string_append_printf (all, "%s %s %s %s", s->name, t->name, row->polarity, row->kind);
            for (guint i = 0; s->aliases && i < s->aliases->len; i++)
              g_string_append_printf (all, " %s", (const char *) g_ptr_array_index (s->aliases, i));
            for (guint i = 0; t->aliases && i < t->aliases->len; i++)
              g_string_append_printf (all, " %s", (const char *) g_ptr_array_index (t->aliases, i));
            text = g_string_free (g_steal_pointer (&all), FALSE);
          }
          row->search = fold (text);
          g_ptr_array_add (relations, row);
        }
      for (guint a = 0; a < net->actors->len; a++)
        {
          const EntActor *actor = g_ptr_array_index (net->actors, a);
          EntListRow *row;
          g_autoptr(GString) text = g_string_new (actor->name);

          if (actor_visible != NULL && !actor_visible[a])
            continue;
          row = g_object_new (ENT_TYPE_LIST_ROW, NULL);
          row->index = (int) a;
          row->name = g_strdup (actor->name);
          row->type = g_strdup (type_name (actor->type));
          row->links = links[a];
          row->mentions = actor->mentions ? actor->mentions->len : 0;
          for (guint i = 0; actor->aliases && i < actor->aliases->len; i++)
            g_string_append_printf (text, " %s", (const char *) g_ptr_array_index (actor->aliases, i));
          row->search = fold (text->str);
          g_ptr_array_add (actors, row);
        }
    }
  /* A first fill goes in detached, as a new model: the views then start
   * with no cursor, and the first Tab into a table lands on its first row. */
  first = self->actor_rows->len == 0 && self->relation_rows->len == 0;
  if (first)
    {
      gtk_column_view_set_model (self->actor_view, NULL);
      gtk_column_view_set_model (self->relation_view, NULL);
    }
  /* Counts changed in place: the sorted view puts the rows in order again. */
  update_store (self->actor_store, self->actor_rows, actors, &resort);
  if (resort)
    gtk_sorter_changed (gtk_column_view_get_sorter (self->actor_view), GTK_SORTER_CHANGE_DIFFERENT);
  resort = FALSE;
  update_store (self->relation_store, self->relation_rows, relations, &resort);
  if (resort)
    gtk_sorter_changed (gtk_column_view_get_sorter (self->relation_view), GTK_SORTER_CHANGE_DIFFERENT);
  if (first)
    {
      gtk_column_view_set_model (self->actor_view, GTK_SELECTION_MODEL (self->actor_selection));
      gtk_column_view_set_model (self->relation_view, GTK_SELECTION_MODEL (self->relation_selection));
    }
  gtk_single_selection_set_selected (self->actor_selection, GTK_INVALID_LIST_POSITION);
  gtk_single_selection_set_selected (self->relation_selection, GTK_INVALID_LIST_POSITION);
  self->block_emit--;
}

/* The same row but perhaps for its counts (which follow the filters). */
static gboolean
row_same_item (const EntListRow *a, const EntListRow *b)
{
  return a->index == b->index && a->mentions == b->mentions &&
         a->sentences == b->sentences && g_strcmp0 (a->name, b->name) == 0 &&
         g_strcmp0 (a->type, b->type) == 0 && g_strcmp0 (a->source, b->source) == 0 &&
         g_strcmp0 (a->target, b->target) == 0 && g_strcmp0 (a->polarity, b->polarity) == 0 &&
         g_strcmp0 (a->kind, b->kind) == 0 && g_strcmp0 (a->search, b->search) == 0;
}

static gboolean
row_update_counts (EntListRow *row, const EntListRow *from)
{
  if (row->links == from->links)
    return FALSE;
  row->links = from->links;
  g_object_notify_by_pspec (G_OBJECT (row), row_props[ROW_PROP_LINKS]);
  return TRUE;
}

/* Brings @store (mirrored in @shown, both in index order) to @rows in one
 * splice that keeps every unchanged row object: the sorted, filtered views
 * above see a single change, and the column views reuse the widgets of the
 * rows that stay.  A filter change on 700 rows then rebuilds no widgets for
 * rows still shown, where replacing all rows rebuilt every one. */
static void
update_store (GListStore *store, GPtrArray *shown, GPtrArray *rows, gboolean *resort)
{
  g_autoptr(GPtrArray) result = g_ptr_array_new_full (rows->len, g_object_unref);
  guint i = 0, head = 0, tail = 0;

  for (guint j = 0; j < rows->len; j++)
    {
      EntListRow *row = g_ptr_array_index (rows, j);
      EntListRow *old = NULL;

      while (i < shown->len && ((EntListRow *) g_ptr_array_index (shown, i))->index < row->index)
        i++;
      if (i < shown->len)
        old = g_ptr_array_index (shown, i);
      if (old != NULL && old->index == row->index && row_same_item (old, row))
        {
          /* Same actor or relation: counts are updated in place. */
          if (row_update_counts (old, row))
            *resort = TRUE;
          g_ptr_array_add (result, g_object_ref (old));
        }
      else
        g_ptr_array_add (result, g_object_ref (row));
    }

  /* Only the span between the first and the last difference changes. */
  while (head < result->len && head < shown->len &&
         g_ptr_array_index (result, head) == g_ptr_array_index (shown, head))
    head++;
  while (tail < result->len - head && tail < shown->len - head &&
         g_ptr_array_index (result, result->len - 1 - tail) == g_ptr_array_index (shown, shown->len - 1 - tail))
    tail++;
  if (head == result->len && head == shown->len)
    return;   /* nothing changed */
  g_list_store_splice (store, head, shown->len - head - tail,
                       result->pdata + head, result->len - head - tail);

  g_ptr_array_set_size (shown, 0);
  g_ptr_array_extend_and_steal (shown, g_steal_pointer (&result));
}

static guint
find_position (GtkSingleSelection *selection, int index)
{
  GListModel *model = G_LIST_MODEL (selection);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(EntListRow) row = g_list_model_get_item (model, i);

      if (row->index == index)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static void
scroll_to_position (GtkColumnView *view, guint position, guint n_items)
{
  /* GtkColumnView in 4.8 cannot scroll to a row: move the adjustment. */
  GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (view), GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adj;
  double upper, page, row_height, target;

  if (scrolled == NULL || n_items == 0 || position == GTK_INVALID_LIST_POSITION)
    return;
  adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  upper = gtk_adjustment_get_upper (adj);
  page = gtk_adjustment_get_page_size (adj);
  row_height = upper / (n_items + 1);   /* the header takes about one row */
  target = row_height * (position + 1);
  if (target < gtk_adjustment_get_value (adj) + row_height ||
      target > gtk_adjustment_get_value (adj) + page - row_height)
    gtk_adjustment_set_value (adj, MAX (0, target - page / 2));
}

void
ent_actor_list_select (EntActorList *self, int actor, int relation)
{
  g_return_if_fail (ENT_IS_ACTOR_LIST (self));

  if (self->stale)
    {
      self->pending_actor = actor;
      self->pending_relation = relation;
      return;
    }
  select_rows (self, actor, relation);
}

static void
select_rows (EntActorList *self, int actor, int relation)
{
  guint pos;

  self->block_emit++;
  pos = actor >= 0 ? find_position (self->actor_selection, actor) : GTK_INVALID_LIST_POSITION;
  gtk_single_selection_set_selected (self->actor_selection, pos);
  scroll_to_position (self->actor_view, pos, g_list_model_get_n_items (G_LIST_MODEL (self->actor_selection)));
  pos = relation >= 0 ? find_position (self->relation_selection, relation) : GTK_INVALID_LIST_POSITION;
  gtk_single_selection_set_selected (self->relation_selection, pos);
  scroll_to_position (self->relation_view, pos, g_list_model_get_n_items (G_LIST_MODEL (self->relation_selection)));
  self->block_emit--;
}

guint
ent_actor_list_get_n_actor_rows (EntActorList *self)
{
  ensure_rows (self);
  return g_list_model_get_n_items (G_LIST_MODEL (self->actor_selection));
}

guint
ent_actor_list_get_n_relation_rows (EntActorList *self)
{
  ensure_rows (self);
  return g_list_model_get_n_items (G_LIST_MODEL (self->relation_selection));
}

int
ent_actor_list_get_actor_at (EntActorList *self, guint position)
{
  g_autoptr(EntListRow) row = NULL;

  ensure_rows (self);
  row = g_list_model_get_item (G_LIST_MODEL (self->actor_selection), position);

  return row != NULL ? row->index : -1;
}

int
ent_actor_list_get_relation_at (EntActorList *self, guint position)
{
  g_autoptr(EntListRow) row = NULL;

  ensure_rows (self);
  row = g_list_model_get_item (G_LIST_MODEL (self->relation_selection), position);

  return row != NULL ? row->index : -1;
}

GtkWidget *
ent_actor_list_get_filter_entry (EntActorList *self)
{
  return self->filter_entry;
}

GtkWidget *
ent_actor_list_get_actor_view (EntActorList *self)
{
  return GTK_WIDGET (self->actor_view);
}

GtkWidget *
ent_actor_list_get_relation_view (EntActorList *self)
{
  return GTK_WIDGET (self->relation_view);
}
